package org.inforights.casework.deadline;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * England &amp; Wales bank holidays from the Jollyday library (substitute days and one-off
 * proclamations included), with the administrators' additions and removals applied on top.
 */
@Component
public class EnglandAndWalesCalendar implements WorkingCalendar {

  /** Jollyday's United Kingdom calendar, subdivision England (Wales is the same). */
  private static final String ENGLAND = "eng";

  private static final HolidayManager HOLIDAYS =
      HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));

  private final Set<LocalDate> extra;
  private final Set<LocalDate> removed;
  private final Map<Integer, Map<LocalDate, String>> byYear = new ConcurrentHashMap<>();

  public EnglandAndWalesCalendar(CalendarProperties properties) {
    this.extra = Set.copyOf(properties.extraHolidays());
    this.removed = Set.copyOf(properties.removedHolidays());
  }

  @Override
  public boolean isWorkingDay(LocalDate day) {
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && bankHoliday(day).isEmpty();
  }

  @Override
  public Optional<String> bankHoliday(LocalDate day) {
    return Optional.ofNullable(byYear.computeIfAbsent(day.getYear(), this::load).get(day));
  }

  @Override
  public LocalDate nextWorkingDayOnOrAfter(LocalDate day) {
    LocalDate next = day;
    while (!isWorkingDay(next)) {
      next = next.plusDays(1);
    }
    return next;
  }

  @Override
  public LocalDate addWorkingDays(LocalDate start, int workingDays) {
    if (workingDays < 0) {
      return subtractWorkingDays(start, -workingDays);
    }
    LocalDate day = nextWorkingDayOnOrAfter(start);
    for (int left = workingDays; left > 0; left--) {
      day = nextWorkingDayOnOrAfter(day.plusDays(1));
    }
    return day;
  }

  @Override
  public LocalDate subtractWorkingDays(LocalDate from, int workingDays) {
    if (workingDays < 0) {
      return addWorkingDays(from, -workingDays);
    }
    LocalDate day = previousWorkingDayOnOrBefore(from);
    for (int left = workingDays; left > 0; left--) {
      day = previousWorkingDayOnOrBefore(day.minusDays(1));
    }
    return day;
  }

  @Override
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return -workingDaysBetween(to, from);
    }
    int count = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  private LocalDate previousWorkingDayOnOrBefore(LocalDate day) {
    LocalDate previous = day;
    while (!isWorkingDay(previous)) {
      previous = previous.minusDays(1);
    }
    return previous;
  }

  /** One year's bank holidays by the date they are taken, corrections applied. */
  private Map<LocalDate, String> load(int year) {
    Map<LocalDate, String> holidays = new HashMap<>();
    Set<Holiday> fromLibrary = new HashSet<>();
    for (int y = year - 1; y <= year + 1; y++) {
      fromLibrary.addAll(HOLIDAYS.getHolidays(Year.of(y), ENGLAND));
    }
    for (Holiday holiday : fromLibrary) {
      if (holiday.getDate().getYear() == year) {
        String name = holiday.getDescription(Locale.UK);
        holidays.put(
            holiday.getDate(),
            holiday.getObservedDate().isPresent() ? name + ", substitute day" : name);
      }
    }
    extra.stream().filter(day -> day.getYear() == year).forEach(day -> holidays.put(day, "proclaimed holiday"));
    removed.forEach(holidays::remove);
    return Map.copyOf(holidays);
  }
}
