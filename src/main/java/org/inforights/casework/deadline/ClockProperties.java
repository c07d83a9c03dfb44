package org.inforights.casework.deadline;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The statutory periods and the escalation ladder, as configuration an analyst can change
 * ({@code casework.clock.*}).
 *
 * @param responsePeriod the period to respond (one month)
 * @param extendedPeriod the period after an extension, from the clock start (three months)
 * @param reminderWorkingDaysBefore the officer's reminder, in working days before the due date
 * @param atRiskWorkingDaysBefore the manager's at-risk review, in working days before the due date
 * @param dueSoonWorkingDays a case is "due soon" within this many working days of its due date
 */
@ConfigurationProperties("casework.clock")
public record ClockProperties(
    @DefaultValue("P1M") Period responsePeriod,
    @DefaultValue("P3M") Period extendedPeriod,
    @DefaultValue("10") int reminderWorkingDaysBefore,
    @DefaultValue("5") int atRiskWorkingDaysBefore,
    @DefaultValue("5") int dueSoonWorkingDays) {

  /** The defaults of the law and of the council's ladder. */
  public static ClockProperties defaults() {
    return new ClockProperties(Period.ofMonths(1), Period.ofMonths(3), 10, 5, 5);
  }
}
