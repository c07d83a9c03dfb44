package org.inforights.casework.sar;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.inforights.casework.platform.FormInput;
import org.inforights.casework.platform.modelrules.ModelBean;

/** A manager who refuses must say on which ground: the refusal notice gives its reasons. */
@ModelBean("refusalGroundCheck")
class RefusalGroundCheck implements TaskListener {

  private final RefusalReasons reasons;

  RefusalGroundCheck(RefusalReasons reasons) {
    this.reasons = reasons;
  }

  @Override
  public void notify(DelegateTask task) {
    if ("REFUSE".equals(task.getVariable(SarProcess.APPROVAL_DECISION))
        && !reasons.knows(task.getVariable(SarProcess.REFUSAL_GROUND))) {
      throw FormInput.rejected(
          "Please correct: Ground for refusal (refusalGround) is required to refuse: the notice states it");
    }
  }
}
