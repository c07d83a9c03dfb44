package org.inforights.casework.sar;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.inforights.casework.platform.SystemActions;
import org.springframework.stereotype.Component;

/**
 * Delivers a message to a case's running SAR process, if it waits for it, with the system's
 * authority (the user's own action was checked before). Returns how many executions received it.
 */
@Component
class SarMessages {

  private final RuntimeService runtimeService;
  private final SystemActions systemActions;

  SarMessages(RuntimeService runtimeService, SystemActions systemActions) {
    this.runtimeService = runtimeService;
    this.systemActions = systemActions;
  }

  int deliver(String message, String reference) {
    return systemActions.call(
        () -> {
          int delivered = 0;
          List<ProcessInstance> instances =
              runtimeService
                  .createProcessInstanceQuery()
                  .processDefinitionKey(SarProcess.KEY)
                  .processInstanceBusinessKey(reference)
                  .active()
                  .list();
          for (ProcessInstance instance : instances) {
            delivered +=
                runtimeService
                    .createMessageCorrelation(message)
                    .processInstanceId(instance.getId())
                    .correlateAllWithResult()
                    .size();
          }
          return delivered;
        });
  }

  /** Whether the case's running SAR process waits for {@code message} now. */
  boolean waitsFor(String message, String reference) {
    return systemActions.call(
        () -> runtimeService
                .createExecutionQuery()
                .processDefinitionKey(SarProcess.KEY)
                .processInstanceBusinessKey(reference)
                .messageEventSubscriptionName(message)
                .count()
            > 0);
  }
}
