package org.inforights.casework.deadline;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Periods and thresholds of the statutory clock, set under {@code casework.clock.*} so that analysts
 * can change them without a code change.
 *
 * @param responsePeriod            time allowed to respond, from the clock start (default {@code P1M})
 * @param extendedPeriod            time allowed when the deadline is extended, from the clock start
 *                                  (default {@code P3M}); must never end before {@code responsePeriod}
 * @param reminderWorkingDaysBefore the reminder falls this many working days before the due date (default 10)
 * @param atRiskWorkingDaysBefore   the at-risk review falls this many working days before the due date (default 5)
 * @param dueSoonWorkingDays        an open case is due soon when its due date is at most this many working
 *                                  days away (default 5)
 */
@ConfigurationProperties("casework.clock")
public record ClockProperties(
    @DefaultValue(ClockProperties.DEFAULT_RESPONSE_PERIOD) Period responsePeriod,
    @DefaultValue(ClockProperties.DEFAULT_EXTENDED_PERIOD) Period extendedPeriod,
    @DefaultValue("" + ClockProperties.DEFAULT_REMINDER_WORKING_DAYS_BEFORE) int reminderWorkingDaysBefore,
    @DefaultValue("" + ClockProperties.DEFAULT_AT_RISK_WORKING_DAYS_BEFORE) int atRiskWorkingDaysBefore,
    @DefaultValue("" + ClockProperties.DEFAULT_DUE_SOON_WORKING_DAYS) int dueSoonWorkingDays) {

  static final String DEFAULT_RESPONSE_PERIOD = "P1M";
  static final String DEFAULT_EXTENDED_PERIOD = "P3M";
  static final int DEFAULT_REMINDER_WORKING_DAYS_BEFORE = 10;
  static final int DEFAULT_AT_RISK_WORKING_DAYS_BEFORE = 5;
  static final int DEFAULT_DUE_SOON_WORKING_DAYS = 5;

  /** A missing period takes its default; anything that would make the clock meaningless is rejected. */
  public ClockProperties {
    responsePeriod = Objects.requireNonNullElse(responsePeriod, Period.parse(DEFAULT_RESPONSE_PERIOD));
    extendedPeriod = Objects.requireNonNullElse(extendedPeriod, Period.parse(DEFAULT_EXTENDED_PERIOD));
    requirePositive("response-period", responsePeriod);
    requirePositive("extended-period", extendedPeriod);
    requireNotShorter(extendedPeriod, responsePeriod);
    requireNotNegative("reminder-working-days-before", reminderWorkingDaysBefore);
    requireNotNegative("at-risk-working-days-before", atRiskWorkingDaysBefore);
    requireNotNegative("due-soon-working-days", dueSoonWorkingDays);
  }

  /** The values that apply when nothing is configured: P1M, P3M, 10, 5 and 5. */
  public static ClockProperties defaults() {
    return new ClockProperties(null, null, DEFAULT_REMINDER_WORKING_DAYS_BEFORE,
        DEFAULT_AT_RISK_WORKING_DAYS_BEFORE, DEFAULT_DUE_SOON_WORKING_DAYS);
  }

  private static void requirePositive(String name, Period period) {
    if (period.isZero() || period.isNegative()) {
      throw new IllegalArgumentException(
          "casework.clock." + name + " must be a positive period, not " + period);
    }
  }

  /**
   * Month lengths repeat every four years (between 1901 and 2099), so comparing the two periods from
   * every day of one four-year cycle covers every clock start.
   */
  private static void requireNotShorter(Period extended, Period response) {
    for (LocalDate start = LocalDate.of(2024, 1, 1); start.getYear() < 2028; start = start.plusDays(1)) {
      if (start.plus(extended).isBefore(start.plus(response))) {
        throw new IllegalArgumentException("casework.clock.extended-period (" + extended
            + ") must never end before casework.clock.response-period (" + response
            + "), but does from " + start);
      }
    }
  }

  private static void requireNotNegative(String name, int workingDays) {
    if (workingDays < 0) {
      throw new IllegalArgumentException(
          "casework.clock." + name + " must not be negative, not " + workingDays);
    }
  }
}
