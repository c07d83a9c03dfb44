package org.inforights.casework.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Rules that must hold for every clock start from 2019 to 2030 and every clarification pause up
 * to 60 days: checked exhaustively, not by sampling.
 */
class StatutoryClockSweepTest {

  private static final LocalDate FIRST = LocalDate.of(2019, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2030, 12, 31);
  private static final int MAX_PAUSE = 60;

  private static final WorkingCalendar CALENDAR = new EnglandAndWalesCalendar(CalendarProperties.none());
  private static final StatutoryClock CLOCK = new StatutoryClock(CALENDAR, ClockProperties.defaults());

  @Test
  void theDueDateIsAlwaysAWorkingDayAndTheFirstOnOrAfterTheCalendarDeadline() {
    everyStartAndPause(
        (start, paused) -> {
          LocalDate calendarDeadline = start.plusMonths(1).plusDays(paused);
          LocalDate due = due(start, paused);
          assertThat(CALENDAR.isWorkingDay(due)).as("%s +%d", start, paused).isTrue();
          assertThat(due).isAfterOrEqualTo(calendarDeadline);
          for (LocalDate day = calendarDeadline; day.isBefore(due); day = day.plusDays(1)) {
            assertThat(CALENDAR.isWorkingDay(day)).as("%s skipped", day).isFalse();
          }
          assertThat(CALENDAR.isWorkingDay(extendedDue(start, paused))).isTrue();
        });
  }

  @Test
  void theDueDateIsNeverEarlierThan28DaysPlusThePause() {
    everyStartAndPause(
        (start, paused) -> assertThat(due(start, paused)).isAfterOrEqualTo(start.plusDays(28L + paused)));
  }

  @Test
  void aLaterClockStartOrALongerPauseNeverGivesAnEarlierDueDate() {
    everyStartAndPause(
        (start, paused) -> {
          LocalDate due = due(start, paused);
          assertThat(due(start.plusDays(1), paused)).as("%s +%d", start, paused).isAfterOrEqualTo(due);
          assertThat(due(start, paused + 1)).as("%s +%d", start, paused).isAfterOrEqualTo(due);
        });
  }

  @Test
  void theExtendedDueDateIsNeverBeforeTheNormalOne() {
    everyStartAndPause(
        (start, paused) -> assertThat(extendedDue(start, paused)).isAfterOrEqualTo(due(start, paused)));
  }

  @Test
  void theExplanationEndsWithTheDueDate() {
    everyStartAndPause(
        (start, paused) -> {
          Deadline deadline = CLOCK.dueDate(start, ClockStartReason.REQUEST_RECEIVED, paused);
          assertThat(deadline.explanation()).endsWith("→ " + ExplanationText.day(deadline.dueOn()));
        });
  }

  @Test
  void countingTheWorkingDaysToATargetGivesBackTheCount() {
    everyDay(
        start -> {
          for (int workingDays : new int[] {1, 5, 10, 20, 60}) {
            LocalDate target = CALENDAR.addWorkingDays(start, workingDays);
            assertThat(CALENDAR.isWorkingDay(target)).isTrue();
            assertThat(CALENDAR.workingDaysBetween(start, target)).isEqualTo(workingDays);
            assertThat(CALENDAR.workingDaysBetween(target, start)).isEqualTo(-workingDays);
          }
        });
  }

  @Test
  void subtractingWorkingDaysUndoesAddingThemFromAWorkingDay() {
    everyDay(
        day -> {
          LocalDate workingDay = CALENDAR.nextWorkingDayOnOrAfter(day);
          for (int workingDays : new int[] {0, 1, 5, 10, 60}) {
            assertThat(CALENDAR.subtractWorkingDays(CALENDAR.addWorkingDays(workingDay, workingDays), workingDays))
                .isEqualTo(workingDay);
          }
        });
  }

  private static void everyStartAndPause(BiConsumer<LocalDate, Integer> check) {
    everyDay(
        start -> {
          for (int paused = 0; paused <= MAX_PAUSE; paused++) {
            check.accept(start, paused);
          }
        });
  }

  private static void everyDay(Consumer<LocalDate> check) {
    for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
      check.accept(day);
    }
  }

  private static LocalDate due(LocalDate start, int paused) {
    return CLOCK.dueDate(start, ClockStartReason.REQUEST_RECEIVED, paused).dueOn();
  }

  private static LocalDate extendedDue(LocalDate start, int paused) {
    return CLOCK.extendedDueDate(start, ClockStartReason.REQUEST_RECEIVED, paused).dueOn();
  }
}
