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
import java.time.LocalDate;

/**
 * What allows a subject access response to include data concerning health (DPA 2018 Sch 3 Pt 2
 * para 6): the health professional's opinion (who, their profession, when, what), an earlier one
 * about the same child, or why the council is satisfied the child already knows the information.
 * The professional's name, the date and the reasons are personal data: they live here, never in a
 * process variable. An opinion is found again for another request about the same child by the
 * child's name key and date of birth, while it is within its six months (para 6(3)).
 */
@Entity
@Table(name = "sar_health_clearance")
class HealthClearance {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_reference", nullable = false, updatable = false)
  private String caseReference;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 24)
  private HealthDataRoute route;

  @Column(name = "child_name_key", length = 200)
  private String childNameKey;

  @Column(name = "child_date_of_birth")
  private LocalDate childDateOfBirth;

  @Column(name = "professional_name", length = 200)
  private String professionalName;

  @Enumerated(EnumType.STRING)
  @Column(length = 32, updatable = false)
  private HealthProfession profession;

  @Column(name = "opinion_given_on", updatable = false)
  private LocalDate opinionGivenOn;

  @Enumerated(EnumType.STRING)
  @Column(length = 32, updatable = false)
  private HealthOpinion opinion;

  /** The clearance holding the opinion relied on again ({@link HealthDataRoute#EARLIER_OPINION}). */
  @Column(name = "earlier_clearance_id", updatable = false)
  private Long earlierClearanceId;

  /** Why the council is satisfied the child already knows the information. */
  @Column(length = 2000)
  private String basis;

  @Column(name = "recorded_by", nullable = false, updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  protected HealthClearance() {}

  private HealthClearance(String caseReference, HealthDataRoute route, String recordedBy, Instant recordedAt) {
    this.caseReference = caseReference;
    this.route = route;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  static HealthClearance newOpinion(
      String caseReference, String childNameKey, LocalDate childDateOfBirth, String professionalName,
      HealthProfession profession, LocalDate givenOn, HealthOpinion opinion, String recordedBy, Instant recordedAt) {
    HealthClearance clearance = new HealthClearance(caseReference, HealthDataRoute.NEW_OPINION, recordedBy, recordedAt);
    clearance.childNameKey = childNameKey;
    clearance.childDateOfBirth = childDateOfBirth;
    clearance.professionalName = professionalName;
    clearance.profession = profession;
    clearance.opinionGivenOn = givenOn;
    clearance.opinion = opinion;
    return clearance;
  }

  /** The earlier opinion relied on again: its facts are copied, so the case shows what it relied on. */
  static HealthClearance earlierOpinion(String caseReference, HealthClearance earlier, String recordedBy, Instant recordedAt) {
    HealthClearance clearance =
        new HealthClearance(caseReference, HealthDataRoute.EARLIER_OPINION, recordedBy, recordedAt);
    clearance.earlierClearanceId = earlier.id;
    clearance.professionalName = earlier.professionalName;
    clearance.profession = earlier.profession;
    clearance.opinionGivenOn = earlier.opinionGivenOn;
    clearance.opinion = earlier.opinion;
    return clearance;
  }

  static HealthClearance alreadySeen(String caseReference, String basis, String recordedBy, Instant recordedAt) {
    HealthClearance clearance = new HealthClearance(caseReference, HealthDataRoute.ALREADY_SEEN, recordedBy, recordedAt);
    clearance.basis = basis;
    return clearance;
  }

  /**
   * Whether this clearance still allows health data to be given on {@code day}: knowledge does not
   * lapse; an opinion counts only if given within the six months ending with that day (para 6(2)(a),
   * (3)).
   */
  boolean allowsReleaseOn(LocalDate day) {
    if (route == HealthDataRoute.ALREADY_SEEN) {
      return true;
    }
    return opinionGivenOn != null && !opinionGivenOn.isAfter(day) && !opinionGivenOn.isBefore(day.minusMonths(6));
  }

  /** The last day on which the opinion may be relied on; null when the route is the child's knowledge. */
  LocalDate opinionValidUntil() {
    return opinionGivenOn == null ? null : opinionGivenOn.plusMonths(6);
  }

  Long id() {
    return id;
  }

  String caseReference() {
    return caseReference;
  }

  HealthDataRoute route() {
    return route;
  }

  String professionalName() {
    return professionalName;
  }

  HealthProfession profession() {
    return profession;
  }

  LocalDate opinionGivenOn() {
    return opinionGivenOn;
  }

  HealthOpinion opinion() {
    return opinion;
  }

  String basis() {
    return basis;
  }

  String recordedBy() {
    return recordedBy;
  }

  Instant recordedAt() {
    return recordedAt;
  }
}
