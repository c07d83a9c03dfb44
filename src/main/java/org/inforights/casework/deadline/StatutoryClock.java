package org.inforights.casework.deadline;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The statutory response deadline for a subject access request and the internal dates hung off it.
 *
 * <p>due = next working day on or after (clock start + period + days paused). The period is added as
 * calendar months: the same date in the later month, or that month's last day if it has no such date.
 * Days paused for clarification are added as calendar days before moving off a weekend or bank holiday.
 */
@Component
public class StatutoryClock {

  private static final String ARROW = " → ";

  /** The council's zone when none is given: England and Wales. */
  static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/London");

  private final WorkingCalendar calendar;
  private final ClockProperties properties;
  private final ZoneId zone;

  public StatutoryClock(WorkingCalendar calendar, ClockProperties properties) {
    this(calendar, properties, DEFAULT_ZONE);
  }

  /** The clock in the application's zone ({@code casework.zone}), which targets in hours need. */
  @Autowired
  public StatutoryClock(WorkingCalendar calendar, ClockProperties properties, java.time.Clock clock) {
    this(calendar, properties, clock.getZone());
  }

  StatutoryClock(WorkingCalendar calendar, ClockProperties properties, ZoneId zone) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.properties = Objects.requireNonNull(properties, "properties");
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  /**
   * The due date within the normal response period (one month unless configured otherwise).
   *
   * @param clockStartsOn the day the clock starts; it counts even if it is not a working day
   * @param why           what arrived on that day, for the explanation
   * @param daysPaused    calendar days the clock was stopped, see {@link #pausedDays}; not negative
   */
  public Deadline dueDate(LocalDate clockStartsOn, ClockStartReason why, int daysPaused) {
    return deadline(clockStartsOn, why, daysPaused, properties.responsePeriod(), "");
  }

  /** {@link #dueDate(LocalDate, ClockStartReason, int)} for a {@link ClockStart}. */
  public Deadline dueDate(ClockStart start, int daysPaused) {
    Objects.requireNonNull(start, "start");
    return dueDate(start.on(), start.reason(), daysPaused);
  }

  /** The due date once extended by two further months (three months unless configured otherwise). */
  public Deadline extendedDueDate(LocalDate clockStartsOn, ClockStartReason why, int daysPaused) {
    return deadline(clockStartsOn, why, daysPaused, properties.extendedPeriod(), " (extended)");
  }

  /** {@link #extendedDueDate(LocalDate, ClockStartReason, int)} for a {@link ClockStart}. */
  public Deadline extendedDueDate(ClockStart start, int daysPaused) {
    Objects.requireNonNull(start, "start");
    return extendedDueDate(start.on(), start.reason(), daysPaused);
  }

  /**
   * An internal target counted in working days (a disclosure request's, say): the
   * {@code workingDays}-th working day after the clock start (0 = that day, or the next working day),
   * then days paused added as calendar days and moved off a weekend or bank holiday, as for the
   * statutory deadline.
   *
   * @param clockStartsOn the day the clock starts
   * @param why           what arrived on that day, for the explanation
   * @param workingDays   the target; not negative
   * @param daysPaused    calendar days the clock was stopped; not negative
   */
  public Deadline workingDayTarget(LocalDate clockStartsOn, ClockStartReason why, int workingDays, int daysPaused) {
    Objects.requireNonNull(clockStartsOn, "clockStartsOn");
    Objects.requireNonNull(why, "why");
    if (workingDays < 0 || daysPaused < 0) {
      throw new IllegalArgumentException("Working days and days paused cannot be negative: "
          + workingDays + ", " + daysPaused);
    }
    List<String> steps = new ArrayList<>();
    steps.add(startStep(clockStartsOn, why));
    LocalDate target = calendar.addWorkingDays(clockStartsOn, workingDays);
    steps.add((workingDays == 0 ? "same working day" : workingDays == 1 ? "1 working day" : workingDays + " working days")
        + ARROW + ExplanationText.day(target));
    return pausedAndRolled(target, daysPaused, steps);
  }

