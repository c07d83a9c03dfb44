package org.inforights.casework.delivery;

import org.inforights.casework.casefile.CaseContentChanged;
import org.inforights.casework.caseprocess.CaseMessages;
import org.inforights.casework.response.ResponsePack;
import org.inforights.casework.sar.SarProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends a case back for approval when its approved pack changes: once a change to a document, a
 * redaction log line or a mark is committed, if an approval is in force and the pack's hash is no
 * longer the approved one, the approval is withdrawn (on the audit trail, saying what changed) and
 * the case's process is told ({@link SarProcess#MESSAGE_RESPONSE_CHANGED}), which takes the
 * dispatch step back to "Approve the response". A change that leaves the pack as it was (a
 * document of another kind, a log line no mark uses) changes nothing.
 *
 * <p>The change itself is committed first and stands whatever happens here; if this fails, the
 * dispatch step and delivery still refuse a pack whose hash differs from the approved one.
 */
@Component
class ResponseChangeWatch {

  private static final Logger log = LoggerFactory.getLogger(ResponseChangeWatch.class);

  private final ResponseApprovals approvals;
  private final ResponsePack pack;
  private final CaseMessages messages;
  private final TransactionTemplate newTransaction;

  ResponseChangeWatch(
      ResponseApprovals approvals, ResponsePack pack, CaseMessages messages, PlatformTransactionManager transactions) {
    this.approvals = approvals;
    this.pack = pack;
    this.messages = messages;
    this.newTransaction = new TransactionTemplate(transactions);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @TransactionalEventListener(fallbackExecution = true)
  void changed(CaseContentChanged change) {
    try {
      newTransaction.executeWithoutResult(status -> reopenIfChanged(change));
    } catch (RuntimeException e) {
      log.warn("Could not check whether the approved response pack of {} changed; dispatch will check it again",
          change.reference(), e);
    }
  }

  /** Whether the approval was withdrawn and the case sent back. */
  boolean reopenIfChanged(CaseContentChanged change) {
    ResponseApprovals.Approval approval = approvals.inForce(change.reference()).orElse(null);
    if (approval == null || !pack.changedSince(change.reference(), approval.sha256())) {
      return false;
    }
    approvals.withdraw(change.reference(), "the pack changed after approval: " + change.what());
    messages.deliver(SarProcess.KEY, SarProcess.MESSAGE_RESPONSE_CHANGED, change.reference());
    return true;
  }
}
