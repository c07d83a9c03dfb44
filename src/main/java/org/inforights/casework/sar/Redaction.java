package org.inforights.casework.sar;

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

/**
 * One line of a response's redaction log: where, under which exemption, why, and whether the
 * third party's consent was sought. The log is what the council shows the ICO if challenged.
 */
@Entity
@Immutable
@Table(name = "sar_redaction")
class Redaction {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_reference", nullable = false, updatable = false)
  private String caseReference;

  @Column(nullable = false, updatable = false, length = 500)
  private String location;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Exemption exemption;

  @Column(nullable = false, updatable = false, length = 2000)
  private String reasoning;

  @Column(name = "consent_sought", nullable = false, updatable = false)
  private boolean consentSought;

  @Column(name = "recorded_by", nullable = false, updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  protected Redaction() {}

  Redaction(
      String caseReference, String location, Exemption exemption, String reasoning, boolean consentSought,
      String recordedBy, Instant recordedAt) {
    this.caseReference = caseReference;
    this.location = location;
    this.exemption = exemption;
    this.reasoning = reasoning;
    this.consentSought = consentSought;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  Long id() {
    return id;
  }

  String location() {
    return location;
  }

  Exemption exemption() {
    return exemption;
  }

  String reasoning() {
    return reasoning;
  }

  boolean consentSought() {
    return consentSought;
  }

  String recordedBy() {
    return recordedBy;
  }

  Instant recordedAt() {
    return recordedAt;
  }
}
