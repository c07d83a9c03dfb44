package org.inforights.casework.sar;

import org.camunda.bpm.engine.RuntimeService;
import org.inforights.casework.deadline.DeadlineMoved;
import org.inforights.casework.platform.SystemActions;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The clock moved outside the process (the REST API): the SAR process hears of it, exactly as if
 * the step had been taken in Tasklist. An extension sends the requester its notice; evidence
 * recorded elsewhere ends the wait for it.
 */
@Component
class SarClockEvents {

  private final RuntimeService runtimeService;
  private final SystemActions systemActions;

  SarClockEvents(RuntimeService runtimeService, SystemActions systemActions) {
    this.runtimeService = runtimeService;
    this.systemActions = systemActions;
  }

  @EventListener
  void onDeadlineMoved(DeadlineMoved moved) {
    String message =
        switch (moved.cause()) {
          case EXTENDED -> SarProcess.MESSAGE_EXTENSION_DECIDED;
          case CLOCK_RESTARTED -> SarProcess.MESSAGE_EVIDENCE_RECEIVED;
          default -> null;
        };
    if (message != null) {
      systemActions.run(
          () ->
              runtimeService
                  .createMessageCorrelation(message)
                  .processDefinitionKey(SarProcess.KEY)
                  .processInstanceBusinessKey(moved.reference())
                  .correlateAllWithResult());
    }
  }
}
