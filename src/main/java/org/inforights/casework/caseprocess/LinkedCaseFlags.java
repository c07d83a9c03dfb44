package org.inforights.casework.caseprocess;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.inforights.casework.casefile.CasesLinked;
import org.inforights.casework.platform.SystemActions;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Flags a running case whose child a new case of the other type is about: its process's {@code
 * linkedCases} variable (references only), which every task form shows, so the officers of both
 * cases see each other's. The case that found the link sets its own when it registers. A possible
 * duplicate is not announced: only the new case stores it (see docs/decisions.md).
 */
@Component
class LinkedCaseFlags {

  private final RuntimeService runtimeService;
  private final SystemActions systemActions;

  LinkedCaseFlags(RuntimeService runtimeService, SystemActions systemActions) {
    this.runtimeService = runtimeService;
    this.systemActions = systemActions;
  }

  @EventListener
  public void onCasesLinked(CasesLinked linked) {
    systemActions.run(
        () -> {
          for (ProcessInstance instance :
              runtimeService.createProcessInstanceQuery().rootProcessInstances().processInstanceBusinessKey(linked.reference()).active().list()) {
            runtimeService.setVariable(instance.getId(), CaseProcess.LINKED_CASES, CaseProcess.linkedCases(linked.linkedCases()));
          }
        });
  }
}
