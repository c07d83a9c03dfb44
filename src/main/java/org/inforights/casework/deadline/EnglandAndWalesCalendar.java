package org.inforights.casework.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Working days in England and Wales: Monday to Friday except bank holidays. Bank holidays come from
 * the jollyday library (see {@link JollydayBankHolidays}), then the dates in {@link CalendarProperties}
 * are added (weekdays only: a weekend is never a working day anyway) or removed. Holidays are worked
 * out once per year and kept.
 */
@Component
public class EnglandAndWalesCalendar implements WorkingCalendar {

  static final String ADDITIONAL_BANK_HOLIDAY = "Additional bank holiday";

  private static final Logger log = LoggerFactory.getLogger(EnglandAndWalesCalendar.class);

  private final JollydayBankHolidays published;
  private final Set<LocalDate> extra;
  private final Set<LocalDate> removed;
  private final ConcurrentMap<Integer, Map<LocalDate, String>> holidaysByYear = new ConcurrentHashMap<>();

  public EnglandAndWalesCalendar(CalendarProperties properties) {
    Objects.requireNonNull(properties, "properties");
    this.published = new JollydayBankHolidays();
    this.extra = Set.copyOf(properties.extraHolidays());
    this.removed = Set.copyOf(properties.removedHolidays());
    Set<LocalDate> both = new HashSet<>(extra);
    both.retainAll(removed);
    if (!both.isEmpty()) {
      throw new IllegalArgumentException("casework.calendar lists " + both
          + " in both extra-holidays and removed-holidays; say which is meant");
    }
    warnAboutChangesWithNoEffect();
  }

  private void warnAboutChangesWithNoEffect() {
    for (LocalDate day : removed) {
      if (!published.inYear(day.getYear()).containsKey(day)) {
        log.warn("casework.calendar.removed-holidays has {}, which is not a published England and Wales"
            + " bank holiday; it changes nothing", day);
      }
    }
    for (LocalDate day : extra) {
      if (isWeekend(day)) {
        log.warn("casework.calendar.extra-holidays has {}, which is a {}; it changes nothing",
            day, day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
      }
    }
  }

  @Override
  public boolean isWorkingDay(LocalDate day) {
    return !isWeekend(day) && !holidaysIn(day.getYear()).containsKey(day);
  }

  @Override
  public Optional<String> bankHoliday(LocalDate day) {
    return Optional.ofNullable(holidaysIn(day.getYear()).get(day));
  }

  @Override
  public LocalDate nextWorkingDayOnOrAfter(LocalDate day) {
    LocalDate candidate = Objects.requireNonNull(day, "day");
    while (!isWorkingDay(candidate)) {
      candidate = candidate.plusDays(1);
    }
    return candidate;
  }

  @Override
  public LocalDate addWorkingDays(LocalDate start, int workingDays) {
    Objects.requireNonNull(start, "start");
    if (workingDays < 0) {
      return subtractWorkingDays(start, Math.negateExact(workingDays));
    }
    if (workingDays == 0) {
      return nextWorkingDayOnOrAfter(start);
    }
    return step(start, workingDays, 1);
  }

  @Override
  public LocalDate subtractWorkingDays(LocalDate from, int workingDays) {
    Objects.requireNonNull(from, "from");
    if (workingDays < 0) {
      return addWorkingDays(from, Math.negateExact(workingDays));
    }
    if (workingDays == 0) {
      LocalDate candidate = from;
      while (!isWorkingDay(candidate)) {
        candidate = candidate.minusDays(1);
      }
      return candidate;
    }
    return step(from, workingDays, -1);
  }

  private LocalDate step(LocalDate start, int workingDays, int direction) {
    LocalDate day = start;
    int remaining = workingDays;
    while (remaining > 0) {
      day = day.plusDays(direction);
      if (isWorkingDay(day)) {
        remaining--;
      }
    }
    return day;
  }

  @Override
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
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

  private Map<LocalDate, String> holidaysIn(int year) {
    return holidaysByYear.computeIfAbsent(year, this::withLocalChanges);
  }

  private Map<LocalDate, String> withLocalChanges(int year) {
    Map<LocalDate, String> holidays = published.inYear(year);
    holidays.keySet().removeAll(removed);
    for (LocalDate day : extra) {
      if (day.getYear() == year && !isWeekend(day)) {
        holidays.putIfAbsent(day, ADDITIONAL_BANK_HOLIDAY);
      }
    }
    return Map.copyOf(holidays);
  }

  private static boolean isWeekend(LocalDate day) {
    DayOfWeek dayOfWeek = day.getDayOfWeek();
    return dayOfWeek == DayOfWeek.SATURDAY || dayOfWeek == DayOfWeek.SUNDAY;
  }
}
