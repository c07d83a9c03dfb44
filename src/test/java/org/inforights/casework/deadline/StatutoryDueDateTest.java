package org.inforights.casework.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.inforights.casework.deadline.ClockStartReason.AUTHORITY_RECEIVED;
import static org.inforights.casework.deadline.ClockStartReason.FEE_RECEIVED;
import static org.inforights.casework.deadline.ClockStartReason.IDENTITY_RECEIVED;
import static org.inforights.casework.deadline.ClockStartReason.REQUEST_RECEIVED;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The one-month statutory deadline, the extension, clarification pauses, and how each is explained. */
class StatutoryDueDateTest {

  private static final WorkingCalendar CALENDAR = new EnglandAndWalesCalendar(CalendarProperties.none());

  private final StatutoryClock clock = new StatutoryClock(CALENDAR, ClockProperties.defaults());

  private Deadline received(int year, int month, int day) {
    return clock.dueDate(LocalDate.of(year, month, day), REQUEST_RECEIVED, 0);
  }

  @Nested
  class IcoWorkedExamples {

    @Test
    void requestReceivedOnThirdOfSeptemberIsDueOnThirdOfOctober() {
      assertThat(received(2025, 9, 3)).isEqualTo(new Deadline(LocalDate.of(2025, 10, 3),
          "received Wed 3 Sep 2025; one month → Fri 3 Oct 2025"));
    }

    @Test
    void requestReceivedOnLastDayOfMarchIsDueOnLastDayOfApril() {
      assertThat(received(2026, 3, 31)).isEqualTo(new Deadline(LocalDate.of(2026, 4, 30),
          "received Tue 31 Mar 2026; one month → Thu 30 Apr 2026"));
    }

    @Test
    void requestReceivedOnSaturdayThirtyFirstOfJanuaryIsDueOnTheMondayAfterTheEndOfFebruary() {
      assertThat(received(2026, 1, 31)).isEqualTo(new Deadline(LocalDate.of(2026, 3, 2),
          "received Sat 31 Jan 2026; one month → Sat 28 Feb 2026; weekend → Mon 2 Mar 2026"));
    }

    @Test
    void aRequestReceivedAtTheWeekendStartsTheClockThatDayNotOnMonday() {
      Deadline saturday = received(2025, 10, 4);
      Deadline monday = received(2025, 10, 6);

      assertThat(saturday).isEqualTo(new Deadline(LocalDate.of(2025, 11, 4),
          "received Sat 4 Oct 2025; one month → Tue 4 Nov 2025"));
      assertThat(monday.dueOn()).isEqualTo(LocalDate.of(2025, 11, 6));
    }

    @Test
    void aRequestReceivedOnABankHolidayStartsTheClockThatDay() {
      assertThat(received(2026, 5, 25).dueOn()).isEqualTo(LocalDate.of(2026, 6, 25));
    }
  }

  @Nested
  class LeapYears {

    @Test
    void requestReceivedOnLastDayOfJanuaryInALeapYearIsDueOnTwentyNinthOfFebruary() {
      assertThat(received(2024, 1, 31)).isEqualTo(new Deadline(LocalDate.of(2024, 2, 29),
          "received Wed 31 Jan 2024; one month → Thu 29 Feb 2024"));
    }

    @Test
    void requestReceivedOnTwentyNinthOfFebruaryFallsDueOnGoodFridaySoMovesPastEasterMonday() {
      assertThat(received(2024, 2, 29)).isEqualTo(new Deadline(LocalDate.of(2024, 4, 2),
          "received Thu 29 Feb 2024; one month → Fri 29 Mar 2024;"
              + " bank holiday (Good Friday), weekend, bank holiday (Easter Monday) → Tue 2 Apr 2024"));
    }

    @Test
    void requestReceivedOnTwentyNinthOfJanuaryInAnOrdinaryYearIsDueOnTwentyEighthOfFebruary() {
      assertThat(received(2027, 1, 29)).isEqualTo(new Deadline(LocalDate.of(2027, 3, 1),
          "received Fri 29 Jan 2027; one month → Sun 28 Feb 2027; weekend → Mon 1 Mar 2027"));
    }
  }

  @Nested
  class Christmas {

    @Test
    void dueOnChristmasDayMovesPastBoxingDayAndTheWeekend() {
      assertThat(received(2025, 11, 25)).isEqualTo(new Deadline(LocalDate.of(2025, 12, 29),
          "received Tue 25 Nov 2025; one month → Thu 25 Dec 2025;"
              + " bank holidays (Christmas Day, Boxing Day), weekend → Mon 29 Dec 2025"));
    }

