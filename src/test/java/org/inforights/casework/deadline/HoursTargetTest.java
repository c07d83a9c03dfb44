package org.inforights.casework.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Urgent targets in hours of calendar time: nights, weekends and bank holidays count, nothing rolls
 * to a working day, and the hours run from when the request was registered that day.
 */
class HoursTargetTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private final StatutoryClock clock =
      new StatutoryClock(new EnglandAndWalesCalendar(CalendarProperties.none()), ClockProperties.defaults(), LONDON);

  private static Instant at(LocalDate day, int hour, int minute) {
    return day.atTime(LocalTime.of(hour, minute)).atZone(LONDON).toInstant();
  }

  @Test
  void aRequestRegisteredOnSaturdayEveningIsDueThatNightNotOnMonday() {
    LocalDate saturday = LocalDate.of(2026, 12, 5);
    TimedTarget target = clock.hoursTarget(saturday, at(saturday, 19, 30), ClockStartReason.REQUEST_RECEIVED, 4, 0);

    assertThat(target.dueAt()).isEqualTo(at(saturday, 23, 30));
    assertThat(target.dueOn()).isEqualTo(saturday);
    assertThat(target.explanation())
        .isEqualTo("received Sat 5 Dec 2026 19:30; 4 hours, calendar time → Sat 5 Dec 2026 23:30");
  }

  @Test
  void hoursRunThroughMidnightAndABankHoliday() {
    LocalDate christmasEve = LocalDate.of(2026, 12, 24);
    TimedTarget target = clock.hoursTarget(christmasEve, at(christmasEve, 22, 0), ClockStartReason.REQUEST_RECEIVED, 24, 0);

    assertThat(target.dueAt()).isEqualTo(at(LocalDate.of(2026, 12, 25), 22, 0));
    assertThat(target.deadline().dueOn()).isEqualTo(LocalDate.of(2026, 12, 25));
  }

  @Test
  void hoursAreElapsedTimeAcrossTheClocksGoingBack() {
    // Sun 25 Oct 2026 the clocks go back at 02:00 BST: four hours from 00:00 BST end at 03:00 GMT
    LocalDate sunday = LocalDate.of(2026, 10, 25);
    TimedTarget target = clock.hoursTarget(sunday, at(sunday, 0, 0), ClockStartReason.REQUEST_RECEIVED, 4, 0);

    assertThat(target.dueAt()).isEqualTo(at(sunday, 0, 0).plusSeconds(4 * 3600));
  }

  @Test
  void aRequestRegisteredAfterTheDayItArrivedCountsFromTheStartOfThatDay() {
    LocalDate friday = LocalDate.of(2026, 12, 4);
    TimedTarget target =
        clock.hoursTarget(friday, at(friday.plusDays(1), 9, 0), ClockStartReason.REQUEST_RECEIVED, 4, 0);

    assertThat(target.dueAt()).isEqualTo(at(friday, 4, 0));
    assertThat(target.explanation()).startsWith("received Fri 4 Dec 2026 00:00; 4 hours");
  }

  @Test
  void daysPausedAreAddedAsCalendarDays() {
    LocalDate saturday = LocalDate.of(2026, 12, 5);
    TimedTarget target = clock.hoursTarget(saturday, at(saturday, 19, 30), ClockStartReason.REQUEST_RECEIVED, 4, 2);

    assertThat(target.dueAt()).isEqualTo(at(saturday.plusDays(2), 23, 30));
    assertThat(target.explanation()).endsWith("; +2 days paused → Mon 7 Dec 2026 23:30");
  }

  @Test
  void aTargetOfNoHoursIsRefused() {
    LocalDate day = LocalDate.of(2026, 12, 5);
    assertThatThrownBy(() -> clock.hoursTarget(day, at(day, 9, 0), ClockStartReason.REQUEST_RECEIVED, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
