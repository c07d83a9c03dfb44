package org.inforights.casework.disclosure;

import java.time.LocalDate;
import org.inforights.casework.casefile.CaseProcessClock;
import org.inforights.casework.casefile.CaseType;
import org.inforights.casework.casefile.ClockChangedOnRequest;
import org.inforights.casework.casefile.ClockStopReason;
import org.inforights.casework.caseprocess.AskTheRequester;
import org.inforights.casework.caseprocess.CaseMessages;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A stop of a disclosure's clock asked for through the API ({@code POST /api/cases/{ref}/clock-stops}),
 * taken by its process: *The clock was stopped through the API* calls "ask the requester", which
 * stops the clock and gives an officer *Record the requester's answer*. An answer recorded through
 * the API ends whichever wait is open ({@code caseprocess.AnswersOnRequest}).
 *
 * <p>Cases still on versions 4 and 5 do not take the stop; the API stops their clock itself and they
 * are told afterwards here, under their own message names.
 */
@Component
class DisclosureClockRequests implements CaseProcessClock {

  private final CaseMessages messages;

  DisclosureClockRequests(CaseMessages messages) {
    this.messages = messages;
  }

  @Override
  public boolean stop(String reference, CaseType type, ClockStopReason reason, LocalDate askedOn) {
    return type == CaseType.DISCLOSURE
        && messages.deliver(
                DisclosureProcess.KEY,
                DisclosureProcess.MESSAGE_CLOCK_STOP_REQUESTED,
                reference,
                AskTheRequester.stopAskedOnRequest(reason, askedOn))
            > 0;
  }

  @EventListener
  void onClockChanged(ClockChangedOnRequest changed) {
    if (changed.type() != CaseType.DISCLOSURE) {
      return;
    }
    String message =
        switch (changed.change()) {
          case STOPPED -> DisclosureProcess.MESSAGE_CLOCK_STOPPED_ON_REQUEST_V5;
          // later versions wait in the called "ask the requester", which caseprocess.AnswersOnRequest
          // tells; cases still on version 4 wait in their own model, under this name
          case RESOLVED -> DisclosureProcess.MESSAGE_ANSWER_RECORDED_ON_REQUEST_V4;
        };
    messages.deliver(DisclosureProcess.KEY, message, changed.reference());
  }
}
