package org.inforights.casework.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.inforights.casework.support.EngineTime;
import org.inforights.casework.support.ProcessTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A case's engine history is erased with the case at the end of its retention class, so Camunda's
 * history cleanup gives it no removal date of its own; processes without a case keep theirs.
 */
@ProcessTest
@ExtendWith(EngineTime.class)
class CaseHistoryKeptWithTheCaseTest {

  static final LocalDate TODAY = LocalDate.of(2031, 3, 3);

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;

  @BeforeEach
  void deployProbes() {
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey("history-probe").count() == 0) {
      repositoryService.createDeployment()
          .addModelInstance("history-probe-called.bpmn", Bpmn.createExecutableProcess("history-probe-called")
              .camundaHistoryTimeToLive(1).startEvent().endEvent().done())
          .addModelInstance("history-probe.bpmn", Bpmn.createExecutableProcess("history-probe")
              .camundaHistoryTimeToLive(1).startEvent().callActivity("Call").calledElement("history-probe-called")
              .endEvent().done())
          .deploy();
    }
  }

  @Test
  void aCaseProcessAndWhatItCallsHaveNoRemovalDateTheirCaseErasesThem() {
    EngineTime.today(TODAY);
    ProcessInstance instance = runtimeService.startProcessInstanceByKey("history-probe", "SAR-2031-00017");

    HistoricProcessInstance root = history(instance.getId());
    HistoricProcessInstance called =
        historyService.createHistoricProcessInstanceQuery().superProcessInstanceId(instance.getId()).singleResult();
    assertThat(root.getEndTime()).as("ended").isNotNull();
    assertThat(root.getRemovalTime()).isNull();
    assertThat(called.getRemovalTime()).isNull();
  }

  @Test
  void aProcessWithoutACaseIsRemovedAfterItsModelsTimeToLive() {
    EngineTime.today(TODAY);
    ProcessInstance instance = runtimeService.startProcessInstanceByKey("history-probe");

    HistoricProcessInstance root = history(instance.getId());
    HistoricProcessInstance called =
        historyService.createHistoricProcessInstanceQuery().superProcessInstanceId(instance.getId()).singleResult();
    Date oneDayAfterTheEnd = Date.from(root.getEndTime().toInstant().plusSeconds(24 * 3600));
    assertThat(root.getRemovalTime()).isEqualTo(oneDayAfterTheEnd);
    assertThat(called.getRemovalTime()).isEqualTo(oneDayAfterTheEnd);
  }

  @Test
  void onlyACaseReferenceCountsAsACase() {
    assertThat(CaseHistoryKeptWithTheCase.isCase("SAR-2026-00042")).isTrue();
    assertThat(CaseHistoryKeptWithTheCase.isCase("DIS-2026-00007")).isTrue();
    assertThat(CaseHistoryKeptWithTheCase.isCase("SAR-2026-42")).isFalse();
    assertThat(CaseHistoryKeptWithTheCase.isCase("digest")).isFalse();
    assertThat(CaseHistoryKeptWithTheCase.isCase(null)).isFalse();
  }

  private HistoricProcessInstance history(String id) {
    return historyService.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult();
  }
}
