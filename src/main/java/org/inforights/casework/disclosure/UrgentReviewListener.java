package org.inforights.casework.disclosure;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.inforights.casework.casefile.InvalidCaseInputException;
import org.inforights.casework.caseprocess.FormValues;
import org.inforights.casework.platform.modelrules.ModelBean;

/** Records a manager's review, after the event, of a share made at once. */
@ModelBean("recordUrgentReview")
class UrgentReviewListener implements TaskListener {

  private final DisclosureCases disclosures;

  UrgentReviewListener(DisclosureCases disclosures) {
    this.disclosures = disclosures;
  }

  @Override
  public void notify(DelegateTask task) {
    try {
      disclosures.recordUrgentReview(
          (String) task.getVariable(DisclosureProcess.CASE_REFERENCE),
          (String) task.getVariable(DisclosureProcess.URGENT_REVIEW_OUTCOME),
          (String) task.getVariable(DisclosureProcess.DECISION_REASONS));
    } catch (InvalidCaseInputException e) {
      throw FormValues.refused(e, e.field());
    }
  }
}
