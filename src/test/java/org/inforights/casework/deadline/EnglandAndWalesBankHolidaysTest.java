package org.inforights.casework.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The calendar against the official gov.uk list, and the irregular years that catch calendars out. */
class EnglandAndWalesBankHolidaysTest {

  private static final String GOV_UK_LIST = "/deadline/gov-uk-england-and-wales-bank-holidays-2019-2027.csv";

  private final WorkingCalendar calendar = new EnglandAndWalesCalendar(CalendarProperties.none());

  @Test
  void everyBankHolidayOnTheGovUkListFor2019To2027IsABankHolidayWithItsGovUkName() throws IOException {
    Map<LocalDate, String> official = govUkList();
    assertThat(official).hasSize(75);

    official.forEach((day, name) -> {
      assertThat(calendar.bankHoliday(day)).as("%s", day).contains(name);
      assertThat(calendar.isWorkingDay(day)).as("%s", day).isFalse();
    });
  }

  @Test
  void noWeekdayIn2019To2027IsABankHolidayUnlessTheGovUkListSaysSo() throws IOException {
    Map<LocalDate, String> official = govUkList();
    Map<LocalDate, String> ours = new TreeMap<>();
    Stream.iterate(LocalDate.of(2019, 1, 1), d -> d.getYear() <= 2027, d -> d.plusDays(1))
        .forEach(day -> calendar.bankHoliday(day).ifPresent(name -> ours.put(day, name)));

    assertThat(ours).containsExactlyEntriesOf(official);
    Stream.iterate(LocalDate.of(2019, 1, 1), d -> d.getYear() <= 2027, d -> d.plusDays(1))
        .filter(day -> day.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue())
        .forEach(day -> assertThat(calendar.isWorkingDay(day)).as("%s", day).isEqualTo(!official.containsKey(day)));
  }

  @Test
  void walesHasTheSameBankHolidaysAsEngland() {
    JollydayBankHolidays england = new JollydayBankHolidays("eng");
    JollydayBankHolidays wales = new JollydayBankHolidays("wls");
    for (int year = 2019; year <= 2035; year++) {
      assertThat(wales.inYear(year)).as("%d", year).isEqualTo(england.inYear(year));
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      2020-05-08 | Early May bank holiday (VE day)
      2022-06-02 | Spring bank holiday
      2022-06-03 | Platinum Jubilee bank holiday
      2022-09-19 | Bank Holiday for the State Funeral of Queen Elizabeth II
      2023-05-08 | Bank holiday for the coronation of King Charles III
      """)
  void oneOffProclamationsAreBankHolidays(LocalDate day, String name) {
    assertThat(calendar.bankHoliday(day)).contains(name);
  }

  @ParameterizedTest(name = "{0} is an ordinary working day that year")
  @CsvSource({
      "2020-05-04, the early May bank holiday moved to VE day",
      "2022-05-30, the spring bank holiday moved to 2 June for the Platinum Jubilee"})
  void theUsualMondayIsAWorkingDayWhenItsBankHolidayWasMoved(LocalDate day, String because) {
    assertThat(calendar.isWorkingDay(day)).as(because).isTrue();
    assertThat(calendar.bankHoliday(day)).isEmpty();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      2020-12-28 | Substitute day for Boxing Day
      2021-12-27 | Substitute day for Christmas Day
      2021-12-28 | Substitute day for Boxing Day
      2022-01-03 | Substitute day for New Year's Day
      2022-12-27 | Substitute day for Christmas Day
      2023-01-02 | Substitute day for New Year's Day
      2026-12-28 | Substitute day for Boxing Day
      2027-12-27 | Substitute day for Christmas Day
      2027-12-28 | Substitute day for Boxing Day
      2028-01-03 | Substitute day for New Year's Day
      """)
  void aBankHolidayOnAWeekendGivesASubstituteWeekday(LocalDate day, String name) {
    assertThat(calendar.bankHoliday(day)).contains(name);
    assertThat(calendar.isWorkingDay(day)).isFalse();
  }

  @Test
  void christmasAndBoxingDayOnAWeekendAreNotThemselvesBankHolidays() {
    assertThat(calendar.bankHoliday(LocalDate.of(2027, 12, 25))).isEmpty();
    assertThat(calendar.bankHoliday(LocalDate.of(2027, 12, 26))).isEmpty();
    assertThat(calendar.bankHoliday(LocalDate.of(2022, 12, 25))).isEmpty();
    assertThat(calendar.bankHoliday(LocalDate.of(2022, 12, 26))).contains("Boxing Day");
  }

  @Test
  void christmasEveIsAWorkingDayEvenThoughTheCouncilMayClose() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 12, 24))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 24))).isTrue();
    assertThat(calendar.bankHoliday(LocalDate.of(2025, 12, 24))).isEmpty();
  }

  @Test
  void weekendsAreNotWorkingDaysButAreNotBankHolidaysEither() {
    LocalDate saturday = LocalDate.of(2026, 1, 31);
    assertThat(calendar.isWorkingDay(saturday)).isFalse();
    assertThat(calendar.isWorkingDay(saturday.plusDays(1))).isFalse();
    assertThat(calendar.bankHoliday(saturday)).isEmpty();
    assertThat(calendar.isWorkingDay(saturday.plusDays(2))).isTrue();
  }

  @Test
  void holidayNamesAreEnglishWhateverTheServerLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      WorkingCalendar fresh = new EnglandAndWalesCalendar(CalendarProperties.none());
      assertThat(fresh.bankHoliday(LocalDate.of(2030, 4, 19))).contains("Good Friday");
      assertThat(fresh.bankHoliday(LocalDate.of(2030, 12, 25))).contains("Christmas Day");
    } finally {
      Locale.setDefault(before);
    }
  }

  static Map<LocalDate, String> govUkList() throws IOException {
    Map<LocalDate, String> byDate = new TreeMap<>();
    try (InputStream in = EnglandAndWalesBankHolidaysTest.class.getResourceAsStream(GOV_UK_LIST);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      reader.lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .forEach(line -> {
            String[] fields = line.split(",", -1);
            String title = fields[1];
            boolean substitute = "Substitute day".equals(fields[2]);
            byDate.put(LocalDate.parse(fields[0]), substitute ? "Substitute day for " + title : title);
          });
    }
    return byDate;
  }
}
