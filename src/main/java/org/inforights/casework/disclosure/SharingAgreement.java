package org.inforights.casework.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.inforights.casework.casefile.CaseStateConflictException;
import org.inforights.casework.casefile.InvalidCaseInputException;

/**
 * A standing data sharing agreement: the parties, the purpose, the data shared, the lawful basis and
 * when it is next reviewed. The ICO's data sharing code ("Data sharing agreements") expects routine,
 * repeated sharing to rest on such an agreement, reviewed regularly; a request made under one needs
 * only a check that it falls within it (one approver), as the agreement's own approval did the rest.
 */
@Entity
@Table(name = "sharing_agreement")
class SharingAgreement {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String parties;

  @Enumerated(EnumType.STRING)
  @Column(name = "partner_type", nullable = false)
  private RequesterType partnerType;

  @Column(nullable = false)
  private String purpose;

  @Column(name = "data_shared", nullable = false)
  private String dataShared;

  @Enumerated(EnumType.STRING)
  @Column(name = "lawful_basis", nullable = false)
  private LegalBasis lawfulBasis;

  @Column(name = "lawful_basis_detail")
  private String lawfulBasisDetail;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "review_on", nullable = false)
  private LocalDate reviewOn;

  @Column(name = "ended_on")
  private LocalDate endedOn;

  @Column(name = "end_reason")
  private String endReason;

  /** The day the DPO was given the review task, so the sweep raises it once per review date. */
  @Column(name = "review_raised_on")
  private LocalDate reviewRaisedOn;

  @Column(name = "changed_by", nullable = false)
  private String changedBy;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  protected SharingAgreement() {}

  SharingAgreement(SharingAgreementTerms terms, String by, Instant at) {
    apply(terms, by, at);
  }

  /** New terms (a review, a correction): a new review date is raised again when it comes. */
  void update(SharingAgreementTerms terms, String by, Instant at) {
    requireActive();
    if (!terms.reviewOn().equals(reviewOn)) {
      reviewRaisedOn = null;
    }
    apply(terms, by, at);
  }

  private void apply(SharingAgreementTerms terms, String by, Instant at) {
    if (terms.reviewOn().isBefore(terms.startsOn())) {
      throw new InvalidCaseInputException("reviewOn", "must not be before startsOn (" + terms.startsOn() + ")");
    }
    this.title = terms.title().strip();
    this.parties = terms.parties().strip();
    this.partnerType = terms.partnerType();
    this.purpose = terms.purpose().strip();
    this.dataShared = terms.dataShared().strip();
    this.lawfulBasis = terms.lawfulBasis();
    this.lawfulBasisDetail = terms.lawfulBasisDetail() == null ? null : terms.lawfulBasisDetail().strip();
    this.startsOn = terms.startsOn();
    this.reviewOn = terms.reviewOn();
    this.changedBy = by;
    this.changedAt = at;
  }

  /** Reviewed and renewed: it stays as it is until the next review, which is raised when it comes. */
  void renew(LocalDate nextReviewOn, LocalDate today, String by, Instant at) {
    requireActive();
    if (nextReviewOn == null || !nextReviewOn.isAfter(today)) {
      throw new InvalidCaseInputException("nextReviewOn", "is required to renew the agreement and must be after today (" + today + ")");
    }
    this.reviewOn = nextReviewOn;
    this.reviewRaisedOn = null;
    this.changedBy = by;
    this.changedAt = at;
  }

  /** The agreement ends: no request can be made under it from that day. */
  void end(LocalDate on, String reason, String by, Instant at) {
    requireActive();
    if (reason == null || reason.isBlank()) {
      throw new InvalidCaseInputException("reason", "is required: say why the agreement ends");
    }
    this.endedOn = on;
    this.endReason = reason.strip();
    this.changedBy = by;
    this.changedAt = at;
  }

  /** True when a request received on {@code day} can be made under it. */
  boolean coversDay(LocalDate day) {
    return !day.isBefore(startsOn) && (endedOn == null || day.isBefore(endedOn));
  }

  /** Due for review on {@code today} and not yet given to the DPO. */
  boolean reviewDue(LocalDate today) {
    return endedOn == null && !reviewOn.isAfter(today) && reviewRaisedOn == null;
  }

  void reviewRaised(LocalDate on) {
    this.reviewRaisedOn = on;
  }

  private void requireActive() {
    if (endedOn != null) {
      throw new CaseStateConflictException("Sharing agreement " + id + " ended on " + endedOn);
    }
  }

  Long id() {
    return id;
  }

  String title() {
    return title;
  }

  String parties() {
    return parties;
  }

  RequesterType partnerType() {
    return partnerType;
  }

  String purpose() {
    return purpose;
  }

  String dataShared() {
    return dataShared;
  }

  LegalBasis lawfulBasis() {
    return lawfulBasis;
  }

  String lawfulBasisDetail() {
    return lawfulBasisDetail;
  }

  LocalDate startsOn() {
    return startsOn;
  }

  LocalDate reviewOn() {
    return reviewOn;
  }

  LocalDate endedOn() {
    return endedOn;
  }

  String endReason() {
    return endReason;
  }

  String changedBy() {
    return changedBy;
  }

  Instant changedAt() {
    return changedAt;
  }
}
