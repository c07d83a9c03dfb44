package org.inforights.casework.deadline;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The deadline ladder of a target counted in hours (urgent work), set under
 * {@code casework.urgent-targets.*}: the reminder and the at-risk review fall at these fractions of
 * the time from when the target was set to when it is due, so a four-hour risk-to-life share is
 * chased after two hours and escalated after three, a 24-hour request after 12 and 18.
 *
 * @param reminderAt the reminder's fraction of the time to the target (default 0.5)
 * @param atRiskAt   the at-risk review's fraction (default 0.75); after the reminder, before the target
 */
@ConfigurationProperties("casework.urgent-targets")
public record UrgentTargetProperties(
    @DefaultValue("0.5") double reminderAt,
    @DefaultValue("0.75") double atRiskAt) {

  public UrgentTargetProperties {
    if (!(reminderAt > 0 && reminderAt < atRiskAt && atRiskAt < 1)) {
      throw new IllegalArgumentException("casework.urgent-targets must have 0 < reminder-at (" + reminderAt
          + ") < at-risk-at (" + atRiskAt + ") < 1");
    }
  }

  /** A half and three quarters of the time. */
  public static UrgentTargetProperties defaults() {
    return new UrgentTargetProperties(0.5, 0.75);
  }
}
