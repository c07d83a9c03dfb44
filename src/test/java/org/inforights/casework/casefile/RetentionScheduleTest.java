package org.inforights.casework.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The last day each class of closed record keeps its personal data. */
class RetentionScheduleTest {

  static final LocalDate CLOSED = LocalDate.of(2030, 5, 20);

  final RetentionSchedule defaults =
      new RetentionSchedule(
          new RetentionProperties(
              Period.ofYears(6), new RetentionProperties.Sar(Period.ofYears(25)),
              new RetentionProperties.DisclosureLog(Period.ofYears(75))));

  @Test
  void aRequestAboutAYoungChildIsKeptUntilTheChildsTwentyFifthBirthday() {
    assertThat(defaults.keptUntil(CaseType.SAR, CLOSED, List.of(LocalDate.of(2020, 2, 29))))
        .isEqualTo(LocalDate.of(2045, 2, 28));
  }

  @Test
  void aRequestAboutSomeoneNearlyTwentyFiveIsKeptSixYearsFromClosing() {
    assertThat(defaults.keptUntil(CaseType.SAR, CLOSED, List.of(LocalDate.of(2008, 1, 1))))
        .isEqualTo(LocalDate.of(2036, 5, 20));
  }

  @Test
  void aCareLeaversRequestOrOneWithoutADateOfBirthIsKeptSixYearsFromClosing() {
    assertThat(defaults.keptUntil(CaseType.SAR, CLOSED, List.of(LocalDate.of(1990, 7, 1))))
        .isEqualTo(LocalDate.of(2036, 5, 20));
    assertThat(defaults.keptUntil(CaseType.SAR, CLOSED, Arrays.asList((LocalDate) null)))
        .isEqualTo(LocalDate.of(2036, 5, 20));
  }

  @Test
  void aDisclosureFollowsTheCareRecordOfTheYoungestChildItNamed() {
    assertThat(defaults.keptUntil(
            CaseType.DISCLOSURE, CLOSED, List.of(LocalDate.of(2015, 3, 3), LocalDate.of(2018, 9, 9))))
        .isEqualTo(LocalDate.of(2093, 9, 9));
  }

  @Test
  void eachClassIsConfigured() {
    RetentionSchedule council =
        new RetentionSchedule(
            new RetentionProperties(
                Period.ofYears(2), new RetentionProperties.Sar(Period.ofYears(21)),
                new RetentionProperties.DisclosureLog(null)));

    assertThat(council.keptUntil(CaseType.SAR, CLOSED, List.of(LocalDate.of(2020, 1, 1))))
        .isEqualTo(LocalDate.of(2041, 1, 1));
    assertThat(council.keptUntil(CaseType.DISCLOSURE, CLOSED, List.of(LocalDate.of(2020, 1, 1))))
        .as("no period from the child's birth: from closing only").isEqualTo(LocalDate.of(2032, 5, 20));
    assertThat(council.closedOnOrBefore(LocalDate.of(2032, 5, 21))).isEqualTo(LocalDate.of(2030, 5, 20));
  }

  @Test
  void aPeriodThatIsNotPositiveIsRefusedAtStart() {
    assertThatThrownBy(() -> new RetentionProperties(
            Period.ofYears(6), new RetentionProperties.Sar(Period.ofYears(-1)),
            new RetentionProperties.DisclosureLog(Period.ofYears(75))))
        .hasMessageContaining("casework.retention.sar.until-child-aged");
    assertThatThrownBy(() -> new RetentionProperties(
            Period.ZERO, new RetentionProperties.Sar(Period.ofYears(25)),
            new RetentionProperties.DisclosureLog(Period.ofYears(75))))
        .hasMessageContaining("casework.retention.closed-cases");
  }
}
