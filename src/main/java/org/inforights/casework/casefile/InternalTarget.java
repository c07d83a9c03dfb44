package org.inforights.casework.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A disclosure request's deadline: an internal target the council sets itself (no statute gives
 * one), in working days from the clock start or, for urgent safeguarding work, in hours of calendar
 * time from registration. A SAR has none: the statutory month applies (UK GDPR Art 12(3)).
 */
@Embeddable
public record InternalTarget(
    @Column(name = "target_working_days") Integer workingDays,
    @Column(name = "target_hours") Integer hours) {

  public InternalTarget {
    if (workingDays == null) {
      throw new InvalidCaseInputException("targetWorkingDays", "must be given");
    }
    if (workingDays < 0) {
      throw new InvalidCaseInputException("targetWorkingDays", "must not be negative");
    }
    if (hours != null && hours <= 0) {
      throw new InvalidCaseInputException("targetHours", "must be more than zero");
    }
  }

  /** A target in working days. */
  public static InternalTarget workingDays(int workingDays) {
    return new InternalTarget(workingDays, null);
  }

  /** Whether the target is counted in hours of calendar time rather than in days. */
  public boolean inHours() {
    return hours != null;
  }
}
