package org.inforights.casework.caseprocess;

import org.inforights.casework.casefile.ClockChangedOnRequest;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An answer recorded through the API ({@code POST /api/cases/{ref}/clock-stops/resolve}) ends the
 * case's "ask the requester" wait, whichever case type called it, as if the officer had recorded
 * it in Tasklist: in the same transaction, so that if the process cannot follow, the answer is not
 * recorded either.
 */
@Component
class AnswersOnRequest {

  private final CaseMessages messages;

  AnswersOnRequest(CaseMessages messages) {
    this.messages = messages;
  }

  @EventListener
  void onClockChanged(ClockChangedOnRequest changed) {
    if (changed.change() == ClockChangedOnRequest.Change.RESOLVED) {
      messages.deliver(AskTheRequester.KEY, AskTheRequester.MESSAGE_ANSWER_RECORDED_ON_REQUEST, changed.reference());
    }
  }
}
