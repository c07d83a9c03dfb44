package org.inforights.casework.casefile;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.inforights.casework.platform.ConflictRetry;
import java.util.Set;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** A case's notes and documents over REST: the request letter, identity evidence, the bundle. */
@RestController
@RequestMapping("/api/cases/{reference}")
class CaseDocumentsController {

  private final CaseDocuments documents;
  private final ConflictRetry retry;
  private final CaseAccess access;
  private final CaseAccessLog accessLog;

  CaseDocumentsController(CaseDocuments documents, ConflictRetry retry, CaseAccess access, CaseAccessLog accessLog) {
    this.documents = documents;
    this.retry = retry;
    this.access = access;
    this.accessLog = accessLog;
  }

  record NewNote(@NotBlank @Size(max = 4000) String text) {}

  record NoteView(long id, String author, Instant writtenAt, String text) {
    static NoteView of(CaseNote note) {
      return new NoteView(note.id(), note.author(), note.writtenAt(), note.text());
    }
  }

  @PostMapping("/notes")
  ResponseEntity<NoteView> addNote(@PathVariable String reference, @Valid @RequestBody NewNote body) {
    CaseNote note = retry.run(() -> documents.addNote(reference, body.text()));
    return ResponseEntity.created(URI.create("/api/cases/" + reference + "/notes")).body(NoteView.of(note));
  }

  @GetMapping("/notes")
  List<NoteView> notes(@PathVariable String reference) {
    List<CaseNote> notes = documents.notes(reference); // an unknown case is a 404 first
    access.requireRead(reference, CasePart.NOTES);
    accessLog.viewed(reference, CasePart.NOTES, "GET /api/cases/" + reference + "/notes");
    return notes.stream().map(NoteView::of).toList();
  }

  @PostMapping(path = "/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<DocumentSummary> attach(
      @PathVariable String reference,
      @RequestParam CaseAttachment.Kind kind,
      @RequestPart("file") MultipartFile file) {
    byte[] content = bytes(file);
    CaseAttachment attachment =
        retry.run(() -> documents.attach(reference, kind, file.getOriginalFilename(), file.getContentType(), content));
    return ResponseEntity.created(
            URI.create("/api/cases/" + reference + "/attachments/" + attachment.id()))
        .body(DocumentSummary.of(attachment));
  }

  @GetMapping("/attachments")
  List<DocumentSummary> attachments(@PathVariable String reference) {
    List<DocumentSummary> all = documents.attachments(reference);
    Set<CasePart> readable = access.readable(reference);
    if (!readable.contains(CasePart.IDENTITY_EVIDENCE) && !readable.contains(CasePart.OTHER_DOCUMENTS)) {
      access.requireRead(reference, CasePart.OTHER_DOCUMENTS);
    }
    List<DocumentSummary> listed = all.stream().filter(document -> readable.contains(CasePart.of(document.kind()))).toList();
    accessLog.viewed(reference, CasePart.OTHER_DOCUMENTS, "GET /api/cases/" + reference + "/attachments");
    return listed;
  }

  /** The types a browser shows in place (Tasklist's Case tab previews them); their signature is checked on upload. */
  static final java.util.Set<String> PREVIEWABLE = java.util.Set.of("application/pdf", "image/png", "image/jpeg");

  /**
   * One document. With {@code inline=true} a PDF or image is sent to be shown in place (the Case
   * tab's preview frame); everything else, and by default everything, as a download.
   */
  @GetMapping("/attachments/{id}")
  ResponseEntity<byte[]> download(
      @PathVariable String reference, @PathVariable long id, @RequestParam(defaultValue = "false") boolean inline) {
    CaseAttachment attachment = documents.attachment(reference, id);
    access.requireRead(reference, CasePart.of(attachment.kind()));
    accessLog.viewed(reference, CasePart.of(attachment.kind()), "GET /api/cases/" + reference + "/attachments/" + id);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(attachment.contentType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            (inline && PREVIEWABLE.contains(attachment.contentType())
                    ? ContentDisposition.inline()
                    : ContentDisposition.attachment())
                // documents kept before names followed their type get the type's extension here too
                .filename(
                    CaseDocuments.nameForType(attachment.fileName(), attachment.contentType()),
                    StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(attachment.content());
  }

  private static byte[] bytes(MultipartFile file) {
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
