package org.inforights.casework.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inforights.casework.deadline.DeadlineState.DUE_SOON;
import static org.inforights.casework.deadline.DeadlineState.ON_TRACK;
import static org.inforights.casework.deadline.DeadlineState.OVERDUE;

import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How an open case stands against its due date, and when the reminder and at-risk review fall. */
class DeadlineStateTest {

  private static final WorkingCalendar CALENDAR = new EnglandAndWalesCalendar(CalendarProperties.none());
  private static final LocalDate DUE_WEDNESDAY_11_FEB_2026 = LocalDate.of(2026, 2, 11);

  private final StatutoryClock clock = new StatutoryClock(CALENDAR, ClockProperties.defaults());

  @ParameterizedTest(name = "on {0} a case due Wed 11 Feb 2026 is {1} ({2})")
  @CsvSource(delimiter = '|', textBlock = """
      2026-01-12 | ON_TRACK | a month ahead
      2026-02-03 | ON_TRACK | six working days before
      2026-02-04 | DUE_SOON | five working days before, the at-risk review day
      2026-02-07 | DUE_SOON | the Saturday before
      2026-02-10 | DUE_SOON | the day before
      2026-02-11 | DUE_SOON | the due date itself
      2026-02-12 | OVERDUE  | the day after
      2026-03-30 | OVERDUE  | weeks later
      """)
  void stateOfACaseDueOnWednesday11February2026(LocalDate today, DeadlineState expected, String story) {
    assertThat(clock.stateOn(today, DUE_WEDNESDAY_11_FEB_2026)).as(story).isEqualTo(expected);
  }

  @Test
  void easterBankHolidaysDoNotCountTowardsTheDueSoonThreshold() {
    LocalDate dueTuesdayAfterEaster = LocalDate.of(2026, 4, 7);

    assertThat(clock.stateOn(LocalDate.of(2026, 3, 26), dueTuesdayAfterEaster)).isEqualTo(ON_TRACK);
    assertThat(clock.stateOn(LocalDate.of(2026, 3, 27), dueTuesdayAfterEaster)).isEqualTo(DUE_SOON);
  }

  @Test
  void aCaseDueOnAWeekendDayIsOverdueOnlyFromTheDayAfter() {
    LocalDate saturday = LocalDate.of(2026, 2, 14);

    assertThat(clock.stateOn(saturday, saturday)).isEqualTo(DUE_SOON);
    assertThat(clock.stateOn(saturday.plusDays(1), saturday)).isEqualTo(OVERDUE);
  }

  @Test
  void theDueSoonThresholdIsConfigurable() {
    StatutoryClock tenDayWarning = new StatutoryClock(CALENDAR,
        new ClockProperties(Period.ofMonths(1), Period.ofMonths(3), 10, 5, 10));

    assertThat(tenDayWarning.stateOn(LocalDate.of(2026, 1, 28), DUE_WEDNESDAY_11_FEB_2026)).isEqualTo(DUE_SOON);
    assertThat(tenDayWarning.stateOn(LocalDate.of(2026, 1, 27), DUE_WEDNESDAY_11_FEB_2026)).isEqualTo(ON_TRACK);
  }

  @Test
  void theReminderIsTenWorkingDaysBeforeTheDueDate() {
    assertThat(clock.reminderDate(DUE_WEDNESDAY_11_FEB_2026)).isEqualTo(LocalDate.of(2026, 1, 28));
  }

  @Test
  void theAtRiskReviewIsFiveWorkingDaysBeforeTheDueDate() {
    assertThat(clock.atRiskDate(DUE_WEDNESDAY_11_FEB_2026)).isEqualTo(LocalDate.of(2026, 2, 4));
  }

  @Test
  void theCaseBecomesDueSoonOnTheDayOfTheAtRiskReview() {
    LocalDate atRisk = clock.atRiskDate(DUE_WEDNESDAY_11_FEB_2026);

    assertThat(clock.stateOn(atRisk, DUE_WEDNESDAY_11_FEB_2026)).isEqualTo(DUE_SOON);
    assertThat(clock.stateOn(CALENDAR.subtractWorkingDays(atRisk, 1), DUE_WEDNESDAY_11_FEB_2026)).isEqualTo(ON_TRACK);
  }

  @Test
  void overChristmasTheLadderSkipsBankHolidaysButNotChristmasEve() {
    LocalDate dueTuesday5Jan2027 = LocalDate.of(2027, 1, 5);

    assertThat(clock.atRiskDate(dueTuesday5Jan2027)).isEqualTo(LocalDate.of(2026, 12, 24));
    assertThat(clock.reminderDate(dueTuesday5Jan2027)).isEqualTo(LocalDate.of(2026, 12, 17));
  }

  @Test
  void theLadderFollowsConfiguredWorkingDays() {
    StatutoryClock custom = new StatutoryClock(CALENDAR,
        new ClockProperties(Period.ofMonths(1), Period.ofMonths(3), 15, 3, 5));

    assertThat(custom.reminderDate(DUE_WEDNESDAY_11_FEB_2026)).isEqualTo(LocalDate.of(2026, 1, 21));
    assertThat(custom.atRiskDate(DUE_WEDNESDAY_11_FEB_2026)).isEqualTo(LocalDate.of(2026, 2, 6));
  }
}
