package org.inforights.casework.deadline;

import java.time.LocalTime;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The council's working day, set under {@code casework.working-day.*}: work due on a day is due by
 * its end (a task's due date in Tasklist), and the reminder and at-risk review fall at its start
 * (the officer reads them on arrival). A council with other office hours changes them here.
 *
 * @param starts when the working day starts (default {@code 09:00})
 * @param ends   when it ends (default {@code 17:00}); must be after {@code starts}
 */
@ConfigurationProperties("casework.working-day")
public record WorkingDayProperties(
    @DefaultValue(WorkingDayProperties.DEFAULT_STARTS) LocalTime starts,
    @DefaultValue(WorkingDayProperties.DEFAULT_ENDS) LocalTime ends) {

  static final String DEFAULT_STARTS = "09:00";
  static final String DEFAULT_ENDS = "17:00";

  /** A missing time takes its default; a day that ends before it starts is rejected. */
  public WorkingDayProperties {
    starts = Objects.requireNonNullElse(starts, LocalTime.parse(DEFAULT_STARTS));
    ends = Objects.requireNonNullElse(ends, LocalTime.parse(DEFAULT_ENDS));
    if (!ends.isAfter(starts)) {
      throw new IllegalArgumentException("casework.working-day.ends (" + ends
          + ") must be after casework.working-day.starts (" + starts + ")");
    }
  }

  /** 09:00 to 17:00. */
  public static WorkingDayProperties defaults() {
    return new WorkingDayProperties(null, null);
  }
}