  /**
   * An internal target counted in hours of calendar time (urgent safeguarding work): nights,
   * weekends and bank holidays count, and nothing is moved to a working day, because a child at
   * risk is at risk on a Saturday too. The hours run from the moment the request was registered
   * when it arrived that day, or from the start of the day it arrived when registered later; days
   * paused are added as whole calendar days.
   *
   * @param clockStartsOn the day the clock starts
   * @param registeredAt  when the request was registered
   * @param why           what arrived on that day, for the explanation
   * @param hours         the target; more than zero
   * @param daysPaused    calendar days the clock was stopped; not negative
   */
  public TimedTarget hoursTarget(
      LocalDate clockStartsOn, Instant registeredAt, ClockStartReason why, int hours, int daysPaused) {
    Objects.requireNonNull(clockStartsOn, "clockStartsOn");
    Objects.requireNonNull(registeredAt, "registeredAt");
    Objects.requireNonNull(why, "why");
    if (hours <= 0 || daysPaused < 0) {
      throw new IllegalArgumentException("Hours must be positive and days paused not negative: "
          + hours + ", " + daysPaused);
    }
    ZonedDateTime registered = registeredAt.atZone(zone);
    ZonedDateTime start =
        registered.toLocalDate().equals(clockStartsOn) ? registered : clockStartsOn.atStartOfDay(zone);
    List<String> steps = new ArrayList<>();
    String started = ExplanationText.moment(start.toLocalDateTime());
    steps.add(why == ClockStartReason.REQUEST_RECEIVED
        ? "received " + started
        : "clock started " + started + " (" + why.label() + ")");
    ZonedDateTime due = start.plusHours(hours);
    steps.add((hours == 1 ? "1 hour" : hours + " hours") + ", calendar time" + ARROW
        + ExplanationText.moment(due.toLocalDateTime()));
    if (daysPaused > 0) {
      due = due.plusDays(daysPaused);
      steps.add("+" + ExplanationText.days(daysPaused) + " paused" + ARROW + ExplanationText.moment(due.toLocalDateTime()));
    }
    return new TimedTarget(due.toInstant(), due.toLocalDate(), String.join("; ", steps));
  }

  /**
   * Days the clock is stopped while waiting for clarification: from the day the council asks to
   * the day it receives the answer, counting both (asked and answered on the same day = 1 day).
   *
   * @throws IllegalArgumentException if the answer is dated before the question
   */
  public static int pausedDays(LocalDate askedOn, LocalDate receivedOn) {
    Objects.requireNonNull(askedOn, "askedOn");
    Objects.requireNonNull(receivedOn, "receivedOn");
    if (receivedOn.isBefore(askedOn)) {
      throw new IllegalArgumentException("Clarification received on " + receivedOn
          + " cannot be before it was asked for on " + askedOn);
    }
    return Math.toIntExact(ChronoUnit.DAYS.between(askedOn, receivedOn) + 1);
  }

  /**
   * Where an open case stands on {@code today}: overdue after the due date; due soon when the due
   * date is at most {@code dueSoonWorkingDays} working days away, counted as
   * {@link WorkingCalendar#workingDaysBetween} (so from the at-risk date onwards with the default
   * settings, and on the due date itself); on track otherwise.
   */
  public DeadlineState stateOn(LocalDate today, LocalDate dueOn) {
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(dueOn, "dueOn");
    if (today.isAfter(dueOn)) {
      return DeadlineState.OVERDUE;
    }
    if (calendar.workingDaysBetween(today, dueOn) <= properties.dueSoonWorkingDays()) {
      return DeadlineState.DUE_SOON;
    }
    return DeadlineState.ON_TRACK;
  }

