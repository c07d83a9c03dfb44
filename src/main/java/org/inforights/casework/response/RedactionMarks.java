package org.inforights.casework.response;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.inforights.casework.casefile.AuditAction;
import org.inforights.casework.casefile.CaseAttachment;
import org.inforights.casework.casefile.CaseDocuments;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.casefile.CaseNotFoundException;
import org.inforights.casework.casefile.CaseStateConflictException;
import org.inforights.casework.casefile.CaseType;
import org.inforights.casework.casefile.InvalidCaseInputException;
import org.inforights.casework.platform.CurrentUser;
import org.inforights.casework.sar.RedactionLines;
import org.inforights.casework.casefile.CaseContentChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The marks an officer draws on a case's documents, and the redacted copies made from them. A
 * mark is checked against the document before it is kept: the document must be one the server can
 * redact, the page must exist and the area must lie on it, and the log line it cites must be this
 * case's. A redacted copy is made in full before anything is saved, so a document that cannot be
 * redacted leaves nothing behind. Every mark added or removed and every copy made is on the case's
 * audit trail, written in the same transaction as the change, so the trail shows who decided what
 * was withheld.
 */
@Service
class RedactionMarks {


  /** How far (in points) an area may stray past the page's edge: a drag that overshoots by a hair. */
  private static final double EDGE_TOLERANCE = 1.0;

  private final CaseFileService cases;
  private final CaseDocuments documents;
  private final RedactionMarkRepository marks;
  private final RedactedCopyRepository copies;
  private final RedactionLines lines;
  private final ResponseProperties properties;
  private final CurrentUser currentUser;
  private final Clock clock;
  private final TransactionTemplate transactions;
  private final ApplicationEventPublisher events;

  RedactionMarks(
      CaseFileService cases,
      CaseDocuments documents,
      RedactionMarkRepository marks,
      RedactedCopyRepository copies,
      RedactionLines lines,
      ResponseProperties properties,
      CurrentUser currentUser,
      Clock clock,
      TransactionTemplate transactions,
      ApplicationEventPublisher events) {
    this.events = events;
    this.cases = cases;
    this.documents = documents;
    this.marks = marks;
    this.copies = copies;
    this.lines = lines;
    this.properties = properties;
    this.currentUser = currentUser;
    this.clock = clock;
    this.transactions = transactions;
  }

  /** What an officer asks to mark: an area of a page, or the whole page. */
  record NewMark(Integer page, Double x, Double y, Double width, Double height, Boolean wholePage, Long redactionId) {}

  RedactionMark add(String reference, long documentId, NewMark mark) {
    requireSar(reference);
    CaseAttachment document = documents.attachment(reference, documentId);
    if (mark.redactionId() == null) {
      throw new InvalidCaseInputException("redactionId", "is required: the line of the redaction log the mark rests on");
    }
    if (lines.find(reference, mark.redactionId()).isEmpty()) {
      throw new InvalidCaseInputException("redactionId", "is not a line of this case's redaction log");
    }
    if (mark.page() == null) {
      throw new InvalidCaseInputException("page", "is required");
    }
    boolean wholePage = Boolean.TRUE.equals(mark.wholePage());
    RedactionMark.Area area = wholePage ? null : area(mark);
    if (wholePage && (mark.x() != null || mark.y() != null || mark.width() != null || mark.height() != null)) {
      throw new InvalidCaseInputException("wholePage", "withholds the whole page: leave out x, y, width and height");
    }
    Path file = DocumentFiles.copyToTemporaryFile(document);
    try (Redactor.Source source = new Redactor(properties.dpi()).open(label(document), document.contentType(), file)) {
      if (mark.page() < 1 || mark.page() > source.pageCount()) {
        throw new InvalidCaseInputException("page", "must be between 1 and " + source.pageCount());
      }
      if (area != null) {
        PDRectangle box = source.pageBox(mark.page());
        String runs = String.format(Locale.ROOT, "the area must lie on the page, which runs from (%.1f, %.1f) to (%.1f, %.1f)",
            box.getLowerLeftX(), box.getLowerLeftY(), box.getUpperRightX(), box.getUpperRightY());
        if (area.x() < box.getLowerLeftX() - EDGE_TOLERANCE
            || area.x() + area.width() > box.getUpperRightX() + EDGE_TOLERANCE) {
          throw new InvalidCaseInputException("x", runs);
        }
        if (area.y() < box.getLowerLeftY() - EDGE_TOLERANCE
            || area.y() + area.height() > box.getUpperRightY() + EDGE_TOLERANCE) {
          throw new InvalidCaseInputException("y", runs);
        }
      }
    } finally {
      deleteQuietly(file);
    }
    String actor = currentUser.id();
    Instant at = clock.instant();
    // the mark and its line on the audit trail together, or neither
    return transactions.execute(status -> {
      RedactionMark saved = marks.save(
          wholePage
              ? RedactionMark.wholePage(reference, documentId, mark.redactionId(), mark.page(), actor, at)
              : RedactionMark.area(reference, documentId, mark.redactionId(), mark.page(), area, actor, at));
      cases.recordAction(reference, AuditAction.REDACTION_MARK_ADDED, describe(saved));
      // after the commit: a pack already approved goes back for approval
      events.publishEvent(new CaseContentChanged(reference, "redaction mark " + saved.id() + " drawn"));
      return saved;
    });
  }

