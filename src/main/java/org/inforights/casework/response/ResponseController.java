package org.inforights.casework.response;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Redaction and the response pack over REST: marks on a document's pages, the redacted copy made
 * from them, and the pack the requester receives. Officers and managers only (see the security
 * configuration): record owners search, they do not redact.
 */
@RestController
@RequestMapping("/api/cases/{reference}")
class ResponseController {

  private final RedactionMarks marks;
  private final ResponsePack pack;

  ResponseController(RedactionMarks marks, ResponsePack pack) {
    this.marks = marks;
    this.pack = pack;
  }

  record MarkView(
      long id, long documentId, int page, boolean wholePage, Double x, Double y, Double width, Double height,
      long redactionId, String markedBy, Instant markedAt) {

    static MarkView of(RedactionMark mark) {
      RedactionMark.Area area = mark.area();
      return new MarkView(
          mark.id(), mark.documentId(), mark.page(), mark.wholePage(),
          area == null ? null : area.x(), area == null ? null : area.y(),
          area == null ? null : area.width(), area == null ? null : area.height(),
          mark.redactionId(), mark.markedBy(), mark.markedAt());
    }
  }

  record CopyView(long id, long documentId, String sha256, int pageCount, long sizeBytes, String producedBy,
      Instant producedAt) {

    static CopyView of(RedactedCopy copy) {
      return new CopyView(copy.id(), copy.documentId(), copy.sha256(), copy.pageCount(), copy.sizeBytes(),
          copy.producedBy(), copy.producedAt());
    }
  }

  record PackSummary(
      String reference, String sha256, int pageCount, long sizeBytes, LocalDate datedOn,
      List<ResponsePack.DocumentPart> documents, List<ResponsePack.ScheduleLine> schedule) {}

  @PostMapping("/documents/{documentId}/redaction-marks")
  ResponseEntity<MarkView> mark(
      @PathVariable String reference, @PathVariable long documentId, @RequestBody RedactionMarks.NewMark body) {
    RedactionMark saved = marks.add(reference, documentId, body);
    return ResponseEntity.created(URI.create(
            "/api/cases/" + reference + "/documents/" + documentId + "/redaction-marks/" + saved.id()))
        .body(MarkView.of(saved));
  }

  @GetMapping("/documents/{documentId}/redaction-marks")
  List<MarkView> marks(@PathVariable String reference, @PathVariable long documentId) {
    return marks.list(reference, documentId).stream().map(MarkView::of).toList();
  }

  @DeleteMapping("/documents/{documentId}/redaction-marks/{markId}")
  ResponseEntity<Void> unmark(
      @PathVariable String reference, @PathVariable long documentId, @PathVariable long markId) {
    marks.delete(reference, documentId, markId);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/documents/{documentId}/redacted-copy")
  ResponseEntity<CopyView> redactedCopy(@PathVariable String reference, @PathVariable long documentId) {
    RedactedCopy copy = marks.produceCopy(reference, documentId);
    return ResponseEntity.created(URI.create("/api/cases/" + reference + "/redacted-copies/" + copy.id()))
        .body(CopyView.of(copy));
  }

  @GetMapping("/redacted-copies/{copyId}")
  ResponseEntity<byte[]> downloadCopy(@PathVariable String reference, @PathVariable long copyId) {
    RedactedCopy copy = marks.copy(reference, copyId);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(reference + "-document-" + copy.documentId() + "-redacted.pdf").build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(copy.content());
  }

  @GetMapping("/response-pack")
  ResponseEntity<?> responsePack(
      @PathVariable String reference,
      @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
    ResponsePack.Built built = pack.current(reference);
    String etag = "\"" + built.sha256() + "\"";
    if (etag.equals(ifNoneMatch)) {
      return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).header("X-Pack-Hash", built.sha256()).build();
    }
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .contentLength(built.sizeBytes())
        .eTag(etag)
        .header("X-Pack-Hash", built.sha256())
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(reference + "-response-pack.pdf").build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(new InputStreamResource(pack.open(built)));
  }

  @GetMapping("/response-pack/summary")
  PackSummary summary(@PathVariable String reference) {
    ResponsePack.Built built = pack.current(reference);
    return new PackSummary(reference, built.sha256(), built.pageCount(), built.sizeBytes(), built.datedOn(),
        built.documents(), built.schedule());
  }

  /** A document the server cannot redact: 400, naming it, with what to do instead. */
  @ExceptionHandler(UnredactableDocumentException.class)
  ResponseEntity<ProblemDetail> unredactable(UnredactableDocumentException ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
    problem.setTitle("Document cannot be redacted");
    problem.setProperty("errors", List.of(Map.of("field", "documentId", "message", ex.getMessage())));
    return ResponseEntity.badRequest().body(problem);
  }
}
