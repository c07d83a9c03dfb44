package org.inforights.casework.disclosure;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.inforights.casework.casefile.InvalidCaseInputException;
import org.inforights.casework.caseprocess.FormValues;
import org.inforights.casework.platform.modelrules.ModelBean;

/**
 * Records the triage decision on the decision record when the officer completes triage; a broken
 * rule (accepting a police request without Inspector sign-off, no reasons) refuses the completion
 * with a message Tasklist shows. An urgency or sensitivity corrected at triage becomes the
 * process's routing facts, so the case is routed (and its target set) on the corrected facts.
 */
@ModelBean("recordTriage")
class TriageListener implements TaskListener {

  private final DisclosureCases disclosures;

  TriageListener(DisclosureCases disclosures) {
    this.disclosures = disclosures;
  }

  @Override
  public void notify(DelegateTask task) {
    try {
      var facts =
          disclosures.recordTriage(
              (String) task.getVariable(DisclosureProcess.CASE_REFERENCE),
              (String) task.getVariable(DisclosureProcess.TRIAGE_OUTCOME),
              (String) task.getVariable(DisclosureProcess.NECESSITY),
              (String) task.getVariable(DisclosureProcess.DECISION_REASONS),
              (String) task.getVariable(DisclosureProcess.CORRECTED_URGENCY),
              (String) task.getVariable(DisclosureProcess.CORRECTED_SENSITIVITY));
      task.getExecution().getProcessInstance().setVariables(facts);
      task.getExecution().getProcessInstance().removeVariables(
          java.util.List.of(DisclosureProcess.CORRECTED_URGENCY, DisclosureProcess.CORRECTED_SENSITIVITY));
    } catch (InvalidCaseInputException e) {
      throw FormValues.refused(e, e.field());
    }
  }
}
