package org.inforights.casework.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.inforights.casework.deadline.CalendarProperties;
import org.inforights.casework.deadline.ClockProperties;
import org.inforights.casework.deadline.ClockStartReason;
import org.inforights.casework.deadline.EnglandAndWalesCalendar;
import org.inforights.casework.deadline.StatutoryClock;
import org.junit.jupiter.api.Test;

/** The case file's own rules, without Spring or a database. */
class CaseFileTest {

  private static final StatutoryClock CLOCK =
      new StatutoryClock(new EnglandAndWalesCalendar(CalendarProperties.none()), ClockProperties.defaults());
  private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

  @Test
  void aCaseClosedOnItsDueDateIsOnTime() {
    CaseFile file = received(LocalDate.of(2026, 3, 2)); // due Thu 2 Apr 2026

    file.close(Outcome.DISCLOSED, LocalDate.of(2026, 4, 2), "officer", NOW);

    assertThat(file.deadlineStatus(LocalDate.of(2026, 5, 1), CLOCK)).isEqualTo(DeadlineStatus.CLOSED_ON_TIME);
    assertThat(file.status()).isEqualTo(CaseStatus.CLOSED);
  }

  @Test
  void aCaseClosedTheDayAfterItsDueDateIsLate() {
    CaseFile file = received(LocalDate.of(2026, 3, 2));

    file.close(Outcome.PARTLY_DISCLOSED, LocalDate.of(2026, 4, 3), "officer", NOW);

    assertThat(file.deadlineStatus(LocalDate.of(2026, 5, 1), CLOCK)).isEqualTo(DeadlineStatus.CLOSED_LATE);
    assertThat(file.audit()).last().extracting(AuditEntry::detail).asString().contains("(late)");
  }

  @Test
  void anExtendedCaseIsJudgedAgainstItsExtendedDate() {
    CaseFile file = received(LocalDate.of(2026, 3, 2));
    file.extend(ExtensionGround.COMPLEX, "Six records systems", LocalDate.of(2026, 3, 20), CLOCK, "manager", NOW);

    file.close(Outcome.DISCLOSED, LocalDate.of(2026, 5, 20), "officer", NOW);

    assertThat(file.effectiveDueOn()).isEqualTo(LocalDate.of(2026, 6, 2));
    assertThat(file.deadlineStatus(LocalDate.of(2026, 7, 1), CLOCK)).isEqualTo(DeadlineStatus.CLOSED_ON_TIME);
  }

  @Test
  void anOpenCaseIsDueSoonWithinFiveWorkingDaysAndOverdueAfter() {
    CaseFile file = received(LocalDate.of(2026, 3, 2)); // due Thu 2 Apr 2026

    assertThat(file.deadlineStatus(LocalDate.of(2026, 3, 25), CLOCK)).isEqualTo(DeadlineStatus.ON_TRACK);
    assertThat(file.deadlineStatus(LocalDate.of(2026, 3, 26), CLOCK)).isEqualTo(DeadlineStatus.DUE_SOON);
    assertThat(file.deadlineStatus(LocalDate.of(2026, 4, 2), CLOCK)).isEqualTo(DeadlineStatus.DUE_SOON);
    assertThat(file.deadlineStatus(LocalDate.of(2026, 4, 3), CLOCK)).isEqualTo(DeadlineStatus.OVERDUE);
  }

  @Test
  void aClosedCaseTakesNoFurtherClockEvents() {
    CaseFile file = received(LocalDate.of(2026, 3, 2));
    file.close(Outcome.WITHDRAWN, LocalDate.of(2026, 3, 5), "officer", NOW);

    assertThatThrownBy(() -> file.stopClock(ClockStopReason.CLARIFICATION, LocalDate.of(2026, 3, 6), "officer", NOW))
        .isInstanceOf(CaseStateConflictException.class)
        .hasMessageContaining("is closed");
    assertThatThrownBy(() -> file.close(Outcome.DISCLOSED, LocalDate.of(2026, 3, 6), "officer", NOW))
        .isInstanceOf(CaseStateConflictException.class);
  }

  @Test
  void aSecondClarificationMustStartAfterTheFirstWasAnswered() {
    CaseFile file = received(LocalDate.of(2026, 3, 2));
    file.stopClock(ClockStopReason.CLARIFICATION, LocalDate.of(2026, 3, 5), "officer", NOW);
    file.resolveClockStop(LocalDate.of(2026, 3, 9), CLOCK, "officer", NOW);

    assertThatThrownBy(() -> file.stopClock(ClockStopReason.CLARIFICATION, LocalDate.of(2026, 3, 9), "officer", NOW))
        .isInstanceOf(InvalidCaseInputException.class)
        .hasMessageContaining("after the previous stop ended (2026-03-09)");

    file.stopClock(ClockStopReason.CLARIFICATION, LocalDate.of(2026, 3, 10), "officer", NOW);
    file.resolveClockStop(LocalDate.of(2026, 3, 10), CLOCK, "officer", NOW);
    // 5 + 1 paused days: Thu 2 Apr → Wed 8 Apr 2026
    assertThat(file.daysPaused()).isEqualTo(6);
    assertThat(file.dueOn()).isEqualTo(LocalDate.of(2026, 4, 8));
  }

