package org.inforights.casework.disclosure;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.inforights.casework.casefile.InvalidCaseInputException;
import org.inforights.casework.caseprocess.FormValues;
import org.inforights.casework.platform.modelrules.ModelBean;

/**
 * Records the DPO's review of a sharing agreement when they complete *Review sharing agreement*:
 * renewed to its next review date, or ended with a reason. A broken rule refuses the completion
 * with a message Tasklist shows, and the agreement is unchanged.
 */
@ModelBean("recordAgreementReview")
class AgreementReviewListener implements TaskListener {

  private final SharingAgreements agreements;

  AgreementReviewListener(SharingAgreements agreements) {
    this.agreements = agreements;
  }

  @Override
  public void notify(DelegateTask task) {
    try {
      Object next = task.getVariable(SharingAgreements.NEXT_REVIEW_ON);
      agreements.recordReview(
          ((Number) task.getVariable(SharingAgreements.AGREEMENT_ID)).longValue(),
          (String) task.getVariable(SharingAgreements.REVIEW_OUTCOME),
          next == null || next.toString().isBlank() ? null : date(next.toString()),
          (String) task.getVariable(SharingAgreements.END_REASON));
    } catch (InvalidCaseInputException e) {
      throw FormValues.refused(e, e.field());
    }
  }

  private static LocalDate date(String value) {
    try {
      return FormValues.parse(value);
    } catch (java.time.format.DateTimeParseException e) {
      throw new InvalidCaseInputException(SharingAgreements.NEXT_REVIEW_ON, "must be a date");
    }
  }
}
