package org.inforights.casework.sar;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.casefile.CaseNotFoundException;
import org.inforights.casework.casefile.CaseStateConflictException;
import org.inforights.casework.casefile.CaseView;
import org.inforights.casework.platform.SystemActions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The requester withdraws their request, at any stage: the process closes the case. */
@Service
class SarWithdrawal {

  private final RuntimeService runtimeService;
  private final CaseFileService cases;
  private final SystemActions systemActions;

  SarWithdrawal(RuntimeService runtimeService, CaseFileService cases, SystemActions systemActions) {
    this.runtimeService = runtimeService;
    this.cases = cases;
    this.systemActions = systemActions;
  }

  @Transactional
  CaseView withdraw(String reference) {
    CaseView view = cases.view(reference);
    if (view.type() != org.inforights.casework.casefile.CaseType.SAR) {
      throw new CaseNotFoundException(reference);
    }
    List<MessageCorrelationResult> results =
        systemActions.call(
            () ->
                runtimeService
                    .createMessageCorrelation(SarProcess.MESSAGE_WITHDRAWAL_REQUESTED)
                    .processDefinitionKey(SarProcess.KEY)
                    .processInstanceBusinessKey(reference)
                    .correlateAllWithResult());
    if (results.isEmpty()) {
      throw new CaseStateConflictException(reference + " is not open: nothing to withdraw");
    }
    return cases.view(reference);
  }
}
