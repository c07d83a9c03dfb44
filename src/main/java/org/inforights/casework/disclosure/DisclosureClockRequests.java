package org.inforights.casework.disclosure;

import org.inforights.casework.caseprocess.CaseMessages;
import org.inforights.casework.casefile.CaseType;
import org.inforights.casework.casefile.ClockChangedOnRequest;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A disclosure's clock moved through the API ({@code /api/cases/{ref}/clock-stops}): its process
 * follows, in the same transaction. A stop starts "The clock was stopped through the API", which
 * calls "ask the requester" to give an officer *Record the requester's answer*; an answer recorded
 * through the API ends whichever wait is open, as if it had been completed in Tasklist. The
 * process's own stops and resumptions are not announced here: it made them.
 */
@Component
class DisclosureClockRequests {

  private final CaseMessages messages;

  DisclosureClockRequests(CaseMessages messages) {
    this.messages = messages;
  }

  @EventListener
  void onClockChanged(ClockChangedOnRequest changed) {
    if (changed.type() != CaseType.DISCLOSURE) {
      return;
    }
    String message =
        switch (changed.change()) {
          case STOPPED -> DisclosureProcess.MESSAGE_CLOCK_STOPPED_ON_REQUEST;
          // version 5 waits in the called "ask the requester", which caseprocess.AnswersOnRequest
          // tells; cases still on version 4 wait in their own model, under this name
          case RESOLVED -> DisclosureProcess.MESSAGE_ANSWER_RECORDED_ON_REQUEST_V4;
        };
    messages.deliver(DisclosureProcess.KEY, message, changed.reference());
  }
}
