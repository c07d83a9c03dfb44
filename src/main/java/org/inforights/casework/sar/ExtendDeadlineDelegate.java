package org.inforights.casework.sar;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.casefile.CaseStateConflictException;
import org.inforights.casework.casefile.InvalidCaseInputException;
import org.inforights.casework.platform.FormInput;
import org.inforights.casework.platform.modelrules.ModelBean;

/**
 * A manager reviewing an at-risk case extends it by two months, with reasons: the same extension
 * as the REST API's, so the timers move and the requester is told.
 */
@ModelBean("extendDeadline")
class ExtendDeadlineDelegate implements JavaDelegate {

  private final CaseFileService cases;
  private final Clock clock;

  ExtendDeadlineDelegate(CaseFileService cases, Clock clock) {
    this.cases = cases;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object reason = execution.getVariable(SarProcess.EXTENSION_REASON);
    if (reason == null || reason.toString().isBlank()) {
      throw FormInput.rejected(SarProcess.EXTENSION_REASON + " is required to extend: the requester is told the reasons");
    }
    try {
      cases.extend(
          (String) execution.getVariable(SarProcess.CASE_REFERENCE), reason.toString().strip(), LocalDate.now(clock));
    } catch (InvalidCaseInputException | CaseStateConflictException e) {
      throw FormInput.rejected("Cannot extend: " + e.getMessage());
    }
  }
}
