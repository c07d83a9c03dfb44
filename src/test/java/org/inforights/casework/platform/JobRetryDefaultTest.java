package org.inforights.casework.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.inforights.casework.support.EngineTime;
import org.inforights.casework.support.ProcessTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A failing job with no retry rhythm of its own in its model is retried as every job is
 * ({@code failed-job-retry-time-cycle}): twice more, ten minutes apart, then an incident.
 */
@ProcessTest
@ExtendWith(EngineTime.class)
class JobRetryDefaultTest {

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;

  @Test
  void aJobWithoutItsOwnCycleIsRetriedTwiceTenMinutesApartThenRaisesAnIncident() {
    EngineTime.today(LocalDate.of(2031, 6, 2));
    repositoryService.createDeployment()
        .addModelInstance("retry-probe.bpmn", Bpmn.createExecutableProcess("retry-probe")
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .serviceTask("Task_Fails").camundaAsyncBefore().camundaDelegateExpression("${sendLetter}")
            .endEvent()
            .done())
        .deploy();
    String instance = runtimeService.startProcessInstanceByKey("retry-probe").getId();

    Job job = job(instance);
    assertThat(fail(job).getRetries()).isEqualTo(2);
    job = job(instance);
    assertThat(Duration.between(ClockUtil.getCurrentTime().toInstant(), job.getDuedate().toInstant())).isEqualTo(Duration.ofMinutes(10));
    assertThat(fail(job).getRetries()).isEqualTo(1);
    assertThat(fail(job(instance)).getRetries()).isZero();
    assertThat(runtimeService.createIncidentQuery().processInstanceId(instance).count()).isEqualTo(1);
  }

  private Job fail(Job job) {
    try {
      managementService.executeJob(job.getId());
    } catch (RuntimeException expected) {
      // a letter for no case: the step fails each time
    }
    return job(job.getProcessInstanceId());
  }

  private Job job(String instance) {
    return managementService.createJobQuery().processInstanceId(instance).singleResult();
  }
}
