package org.inforights.casework.sar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.inforights.casework.support.Api;
import org.inforights.casework.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Completing a task over Camunda's REST API, as Tasklist does: the form's rules hold on the server. */
@ApplicationTest
class TaskFormApiTest {

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  @Test
  void aValueTheFormDoesNotOfferIsRefusedWith400AndTheTaskStaysOpen() {
    Task verify = verifyIdentityTask();

    HttpResponse<String> response =
        Api.at(port)
            .as("officer")
            .post(
                "/engine-rest/task/" + verify.getId() + "/complete",
                "{\"variables\": {\"identityOutcome\": {\"value\": \"PROBABLY\"}}}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("Outcome (identityOutcome) must be one of [VERIFIED, EVIDENCE_REQUESTED]");
    assertThat(taskService.createTaskQuery().taskId(verify.getId()).count()).isEqualTo(1);
  }

  @Test
  void aMissingRequiredValueIsRefusedWith400() {
    Task verify = verifyIdentityTask();

    HttpResponse<String> response =
        Api.at(port).as("officer").post("/engine-rest/task/" + verify.getId() + "/complete", "{\"variables\": {}}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("Outcome (identityOutcome) is required");
  }

  @Test
  void aRecordOwnerCannotCompleteAnOfficersTask() {
    Task verify = verifyIdentityTask();

    HttpResponse<String> response =
        Api.at(port)
            .as("owner")
            .post(
                "/engine-rest/task/" + verify.getId() + "/complete",
                "{\"variables\": {\"identityOutcome\": {\"value\": \"VERIFIED\"}}}");

    assertThat(response.statusCode()).isEqualTo(403);
  }

  /** A SAR process started right at identity verification, as the model's tests do. */
  private Task verifyIdentityTask() {
    String instance =
        runtimeService
            .createProcessInstanceByKey(SarProcess.KEY)
            .businessKey("SAR-TEST-" + System.nanoTime())
            .startBeforeActivity(SarProcess.TASK_VERIFY_IDENTITY)
            .setVariables(Map.of("caseReference", "SAR-TEST", "dueAt", new java.util.Date()))
            .execute()
            .getId();
    return taskService.createTaskQuery().processInstanceId(instance).singleResult();
  }
}