    @Test
    void christmas2021FallsOnAWeekendSoTheSubstituteDaysAlsoCount() {
      assertThat(received(2021, 11, 25)).isEqualTo(new Deadline(LocalDate.of(2021, 12, 29),
          "received Thu 25 Nov 2021; one month → Sat 25 Dec 2021; weekend,"
              + " bank holidays (Substitute day for Christmas Day, Substitute day for Boxing Day) → Wed 29 Dec 2021"));
    }

    @Test
    void christmas2022FallsOnASundaySoChristmasIsObservedTheTuesdayAfterBoxingDay() {
      assertThat(received(2022, 11, 26)).isEqualTo(new Deadline(LocalDate.of(2022, 12, 28),
          "received Sat 26 Nov 2022; one month → Mon 26 Dec 2022;"
              + " bank holidays (Boxing Day, Substitute day for Christmas Day) → Wed 28 Dec 2022"));
    }

    @Test
    void boxingDay2026FallsOnASaturdaySoMondayTwentyEighthIsTheSubstitute() {
      assertThat(received(2026, 11, 28)).isEqualTo(new Deadline(LocalDate.of(2026, 12, 29),
          "received Sat 28 Nov 2026; one month → Mon 28 Dec 2026;"
              + " bank holiday (Substitute day for Boxing Day) → Tue 29 Dec 2026"));
    }

    @Test
    void christmas2027FallsOnAWeekendSoTwentySeventhAndTwentyEighthAreSubstitutes() {
      assertThat(received(2027, 11, 27)).isEqualTo(new Deadline(LocalDate.of(2027, 12, 29),
          "received Sat 27 Nov 2027; one month → Mon 27 Dec 2027;"
              + " bank holidays (Substitute day for Christmas Day, Substitute day for Boxing Day) → Wed 29 Dec 2027"));
    }

    @Test
    void newYear2028FallsOnASaturdaySoMondayThirdIsTheSubstitute() {
      assertThat(received(2027, 12, 3).dueOn()).isEqualTo(LocalDate.of(2028, 1, 4));
    }

    @Test
    void christmasEveIsAWorkingDaySoARequestCanFallDueThen() {
      assertThat(received(2025, 11, 24)).isEqualTo(new Deadline(LocalDate.of(2025, 12, 24),
          "received Mon 24 Nov 2025; one month → Wed 24 Dec 2025"));
    }
  }

  @Nested
  class OneOffBankHolidays {

    @Test
    void dueOnVeDay2020MovesToTheFollowingMonday() {
      assertThat(received(2020, 4, 8)).isEqualTo(new Deadline(LocalDate.of(2020, 5, 11),
          "received Wed 8 Apr 2020; one month → Fri 8 May 2020;"
              + " bank holiday (Early May bank holiday (VE day)), weekend → Mon 11 May 2020"));
    }

    @Test
    void theFirstMondayOfMay2020WasAWorkingDayBecauseItsBankHolidayMovedToVeDay() {
      assertThat(received(2020, 4, 4).dueOn()).isEqualTo(LocalDate.of(2020, 5, 4));
    }

    @Test
    void dueOnTheMovedSpringBankHolidayOf2022SkipsTheJubileeAndTheWeekend() {
      assertThat(received(2022, 5, 2)).isEqualTo(new Deadline(LocalDate.of(2022, 6, 6),
          "received Mon 2 May 2022; one month → Thu 2 Jun 2022;"
              + " bank holidays (Spring bank holiday, Platinum Jubilee bank holiday), weekend → Mon 6 Jun 2022"));
    }

    @Test
    void theLastMondayOfMay2022WasAWorkingDay() {
      assertThat(received(2022, 4, 30).dueOn()).isEqualTo(LocalDate.of(2022, 5, 30));
    }

    @Test
    void dueOnTheDayOfTheQueensStateFuneralMovesToTheNextDay() {
      assertThat(received(2022, 8, 19)).isEqualTo(new Deadline(LocalDate.of(2022, 9, 20),
          "received Fri 19 Aug 2022; one month → Mon 19 Sep 2022;"
              + " bank holiday (Bank Holiday for the State Funeral of Queen Elizabeth II) → Tue 20 Sep 2022"));
    }

    @Test
    void dueOnCoronationDayMovesToTheNextDay() {
      assertThat(received(2023, 4, 8)).isEqualTo(new Deadline(LocalDate.of(2023, 5, 9),
          "received Sat 8 Apr 2023; one month → Mon 8 May 2023;"
              + " bank holiday (Bank holiday for the coronation of King Charles III) → Tue 9 May 2023"));
    }
  }

  @Nested
  class ClarificationPauses {

