package org.inforights.casework.disclosure;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.casefile.CaseNotFoundException;
import org.inforights.casework.casefile.CaseStateConflictException;
import org.inforights.casework.casefile.CaseType;
import org.inforights.casework.casefile.CaseView;
import org.inforights.casework.caseprocess.CaseMessages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The requester withdraws a disclosure request, at any stage before it closes: the process's
 * withdrawal event subprocess closes the case as withdrawn and confirms it to the requester. A
 * request the council no longer needs to answer is one it no longer has a purpose for sharing
 * (UK GDPR Art 5(1)(b), (c)): nothing goes out after a withdrawal. Once a request is decided
 * (refused, or the extract sent) it is too late: the decision stands, and the answer is 409.
 */
@Service
class DisclosureWithdrawal {

  private final CaseMessages messages;
  private final CaseFileService cases;
  private final DisclosureRequestRepository requests;

  DisclosureWithdrawal(CaseMessages messages, CaseFileService cases, DisclosureRequestRepository requests) {
    this.messages = messages;
    this.cases = cases;
    this.requests = requests;
  }

  @Transactional
  CaseView withdraw(String reference) {
    if (cases.view(reference).type() != CaseType.DISCLOSURE) {
      throw new CaseNotFoundException(reference);
    }
    DisclosureRequest request =
        requests.findByCaseReference(reference).orElseThrow(() -> new CaseNotFoundException(reference));
    if (request.decision() != null) {
      // the letter or the extract may be on its way while the process finishes: what is decided stays decided
      throw new CaseStateConflictException(
          reference + " is already decided (" + request.decision() + "): too late to withdraw");
    }
    if (deliver(reference) == 0) {
      throw new CaseStateConflictException(reference + " is not open: nothing to withdraw");
    }
    return cases.view(reference);
  }

  /**
   * As for a SAR's withdrawal: of two withdrawals at once, the slower one fails on its optimistic
   * lock (a 409 already), or finds the subscription the faster one consumed gone; then it found
   * nothing to withdraw, a conflict too. Any other failure while the process still waits for a
   * withdrawal is the engine's.
   */
  private int deliver(String reference) {
    try {
      return messages.deliver(DisclosureProcess.KEY, DisclosureProcess.MESSAGE_WITHDRAWAL_REQUESTED, reference);
    } catch (ProcessEngineException e) {
      if (e instanceof OptimisticLockingException || e instanceof AuthorizationException || waitsForWithdrawal(reference)) {
        throw e;
      }
      return 0;
    }
  }

  private boolean waitsForWithdrawal(String reference) {
    return messages.waitsFor(DisclosureProcess.KEY, DisclosureProcess.MESSAGE_WITHDRAWAL_REQUESTED, reference);
  }
}
