package org.inforights.casework.deadline;

import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Administrators' corrections to the England &amp; Wales bank holidays ({@code casework.calendar.*}):
 * a newly proclaimed holiday before the library knows it, or a date to take out.
 */
@ConfigurationProperties("casework.calendar")
public record CalendarProperties(List<LocalDate> extraHolidays, List<LocalDate> removedHolidays) {

  public CalendarProperties {
    extraHolidays = extraHolidays == null ? List.of() : List.copyOf(extraHolidays);
    removedHolidays = removedHolidays == null ? List.of() : List.copyOf(removedHolidays);
  }

  public static CalendarProperties none() {
    return new CalendarProperties(List.of(), List.of());
  }
}
