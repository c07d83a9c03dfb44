package org.inforights.casework.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The statutory clock of UK GDPR Art 12 as amended by the Data (Use and Access) Act 2025: the
 * same date a period after the clock starts (the last day of a shorter month), plus days paused
 * for clarification, rolled forward to a working day. Every date comes with its explanation.
 */
@Component
public class StatutoryClock {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

  private final WorkingCalendar calendar;
  private final ClockProperties properties;

  public StatutoryClock(WorkingCalendar calendar, ClockProperties properties) {
    this.calendar = calendar;
    this.properties = properties;
  }

  /** The due date of a response: the response period after the clock starts. */
  public Deadline dueDate(LocalDate clockStartsOn, ClockStartReason why, int daysPaused) {
    return compute(clockStartsOn, why, daysPaused, properties.responsePeriod(), "");
  }

  /** The due date after an extension: the extended period from the clock start. */
  public Deadline extendedDueDate(LocalDate clockStartsOn, ClockStartReason why, int daysPaused) {
    return compute(clockStartsOn, why, daysPaused, properties.extendedPeriod(), " (extended)");
  }

  /** Days the clock stood still: from the day the council asked to the day it heard, inclusive. */
  public static int pausedDays(LocalDate askedOn, LocalDate receivedOn) {
    if (receivedOn.isBefore(askedOn)) {
      throw new IllegalArgumentException("received " + receivedOn + " before asked " + askedOn);
    }
    return Math.toIntExact(ChronoUnit.DAYS.between(askedOn, receivedOn) + 1);
  }

  /** Overdue after the due date; due soon within the configured working days of it. */
  public DeadlineState stateOn(LocalDate today, LocalDate dueOn) {
    if (today.isAfter(dueOn)) {
      return DeadlineState.OVERDUE;
    }
    return calendar.workingDaysBetween(today, dueOn) <= properties.dueSoonWorkingDays()
        ? DeadlineState.DUE_SOON
        : DeadlineState.ON_TRACK;
  }

  /** The officer's reminder: the configured working days before the due date. */
  public LocalDate reminderDate(LocalDate dueOn) {
    return calendar.subtractWorkingDays(dueOn, properties.reminderWorkingDaysBefore());
  }

  /** The manager's at-risk review: the configured working days before the due date. */
  public LocalDate atRiskDate(LocalDate dueOn) {
    return calendar.subtractWorkingDays(dueOn, properties.atRiskWorkingDaysBefore());
  }

  private Deadline compute(
      LocalDate start, ClockStartReason why, int daysPaused, Period period, String qualifier) {
    if (daysPaused < 0) {
      throw new IllegalArgumentException("days paused must not be negative: " + daysPaused);
    }
    List<String> steps = new ArrayList<>();
    steps.add(why.describe(DAY.format(start)));

    // plus(Period) clamps to the last day of a shorter month: 31 Jan + 1 month = 28 Feb
    LocalDate calendarDate = start.plus(period);
    steps.add(describe(period) + qualifier + " → " + DAY.format(calendarDate));

    LocalDate paused = calendarDate.plusDays(daysPaused);
    if (daysPaused > 0) {
      steps.add("+" + daysPaused + (daysPaused == 1 ? " day" : " days") + " paused → " + DAY.format(paused));
    }

    LocalDate due = calendar.nextWorkingDayOnOrAfter(paused);
    if (!due.equals(paused)) {
      steps.add(whyNotWorking(paused, due) + " → " + DAY.format(due));
    }
    return new Deadline(due, String.join("; ", steps));
  }

  /** "weekend", "bank holiday (Easter Monday)", "bank holiday (Good Friday), weekend and …". */
  private String whyNotWorking(LocalDate from, LocalDate workingDay) {
    List<String> reasons = new ArrayList<>();
    for (LocalDate day = from; day.isBefore(workingDay); day = day.plusDays(1)) {
      Optional<String> holiday = calendar.bankHoliday(day);
      String reason =
          holiday.map(name -> "bank holiday (" + name + ")").orElse(isWeekend(day) ? "weekend" : "closed");
      if (reasons.isEmpty() || !reasons.get(reasons.size() - 1).equals(reason)) {
        reasons.add(reason);
      }
    }
    if (reasons.size() == 1) {
      return reasons.get(0);
    }
    return String.join(", ", reasons.subList(0, reasons.size() - 1)) + " and " + reasons.get(reasons.size() - 1);
  }

  private static boolean isWeekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  private static String describe(Period period) {
    if (period.getYears() == 0 && period.getDays() == 0) {
      return switch (period.getMonths()) {
        case 1 -> "one month";
        case 2 -> "two months";
        case 3 -> "three months";
        default -> period.getMonths() + " months";
      };
    }
    return period.toString();
  }
}
