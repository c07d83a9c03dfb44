package org.inforights.casework.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One step's decision on a disclosure request: triage, routing, or an approver's, with the
 * reasons, any conditions, who decided and when. Append-only.
 */
@Entity
@Table(name = "disclosure_decision")
class DisclosureDecision {

  /** Decisions at an approval step that let the request go on. */
  static final String APPROVE = "APPROVE";
  static final String APPROVE_WITH_CONDITIONS = "APPROVE_WITH_CONDITIONS";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private String step;

  @Column(nullable = false, updatable = false)
  private String decision;

  @Column(updatable = false)
  private String reasons;

  @Column(updatable = false)
  private String conditions;

  @Enumerated(EnumType.STRING)
  @Column(name = "lawful_basis", updatable = false)
  private CouncilLawfulBasis lawfulBasis;

  @Enumerated(EnumType.STRING)
  @Column(name = "special_condition", updatable = false)
  private SpecialDataCondition specialCondition;

  @Column(name = "decided_by", nullable = false, updatable = false)
  private String decidedBy;

  @Column(name = "decided_at", nullable = false, updatable = false)
  private Instant decidedAt;

  protected DisclosureDecision() {}

  DisclosureDecision(String step, String decision, String reasons, String conditions, String decidedBy, Instant at) {
    this.step = step;
    this.decision = decision;
    this.reasons = reasons;
    this.conditions = conditions;
    this.decidedBy = decidedBy;
    this.decidedAt = at;
  }

  /** An approver's decision, with the council's lawful basis and special data condition they recorded. */
  DisclosureDecision(
      String step,
      String decision,
      String reasons,
      String conditions,
      CouncilLawfulBasis lawfulBasis,
      SpecialDataCondition specialCondition,
      String decidedBy,
      Instant at) {
    this(step, decision, reasons, conditions, decidedBy, at);
    this.lawfulBasis = lawfulBasis;
    this.specialCondition = specialCondition;
  }

  /** An approver let the request go on (with or without conditions). */
  boolean isApproval() {
    return APPROVE.equals(decision) || APPROVE_WITH_CONDITIONS.equals(decision);
  }

  String step() {
    return step;
  }

  String decision() {
    return decision;
  }

  String reasons() {
    return reasons;
  }

  String conditions() {
    return conditions;
  }

  CouncilLawfulBasis lawfulBasis() {
    return lawfulBasis;
  }

  SpecialDataCondition specialCondition() {
    return specialCondition;
  }

  String decidedBy() {
    return decidedBy;
  }

  Instant decidedAt() {
    return decidedAt;
  }
}
