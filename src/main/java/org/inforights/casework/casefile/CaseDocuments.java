package org.inforights.casework.casefile;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.inforights.casework.platform.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notes and documents kept with a case. Every addition is attributed in the case's audit trail,
 * which records the kind and size of a document, never its name or contents.
 */
@Service
public class CaseDocuments {

  private final CaseFileRepository cases;
  private final CaseNoteRepository notes;
  private final CaseAttachmentRepository attachments;
  private final AttachmentProperties properties;
  private final CurrentUser currentUser;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  CaseDocuments(
      CaseFileRepository cases,
      CaseNoteRepository notes,
      CaseAttachmentRepository attachments,
      AttachmentProperties properties,
      CurrentUser currentUser,
      Clock clock,
      ApplicationEventPublisher events) {
    this.cases = cases;
    this.notes = notes;
    this.attachments = attachments;
    this.properties = properties;
    this.currentUser = currentUser;
    this.clock = clock;
    this.events = events;
  }

  @Transactional
  public CaseNote addNote(String reference, String text) {
    CaseFile file = find(reference);
    CaseNote note = notes.save(new CaseNote(file.id(), currentUser.id(), clock.instant(), text.strip()));
    file.recordAudit(clock.instant(), currentUser.id(), AuditAction.NOTE_ADDED, "note " + note.id());
    return note;
  }

  @Transactional(readOnly = true)
  public List<CaseNote> notes(String reference) {
    return notes.findByCaseIdOrderByWrittenAtAscIdAsc(find(reference).id());
  }

  @Transactional
  public CaseAttachment attach(
      String reference, CaseAttachment.Kind kind, String fileName, String contentType, byte[] content) {
    CaseFile file = find(reference);
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).split(";")[0].strip();
    if (content.length == 0) {
      throw new UnacceptableDocumentException(UnacceptableDocumentException.Reason.EMPTY, "The document is empty");
    }
    if (content.length > properties.maxBytes()) {
      throw new UnacceptableDocumentException(
          UnacceptableDocumentException.Reason.TOO_LARGE,
          "The document is larger than " + properties.maxBytes() + " bytes");
    }
    if (!properties.contentTypes().contains(type) || !looksLike(type, content)) {
      throw new UnacceptableDocumentException(
          UnacceptableDocumentException.Reason.UNSUPPORTED_TYPE,
          "Accepted documents are " + properties.contentTypes() + ", and their contents must match their type");
    }
    CaseAttachment attachment =
        attachments.save(
            new CaseAttachment(
                file.id(), kind, nameForType(safeName(fileName), type), type, content, sha256(content), currentUser.id(),
                clock.instant()));
    file.recordAudit(
        clock.instant(), currentUser.id(), AuditAction.DOCUMENT_ADDED, kind + ", " + content.length + " bytes");
    events.publishEvent(new CaseContentChanged(reference, "document " + attachment.id() + " (" + kind + ") added"));
    return attachment;
  }

  @Transactional(readOnly = true)
  public List<DocumentSummary> attachments(String reference) {
    return attachments.summaries(find(reference).id());
  }

  /** One document with its content, for download. */
  @Transactional(readOnly = true)
  public CaseAttachment attachment(String reference, long id) {
    return attachments
        .findByIdAndCaseId(id, find(reference).id())
        .orElseThrow(() -> new CaseNotFoundException(reference + " document " + id));
  }

  /** The file's own signature, for the types that have one: a renamed file is refused. */
  private static boolean looksLike(String type, byte[] content) {
    return switch (type) {
      case "application/pdf" -> startsWith(content, new byte[] {'%', 'P', 'D', 'F', '-'});
      case "image/png" -> startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G'});
      case "image/jpeg" -> startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
      case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" ->
          startsWith(content, new byte[] {'P', 'K', 3, 4});
      default -> true;
    };
  }

  private static boolean startsWith(byte[] content, byte[] signature) {
    if (content.length < signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if (content[i] != signature[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The extension each accepted type is saved and served with. A name's own extension says nothing
   * about its contents ({@code evil.html} uploaded as plain text), and a browser or desktop opens
   * a downloaded file by its extension, so the checked type decides it.
   */
  private static final Map<String, List<String>> EXTENSIONS =
      Map.of(
          "application/pdf", List.of("pdf"),
          "image/jpeg", List.of("jpg", "jpeg"),
          "image/png", List.of("png"),
          "text/plain", List.of("txt"),
          "message/rfc822", List.of("eml"),
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx"));

  /**
   * {@code fileName} with the extension of {@code type}: kept when it already is one of the
   * type's, otherwise replaced ({@code evil.html} as text is {@code evil.txt}); {@code .bin} for a
   * type configured without a known extension.
   */
  static String nameForType(String fileName, String type) {
    List<String> extensions = EXTENSIONS.getOrDefault(type, List.of("bin"));
    int dot = fileName.lastIndexOf('.');
    String base = dot > 0 ? fileName.substring(0, dot) : fileName;
    String extension = dot > 0 ? fileName.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    if (extensions.contains(extension)) {
      return fileName;
    }
    String name = base + "." + extensions.get(0);
    return name.length() <= 255 ? name : base.substring(0, 255 - extensions.get(0).length() - 1) + "." + extensions.get(0);
  }

  /** The last path segment, without control characters, at most 255 characters. */
  private static String safeName(String fileName) {
    String name = fileName == null || fileName.isBlank() ? "document" : fileName;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[\\p{Cntrl}\"]", "_").strip();
    return name.isEmpty() ? "document" : name.substring(0, Math.min(name.length(), 255));
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private CaseFile find(String reference) {
    return cases.findByReference(reference).orElseThrow(() -> new CaseNotFoundException(reference));
  }
}
