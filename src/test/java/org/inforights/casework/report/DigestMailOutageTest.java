package org.inforights.casework.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.casefile.CaseType;
import org.inforights.casework.casefile.Cohort;
import org.inforights.casework.casefile.Relationship;
import org.inforights.casework.casefile.Requester;
import org.inforights.casework.casefile.Subject;
import org.inforights.casework.support.Api;
import org.inforights.casework.support.EngineTime;
import org.inforights.casework.support.ProcessTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The mail server is down when the morning digest goes out: the send is retried on its cycle,
 * then becomes an incident an administrator retries once mail is back; the next morning's timer
 * is never held up.
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
  void aMailOutageRetriesEveryTenMinutesThenAnAdministratorRetriesTheIncidentOnceMailIsBack() {
    // a year no other test registers cases in: references are numbered per type and year
    EngineTime.now(LocalDate.of(2043, 6, 8), LocalTime.of(7, 0)); // Monday
    String breached =
        cases.register(CaseType.SAR,
                new CaseFileService.NewCase(LocalDate.of(2043, 4, 6), "EMAIL", new Requester("R", null, Relationship.SELF),
                    new Subject("R", LocalDate.of(2015, 1, 1), Cohort.CHILD_IN_NEED), null))
            .reference();
    cases.recordBreach(breached); // so the managers' digest has something to say
    Job timer = managementService.createJobQuery().processDefinitionKey("daily-digest").timers().singleResult();
    mail.stop();
    String jobId;
    try {
      managementService.executeJob(timer.getId());
      assertThat(managementService.createJobQuery().processDefinitionKey("daily-digest").timers().count())
          .as("tomorrow's timer, whatever becomes of today's mail").isEqualTo(1);
      Job send = managementService.createJobQuery().activityId("Task_SendDigests").withRetriesLeft().singleResult();
      jobId = send.getId();

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

    HttpResponse<String> officerTries = Api.at(port).as("officer").put("/engine-rest/job/" + jobId + "/retries", "{\"retries\": 1}");
    assertThat(officerTries.statusCode()).as("only an administrator retries an incident").isEqualTo(403);
    HttpResponse<String> adminRetries = Api.at(port).as("admin").put("/engine-rest/job/" + jobId + "/retries", "{\"retries\": 1}");
    assertThat(adminRetries.statusCode()).as(adminRetries.body()).isEqualTo(204);
    managementService.executeJob(jobId);

    assertThat(managementService.createJobQuery().jobId(jobId).count()).isZero();
    assertThat(runtimeService.createIncidentQuery().configuration(jobId).count()).isZero();
    assertThat(mail.getReceivedMessagesForDomain("manager@casework.invalid"))
        .anySatisfy(message -> assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(message)).contains(breached));
  }
}
