package org.inforights.casework.response;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A redacted copy of one of a case's documents, as produced at one moment from the marks then
 * drawn: kept with the case file beside its unchanged original, for review and for the ICO.
 */
@Entity
@Immutable
@Table(name = "response_redacted_copy")
class RedactedCopy {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_reference", nullable = false, updatable = false)
  private String caseReference;

  @Column(name = "document_id", nullable = false, updatable = false)
  private Long documentId;

  @Column(nullable = false, updatable = false, length = 64)
  private String sha256;

  @Column(name = "page_count", nullable = false, updatable = false)
  private int pageCount;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long sizeBytes;

  @Column(name = "produced_by", nullable = false, updatable = false)
  private String producedBy;

  @Column(name = "produced_at", nullable = false, updatable = false)
  private Instant producedAt;

  @JdbcTypeCode(SqlTypes.VARBINARY)
  @Column(nullable = false, updatable = false)
  private byte[] content;

  protected RedactedCopy() {}

  RedactedCopy(
      String caseReference, long documentId, byte[] content, String sha256, int pageCount, String producedBy,
      Instant producedAt) {
    this.caseReference = caseReference;
    this.documentId = documentId;
    this.content = content;
    this.sizeBytes = content.length;
    this.sha256 = sha256;
    this.pageCount = pageCount;
    this.producedBy = producedBy;
    this.producedAt = producedAt;
  }

  Long id() {
    return id;
  }

  long documentId() {
    return documentId;
  }

  String sha256() {
    return sha256;
  }

  int pageCount() {
    return pageCount;
  }

  long sizeBytes() {
    return sizeBytes;
  }

  String producedBy() {
    return producedBy;
  }

  Instant producedAt() {
    return producedAt;
  }

  byte[] content() {
    return content;
  }
}
