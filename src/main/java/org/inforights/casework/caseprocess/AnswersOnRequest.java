package org.inforights.casework.caseprocess;

import java.time.LocalDate;
import java.util.Map;
import org.inforights.casework.casefile.CaseProcessClock;
import org.inforights.casework.casefile.CaseStateConflictException;
import org.inforights.casework.casefile.CaseType;
import org.inforights.casework.casefile.ClockChangedOnRequest;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An answer recorded through the API ({@code POST /api/cases/{ref}/clock-stops/resolve}) ends the
 * case's "ask the requester" wait, whichever case type called it, as if the officer had recorded it
 * in Tasklist: the wait's step *Run the clock again* resolves the stop, in the API's transaction.
 * A wait that started before version 2 of "ask the requester" does not hear this; the API then
 * runs the clock itself, and such a wait is told afterwards under its own message name.
 */
@Component
class AnswersOnRequest implements CaseProcessClock {

  private final CaseMessages messages;

  AnswersOnRequest(CaseMessages messages) {
    this.messages = messages;
  }

  /**
   * The case's own ask has begun but not yet stopped the clock (*Stop the clock and write* waits
   * for its job): a stop through the API now would leave that job failing on a stopped clock, so it
   * is refused; once the letter has gone the case waits for the answer, which the API may record.
   */
  @Override
  public void checkStop(String reference, CaseType type) {
    if (messages.isAt(AskTheRequester.KEY, AskTheRequester.TASK_STOP_CLOCK_AND_ASK, reference)) {
      throw new CaseStateConflictException(
          "The process of " + reference + " is already stopping the clock to ask the requester (its letter is"
              + " about to go): record the answer when it comes");
    }
  }

  @Override
  public boolean resolve(String reference, CaseType type, LocalDate receivedOn) {
    return messages.deliver(
            AskTheRequester.KEY,
            AskTheRequester.MESSAGE_ANSWER_RECEIVED_ON_REQUEST,
            reference,
            Map.of(AskTheRequester.ANSWER_RECEIVED_ON, receivedOn.toString()))
        > 0;
  }

  @EventListener
  void onClockChanged(ClockChangedOnRequest changed) {
    if (changed.change() == ClockChangedOnRequest.Change.RESOLVED) {
      messages.deliver(AskTheRequester.KEY, AskTheRequester.MESSAGE_ANSWER_RECORDED_ON_REQUEST_V1, changed.reference());
    }
  }
}
