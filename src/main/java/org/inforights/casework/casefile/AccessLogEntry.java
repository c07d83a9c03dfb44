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

/** One view of a part of a case file: who, when, which part, through which request. */
@Entity
@Immutable
@Table(name = "case_access_log")
class AccessLogEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_reference", nullable = false, updatable = false)
  private String caseReference;

  @Column(name = "viewed_by", nullable = false, updatable = false)
  private String viewedBy;

  @Column(name = "viewed_at", nullable = false, updatable = false)
  private Instant viewedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private CasePart part;

  @Column(nullable = false, updatable = false)
  private String via;

  protected AccessLogEntry() {}

  AccessLogEntry(String caseReference, String viewedBy, Instant viewedAt, CasePart part, String via) {
    this.caseReference = caseReference;
    this.viewedBy = viewedBy;
    this.viewedAt = viewedAt;
    this.part = part;
    this.via = via;
  }

  String viewedBy() {
    return viewedBy;
  }

  Instant viewedAt() {
    return viewedAt;
  }

  CasePart part() {
    return part;
  }

  String via() {
    return via;
  }
}
