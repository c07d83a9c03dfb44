package org.inforights.casework.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.sar.SarProcess;
import org.inforights.casework.support.Api;
import org.inforights.casework.support.EngineTime;
import org.inforights.casework.support.ProcessTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The mail server goes down while the morning digests go out: the digest not yet sent is retried
 * on its cycle, then becomes an incident an administrator retries once mail is back, and only that
 * digest is sent again; the next morning's timer is never held up.
 */
@ProcessTest
@ExtendWith(EngineTime.class)
class DigestMailOutageTest {

  @RegisterExtension
  static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

  @LocalServerPort int port;
  @Autowired ManagementService managementService;
  @Autowired RuntimeService runtimeService;
  @Autowired CaseFileService cases;

  @Test
  void aMailOutageRetriesEveryTenMinutesThenAnAdministratorRetriesTheIncidentOnceMailIsBack() throws Exception {
    // a year no other test registers cases in: references are numbered per type and year
    EngineTime.now(LocalDate.of(2043, 6, 8), LocalTime.of(7, 0)); // Monday
    // a request received two months ago: its identity check is overdue (the officers' digests) and
    // its deadline has passed (the managers')
    HttpResponse<String> created = Api.at(port).as("officer").post("/api/sars", """
        {"receivedOn": "2043-04-06", "channel": "EMAIL",
         "requester": {"name": "R", "email": "r@example.org", "relationship": "SELF"},
         "subject": {"name": "R", "dateOfBirth": "2015-01-01", "cohort": "CHILD_IN_NEED"}}
        """);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String breached = new com.fasterxml.jackson.databind.ObjectMapper().readTree(created.body()).get("reference").asText();
    String sar = runtimeService.createProcessInstanceQuery().rootProcessInstances().processInstanceBusinessKey(breached).singleResult().getId();
    managementService.executeJob(
        managementService.createJobQuery().processInstanceId(sar).activityId(SarProcess.TASK_SEND_ACKNOWLEDGEMENT).singleResult().getId());
    cases.recordBreach(breached);
    mail.purgeEmailFromAllMailboxes();
    Job timer = managementService.createJobQuery().processDefinitionKey("daily-digest").timers().singleResult();
    managementService.executeJob(timer.getId());
    assertThat(managementService.createJobQuery().processDefinitionKey("daily-digest").timers().count())
        .as("tomorrow's timer, whatever becomes of today's mail").isEqualTo(1);
    Job choose = managementService.createJobQuery().activityId("Task_SendDigests#multiInstanceBody").singleResult();
    managementService.executeJob(choose.getId());
    List<Job> sends = managementService.createJobQuery().activityId("Task_SendDigests").list();
    Job managers = sends.stream()
        .filter(job -> "breaches:manager".equals(runtimeService.getVariableLocal(job.getExecutionId(), "digestRecipient")))
        .findFirst().orElseThrow();
    // every other digest goes out before the outage
    for (Job send : sends) {
      if (!send.getId().equals(managers.getId())) {
        managementService.executeJob(send.getId());
      }
    }
    assertThat(mail.getReceivedMessages()).as("the officers' digests").isNotEmpty();
    String jobId = managers.getId();

    mail.stop();
    try {
      assertThatThrownBy(() -> managementService.executeJob(jobId)).isInstanceOf(Exception.class);
      Job retried = managementService.createJobQuery().jobId(jobId).singleResult();
      assertThat(retried.getRetries()).isEqualTo(2);
      assertThat(Duration.between(EngineTime.at(LocalDate.of(2043, 6, 8), LocalTime.of(7, 0)).toInstant(),
              retried.getDuedate().toInstant()))
          .as("R3/PT10M: the next attempt ten minutes on").isEqualTo(Duration.ofMinutes(10));
      assertThatThrownBy(() -> managementService.executeJob(jobId)).isInstanceOf(Exception.class);
      assertThatThrownBy(() -> managementService.executeJob(jobId)).isInstanceOf(Exception.class);

      Incident incident = runtimeService.createIncidentQuery().configuration(jobId).singleResult();
      assertThat(incident.getIncidentType()).isEqualTo("failedJob");
      assertThat(managementService.createJobQuery().jobId(jobId).singleResult().getRetries()).isZero();
    } finally {
      mail.start();
    }
    mail.purgeEmailFromAllMailboxes();

    HttpResponse<String> officerTries = Api.at(port).as("officer").put("/engine-rest/job/" + jobId + "/retries", "{\"retries\": 1}");
    assertThat(officerTries.statusCode()).as("only an administrator retries an incident").isEqualTo(403);
    HttpResponse<String> adminRetries = Api.at(port).as("admin").put("/engine-rest/job/" + jobId + "/retries", "{\"retries\": 1}");
    assertThat(adminRetries.statusCode()).as(adminRetries.body()).isEqualTo(204);
    managementService.executeJob(jobId);

    assertThat(managementService.createJobQuery().jobId(jobId).count()).isZero();
    assertThat(runtimeService.createIncidentQuery().configuration(jobId).count()).isZero();
    assertThat(mail.getReceivedMessages())
        .as("only the digest that failed is sent again, not those sent before the outage")
        .singleElement()
        .satisfies(message -> {
          assertThat(message.getAllRecipients()[0].toString()).isEqualTo("manager@casework.invalid");
          assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(message)).contains(breached);
        });
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("daily-digest").count())
        .as("this morning's digest finished").isZero();
  }
}
