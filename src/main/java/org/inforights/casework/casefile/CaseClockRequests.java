package org.inforights.casework.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the API asks of a case's clock — stop it, resolve the stop, extend — carried out by the
 * case's process. The request is checked against the case file first, so that a refusal names the
 * field (400) or the state (409) and changes nothing; then the case's process takes it
 * ({@link CaseProcessClock}) and changes the clock in its own step. Only a case whose process does
 * not hear such requests (a model before version 6) has its clock changed here, and its process is
 * told afterwards ({@link ClockChangedOnRequest}), as those models were drawn to expect.
 */
@Service
public class CaseClockRequests {

  private final CaseFileService cases;
  private final List<CaseProcessClock> processes;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  CaseClockRequests(
      CaseFileService cases,
      List<CaseProcessClock> processes,
      ApplicationEventPublisher events,
      Clock clock) {
    this.cases = cases;
    this.processes = processes;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Stops the clock from {@code askedOn}. A day before today is for the DPO to confirm (the caller
   * checks who asks): the stop is then recorded with that confirmation under their name.
   */
  @Transactional
  public CaseView stop(String reference, ClockStopReason reason, LocalDate askedOn) {
    CaseFile file = cases.get(reference);
    file.checkClockStop(reason, askedOn);
    processes.forEach(process -> process.checkStop(reference, file.type()));
    if (!takenBy(process -> process.stop(reference, file.type(), reason, askedOn))) {
      cases.stopClockAsAsked(reference, reason, askedOn);
      announce(file, ClockChangedOnRequest.Change.STOPPED);
    }
    return cases.view(reference);
  }

  /** Ends the open stop: the answer arrived on {@code receivedOn}. */
  @Transactional
  public CaseView resolve(String reference, LocalDate receivedOn) {
    CaseFile file = cases.get(reference);
    file.checkClockStopResolution(receivedOn);
    if (!takenBy(process -> process.resolve(reference, file.type(), receivedOn))) {
      cases.resolveClockStop(reference, receivedOn);
      announce(file, ClockChangedOnRequest.Change.RESOLVED);
    }
    return cases.view(reference);
  }

  /** Extends the case, decided today, on {@code ground} with the reasons the requester is told. */
  @Transactional
  public CaseView extend(String reference, ExtensionGround ground, String reason) {
    CaseFile file = cases.get(reference);
    LocalDate today = LocalDate.now(clock);
    file.checkExtension(today);
    if (!takenBy(process -> process.extend(reference, file.type(), ground, reason))) {
      cases.extend(reference, ground, reason, today);
    }
    return cases.view(reference);
  }

  private boolean takenBy(Predicate<CaseProcessClock> offer) {
    return processes.stream().anyMatch(offer);
  }

  private void announce(CaseFile file, ClockChangedOnRequest.Change change) {
    events.publishEvent(new ClockChangedOnRequest(file.reference(), file.type(), change));
  }
}
