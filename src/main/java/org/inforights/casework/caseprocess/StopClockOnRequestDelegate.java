package org.inforights.casework.caseprocess;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.casefile.ClockStop;
import org.inforights.casework.casefile.ClockStopReason;
import org.inforights.casework.deadline.process.ProcessDeadlines;
import org.inforights.casework.platform.modelrules.ModelBean;

/**
 * A stop asked for through the API ({@code POST /api/cases/{ref}/clock-stops}), where whoever asked
 * also wrote: the clock stops from the day the council asked ({@link AskTheRequester#ASKED_ON}), for
 * the reason given, and nothing is sent. A day before today was confirmed by the DPO (the API lets
 * no one else give one), and the case file records that confirmation under their name. The
 * reply-by day — the day asked plus {@code replyWithin} — is kept for the answer task's due date.
 * Runs in the API's own transaction: if the case file refuses, nothing is recorded.
 *
 * <p>Callers before version 6 of the case models pass no day: the API had stopped the clock itself,
 * and only the reply-by day is left to keep, from the stop that is open.
 */
@ModelBean("stopClockOnRequest")
class StopClockOnRequestDelegate implements JavaDelegate {

  private final CaseFileService cases;
  private final ProcessDeadlines deadlines;
  private final java.time.Clock clock;

  StopClockOnRequestDelegate(CaseFileService cases, ProcessDeadlines deadlines, java.time.Clock clock) {
    this.cases = cases;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = (String) execution.getVariable(AskTheRequester.CASE_REFERENCE);
    LocalDate today = LocalDate.now(clock);
    Object asked = execution.getVariable(AskTheRequester.ASKED_ON);
    LocalDate askedOn;
    if (asked != null) {
      askedOn = FormValues.date(asked, AskTheRequester.ASKED_ON);
      ClockStopReason reason = ClockStopReason.valueOf(execution.getVariable(AskTheRequester.STOP_REASON).toString());
      cases.stopClockAsAsked(reference, reason, askedOn);
    } else {
      askedOn =
          cases.get(reference).clockStops().stream()
              .filter(ClockStop::isOpen)
              .map(ClockStop::askedOn)
              .findFirst()
              .orElse(today);
    }
    StopClockAndAskDelegate.setReplyBy(
        execution, deadlines, askedOn.plus(StopClockAndAskDelegate.replyWithin(execution)));
  }
}
