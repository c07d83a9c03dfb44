package org.inforights.casework.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Internal targets are counted in working days; day 1 is the first working day after the start. */
class WorkingDayArithmeticTest {

  private final WorkingCalendar calendar = new EnglandAndWalesCalendar(CalendarProperties.none());

  @ParameterizedTest(name = "{0} + {1} working days = {2} ({3})")
  @CsvSource(delimiter = '|', textBlock = """
      2026-02-04 | 0  | 2026-02-04 | a working day plus nothing is itself
      2026-02-07 | 0  | 2026-02-09 | a Saturday plus nothing is the Monday
      2026-02-06 | 1  | 2026-02-09 | Friday plus one is Monday
      2026-02-07 | 1  | 2026-02-09 | Saturday plus one is also Monday
      2026-01-05 | 20 | 2026-02-02 | twenty working days is four weeks
      2026-04-02 | 1  | 2026-04-07 | Easter: Good Friday, the weekend and Easter Monday are skipped
      2026-12-24 | 1  | 2026-12-29 | Christmas: Christmas Day, the weekend and the Boxing Day substitute are skipped
      2027-12-24 | 4  | 2028-01-04 | the turn of 2027-28: both Christmas substitutes and the New Year substitute are skipped
      2026-02-09 | -1 | 2026-02-06 | a negative count goes backwards
      """)
  void addingWorkingDays(LocalDate start, int workingDays, LocalDate expected, String story) {
    assertThat(calendar.addWorkingDays(start, workingDays)).as(story).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} - {1} working days = {2} ({3})")
  @CsvSource(delimiter = '|', textBlock = """
      2026-02-04 | 0  | 2026-02-04 | a working day minus nothing is itself
      2026-02-08 | 0  | 2026-02-06 | a Sunday minus nothing is the Friday before
      2026-02-09 | 1  | 2026-02-06 | Monday minus one is Friday
      2026-02-11 | 10 | 2026-01-28 | ten working days before a Wednesday is the Wednesday two weeks earlier
      2026-12-29 | 1  | 2026-12-24 | the working day before 29 Dec 2026 is Christmas Eve
      2026-04-07 | 1  | 2026-04-02 | the working day before the Tuesday after Easter is Maundy Thursday
      2026-02-06 | -1 | 2026-02-09 | a negative count goes forwards
      """)
  void subtractingWorkingDays(LocalDate from, int workingDays, LocalDate expected, String story) {
    assertThat(calendar.subtractWorkingDays(from, workingDays)).as(story).isEqualTo(expected);
  }

  @ParameterizedTest(name = "({0}, {1}] holds {2} working days ({3})")
  @CsvSource(delimiter = '|', textBlock = """
      2026-02-04 | 2026-02-04 | 0   | the same day
      2026-02-06 | 2026-02-09 | 1   | Friday to Monday
      2026-02-07 | 2026-02-08 | 0   | Saturday to Sunday
      2026-02-06 | 2026-02-07 | 0   | Friday to Saturday
      2026-01-05 | 2026-02-02 | 20  | four weeks
      2026-02-02 | 2026-01-05 | -20 | four weeks backwards
      2026-12-24 | 2026-12-29 | 1   | over Christmas 2026
      2026-04-02 | 2026-04-07 | 1   | over Easter 2026
      2026-01-01 | 2027-01-01 | 253 | the whole of 2026: 261 weekdays less 8 bank holidays
      """)
  void countingWorkingDaysBetweenTwoDates(LocalDate from, LocalDate to, int expected, String story) {
    assertThat(calendar.workingDaysBetween(from, to)).as(story).isEqualTo(expected);
  }

  @Test
  void theNextWorkingDayOfAWorkingDayIsItself() {
    assertThat(calendar.nextWorkingDayOnOrAfter(LocalDate.of(2026, 2, 4))).isEqualTo(LocalDate.of(2026, 2, 4));
  }

  @Test
  void theNextWorkingDayAfterGoodFridayIsTheTuesdayAfterEaster() {
    assertThat(calendar.nextWorkingDayOnOrAfter(LocalDate.of(2026, 4, 3))).isEqualTo(LocalDate.of(2026, 4, 7));
  }

  @Test
  void aWorkingDayCountAndItsTargetAgree() {
    LocalDate start = LocalDate.of(2026, 3, 30);
    LocalDate target = calendar.addWorkingDays(start, 15);

    assertThat(calendar.workingDaysBetween(start, target)).isEqualTo(15);
    assertThat(calendar.subtractWorkingDays(target, 15)).isEqualTo(start);
  }
}
