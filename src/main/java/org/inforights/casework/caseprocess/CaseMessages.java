package org.inforights.casework.caseprocess;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.inforights.casework.platform.SystemActions;
import org.springframework.stereotype.Component;

/**
 * Delivers a message to a case's running process of one kind (SAR, disclosure), if it waits for
 * it, with the system's authority: the user's own action was checked before. The one way the API
 * tells a case's process that something happened to the case.
 */
@Component
public class CaseMessages {

  private final RuntimeService runtimeService;
  private final SystemActions systemActions;

  CaseMessages(RuntimeService runtimeService, SystemActions systemActions) {
    this.runtimeService = runtimeService;
    this.systemActions = systemActions;
  }

  /** Delivers {@code message} to the case's active {@code processKey} processes; how many executions received it. */
  public int deliver(String processKey, String message, String reference) {
    return deliver(processKey, message, reference, java.util.Map.of());
  }

  /**
   * The same, with what the message carries: {@code variables} are set in the scope the message
   * opens — the event subprocess it starts, or the scope a boundary event's flow continues in —
   * where the step that follows reads them, and nowhere else.
   */
  public int deliver(String processKey, String message, String reference, java.util.Map<String, Object> variables) {
    return systemActions.call(
        () -> {
          int delivered = 0;
          List<ProcessInstance> instances =
              runtimeService
                  .createProcessInstanceQuery()
                  .processDefinitionKey(processKey)
                  .processInstanceBusinessKey(reference)
                  .active()
                  .list();
          for (ProcessInstance instance : instances) {
            delivered +=
                runtimeService
                    .createMessageCorrelation(message)
                    .processInstanceId(instance.getId())
                    .setVariablesToTriggeredScope(variables)
                    .correlateAllWithResult()
                    .size();
          }
          return delivered;
        });
  }

  /** Whether a running {@code processKey} process of the case is at {@code activityId} now. */
  public boolean isAt(String processKey, String activityId, String reference) {
    return anyExecution(processKey, reference, query -> query.activityId(activityId));
  }

  /** Whether the case's running {@code processKey} process waits for {@code message} now. */
  public boolean waitsFor(String processKey, String message, String reference) {
    return anyExecution(processKey, reference, query -> query.messageEventSubscriptionName(message));
  }

  private boolean anyExecution(
      String processKey,
      String reference,
      java.util.function.UnaryOperator<org.camunda.bpm.engine.runtime.ExecutionQuery> narrowed) {
    return systemActions.call(
        () -> narrowed
                .apply(runtimeService.createExecutionQuery().processDefinitionKey(processKey).processInstanceBusinessKey(reference))
                .count()
            > 0);
  }
}
