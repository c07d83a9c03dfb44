package org.inforights.casework.disclosure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.inforights.casework.casefile.InvalidCaseInputException;
import org.inforights.casework.caseprocess.FormValues;
import org.inforights.casework.platform.modelrules.ModelBean;

/**
 * The minimum extract went out: completes the decision record, with whether the family is told and
 * why not, and puts the disclosure on the register. Runs in the transaction of the officer's
 * extract task, so a refused value (a child's name in the published purpose, a missing reason)
 * leaves the task open with the reason shown. The reason the family is not told is free text about
 * a family: it goes into the disclosure request and leaves the process at once.
 */
@ModelBean("recordDisclosure")
class RecordDisclosureDelegate implements JavaDelegate {

  private final DisclosureCases disclosures;

  RecordDisclosureDelegate(DisclosureCases disclosures) {
    this.disclosures = disclosures;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object told = execution.getVariable(DisclosureProcess.FAMILY_TOLD);
    String notToldReason = (String) execution.getVariable(DisclosureProcess.FAMILY_NOT_TOLD_REASON);
    execution.removeVariable(DisclosureProcess.FAMILY_NOT_TOLD_REASON);
    try {
      disclosures.recordDisclosure(
          (String) execution.getVariable(DisclosureProcess.CASE_REFERENCE),
          (String) execution.getVariable(DisclosureProcess.EXTRACT_DESCRIPTION),
          (String) execution.getVariable(DisclosureProcess.PUBLISHED_PURPOSE),
          FormValues.date(execution.getVariable(DisclosureProcess.DISPATCHED_ON), DisclosureProcess.DISPATCHED_ON),
          DisclosureProcess.asksForSharingRecord(execution.getBpmnModelInstance()),
          told == null ? null : Boolean.valueOf(told.toString()),
          notToldReason);
    } catch (InvalidCaseInputException e) {
      throw FormValues.refused(e, e.field());
    }
  }
}
