package org.inforights.casework.deadline;

import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Local changes to the England and Wales bank holidays, set under {@code casework.calendar.*} (ISO
 * dates, e.g. {@code casework.calendar.extra-holidays=2026-06-15}). Used for a newly proclaimed bank
 * holiday before the holiday library knows it, or to withdraw one. Council closure days are not bank
 * holidays and do not belong here: they remain working days for the statutory clock.
 *
 * @param extraHolidays   dates to treat as bank holidays; {@code null} means none
 * @param removedHolidays dates not to treat as bank holidays although the library says they are;
 *                        {@code null} means none
 */
@ConfigurationProperties("casework.calendar")
public record CalendarProperties(List<LocalDate> extraHolidays, List<LocalDate> removedHolidays) {

  public CalendarProperties {
    extraHolidays = extraHolidays == null ? List.of() : List.copyOf(extraHolidays);
    removedHolidays = removedHolidays == null ? List.of() : List.copyOf(removedHolidays);
  }

  /** No local changes. */
  public static CalendarProperties none() {
    return new CalendarProperties(null, null);
  }
}