    @Test
    void daysPausedAreAddedToTheCalendarDeadline() {
      int paused = StatutoryClock.pausedDays(LocalDate.of(2026, 1, 20), LocalDate.of(2026, 1, 25));

      assertThat(clock.dueDate(LocalDate.of(2026, 1, 5), IDENTITY_RECEIVED, paused)).isEqualTo(new Deadline(
          LocalDate.of(2026, 2, 11),
          "clock started Mon 5 Jan 2026 (identity evidence received); one month → Thu 5 Feb 2026;"
              + " +6 days paused → Wed 11 Feb 2026"));
    }

    @Test
    void whenDeadlinePlusPauseLandsOnASaturdayItMovesToMonday() {
      assertThat(clock.dueDate(LocalDate.of(2026, 2, 2), REQUEST_RECEIVED, 5)).isEqualTo(new Deadline(
          LocalDate.of(2026, 3, 9),
          "received Mon 2 Feb 2026; one month → Mon 2 Mar 2026; +5 days paused → Sat 7 Mar 2026;"
              + " weekend → Mon 9 Mar 2026"));
    }

    @Test
    void pauseIsAddedBeforeMovingOffAWeekendNotAfter() {
      // Rolling Sat 28 Feb to Mon 2 Mar first and then pausing would wrongly give Wed 4 Mar.
      assertThat(clock.dueDate(LocalDate.of(2026, 1, 31), REQUEST_RECEIVED, 2)).isEqualTo(new Deadline(
          LocalDate.of(2026, 3, 2),
          "received Sat 31 Jan 2026; one month → Sat 28 Feb 2026; +2 days paused → Mon 2 Mar 2026"));
    }

    @Test
    void aSingleDayPauseReadsInTheSingular() {
      assertThat(clock.dueDate(LocalDate.of(2025, 9, 3), REQUEST_RECEIVED, 1).explanation())
          .isEqualTo("received Wed 3 Sep 2025; one month → Fri 3 Oct 2025; +1 day paused → Sat 4 Oct 2025;"
              + " weekend → Mon 6 Oct 2025");
    }

