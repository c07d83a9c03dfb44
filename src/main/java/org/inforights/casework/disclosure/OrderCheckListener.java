package org.inforights.casework.disclosure;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.inforights.casework.casefile.InvalidCaseInputException;
import org.inforights.casework.caseprocess.FormValues;
import org.inforights.casework.platform.modelrules.ModelBean;

/**
 * Records the manager's check of a compelled disclosure's order when they complete it: genuine,
 * what it covers, comply or challenge. What the order covers may name children: it goes to the
 * decision record in the case file and leaves the process; the process keeps only the outcome its
 * gateway reads. A broken rule refuses the completion with a message Tasklist shows.
 */
@ModelBean("recordOrderCheck")
class OrderCheckListener implements TaskListener {

  private final DisclosureCases disclosures;

  OrderCheckListener(DisclosureCases disclosures) {
    this.disclosures = disclosures;
  }

  @Override
  public void notify(DelegateTask task) {
    try {
      String forTheLetter = disclosures.recordOrderCheck(
          (String) task.getVariable(DisclosureProcess.CASE_REFERENCE),
          (String) task.getVariable(DisclosureProcess.ORDER_OUTCOME),
          Boolean.TRUE.equals(task.getVariable(DisclosureProcess.ORDER_GENUINE)),
          (String) task.getVariable(DisclosureProcess.ORDER_COVERS),
          (String) task.getVariable(DisclosureProcess.CHALLENGE_GROUND),
          (String) task.getVariable(DisclosureProcess.DECISION_REASONS));
      task.getExecution().getProcessInstance().removeVariable(DisclosureProcess.ORDER_COVERS);
      boolean complies = DisclosureCases.OrderOutcome.COMPLY.name().equals(task.getVariable(DisclosureProcess.ORDER_OUTCOME));
      task.getExecution().getProcessInstance().setVariable(
          complies ? DisclosureProcess.DISCLOSURE_CONDITIONS : DisclosureProcess.DECISION_REASONS, forTheLetter);
    } catch (InvalidCaseInputException e) {
      throw FormValues.refused(e, e.field());
    }
  }
}
