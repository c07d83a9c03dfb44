package org.inforights.casework.sar;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.casefile.InvalidCaseInputException;
import org.springframework.stereotype.Component;

/** Evidence recorded in Tasklist: the clock starts afresh on the day it arrived. */
@Component("restartClock")
class RestartClockDelegate implements JavaDelegate {

  private final CaseFileService cases;

  RestartClockDelegate(CaseFileService cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate receivedOn =
        FormValues.date(execution.getVariable(SarProcess.EVIDENCE_RECEIVED_ON), SarProcess.EVIDENCE_RECEIVED_ON);
    try {
      cases.resolveClockStop((String) execution.getVariable(SarProcess.CASE_REFERENCE), receivedOn);
    } catch (InvalidCaseInputException e) {
      throw FormValues.refused(e, SarProcess.EVIDENCE_RECEIVED_ON);
    }
  }
}