    @Test
    void aNegativePauseIsRefused() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> clock.dueDate(LocalDate.of(2026, 1, 5), REQUEST_RECEIVED, -1))
          .withMessageContaining("-1");
    }

    @Test
    void askingAndHearingBackTheSameDayPausesTheClockForOneDay() {
      LocalDate day = LocalDate.of(2026, 1, 20);
      assertThat(StatutoryClock.pausedDays(day, day)).isEqualTo(1);
    }

    @Test
    void pausedDaysCountBothTheDayAskedAndTheDayAnswered() {
      assertThat(StatutoryClock.pausedDays(LocalDate.of(2026, 1, 20), LocalDate.of(2026, 1, 25))).isEqualTo(6);
      assertThat(StatutoryClock.pausedDays(LocalDate.of(2024, 2, 28), LocalDate.of(2024, 3, 1))).isEqualTo(3);
    }

    @Test
    void anAnswerDatedBeforeTheQuestionIsRefused() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> StatutoryClock.pausedDays(LocalDate.of(2026, 1, 20), LocalDate.of(2026, 1, 19)))
          .withMessageContaining("2026-01-19")
          .withMessageContaining("2026-01-20");
    }
  }

  @Nested
  class Extension {

    @Test
    void anExtendedRequestIsDueThreeMonthsFromTheClockStart() {
      assertThat(clock.extendedDueDate(LocalDate.of(2025, 9, 3), REQUEST_RECEIVED, 0)).isEqualTo(new Deadline(
          LocalDate.of(2025, 12, 3), "received Wed 3 Sep 2025; three months (extended) → Wed 3 Dec 2025"));
    }

    @Test
    void anExtendedRequestReceivedOnTheLastDayOfMarchIsDueOnTheLastDayOfJune() {
      assertThat(clock.extendedDueDate(LocalDate.of(2026, 3, 31), REQUEST_RECEIVED, 0)).isEqualTo(new Deadline(
          LocalDate.of(2026, 6, 30), "received Tue 31 Mar 2026; three months (extended) → Tue 30 Jun 2026"));
    }

    @Test
    void anExtensionKeepsThePausedDaysAndThenMovesOffTheWeekend() {
      assertThat(clock.extendedDueDate(LocalDate.of(2026, 1, 5), IDENTITY_RECEIVED, 6)).isEqualTo(new Deadline(
          LocalDate.of(2026, 4, 13),
          "clock started Mon 5 Jan 2026 (identity evidence received); three months (extended) → Sun 5 Apr 2026;"
              + " +6 days paused → Sat 11 Apr 2026; weekend → Mon 13 Apr 2026"));
    }
  }

  @Nested
  class ClockStarts {

    @Test
    void identityEvidenceArrivingAfterTheRequestRestartsTheClock() {
      ClockStart start = ClockStart.requestReceivedOn(LocalDate.of(2025, 12, 15))
          .identityReceivedOn(LocalDate.of(2026, 1, 5));

      assertThat(start).isEqualTo(new ClockStart(LocalDate.of(2026, 1, 5), IDENTITY_RECEIVED));
      assertThat(clock.dueDate(start, 0)).isEqualTo(new Deadline(LocalDate.of(2026, 2, 5),
          "clock started Mon 5 Jan 2026 (identity evidence received); one month → Thu 5 Feb 2026"));
    }

    @Test
    void theClockStartsOnWhicheverArrivesLast() {
      ClockStart start = ClockStart.requestReceivedOn(LocalDate.of(2026, 1, 5))
          .feeReceivedOn(LocalDate.of(2026, 1, 14))
          .authorityReceivedOn(LocalDate.of(2026, 1, 12))
          .identityReceivedOn(LocalDate.of(2026, 1, 9));

      assertThat(start).isEqualTo(new ClockStart(LocalDate.of(2026, 1, 14), FEE_RECEIVED));
    }

    @Test
    void evidenceSentWithTheRequestDoesNotMoveTheClock() {
      LocalDate received = LocalDate.of(2026, 1, 5);
      ClockStart start = ClockStart.requestReceivedOn(received)
          .identityReceivedOn(received)
          .authorityReceivedOn(received.minusDays(3));

      assertThat(start).isEqualTo(new ClockStart(received, REQUEST_RECEIVED));
      assertThat(clock.dueDate(start, 0).explanation()).startsWith("received Mon 5 Jan 2026;");
    }

    @Test
    void eachReasonIsNamedInTheExplanation() {
      LocalDate day = LocalDate.of(2026, 1, 5);
      assertThat(clock.dueDate(day, AUTHORITY_RECEIVED, 0).explanation())
          .startsWith("clock started Mon 5 Jan 2026 (proof of authority received);");
      assertThat(clock.dueDate(day, FEE_RECEIVED, 0).explanation())
          .startsWith("clock started Mon 5 Jan 2026 (fee received);");
      assertThat(clock.extendedDueDate(new ClockStart(day, IDENTITY_RECEIVED), 0).explanation())
          .startsWith("clock started Mon 5 Jan 2026 (identity evidence received); three months (extended)");
    }
  }

  @Nested
  class ConfiguredPeriods {

    @Test
    void aResponsePeriodInDaysIsExplainedInDays() {
      StatutoryClock twentyDays = new StatutoryClock(CALENDAR,
          new ClockProperties(Period.ofDays(20), Period.ofMonths(3), 10, 5, 5));

      assertThat(twentyDays.dueDate(LocalDate.of(2025, 9, 3), REQUEST_RECEIVED, 0)).isEqualTo(new Deadline(
          LocalDate.of(2025, 9, 23), "received Wed 3 Sep 2025; 20 days → Tue 23 Sep 2025"));
    }

    @Test
    void aLongerConfiguredResponsePeriodGivesALaterDate() {
      StatutoryClock twoMonths = new StatutoryClock(CALENDAR,
          new ClockProperties(Period.ofMonths(2), Period.ofMonths(3), 10, 5, 5));

      assertThat(twoMonths.dueDate(LocalDate.of(2025, 9, 3), REQUEST_RECEIVED, 0).explanation())
          .isEqualTo("received Wed 3 Sep 2025; two months → Mon 3 Nov 2025");
    }

    @Test
    void anExtendedPeriodThatCouldEndBeforeTheResponsePeriodIsRefused() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new ClockProperties(Period.ofMonths(1), Period.ofDays(30), 10, 5, 5))
          .withMessageContaining("extended-period");
    }

    @Test
    void aZeroResponsePeriodIsRefused() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new ClockProperties(Period.ZERO, null, 10, 5, 5))
          .withMessageContaining("response-period");
    }
  }

  @Test
  void explanationsUseEnglishAbbreviationsWhateverTheServerLocale() {
    Locale before = Locale.getDefault();
    try {
      for (Locale locale : new Locale[] {Locale.UK, Locale.GERMANY, Locale.FRANCE}) {
        Locale.setDefault(locale);
        assertThat(received(2025, 9, 3).explanation())
            .as("%s", locale)
            .isEqualTo("received Wed 3 Sep 2025; one month → Fri 3 Oct 2025");
      }
    } finally {
      Locale.setDefault(before);
    }
  }
}
