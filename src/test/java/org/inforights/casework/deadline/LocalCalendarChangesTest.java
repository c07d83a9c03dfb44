package org.inforights.casework.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Administrators add or withdraw bank holidays in configuration, and deadlines follow. */
class LocalCalendarChangesTest {

  private static final LocalDate MONDAY_15_JUNE_2026 = LocalDate.of(2026, 6, 15);
  private static final LocalDate CHRISTMAS_DAY_2026 = LocalDate.of(2026, 12, 25);

  @Test
  void aNewlyProclaimedBankHolidayAddedInConfigurationIsNotAWorkingDay() {
    WorkingCalendar calendar = new EnglandAndWalesCalendar(
        new CalendarProperties(List.of(MONDAY_15_JUNE_2026), null));

    assertThat(calendar.isWorkingDay(MONDAY_15_JUNE_2026)).isFalse();
    assertThat(calendar.bankHoliday(MONDAY_15_JUNE_2026)).contains("Additional bank holiday");
  }

  @Test
  void aBankHolidayRemovedInConfigurationIsAWorkingDay() {
    WorkingCalendar calendar = new EnglandAndWalesCalendar(
        new CalendarProperties(null, List.of(CHRISTMAS_DAY_2026)));

    assertThat(calendar.isWorkingDay(CHRISTMAS_DAY_2026)).isTrue();
    assertThat(calendar.bankHoliday(CHRISTMAS_DAY_2026)).isEmpty();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 28))).as("Boxing Day substitute stays").isFalse();
  }

  @Test
  void anAddedBankHolidayPushesADueDateOnADay() {
    StatutoryClock standard = clockWith(CalendarProperties.none());
    StatutoryClock withExtraDay = clockWith(new CalendarProperties(List.of(MONDAY_15_JUNE_2026), null));
    LocalDate received = LocalDate.of(2026, 5, 15);

    assertThat(standard.dueDate(received, ClockStartReason.REQUEST_RECEIVED, 0).dueOn())
        .isEqualTo(MONDAY_15_JUNE_2026);
    assertThat(withExtraDay.dueDate(received, ClockStartReason.REQUEST_RECEIVED, 0))
        .isEqualTo(new Deadline(LocalDate.of(2026, 6, 16),
            "received Fri 15 May 2026; one month → Mon 15 Jun 2026;"
                + " bank holiday (Additional bank holiday) → Tue 16 Jun 2026"));
  }

  @Test
  void aRemovedBankHolidayCanBeTheDueDate() {
    StatutoryClock withoutChristmas = clockWith(new CalendarProperties(null, List.of(CHRISTMAS_DAY_2026)));

    assertThat(withoutChristmas.dueDate(LocalDate.of(2026, 11, 25), ClockStartReason.REQUEST_RECEIVED, 0))
        .isEqualTo(new Deadline(CHRISTMAS_DAY_2026, "received Wed 25 Nov 2026; one month → Fri 25 Dec 2026"));
  }

  @Test
  void anAddedDayThatIsAlreadyABankHolidayKeepsItsOfficialName() {
    WorkingCalendar calendar = new EnglandAndWalesCalendar(
        new CalendarProperties(List.of(CHRISTMAS_DAY_2026), null));

    assertThat(calendar.bankHoliday(CHRISTMAS_DAY_2026)).contains("Christmas Day");
  }

  @Test
  void anAddedDayAtTheWeekendChangesNothing() {
    LocalDate saturday = LocalDate.of(2026, 6, 13);
    WorkingCalendar calendar = new EnglandAndWalesCalendar(new CalendarProperties(List.of(saturday), null));

    assertThat(calendar.bankHoliday(saturday)).isEmpty();
    assertThat(calendar.isWorkingDay(saturday)).isFalse();
  }

  @Test
  void aDayBothAddedAndRemovedIsRejectedAsAmbiguous() {
    CalendarProperties contradictory =
        new CalendarProperties(List.of(MONDAY_15_JUNE_2026), List.of(MONDAY_15_JUNE_2026));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> new EnglandAndWalesCalendar(contradictory))
        .withMessageContaining("2026-06-15");
  }

  @Test
  void missingListsMeanNoChanges() {
    CalendarProperties none = new CalendarProperties(null, null);

    assertThat(none.extraHolidays()).isEmpty();
    assertThat(none.removedHolidays()).isEmpty();
  }

  private static StatutoryClock clockWith(CalendarProperties changes) {
    return new StatutoryClock(new EnglandAndWalesCalendar(changes), ClockProperties.defaults());
  }
}
