package org.inforights.casework.response;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * An area of one page of a case's document to be removed from the response, or the whole page
 * withheld, justified by one line of the case's redaction log. Coordinates are PDF user space:
 * points from the page's bottom-left corner (for a PNG or JPEG, pixels from its bottom-left corner).
 * A mark is never changed: a wrong one is deleted and drawn again.
 */
@Entity
@Immutable
@Table(name = "response_redaction_mark")
class RedactionMark {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_reference", nullable = false, updatable = false)
  private String caseReference;

  @Column(name = "document_id", nullable = false, updatable = false)
  private Long documentId;

  @Column(name = "redaction_id", nullable = false, updatable = false)
  private Long redactionId;

  @Column(name = "page_number", nullable = false, updatable = false)
  private int page;

  @Column(name = "whole_page", nullable = false, updatable = false)
  private boolean wholePage;

  @Column(updatable = false)
  private Double x;

  @Column(updatable = false)
  private Double y;

  @Column(updatable = false)
  private Double width;

  @Column(updatable = false)
  private Double height;

  @Column(name = "marked_by", nullable = false, updatable = false)
  private String markedBy;

  @Column(name = "marked_at", nullable = false, updatable = false)
  private Instant markedAt;

  protected RedactionMark() {}

  private RedactionMark(
      String caseReference, long documentId, long redactionId, int page, boolean wholePage,
      Double x, Double y, Double width, Double height, String markedBy, Instant markedAt) {
    this.caseReference = caseReference;
    this.documentId = documentId;
    this.redactionId = redactionId;
    this.page = page;
    this.wholePage = wholePage;
    this.x = x;
    this.y = y;
    this.width = width;
    this.height = height;
    this.markedBy = markedBy;
    this.markedAt = markedAt;
  }

  static RedactionMark area(
      String caseReference, long documentId, long redactionId, int page, Area area, String markedBy, Instant at) {
    return new RedactionMark(
        caseReference, documentId, redactionId, page, false, area.x(), area.y(), area.width(), area.height(),
        markedBy, at);
  }

  static RedactionMark wholePage(
      String caseReference, long documentId, long redactionId, int page, String markedBy, Instant at) {
    return new RedactionMark(
        caseReference, documentId, redactionId, page, true, null, null, null, null, markedBy, at);
  }

  /** A rectangle in the page's user space. */
  record Area(double x, double y, double width, double height) {}

  Long id() {
    return id;
  }

  String caseReference() {
    return caseReference;
  }

  long documentId() {
    return documentId;
  }

  long redactionId() {
    return redactionId;
  }

  int page() {
    return page;
  }

  boolean wholePage() {
    return wholePage;
  }

  /** The area, or null for a whole page. */
  Area area() {
    return wholePage ? null : new Area(x, y, width, height);
  }

  String markedBy() {
    return markedBy;
  }

  Instant markedAt() {
    return markedAt;
  }
}
