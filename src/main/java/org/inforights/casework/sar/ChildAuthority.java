package org.inforights.casework.sar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * On what authority someone asks for a child's information on the child's behalf: the parental
 * responsibility they hold and on what basis, the order the child is under and whether it limits
 * them, then the assessment of the child's competence and the child's authority or the child's best
 * interests. Facts about a child's family and legal status are personal data: they live here, in the
 * case file, and never in a process variable.
 */
@Entity
@Table(name = "sar_child_authority")
class ChildAuthority {

  @Id
  @Column(name = "case_reference")
  private String caseReference;

  @Version private long version;

  @Enumerated(EnumType.STRING)
  @Column(name = "pr_basis", length = 32)
  private ParentalResponsibilityBasis basis;

  @Enumerated(EnumType.STRING)
  @Column(name = "legal_status", length = 32)
  private ChildLegalStatus legalStatus;

  /** The council (care or placement order) or a special guardian limits this person's exercise of it. */
  @Column(name = "pr_limited")
  private Boolean limited;

  @Column(name = "responsibility_recorded_by", length = 64)
  private String responsibilityRecordedBy;

  @Column(name = "responsibility_recorded_at")
  private Instant responsibilityRecordedAt;

  @Enumerated(EnumType.STRING)
  @Column(length = 32)
  private CompetenceOutcome competence;

  /** The ICO's factors the officer considered, comma-separated codes. */
  @Column(name = "competence_factors", length = 200)
  private String factors;

  @Column(name = "best_interests_reason", length = 2000)
  private String bestInterestsReason;

  @Column(name = "competence_recorded_by", length = 64)
  private String competenceRecordedBy;

  @Column(name = "competence_recorded_at")
  private Instant competenceRecordedAt;

  protected ChildAuthority() {}

  ChildAuthority(String caseReference) {
    this.caseReference = caseReference;
  }

  void recordResponsibility(
      ParentalResponsibilityBasis basis, ChildLegalStatus legalStatus, boolean limited, String by, Instant at) {
    this.basis = basis;
    this.legalStatus = legalStatus;
    this.limited = limited;
    this.responsibilityRecordedBy = by;
    this.responsibilityRecordedAt = at;
  }

  void recordCompetence(
      CompetenceOutcome competence, java.util.List<String> factors, String bestInterestsReason, String by, Instant at) {
    this.competence = competence;
    this.factors = factors.isEmpty() ? null : String.join(",", factors);
    this.bestInterestsReason = bestInterestsReason;
    this.competenceRecordedBy = by;
    this.competenceRecordedAt = at;
  }

  /** The requester holds parental responsibility and nothing limits their use of it for this request. */
  boolean responsibilityUsable() {
    return basis != null && basis != ParentalResponsibilityBasis.NONE && !Boolean.TRUE.equals(limited);
  }

  String caseReference() {
    return caseReference;
  }

  ParentalResponsibilityBasis basis() {
    return basis;
  }

  ChildLegalStatus legalStatus() {
    return legalStatus;
  }

  Boolean limited() {
    return limited;
  }

  String responsibilityRecordedBy() {
    return responsibilityRecordedBy;
  }

  Instant responsibilityRecordedAt() {
    return responsibilityRecordedAt;
  }

  CompetenceOutcome competence() {
    return competence;
  }

  java.util.List<String> factors() {
    return factors == null ? java.util.List.of() : java.util.List.of(factors.split(","));
  }

  String bestInterestsReason() {
    return bestInterestsReason;
  }

  String competenceRecordedBy() {
    return competenceRecordedBy;
  }

  Instant competenceRecordedAt() {
    return competenceRecordedAt;
  }
}
