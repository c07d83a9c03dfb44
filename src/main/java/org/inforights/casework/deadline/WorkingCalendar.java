package org.inforights.casework.deadline;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which days are working days: every Monday to Friday that is not a bank holiday. Council closure
 * days (such as 24 December) are working days.
 *
 * <p>Counting convention: day 1 of a working-day count is the first working day strictly after the
 * start date, whether or not the start date is itself a working day (the FOIA convention). Hence
 * Friday + 1 = Monday, and Saturday + 1 = Monday as well.
 */
public interface WorkingCalendar {

  /** True for Monday to Friday unless the day is a bank holiday. */
  boolean isWorkingDay(LocalDate day);

  /**
   * The name of the bank holiday on this day, after local configuration is applied; empty if it is
   * not one. A weekend is not a bank holiday (but a substitute day for one is).
   */
  Optional<String> bankHoliday(LocalDate day);

  /** The day itself if it is a working day, otherwise the first working day after it. */
  LocalDate nextWorkingDayOnOrAfter(LocalDate day);

  /**
   * The {@code workingDays}-th working day after {@code start}, not counting {@code start} itself.
   * With 0 it is {@code start} if that is a working day, otherwise the next working day. A negative
   * count means {@link #subtractWorkingDays(LocalDate, int)} with the opposite count.
   */
  LocalDate addWorkingDays(LocalDate start, int workingDays);

  /**
   * The {@code workingDays}-th working day before {@code from}, not counting {@code from} itself
   * (10 working days before a Friday due date is the Friday two weeks earlier, if no bank holidays
   * intervene). With 0 it is {@code from} if that is a working day, otherwise the working day before.
   * A negative count means {@link #addWorkingDays(LocalDate, int)} with the opposite count.
   */
  LocalDate subtractWorkingDays(LocalDate from, int workingDays);

  /**
   * The number of working days in {@code (from, to]}: exclusive of {@code from}, inclusive of
   * {@code to}. Negative, with the same magnitude as {@code workingDaysBetween(to, from)}, when
   * {@code to} is before {@code from}; 0 when they are the same day. For a working day {@code from},
   * {@code addWorkingDays(from, workingDaysBetween(from, to)) == to} whenever {@code to} is a working
   * day after it.
   */
  int workingDaysBetween(LocalDate from, LocalDate to);
}
