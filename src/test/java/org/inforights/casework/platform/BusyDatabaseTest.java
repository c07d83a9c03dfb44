package org.inforights.casework.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.RuntimeService;
import org.inforights.casework.casefile.CaseFileRepository;
import org.inforights.casework.sar.SarProcess;
import org.inforights.casework.support.Api;
import org.inforights.casework.support.ApplicationTest;
import org.inforights.casework.support.EngineTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An intake that cannot get its reference number in time, because the counter's row stays locked
 * longer than the database's lock timeout: both ways in answer 503 with a {@code Retry-After},
 * nothing is saved, and the number goes to the next intake.
 */
@ApplicationTest
@ExtendWith(EngineTime.class)
class BusyDatabaseTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SAR =
      """
      {"channel": "EMAIL",
       "requester": {"name": "Rowan Busy", "email": "rowan@example.org", "relationship": "SELF"},
       "subject": {"name": "Rowan Busy", "dateOfBirth": "2012-02-02", "cohort": "CHILD_IN_NEED"}}
      """;
  private static final String START_FORM =
      """
      {"variables": {
        "intakeChannel": {"value": "EMAIL", "type": "String"},
        "intakeRequesterName": {"value": "Rowan Busy", "type": "String"},
        "intakeRequesterEmail": {"value": "rowan@example.org", "type": "String"},
        "intakeRelationship": {"value": "SELF", "type": "String"},
        "intakeSubjectName": {"value": "Rowan Busy", "type": "String"},
        "intakeSubjectDateOfBirth": {"value": "2012-02-02", "type": "String"},
        "intakeCohort": {"value": "CHILD_IN_NEED", "type": "String"}}}
      """;

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired CaseFileRepository cases;
  @Autowired RuntimeService runtime;

  @Test
  void anIntakeThatCannotGetItsNumberInTimeIsAskedToRetryAndNothingIsSaved() throws Exception {
    EngineTime.today(LocalDate.of(2034, 2, 1));
    Api officer = Api.at(port).as("officer");
    assertThat(officer.post("/api/sars", SAR).statusCode()).isEqualTo(201); // this year's counter exists
    long casesBefore = cases.count();
    long processesBefore = runtime.createProcessInstanceQuery().processDefinitionKey(SarProcess.KEY).count();

    CountDownLatch locked = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<Void> holder =
        CompletableFuture.runAsync(
            () ->
                transactions.executeWithoutResult(
                    status -> {
                      jdbc.update(
                          "update case_reference_counter set last_number = last_number"
                              + " where case_type = 'SAR' and ref_year = 2034");
                      locked.countDown();
                      await(release);
                    }));
    assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
    HttpResponse<String> api;
    HttpResponse<String> tasklist;
    try {
      CompletableFuture<HttpResponse<String>> fromTasklist =
          CompletableFuture.supplyAsync(
              () -> officer.post("/engine-rest/process-definition/key/" + SarProcess.KEY + "/submit-form", START_FORM));
      api = officer.post("/api/sars", SAR);
      tasklist = fromTasklist.get(2, TimeUnit.MINUTES);
    } finally {
      release.countDown();
      holder.get(1, TimeUnit.MINUTES);
    }

    for (HttpResponse<String> refused : java.util.List.of(api, tasklist)) {
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
      assertThat(refused.headers().firstValue("Retry-After")).hasValue("5");
      JsonNode problem = JSON.readTree(refused.body());
      assertThat(problem.get("title").asText()).isEqualTo("Database busy");
      assertThat(problem.get("detail").asText()).contains("nothing was saved", "Try again");
      assertThat(refused.body()).doesNotContain("Rowan", "rowan@", "Exception", "case_reference_counter");
    }
    assertThat(JSON.readTree(tasklist.body()).get("message").asText())
        .as("Tasklist shows an error's message")
        .contains("Try again");
    assertThat(cases.count()).isEqualTo(casesBefore);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(SarProcess.KEY).count())
        .isEqualTo(processesBefore);

    HttpResponse<String> retried = officer.post("/api/sars", SAR);
    assertThat(retried.statusCode()).as(retried.body()).isEqualTo(201);
    assertThat(JSON.readTree(retried.body()).get("reference").asText())
        .as("the refused intakes gave their numbers back")
        .isEqualTo("SAR-2034-00002");
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(2, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
