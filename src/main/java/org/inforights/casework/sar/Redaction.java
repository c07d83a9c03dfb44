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
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.annotations.Immutable;

/**
 * One line of a response's redaction log: where, under which exemption, why, and whether the
 * third party's consent was sought. The log is what the council shows the ICO if challenged. A line
 * withholding a third party's information also says who the third party is (a professional is
 * normally disclosed, Sch 2 Pt 3 para 17), what became of asking for consent and which of the
 * para 16(3) circumstances were weighed.
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

  @Enumerated(EnumType.STRING)
  @Column(name = "third_party_role", updatable = false)
  private ThirdPartyRole thirdPartyRole;

  @Enumerated(EnumType.STRING)
  @Column(name = "consent_outcome", updatable = false)
  private ConsentOutcome consentOutcome;

  /** The para 16(3) factors weighed, comma-separated codes. */
  @Column(name = "consent_factors", updatable = false, length = 200)
  private String consentFactors;

  /** Why a professional acting in their role is withheld all the same: personal data, erased with the case. */
  @Column(name = "professional_reason", updatable = false, length = 2000)
  private String professionalReason;

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

  /** A line withholding a third party's information, with its consent record. */
  Redaction(
      String caseReference, String location, String reasoning, ThirdPartyRole role, ConsentOutcome consent,
      Collection<ConsentFactor> factors, String professionalReason, String recordedBy, Instant recordedAt) {
    this(caseReference, location, Exemption.THIRD_PARTY_DATA, reasoning, consent.sought(), recordedBy, recordedAt);
    this.thirdPartyRole = role;
    this.consentOutcome = consent;
    this.consentFactors =
        factors.stream().distinct().sorted().map(Enum::name).collect(Collectors.joining(","));
    this.professionalReason = professionalReason;
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

  ThirdPartyRole thirdPartyRole() {
    return thirdPartyRole;
  }

  ConsentOutcome consentOutcome() {
    return consentOutcome;
  }

  List<ConsentFactor> consentFactors() {
    return consentFactors == null || consentFactors.isBlank()
        ? List.of()
        : Arrays.stream(consentFactors.split(",")).map(ConsentFactor::valueOf).toList();
  }

  String professionalReason() {
    return professionalReason;
  }
}
