package org.inforights.casework.deadline;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * England and Wales bank holidays as published by the jollyday library, named as on gov.uk.
 *
 * <p>Jollyday has no single England-and-Wales subdivision: its United Kingdom calendar holds the
 * holidays common to the UK, and the "eng" (England) and "wls" (Wales) subdivisions each add Easter
 * Monday and the summer bank holiday, identically. England is used. Substitute days are returned on
 * the day they are observed (e.g. Boxing Day 2026 on Monday 28 December).
 */
final class JollydayBankHolidays {

  static final String ENGLAND = "eng";

  /** Jollyday property keys to the names gov.uk uses; unknown keys fall back to jollyday's text. */
  private static final Map<String, String> GOV_UK_NAMES = Map.ofEntries(
      Map.entry("NEW_YEAR", "New Year's Day"),
      Map.entry("christian.GOOD_FRIDAY", "Good Friday"),
      Map.entry("christian.EASTER_MONDAY", "Easter Monday"),
      Map.entry("EARLY_MAY_BANK_HOLIDAY", "Early May bank holiday"),
      Map.entry("SPRING_BANK_HOLIDAY", "Spring bank holiday"),
      Map.entry("SUMMER_BANK_HOLIDAY", "Summer bank holiday"),
      Map.entry("CHRISTMAS", "Christmas Day"),
      Map.entry("BOXING_DAY", "Boxing Day"),
      Map.entry("QUEENS_PLATINUM_JUBILEE", "Platinum Jubilee bank holiday"),
      Map.entry("QUEENS_STATE_FUNERAL", "Bank Holiday for the State Funeral of Queen Elizabeth II"),
      Map.entry("KINGS_CORONATION", "Bank holiday for the coronation of King Charles III"));

  /** The early May bank holiday has twice been moved to VE day (1995, 2020); gov.uk names it so. */
  private static final MonthDay VE_DAY = MonthDay.of(Month.MAY, 8);

  private final HolidayManager manager;
  private final String subdivision;

  JollydayBankHolidays() {
    this(ENGLAND);
  }

  JollydayBankHolidays(String subdivision) {
    this.manager = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
    this.subdivision = subdivision;
  }

  /** The bank holidays observed in the given year, by date. */
  Map<LocalDate, String> inYear(int year) {
    Map<LocalDate, String> byDate = new HashMap<>();
    for (Holiday holiday : manager.getHolidays(Year.of(year), subdivision)) {
      LocalDate observed = holiday.getObservedDate().orElse(holiday.getActualDate());
      // An England and Wales substitute day never falls in another year (3 Jan and 28 Dec at the extremes).
      if (observed.getYear() == year) {
        byDate.put(observed, nameOf(holiday, observed));
      }
    }
    return byDate;
  }

  private static String nameOf(Holiday holiday, LocalDate observed) {
    // Locale.ROOT: the library's base English text, whatever the JVM's default locale.
    String name = GOV_UK_NAMES.getOrDefault(
        holiday.getPropertiesKey(), holiday.getDescription(Locale.ROOT));
    if ("EARLY_MAY_BANK_HOLIDAY".equals(holiday.getPropertiesKey()) && VE_DAY.equals(MonthDay.from(observed))) {
      name += " (VE day)";
    }
    return observed.equals(holiday.getActualDate()) ? name : "Substitute day for " + name;
  }
}
