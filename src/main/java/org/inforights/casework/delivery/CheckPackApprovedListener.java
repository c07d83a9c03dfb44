package org.inforights.casework.delivery;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.inforights.casework.caseprocess.FormValues;
import org.inforights.casework.platform.CurrentUser;
import org.inforights.casework.platform.FormInput;
import org.inforights.casework.platform.modelrules.ModelBean;
import org.inforights.casework.sar.SarProcess;

/**
 * On completing "Dispatch the response": refuses (409) unless the pack a manager approved is the
 * pack as it stands, so what leaves is what was approved. A response sent another way than by
 * secure link is dated by the officer: not in the future, not before the approval. Records who
 * dispatched, for the link issued next.
 */
@ModelBean("checkPackApproved")
class CheckPackApprovedListener implements TaskListener {

  private final ResponseApprovals approvals;
  private final CurrentUser currentUser;
  private final Clock clock;

  CheckPackApprovedListener(ResponseApprovals approvals, CurrentUser currentUser, Clock clock) {
    this.approvals = approvals;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    String reference = (String) task.getVariable(SarProcess.CASE_REFERENCE);
    ResponseApprovals.Approval approval = approvals.requireApprovedAndUnchanged(reference);
    if (!SarProcess.DISPATCH_BY_SECURE_LINK.equals(task.getVariable(SarProcess.DISPATCH_METHOD))) {
      Object sentOn = task.getVariable(SarProcess.DISPATCHED_ON);
      if (sentOn != null) {
        LocalDate day = FormValues.date(sentOn, SarProcess.DISPATCHED_ON);
        LocalDate approvedOn = LocalDate.ofInstant(approval.approvedAt(), clock.getZone());
        if (day.isAfter(LocalDate.now(clock))) {
          throw FormInput.rejected("Sent on (" + SarProcess.DISPATCHED_ON + ") must not be in the future");
        }
        if (day.isBefore(approvedOn)) {
          throw FormInput.rejected("Sent on (" + SarProcess.DISPATCHED_ON + ") must not be before the response was approved ("
              + approvedOn + ")");
        }
      }
    }
    task.setVariable(SarProcess.DISPATCHED_BY, currentUser.id());
  }
}
