package org.inforights.casework.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * Analysts set periods and holidays as properties; these bind them the way Spring Boot does at
 * start-up, without starting an application context.
 */
class ConfigurationBindingTest {

  @Test
  void withNothingConfiguredTheStatutoryDefaultsApply() {
    ClockProperties clock = binder(Map.of()).bindOrCreate("casework.clock", ClockProperties.class);

    assertThat(clock).isEqualTo(new ClockProperties(Period.ofMonths(1), Period.ofMonths(3), 10, 5, 5));
    assertThat(clock).isEqualTo(ClockProperties.defaults());
  }

  @Test
  void analystsCanChangeAnyPeriodOrThreshold() {
    ClockProperties clock = binder(Map.of(
        "casework.clock.response-period", "P2M",
        "casework.clock.extended-period", "P4M",
        "casework.clock.reminder-working-days-before", "15",
        "casework.clock.at-risk-working-days-before", "3",
        "casework.clock.due-soon-working-days", "7"))
        .bindOrCreate("casework.clock", ClockProperties.class);

    assertThat(clock).isEqualTo(new ClockProperties(Period.ofMonths(2), Period.ofMonths(4), 15, 3, 7));
  }

  @Test
  void changingOneSettingLeavesTheOthersAtTheirDefaults() {
    ClockProperties clock = binder(Map.of("casework.clock.due-soon-working-days", "3"))
        .bindOrCreate("casework.clock", ClockProperties.class);

    assertThat(clock).isEqualTo(new ClockProperties(Period.ofMonths(1), Period.ofMonths(3), 10, 5, 3));
  }

  @Test
  void anExtendedPeriodShorterThanTheResponsePeriodIsRefusedAtStartUp() {
    assertThatThrownBy(() -> binder(Map.of("casework.clock.extended-period", "P15D"))
        .bindOrCreate("casework.clock", ClockProperties.class))
        .isInstanceOf(BindException.class)
        .rootCause().hasMessageContaining("extended-period");
  }

  @Test
  void negativeWorkingDayCountsAreRefused() {
    assertThatThrownBy(() -> new ClockProperties(null, null, -1, 5, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reminder-working-days-before");
  }

  @Test
  void theWorkingDayRunsFromNineToFiveUnlessTheCouncilSaysOtherwise() {
    assertThat(binder(Map.of()).bindOrCreate("casework.working-day", WorkingDayProperties.class))
        .isEqualTo(new WorkingDayProperties(LocalTime.of(9, 0), LocalTime.of(17, 0)));
    assertThat(binder(Map.of("casework.working-day.starts", "08:30", "casework.working-day.ends", "16:30"))
        .bindOrCreate("casework.working-day", WorkingDayProperties.class))
        .isEqualTo(new WorkingDayProperties(LocalTime.of(8, 30), LocalTime.of(16, 30)));
  }

  @Test
  void aWorkingDayThatEndsBeforeItStartsIsRefusedAtStartUp() {
    assertThatThrownBy(() -> binder(Map.of("casework.working-day.ends", "08:00"))
        .bindOrCreate("casework.working-day", WorkingDayProperties.class))
        .isInstanceOf(BindException.class)
        .rootCause().hasMessageContaining("casework.working-day.ends");
  }

  @Test
  void anUrgentTargetIsChasedAtHalfAndThreeQuartersOfItsHoursUnlessSetOtherwise() {
    assertThat(binder(Map.of()).bindOrCreate("casework.urgent-targets", UrgentTargetProperties.class))
        .isEqualTo(UrgentTargetProperties.defaults());
    assertThat(binder(Map.of("casework.urgent-targets.reminder-at", "0.25", "casework.urgent-targets.at-risk-at", "0.5"))
        .bindOrCreate("casework.urgent-targets", UrgentTargetProperties.class))
        .isEqualTo(new UrgentTargetProperties(0.25, 0.5));
    assertThatThrownBy(() -> binder(Map.of("casework.urgent-targets.reminder-at", "0.9"))
        .bindOrCreate("casework.urgent-targets", UrgentTargetProperties.class))
        .isInstanceOf(BindException.class)
        .rootCause().hasMessageContaining("reminder-at (0.9) < at-risk-at (0.75)");
  }

  @Test
  void holidayChangesAreWrittenAsIsoDates() {
    CalendarProperties calendar = binder(Map.of(
        "casework.calendar.extra-holidays", "2026-06-15,2026-06-16",
        "casework.calendar.removed-holidays[0]", "2026-12-25"))
        .bindOrCreate("casework.calendar", CalendarProperties.class);

    assertThat(calendar.extraHolidays()).containsExactly(LocalDate.of(2026, 6, 15), LocalDate.of(2026, 6, 16));
    assertThat(calendar.removedHolidays()).containsExactly(LocalDate.of(2026, 12, 25));
  }

  @Test
  void withNoHolidayChangesConfiguredBothListsAreEmpty() {
    CalendarProperties calendar = binder(Map.of()).bindOrCreate("casework.calendar", CalendarProperties.class);

    assertThat(calendar).isEqualTo(CalendarProperties.none());
  }

  private static Binder binder(Map<String, String> properties) {
    return new Binder(new MapConfigurationPropertySource(properties));
  }
}
