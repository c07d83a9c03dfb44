package org.inforights.casework.sar;

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

  private final SarMessages messages;
  private final CaseFileService cases;

  SarWithdrawal(SarMessages messages, CaseFileService cases) {
    this.messages = messages;
    this.cases = cases;
  }

  @Transactional
  CaseView withdraw(String reference) {
    if (cases.view(reference).type() != CaseType.SAR) {
      throw new CaseNotFoundException(reference);
    }
    if (messages.deliver(SarProcess.MESSAGE_WITHDRAWAL_REQUESTED, reference) == 0) {
      throw new CaseStateConflictException(reference + " is not open: nothing to withdraw");
    }
    return cases.view(reference);
  }
}
