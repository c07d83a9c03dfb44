package org.inforights.casework.disclosure;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.inforights.casework.casefile.InvalidCaseInputException;
import org.inforights.casework.caseprocess.FormValues;
import org.inforights.casework.platform.modelrules.ModelBean;

/** Records the DPO's assessment of the DPIA on the decision record. */
@ModelBean("recordDpia")
class DpiaListener implements TaskListener {

  private final DisclosureCases disclosures;

  DpiaListener(DisclosureCases disclosures) {
    this.disclosures = disclosures;
  }

  @Override
  public void notify(DelegateTask task) {
    try {
      disclosures.recordDpia(
          (String) task.getVariable(DisclosureProcess.CASE_REFERENCE),
          (String) task.getVariable(DisclosureProcess.DPIA_OUTCOME),
          (String) task.getVariable(DisclosureProcess.DECISION_REASONS));
    } catch (InvalidCaseInputException e) {
      throw FormValues.refused(e, e.field());
    }
  }
}
