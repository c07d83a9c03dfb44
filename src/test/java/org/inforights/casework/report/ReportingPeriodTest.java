package org.inforights.casework.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The compliance report's period when a manager gives no start date. */
class ReportingPeriodTest {

  @Test
  void withoutAReportingYearItIsTheTwelveMonthsUpToThisMonth() {
    ReportingPeriod twelveMonths = ReportingPeriod.of("");

    assertThat(twelveMonths.from(LocalDate.of(2026, 12, 4))).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(twelveMonths.from(LocalDate.of(2026, 3, 31))).isEqualTo(LocalDate.of(2025, 4, 1));
    assertThat(ReportingPeriod.of(null).from(LocalDate.of(2028, 2, 29))).isEqualTo(LocalDate.of(2027, 3, 1));
  }

  @Test
  void withTheCouncilsReportingYearItIsThatYearSoFar() {
    ReportingPeriod aprilToMarch = ReportingPeriod.of("04-01");

    assertThat(aprilToMarch.from(LocalDate.of(2026, 12, 4))).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(aprilToMarch.from(LocalDate.of(2026, 4, 1))).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(aprilToMarch.from(LocalDate.of(2026, 3, 31))).isEqualTo(LocalDate.of(2025, 4, 1));
    assertThat(ReportingPeriod.of("01-01").from(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2026, 1, 1));
  }

  @Test
  void aReportingYearStartThatIsNotAMonthAndDaySaysWhatItShouldBe() {
    for (String wrong : new String[] {"April", "2026-04-01", "04-31", "13-01", "4/1"}) {
      assertThatThrownBy(() -> ReportingPeriod.of(wrong))
          .as(wrong)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining(ReportingPeriod.YEAR_STARTS_PROPERTY)
          .hasMessageContaining("MM-dd");
    }
  }
}
