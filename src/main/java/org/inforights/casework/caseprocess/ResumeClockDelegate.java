package org.inforights.casework.caseprocess;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.casefile.ClockStop;
import org.inforights.casework.casefile.InvalidCaseInputException;
import org.inforights.casework.platform.modelrules.ModelBean;

/**
 * The answer the council waited for was recorded in Tasklist. Evidence starts the clock afresh on
 * the day it arrived; a clarification's days, asked to answered, are added to the deadline.
 */
@ModelBean("resumeClock")
class ResumeClockDelegate implements JavaDelegate {

  private final CaseFileService cases;

  ResumeClockDelegate(CaseFileService cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = (String) execution.getVariable(CaseProcess.CASE_REFERENCE);
    List<ClockStop> open = cases.get(reference).clockStops().stream().filter(ClockStop::isOpen).toList();
    if (open.isEmpty()) {
      // the answer was recorded through the API while this step was open: the clock already runs,
      // and there is nothing left to resume (refusing would leave the step impossible to complete)
      return;
    }
    boolean evidence = open.stream().anyMatch(stop -> stop.reason().restartsClock());
    // the called "ask the requester" has one answer field; models before it had one per kind
    String field =
        execution.hasVariable(AskTheRequester.ANSWER_RECEIVED_ON)
            ? AskTheRequester.ANSWER_RECEIVED_ON
            : evidence ? CaseProcess.EVIDENCE_RECEIVED_ON : CaseProcess.CLARIFICATION_RECEIVED_ON;
    LocalDate answeredOn = FormValues.date(execution.getVariable(field), field);
    try {
      cases.resolveClockStop(reference, answeredOn);
    } catch (InvalidCaseInputException e) {
      throw FormValues.refused(e, field);
    }
  }
}
