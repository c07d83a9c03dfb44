package org.inforights.casework.casefile;

import java.time.LocalDate;
import java.util.List;

/**
 * A case as the REST API shows it: its dates, clock and standing, and no personal data. While the
 * clock is stopped, the due dates are those that would apply if the answer arrived today. Linked
 * cases are other cases about the same child, by reference; possible duplicates are those of them
 * from the same requester received within the intake's duplicate window.
 */
public record CaseView(
    String reference,
    CaseType type,
    CaseStatus status,
    LocalDate receivedOn,
    LocalDate clockStartsOn,
    LocalDate dueOn,
    String dueOnExplanation,
    LocalDate extendedDueOn,
    String extendedDueOnExplanation,
    int daysPaused,
    DeadlineStatus deadlineState,
    LocalDate breachedOn,
    LocalDate closedOn,
    Outcome outcome,
    List<ClockStopView> clockStops,
    long noteCount,
    List<DocumentSummary> documents,
    List<String> linkedCases,
    List<String> possibleDuplicates) {

  /** The same view listing only {@code visible} of its documents. */
  CaseView withDocuments(List<DocumentSummary> visible) {
    return new CaseView(
        reference, type, status, receivedOn, clockStartsOn, dueOn, dueOnExplanation, extendedDueOn,
        extendedDueOnExplanation, daysPaused, deadlineState, breachedOn, closedOn, outcome, clockStops,
        noteCount, visible, linkedCases, possibleDuplicates);
  }

  /** One stop of the clock. */
  public record ClockStopView(ClockStopReason reason, LocalDate askedOn, LocalDate receivedOn) {}

  static CaseView of(
      CaseFile file,
      CaseFile.Deadlines deadlines,
      DeadlineStatus state,
      long noteCount,
      List<DocumentSummary> documents,
      List<String> linkedCases,
      List<String> possibleDuplicates) {
    return new CaseView(
        file.reference(),
        file.type(),
        file.status(),
        file.receivedOn(),
        file.clockStartsOn(),
        deadlines.due().dueOn(),
        deadlines.due().explanation(),
        deadlines.extended() == null ? null : deadlines.extended().dueOn(),
        deadlines.extended() == null ? null : deadlines.extended().explanation(),
        file.daysPaused(),
        state,
        file.breachedOn(),
        file.closedOn(),
        file.outcome(),
        file.clockStops().stream()
            .map(stop -> new ClockStopView(stop.reason(), stop.askedOn(), stop.receivedOn()))
            .toList(),
        noteCount,
        documents,
        linkedCases,
        possibleDuplicates);
  }
}
