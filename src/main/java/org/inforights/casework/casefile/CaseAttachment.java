package org.inforights.casework.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A document kept with a case: the request letter, identity evidence, the response bundle. The
 * content lives in the database with the case, so every node of a cluster serves it and the
 * retention schedule erases it with the case.
 */
@Entity
@Immutable
@Table(name = "case_attachment")
public class CaseAttachment {

  /** What a document is to the case. */
  public enum Kind {
    REQUEST_LETTER,
    IDENTITY_EVIDENCE,
    AUTHORITY_EVIDENCE,
    CORRESPONDENCE,
    RESPONSE_BUNDLE,
    OTHER
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id", nullable = false, updatable = false)
  private Long caseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Kind kind;

  @Column(name = "file_name", nullable = false, updatable = false)
  private String fileName;

  @Column(name = "content_type", nullable = false, updatable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long sizeBytes;

  @Column(nullable = false, updatable = false, length = 64)
  private String sha256;

  @Column(name = "uploaded_by", nullable = false, updatable = false)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private Instant uploadedAt;

  @JdbcTypeCode(SqlTypes.VARBINARY)
  @Column(nullable = false, updatable = false)
  private byte[] content;

  protected CaseAttachment() {}

  CaseAttachment(
      Long caseId, Kind kind, String fileName, String contentType, byte[] content, String sha256,
      String uploadedBy, Instant uploadedAt) {
    this.caseId = caseId;
    this.kind = kind;
    this.fileName = fileName;
    this.contentType = contentType;
    this.content = content;
    this.sizeBytes = content.length;
    this.sha256 = sha256;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  public Long id() {
    return id;
  }

  public Kind kind() {
    return kind;
  }

  public String fileName() {
    return fileName;
  }

  public String contentType() {
    return contentType;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public String sha256() {
    return sha256;
  }

  public String uploadedBy() {
    return uploadedBy;
  }

  public Instant uploadedAt() {
    return uploadedAt;
  }

  public byte[] content() {
    return content;
  }
}