  @Test
  void evidenceArrivingAfterAClarificationRestartsTheClockAndForgetsEarlierPauses() {
    CaseFile file = received(LocalDate.of(2026, 3, 2));
    file.stopClock(ClockStopReason.CLARIFICATION, LocalDate.of(2026, 3, 3), "officer", NOW);
    file.resolveClockStop(LocalDate.of(2026, 3, 4), CLOCK, "officer", NOW);
    file.stopClock(ClockStopReason.IDENTITY, LocalDate.of(2026, 3, 5), "officer", NOW);

    file.resolveClockStop(LocalDate.of(2026, 3, 16), CLOCK, "officer", NOW);

    assertThat(file.clockStartsOn()).isEqualTo(LocalDate.of(2026, 3, 16));
    assertThat(file.daysPaused()).isZero();
    assertThat(file.dueOn()).isEqualTo(LocalDate.of(2026, 4, 16));
    assertThat(file.dueOnExplanation()).startsWith("clock started Mon 16 Mar 2026 (identity evidence received)");
  }

  @Test
  void aDisclosureRequestRunsOnItsInternalTargetAndHasNoStatutoryExtension() {
    CaseFile file = disclosure(LocalDate.of(2026, 3, 2), InternalTarget.workingDays(10));

    assertThat(file.type().runsOnStatutoryClock()).isFalse();
    assertThat(file.subject()).isNull();
    assertThat(file.children()).extracting(Child::name).containsExactly("C");
    assertThat(file.dueOn())
        .isEqualTo(CLOCK.workingDayTarget(LocalDate.of(2026, 3, 2), ClockStartReason.REQUEST_RECEIVED, 10, 0).dueOn())
        .isNotEqualTo(CLOCK.dueDate(LocalDate.of(2026, 3, 2), ClockStartReason.REQUEST_RECEIVED, 0).dueOn());
    assertThatThrownBy(
            () -> file.extend(ExtensionGround.COMPLEX, "Many records", LocalDate.of(2026, 3, 3), CLOCK, "manager", NOW))
        .isInstanceOf(CaseStateConflictException.class)
        .hasMessageContaining("internal target of 10 working days");
  }

  @Test
  void aDisclosureTargetSetInHoursFallsDueAtAMoment() {
    CaseFile file = disclosure(LocalDate.of(2026, 3, 2), InternalTarget.workingDays(10));

    file.setTarget(new InternalTarget(1, 24), CLOCK, "officer", NOW);

    assertThat(file.targetHours()).isEqualTo(24);
    assertThat(file.dueAt()).isEqualTo(NOW.plusSeconds(24 * 3600));
    assertThat(file.audit()).last().extracting(AuditEntry::action).isEqualTo(AuditAction.TARGET_SET);
    int entries = file.audit().size();
    file.setTarget(new InternalTarget(1, 24), CLOCK, "officer", NOW);
    assertThat(file.audit()).as("the same target again changes nothing").hasSize(entries);
  }

  @Test
  void aSarKeepsTheStatutoryClockAndTakesNoInternalTarget() {
    CaseFile file = received(LocalDate.of(2026, 3, 2));

    assertThat(file.type().runsOnStatutoryClock()).isTrue();
    assertThat(file.target()).isNull();
    assertThatThrownBy(() -> file.setTarget(InternalTarget.workingDays(10), CLOCK, "officer", NOW))
        .isInstanceOf(CaseStateConflictException.class)
        .hasMessageContaining("statutory clock");
  }

  @Test
  void aTargetMustBeGivenAndNotNegative() {
    assertThatThrownBy(() -> new InternalTarget(null, null))
        .isInstanceOfSatisfying(InvalidCaseInputException.class,
            e -> assertThat(e.field()).isEqualTo("targetWorkingDays"));
    assertThatThrownBy(() -> new InternalTarget(-1, null)).isInstanceOf(InvalidCaseInputException.class);
    assertThatThrownBy(() -> new InternalTarget(0, 0))
        .isInstanceOfSatisfying(InvalidCaseInputException.class, e -> assertThat(e.field()).isEqualTo("targetHours"));
    assertThatThrownBy(() -> new NewDisclosure(null, "EMAIL", null, List.of(), null, null))
        .isInstanceOf(NullPointerException.class);
  }

  private static CaseFile received(LocalDate receivedOn) {
    return CaseFile.registerSar(
        new NewSar(
            receivedOn,
            "EMAIL",
            new Requester("R", null, Relationship.SELF),
            new Subject("R", LocalDate.of(2010, 1, 1), Cohort.CARE_LEAVER),
            null),
        new CaseFile.Opening("SAR-2026-00001", receivedOn, CLOCK, "officer", NOW));
  }

  private static CaseFile disclosure(LocalDate receivedOn, InternalTarget target) {
    return CaseFile.registerDisclosure(
        new NewDisclosure(
            receivedOn,
            "EMAIL",
            new Requester("O", null, Relationship.OTHER),
            List.of(new Child("C", LocalDate.of(2015, 1, 1))),
            null,
            target),
        new CaseFile.Opening("DIS-2026-00001", receivedOn, CLOCK, "officer", NOW));
  }
}
