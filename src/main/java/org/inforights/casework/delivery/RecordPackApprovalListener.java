package org.inforights.casework.delivery;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.inforights.casework.platform.modelrules.ModelBean;
import org.inforights.casework.sar.SarProcess;

/**
 * On completing "Approve the response": an approval records the hash of the pack as it stands
 * now, by the manager completing the task; any other decision (rework, refuse) withdraws an
 * earlier approval, so nothing approved before can still be sent.
 */
@ModelBean("recordPackApproval")
class RecordPackApprovalListener implements TaskListener {

  private final ResponseApprovals approvals;

  RecordPackApprovalListener(ResponseApprovals approvals) {
    this.approvals = approvals;
  }

  @Override
  public void notify(DelegateTask task) {
    String reference = (String) task.getVariable(SarProcess.CASE_REFERENCE);
    Object decision = task.getVariable(SarProcess.APPROVAL_DECISION);
    if ("APPROVED".equals(decision)) {
      approvals.approve(reference);
    } else {
      approvals.withdraw(reference, "the manager decided " + decision);
    }
  }
}
