package org.inforights.casework.sar;

import org.inforights.casework.caseprocess.CaseMessages;
import org.springframework.stereotype.Component;

/**
 * Delivers a message to a case's running SAR process, if it waits for it, with the system's
 * authority (the user's own action was checked before). Returns how many executions received it.
 */
@Component
class SarMessages {

  private final CaseMessages messages;

  SarMessages(CaseMessages messages) {
    this.messages = messages;
  }

  int deliver(String message, String reference) {
    return messages.deliver(SarProcess.KEY, message, reference);
  }

  /** Whether the case's running SAR process waits for {@code message} now. */
  boolean waitsFor(String message, String reference) {
    return messages.waitsFor(SarProcess.KEY, message, reference);
  }
}
