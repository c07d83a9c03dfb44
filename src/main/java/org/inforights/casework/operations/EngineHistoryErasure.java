package org.inforights.casework.operations;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.inforights.casework.casefile.CaseFile;
import org.inforights.casework.casefile.PersonalDataEraser;
import org.inforights.casework.platform.SystemActions;
import org.springframework.stereotype.Component;

/**
 * The engine's history of an erased case: every process instance with the case's reference as its
 * business key (the case's own process, its breach review, its internal review) with its tasks,
 * variables, activities, incidents, decisions and operation log. A case is held back while any of
 * those processes still runs.
 *
 * <p>Processes without a case (the daily digest, the retention sweep itself) are left to Camunda's
 * history cleanup, which removes them after their model's {@code historyTimeToLive}.
 */
@Component
class EngineHistoryErasure implements PersonalDataEraser {

  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final SystemActions system;

  EngineHistoryErasure(RuntimeService runtimeService, HistoryService historyService, SystemActions system) {
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.system = system;
  }

  @Override
  public boolean mayErase(CaseFile closedCase) {
    return system.call(
        () -> runtimeService.createProcessInstanceQuery().rootProcessInstances().processInstanceBusinessKey(closedCase.reference()).count() == 0);
  }

  @Override
  public void erase(CaseFile closedCase) {
    system.run(
        () -> {
          List<String> finished =
              historyService.createHistoricProcessInstanceQuery()
                  .processInstanceBusinessKey(closedCase.reference())
                  .finished()
                  .list()
                  .stream()
                  .map(HistoricProcessInstance::getId)
                  .toList();
          if (!finished.isEmpty()) {
            historyService.deleteHistoricProcessInstancesIfExists(finished);
          }
        });
  }
}
