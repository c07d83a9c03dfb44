package org.inforights.casework.sar;

import org.inforights.casework.caseprocess.CaseMessages;

import org.inforights.casework.casefile.CaseType;
import org.inforights.casework.casefile.ClockChangedOnRequest;
import org.inforights.casework.deadline.DeadlineMoved;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The clock moved outside the process (the REST API): the SAR process hears of it, exactly as if
 * the step had been taken in Tasklist. An extension sends the requester its notice; a stop starts
 * the process's wait for the answer (event subprocess "The clock was stopped through the API").
 * An answer recorded through the API reaches the "ask the requester" wait of any case type
 * ({@code caseprocess.AnswersOnRequest}); here only SAR cases still on version 4, whose waits
 * are drawn in their own model, hear it under their own message names.
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
      case CLOCK_RESTARTED -> messages.deliver(SarProcess.KEY, SarProcess.MESSAGE_EVIDENCE_RECEIVED_V4, moved.reference());
      case CLOCK_RESUMED -> messages.deliver(SarProcess.KEY, SarProcess.MESSAGE_CLARIFICATION_RECEIVED_V4, moved.reference());
      default -> { }
    }
  }

  @EventListener
  void onClockChanged(ClockChangedOnRequest changed) {
    if (changed.type() == CaseType.SAR && changed.change() == ClockChangedOnRequest.Change.STOPPED) {
      messages.deliver(SarProcess.KEY, SarProcess.MESSAGE_CLOCK_STOPPED_ON_REQUEST, changed.reference());
    }
  }
}
