package org.inforights.casework.caseprocess;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.casefile.ClockStop;
import org.inforights.casework.deadline.process.ProcessDeadlines;
import org.inforights.casework.platform.modelrules.ModelBean;

/**
 * The clock was stopped through the API, where whoever stopped it also wrote: nothing to stop or
 * send, only the reply-by day to keep — the day it was asked plus {@code replyWithin} — for the
 * answer task's due date. If the stop was already resolved by the time this runs, the answer task
 * is due today and its completion finds the clock running.
 */
@ModelBean("noteReplyBy")
class NoteReplyByDelegate implements JavaDelegate {

  private final CaseFileService cases;
  private final ProcessDeadlines deadlines;
  private final java.time.Clock clock;

  NoteReplyByDelegate(CaseFileService cases, ProcessDeadlines deadlines, java.time.Clock clock) {
    this.cases = cases;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = (String) execution.getVariable(CaseProcess.CASE_REFERENCE);
    LocalDate askedOn =
        cases.get(reference).clockStops().stream()
            .filter(ClockStop::isOpen)
            .map(ClockStop::askedOn)
            .findFirst()
            .orElse(LocalDate.now(clock));
    StopClockAndAskDelegate.setReplyBy(
        execution, deadlines, askedOn.plus(StopClockAndAskDelegate.replyWithin(execution)));
  }
}