  List<RedactionMark> list(String reference, long documentId) {
    requireSar(reference);
    documents.attachment(reference, documentId);
    return marks.findByCaseReferenceAndDocumentIdOrderByIdAsc(reference, documentId);
  }

  void delete(String reference, long documentId, long markId) {
    requireSar(reference);
    RedactionMark mark =
        marks.findByIdAndCaseReferenceAndDocumentId(markId, reference, documentId)
            .orElseThrow(() -> new CaseNotFoundException(reference + " mark " + markId));
    transactions.executeWithoutResult(status -> {
      marks.delete(mark);
      cases.recordAction(reference, AuditAction.REDACTION_MARK_REMOVED, describe(mark));
      events.publishEvent(new CaseContentChanged(reference, "redaction mark " + markId + " removed"));
    });
  }

  /** The audit trail's detail of a mark: numbers only, nothing of what the page says. */
  static String describe(RedactionMark mark) {
    RedactionMark.Area area = mark.area();
    String where =
        area == null
            ? "whole page withheld"
            : String.format(Locale.ROOT, "area x %.1f, y %.1f, width %.1f, height %.1f", area.x(), area.y(), area.width(),
                area.height());
    return "mark " + mark.id() + " on document " + mark.documentId() + ", page " + mark.page() + ", " + where
        + ", redaction log line " + mark.redactionId();
  }

  /**
   * Makes the document's redacted copy from its marks as they stand, and keeps it with the case.
   * Withheld pages are left out, as they are from the pack.
   */
  RedactedCopy produceCopy(String reference, long documentId) {
    requireSar(reference);
    CaseAttachment document = documents.attachment(reference, documentId);
    ResponsePack.PageMarks pageMarks =
        ResponsePack.PageMarks.of(marks.findByCaseReferenceAndDocumentIdOrderByIdAsc(reference, documentId));
    Path file = DocumentFiles.copyToTemporaryFile(document);
    byte[] content;
    int released = 0;
    try (Redactor.Source source = new Redactor(properties.dpi()).open(label(document), document.contentType(), file);
        PDDocument copy = Redactor.newDocument()) {
      for (int page = 1; page <= source.pageCount(); page++) {
        if (!pageMarks.withheld().contains(page)) {
          source.release(page, pageMarks.areas().getOrDefault(page, List.of()), copy);
          released++;
        }
      }
      if (released == 0) {
        throw new CaseStateConflictException(
            "Every page of document " + documentId + " is withheld: there is no copy to make");
      }
      COSString id = new COSString(java.util.HexFormat.of().parseHex(document.sha256().substring(0, 32)));
      COSArray ids = new COSArray();
      ids.add(id);
      ids.add(id);
      copy.getDocument().getTrailer().setItem(COSName.ID, ids);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      copy.save(out);
      content = out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteQuietly(file);
    }
    int pages = released;
    return transactions.execute(status -> {
      RedactedCopy saved = copies.save(
          new RedactedCopy(reference, documentId, content, ResponsePack.sha256(content), pages, currentUser.id(),
              clock.instant()));
      cases.recordAction(reference, AuditAction.REDACTED_COPY_MADE,
          "copy " + saved.id() + " of document " + documentId + ", " + pages + " page(s), SHA-256 " + saved.sha256());
      return saved;
    });
  }

  RedactedCopy copy(String reference, long copyId) {
    requireSar(reference);
    return copies.findByIdAndCaseReference(copyId, reference)
        .orElseThrow(() -> new CaseNotFoundException(reference + " redacted copy " + copyId));
  }

  private static RedactionMark.Area area(NewMark mark) {
    requirePresent("x", mark.x());
    requirePresent("y", mark.y());
    requirePresent("width", mark.width());
    requirePresent("height", mark.height());
    if (mark.width() <= 0) {
      throw new InvalidCaseInputException("width", "must be greater than 0");
    }
    if (mark.height() <= 0) {
      throw new InvalidCaseInputException("height", "must be greater than 0");
    }
    return new RedactionMark.Area(mark.x(), mark.y(), mark.width(), mark.height());
  }

  private static void requirePresent(String field, Double value) {
    if (value == null || value.isNaN() || value.isInfinite()) {
      throw new InvalidCaseInputException(field, "is required for an area (or set wholePage to true)");
    }
  }

  private void requireSar(String reference) {
    if (cases.view(reference).type() != CaseType.SAR) {
      throw new CaseNotFoundException(reference);
    }
  }

  static String label(CaseAttachment document) {
    return "Document " + document.id() + " (" + document.fileName() + ")";
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      file.toFile().deleteOnExit();
    }
  }
}
