package org.inforights.casework.report;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * The period the compliance report covers when a manager gives no {@code from}: the twelve
 * calendar months up to and including {@code to}'s month, or, when the council reports by a year
 * of its own ({@code casework.reports.reporting-year-starts}, e.g. {@code 04-01} for April to
 * March), that reporting year so far. {@code to} itself defaults to today.
 */
final class ReportingPeriod {

  static final String YEAR_STARTS_PROPERTY = "casework.reports.reporting-year-starts";

  /** Dates the report accepts: enough for any case, and within what the databases store. */
  static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

  private static final DateTimeFormatter MONTH_DAY =
      DateTimeFormatter.ofPattern("MM-dd").withResolverStyle(ResolverStyle.STRICT);

  /** Null: twelve months. */
  private final MonthDay yearStarts;

  private ReportingPeriod(MonthDay yearStarts) {
    this.yearStarts = yearStarts;
  }

  /** From the property's value: blank for twelve months, else {@code MM-dd}, e.g. {@code 04-01}. */
  static ReportingPeriod of(String yearStarts) {
    if (yearStarts == null || yearStarts.isBlank()) {
      return new ReportingPeriod(null);
    }
    try {
      return new ReportingPeriod(MonthDay.parse(yearStarts.strip(), MONTH_DAY));
    } catch (DateTimeParseException e) {
      throw new IllegalStateException(
          YEAR_STARTS_PROPERTY + " must be the first day of the council's reporting year as MM-dd"
              + " (e.g. 04-01 for April to March), not " + yearStarts, e);
    }
  }

  /** The first day of the default period ending on {@code to}. */
  LocalDate from(LocalDate to) {
    if (yearStarts == null) {
      return to.withDayOfMonth(1).minusMonths(11);
    }
    LocalDate thisYears = yearStarts.atYear(to.getYear());
    return thisYears.isAfter(to) ? thisYears.minusYears(1) : thisYears;
  }
}
