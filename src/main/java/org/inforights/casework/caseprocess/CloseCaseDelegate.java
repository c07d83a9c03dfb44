package org.inforights.casework.caseprocess;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.casefile.InvalidCaseInputException;
import org.inforights.casework.casefile.Outcome;
import org.inforights.casework.deadline.process.BreachIncidents;
import org.inforights.casework.platform.FormInput;
import org.inforights.casework.platform.modelrules.ModelBean;

/**
 * Closes the case with the outcome its task names (input parameter {@code outcome}): on the day
 * the response was dispatched, or today for a withdrawal or refusal. The case is recorded on time
 * or late, and its breach incident, if any, is resolved (Cockpit shows only live breaches) and the
 * ladder's wait on it ends.
 */
@ModelBean("closeCase")
class CloseCaseDelegate implements JavaDelegate {

  private final CaseFileService cases;
  private final BreachIncidents breaches;
  private final Clock clock;

  CloseCaseDelegate(CaseFileService cases, BreachIncidents breaches, Clock clock) {
    this.cases = cases;
    this.breaches = breaches;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = (String) execution.getVariable(CaseProcess.CASE_REFERENCE);
    Outcome outcome = outcome(execution.getVariable(CaseProcess.OUTCOME));
    Object dispatchedOn = execution.getVariable(CaseProcess.DISPATCHED_ON);
    LocalDate closedOn =
        dispatchedOn == null ? LocalDate.now(clock) : FormValues.date(dispatchedOn, CaseProcess.DISPATCHED_ON);
    try {
      cases.close(reference, outcome, closedOn);
    } catch (InvalidCaseInputException e) {
      throw FormValues.refused(e, CaseProcess.DISPATCHED_ON);
    }
    breaches.resolve(reference);
    // the ladder the case's process called (or, on a version before the called ladder, its own
    // branch) waits on an open breach for this
    execution
        .getProcessEngineServices()
        .getRuntimeService()
        .createMessageCorrelation(CaseProcess.MESSAGE_CASE_CLOSED)
        .processInstanceBusinessKey(reference)
        .correlateAllWithResult();
  }

  private static Outcome outcome(Object value) {
    try {
      return Outcome.valueOf(String.valueOf(value));
    } catch (IllegalArgumentException e) {
      throw FormInput.rejected(CaseProcess.RESPONSE_OUTCOME + " must be one of " + java.util.Arrays.toString(Outcome.values()));
    }
  }
}
