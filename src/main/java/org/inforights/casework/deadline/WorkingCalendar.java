package org.inforights.casework.deadline;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Working days in England &amp; Wales: Monday to Friday except bank holidays. Council closure days
 * (between Christmas and New Year, say) are working days.
 */
public interface WorkingCalendar {

  boolean isWorkingDay(LocalDate day);

  /** The bank holiday's name if {@code day} is one (after administrators' corrections). */
  Optional<String> bankHoliday(LocalDate day);

  /** {@code day} itself if it is a working day, else the next one. */
  LocalDate nextWorkingDayOnOrAfter(LocalDate day);

  /**
   * The working day {@code workingDays} working days after {@code start}: 1 is the next working
   * day after {@code start}; 0 is {@code start} rolled forward to a working day.
   */
  LocalDate addWorkingDays(LocalDate start, int workingDays);

  /** The working day {@code workingDays} working days before {@code from} (0 → rolled back). */
  LocalDate subtractWorkingDays(LocalDate from, int workingDays);

  /**
   * Working days after {@code from} up to and including {@code to}; negative when {@code to} is
   * before {@code from}. From Monday to Friday of one week is 4; from a day to itself 0.
   */
  int workingDaysBetween(LocalDate from, LocalDate to);
}
