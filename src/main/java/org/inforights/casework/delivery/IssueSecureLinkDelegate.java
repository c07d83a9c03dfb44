package org.inforights.casework.delivery;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.inforights.casework.platform.modelrules.ModelBean;
import org.inforights.casework.sar.SarProcess;

/**
 * "Issue the secure download link": issues the link for the approved pack by the officer who
 * dispatched, and dates the response the day the pack is made available, which is the day the
 * case closes on and the compliance report counts it on (UK GDPR Art 12(3): the information is
 * provided when the requester can have it, whether or not they download it that day).
 */
@ModelBean("issueSecureLink")
class IssueSecureLinkDelegate implements JavaDelegate {

  private final SecureDelivery delivery;
  private final Clock clock;

  IssueSecureLinkDelegate(SecureDelivery delivery, Clock clock) {
    this.delivery = delivery;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = (String) execution.getVariable(SarProcess.CASE_REFERENCE);
    Object officer = execution.getVariable(SarProcess.DISPATCHED_BY);
    delivery.issue(reference, officer == null ? "system" : officer.toString());
    execution.setVariable(SarProcess.DISPATCHED_ON, LocalDate.now(clock).toString());
  }
}