  /** The day to send the reminder: the configured number of working days before the due date. */
  public LocalDate reminderDate(LocalDate dueOn) {
    return calendar.subtractWorkingDays(Objects.requireNonNull(dueOn, "dueOn"),
        properties.reminderWorkingDaysBefore());
  }

  /** The day of the at-risk review: the configured number of working days before the due date. */
  public LocalDate atRiskDate(LocalDate dueOn) {
    return calendar.subtractWorkingDays(Objects.requireNonNull(dueOn, "dueOn"),
        properties.atRiskWorkingDaysBefore());
  }

  private Deadline deadline(LocalDate start, ClockStartReason why, int daysPaused, Period period,
      String periodNote) {
    Objects.requireNonNull(start, "clockStartsOn");
    Objects.requireNonNull(why, "why");
    if (daysPaused < 0) {
      throw new IllegalArgumentException("Days paused cannot be negative: " + daysPaused);
    }
    List<String> steps = new ArrayList<>();
    steps.add(startStep(start, why));

    // plusMonths clamps to the month's last day (31 Mar → 30 Apr); the explanation shows the date
    // reached, as in the design's "received Sat 31 Jan 2026; one month → Sat 28 Feb 2026".
    LocalDate calendarDue = start.plusMonths(period.toTotalMonths()).plusDays(period.getDays());
    steps.add(ExplanationText.period(period) + periodNote + ARROW + ExplanationText.day(calendarDue));

    return pausedAndRolled(calendarDue, daysPaused, steps);
  }

  private static String startStep(LocalDate start, ClockStartReason why) {
    return why == ClockStartReason.REQUEST_RECEIVED
        ? "received " + ExplanationText.day(start)
        : "clock started " + ExplanationText.day(start) + " (" + why.label() + ")";
  }

  /** Adds the days paused, then moves off a weekend or bank holiday, explaining each step. */
  private Deadline pausedAndRolled(LocalDate reached, int daysPaused, List<String> steps) {
    LocalDate pausedDue = reached.plusDays(daysPaused);
    if (daysPaused > 0) {
      steps.add("+" + ExplanationText.days(daysPaused) + " paused" + ARROW + ExplanationText.day(pausedDue));
    }

    LocalDate due = calendar.nextWorkingDayOnOrAfter(pausedDue);
    if (!due.equals(pausedDue)) {
      steps.add(whySkipped(pausedDue, due) + ARROW + ExplanationText.day(due));
    }
    return new Deadline(due, String.join("; ", steps));
  }

  /**
   * Names the days from {@code first} up to (not including) {@code workingDay} in order, with runs of
   * the same kind merged: "weekend", "bank holiday (Good Friday), weekend, bank holiday (Easter Monday)",
   * "bank holidays (Christmas Day, Boxing Day), weekend".
   */
  private String whySkipped(LocalDate first, LocalDate workingDay) {
    List<String> runs = new ArrayList<>();
    String runKind = null;
    List<String> holidayNames = new ArrayList<>();
    for (LocalDate day = first; day.isBefore(workingDay); day = day.plusDays(1)) {
      Optional<String> holiday = calendar.bankHoliday(day);
      String kind = holiday.isPresent() ? "bank holiday" : isWeekend(day) ? "weekend" : "non-working day";
      if (!kind.equals(runKind)) {
        closeRun(runs, runKind, holidayNames);
        runKind = kind;
        holidayNames = new ArrayList<>();
      }
      holiday.ifPresent(holidayNames::add);
    }
    closeRun(runs, runKind, holidayNames);
    return String.join(", ", runs);
  }

  private static void closeRun(List<String> runs, String kind, List<String> holidayNames) {
    if (kind == null) {
      return;
    }
    if (holidayNames.isEmpty()) {
      runs.add(kind);
    } else {
      runs.add(kind + (holidayNames.size() == 1 ? "" : "s") + " (" + String.join(", ", holidayNames) + ")");
    }
  }

  private static boolean isWeekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
