package org.inforights.casework.disclosure;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.inforights.casework.casefile.InvalidCaseInputException;
import org.inforights.casework.caseprocess.FormValues;
import org.inforights.casework.platform.modelrules.ModelBean;

/**
 * Records an approver's decision on the decision record when they complete their step, with the
 * council's own lawful basis and special data condition (models from version 2), and keeps
 * every approver's conditions in the process for the officer who prepares the extract.
 */
@ModelBean("recordApproval")
class ApprovalListener implements TaskListener {

  private final DisclosureCases disclosures;

  ApprovalListener(DisclosureCases disclosures) {
    this.disclosures = disclosures;
  }

  @Override
  public void notify(DelegateTask task) {
    try {
      String conditions =
          disclosures.recordApproval(
              (String) task.getVariable(DisclosureProcess.CASE_REFERENCE),
              (String) task.getVariable(DisclosureProcess.APPROVER_GROUP),
              (String) task.getVariable(DisclosureProcess.APPROVAL_DECISION),
              (String) task.getVariable(DisclosureProcess.APPROVAL_CONDITIONS),
              (String) task.getVariable(DisclosureProcess.DECISION_REASONS),
              DisclosureProcess.asksForSharingRecord(task.getExecution().getBpmnModelInstance()),
              (String) task.getVariable(DisclosureProcess.COUNCIL_LAWFUL_BASIS),
              (String) task.getVariable(DisclosureProcess.SPECIAL_DATA_CONDITION));
      task.getExecution()
          .getProcessInstance()
          .setVariable(DisclosureProcess.DISCLOSURE_CONDITIONS, conditions == null ? "" : conditions);
      task.getExecution().getProcessInstance().removeVariable(DisclosureProcess.APPROVAL_CONDITIONS);
    } catch (InvalidCaseInputException e) {
      throw FormValues.refused(e, e.field());
    }
  }
}
