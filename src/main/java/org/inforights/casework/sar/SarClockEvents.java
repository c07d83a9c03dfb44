package org.inforights.casework.sar;

import java.time.LocalDate;
import java.util.Map;
import org.inforights.casework.casefile.CaseProcessClock;
import org.inforights.casework.casefile.CaseType;
import org.inforights.casework.casefile.ClockChangedOnRequest;
import org.inforights.casework.casefile.ClockStopReason;
import org.inforights.casework.casefile.ExtensionGround;
import org.inforights.casework.caseprocess.AskTheRequester;
import org.inforights.casework.caseprocess.CaseMessages;
import org.inforights.casework.deadline.DeadlineMoved;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What the API asks of a SAR's clock, taken by its process: a stop starts the event subprocess
 * *The clock was stopped through the API*, whose call of "ask the requester" stops the clock and
 * waits for the answer; an extension starts *Extended through the API*, which extends the case and
 * tells the requester. (An answer recorded through the API reaches the "ask the requester" wait of
 * any case type: {@code caseprocess.AnswersOnRequest}.)
 *
 * <p>Cases still on versions 4 and 5 hear none of these; the API changes their clock itself and they
 * are told afterwards, under their own message names, here.
 */
@Component
class SarClockEvents implements CaseProcessClock {

  private final CaseMessages messages;

  SarClockEvents(CaseMessages messages) {
    this.messages = messages;
  }

  @Override
  public boolean stop(String reference, CaseType type, ClockStopReason reason, LocalDate askedOn) {
    return type == CaseType.SAR
        && messages.deliver(
                SarProcess.KEY,
                SarProcess.MESSAGE_CLOCK_STOP_REQUESTED,
                reference,
                AskTheRequester.stopAskedOnRequest(reason, askedOn))
            > 0;
  }

  @Override
  public boolean extend(String reference, CaseType type, ExtensionGround ground, String reason) {
    return type == CaseType.SAR
        && messages.deliver(
                SarProcess.KEY,
                SarProcess.MESSAGE_EXTENSION_REQUESTED,
                reference,
                Map.of(SarProcess.EXTENSION_GROUND, ground.name(), SarProcess.EXTENSION_REASON, reason))
            > 0;
  }

  @EventListener
  void onDeadlineMoved(DeadlineMoved moved) {
    switch (moved.cause()) {
      case EXTENDED -> messages.deliver(SarProcess.KEY, SarProcess.MESSAGE_EXTENSION_DECIDED_V5, moved.reference());
      case CLOCK_RESTARTED -> messages.deliver(SarProcess.KEY, SarProcess.MESSAGE_EVIDENCE_RECEIVED_V4, moved.reference());
      case CLOCK_RESUMED -> messages.deliver(SarProcess.KEY, SarProcess.MESSAGE_CLARIFICATION_RECEIVED_V4, moved.reference());
      default -> { }
    }
  }

  @EventListener
  void onClockChanged(ClockChangedOnRequest changed) {
    if (changed.type() == CaseType.SAR && changed.change() == ClockChangedOnRequest.Change.STOPPED) {
      messages.deliver(SarProcess.KEY, SarProcess.MESSAGE_CLOCK_STOPPED_ON_REQUEST_V5, changed.reference());
    }
  }
}
