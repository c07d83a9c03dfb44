package org.inforights.casework.sar;

import org.inforights.casework.caseprocess.CaseMessages;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.casefile.CaseNotFoundException;
import org.inforights.casework.casefile.CaseStateConflictException;
import org.inforights.casework.casefile.CaseType;
import org.inforights.casework.casefile.CaseView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The requester withdraws their request, at any stage: the process closes the case. */
@Service
class SarWithdrawal {

  private final CaseMessages messages;
  private final CaseFileService cases;

  SarWithdrawal(CaseMessages messages, CaseFileService cases) {
    this.messages = messages;
    this.cases = cases;
  }

  @Transactional
  CaseView withdraw(String reference) {
    if (cases.view(reference).type() != CaseType.SAR) {
      throw new CaseNotFoundException(reference);
    }
    if (deliver(reference) == 0) {
      throw new CaseStateConflictException(reference + " is not open: nothing to withdraw");
    }
    return cases.view(reference);
  }

  /**
   * Two withdrawals of one case at once both find the process waiting for a withdrawal; the engine
   * lets the slower one fail, either on its optimistic lock (a 409 already) or, when the faster one
   * committed between the slower one's finding the subscription and triggering it, because the
   * subscription is gone. The slower one then found nothing to withdraw: a conflict too, not an
   * engine failure. Any other failure, while the process still waits for a withdrawal, is one.
   */
  private int deliver(String reference) {
    try {
      return messages.deliver(SarProcess.KEY, SarProcess.MESSAGE_WITHDRAWAL_REQUESTED, reference);
    } catch (ProcessEngineException e) {
      if (e instanceof OptimisticLockingException
          || e instanceof AuthorizationException
          || messages.waitsFor(SarProcess.KEY, SarProcess.MESSAGE_WITHDRAWAL_REQUESTED, reference)) {
        throw e;
      }
      return 0;
    }
  }
}
