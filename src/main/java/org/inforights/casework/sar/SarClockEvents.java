package org.inforights.casework.sar;

import org.inforights.casework.caseprocess.CaseMessages;

import org.inforights.casework.deadline.DeadlineMoved;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The clock moved outside the process (the REST API): the SAR process hears of it, exactly as if
 * the step had been taken in Tasklist. An extension sends the requester its notice; evidence or a
 * clarification recorded elsewhere ends the wait for it.
 */
@Component
class SarClockEvents {

  private final CaseMessages messages;

  SarClockEvents(CaseMessages messages) {
    this.messages = messages;
  }

  @EventListener
  void onDeadlineMoved(DeadlineMoved moved) {
    switch (moved.cause()) {
      case EXTENDED -> messages.deliver(SarProcess.KEY, SarProcess.MESSAGE_EXTENSION_DECIDED, moved.reference());
      case CLOCK_RESTARTED -> messages.deliver(SarProcess.KEY, SarProcess.MESSAGE_EVIDENCE_RECEIVED, moved.reference());
      case CLOCK_RESUMED -> messages.deliver(SarProcess.KEY, SarProcess.MESSAGE_CLARIFICATION_RECEIVED, moved.reference());
      default -> { }
    }
  }
}
