package org.inforights.casework.sar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.inforights.casework.support.Api;
import org.inforights.casework.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Completing a task over Camunda's REST API, as Tasklist does: the form's rules hold on the server. */
@ApplicationTest
class TaskFormApiTest {

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired org.camunda.bpm.engine.HistoryService historyService;
  @Autowired org.inforights.casework.casefile.CaseFileService cases;
  @Autowired com.fasterxml.jackson.databind.ObjectMapper json;
  @Autowired org.springframework.transaction.support.TransactionTemplate transaction;

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
  void aValueOfTheWrongTypeIsRefusedWithoutEchoingIt() {
    Task verify = verifyIdentityTask();

    HttpResponse<String> response =
        Api.at(port)
            .as("officer")
            .post(
                "/engine-rest/task/" + verify.getId() + "/complete",
                "{\"variables\": {\"identityOutcome\": {\"value\": \"Jane Q Public\", \"type\": \"Integer\"}}}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).doesNotContain("Jane Q Public").contains("Integer");
  }

  @Test
  @ExtendWith(OutputCaptureExtension.class)
  void aRefusedFormIsLoggedAsInformationNotAsAnError(CapturedOutput output) {
    Task verify = verifyIdentityTask();

    HttpResponse<String> response =
        Api.at(port)
            .as("officer")
            .post(
                "/engine-rest/task/" + verify.getId() + "/complete",
                "{\"variables\": {\"identityOutcome\": {\"value\": \"PROBABLY\"}}}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(output.getOut()).contains("A form submission was refused");
    assertThat(output.getOut())
        .doesNotContain("ENGINE-16004")
        .doesNotContain("FormFieldValidationException")
        .doesNotContain("PROBABLY");
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

  @Test
  void anOfficerStartsARequestFromTheStartFormAndOpensTheFirstTaskFormAsTasklistDoes() throws Exception {
    Api officer = Api.at(port).as("officer");
    String definition = "/engine-rest/process-definition/key/" + SarProcess.KEY;

    HttpResponse<String> startForm = officer.get(definition + "/deployed-start-form");
    assertThat(startForm.statusCode()).isEqualTo(200);
    assertThat(startForm.body()).contains("intakeRequesterName", "intakeSubjectDateOfBirth");

    HttpResponse<String> started = officer.post(definition + "/submit-form", """
        {"variables": {
          "intakeChannel": {"value": "SOCIAL_WORKER", "type": "String"},
          "intakeRequesterName": {"value": "Lee Example", "type": "String"},
          "intakeRequesterEmail": {"value": "lee@example.org", "type": "String"},
          "intakeRelationship": {"value": "REPRESENTATIVE", "type": "String"},
          "intakeSubjectName": {"value": "Kim Example", "type": "String"},
          "intakeSubjectDateOfBirth": {"value": "2013-06-01", "type": "String"},
          "intakeCohort": {"value": "LOOKED_AFTER", "type": "String"}}}
        """);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    assertThat(started.body()).containsPattern("\"businessKey\":\"SAR-\\d{4}-\\d{5}\"");

    HttpResponse<String> refused = officer.post(definition + "/submit-form", """
        {"variables": {"intakeRequesterName": {"value": "Lee Example", "type": "String"}}}
        """);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("channel must not be null", "subject.name must not be blank");

    HttpResponse<String> taskForm = officer.get("/engine-rest/task/" + verifyIdentityTask().getId() + "/deployed-form");
    assertThat(taskForm.statusCode()).isEqualTo(200);
    assertThat(taskForm.body()).contains("identityOutcome");
  }

  @Test
  void aCareLeaversFormerNamesGivenOnTheStartFormAreOnTheCaseFromDayOneAndNowhereInTheProcess() throws Exception {
    Api officer = Api.at(port).as("officer");
    String definition = "/engine-rest/process-definition/key/" + SarProcess.KEY;
    assertThat(officer.get(definition + "/deployed-start-form").body()).contains("intakeFormerNames");

    HttpResponse<String> started =
        officer.post(definition + "/submit-form", careLeaverStartForm("Robin Birthname\\n\\n  Robin Fostername  \\n"));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String instance = json.readTree(started.body()).path("id").asText();
    String reference = json.readTree(started.body()).path("businessKey").asText();

    List<String> formerNames = transaction.execute(status -> List.copyOf(cases.get(reference).formerNames()));
    assertThat(formerNames).containsExactly("Robin Birthname", "Robin Fostername");
    assertThat(runtimeService.getVariables(instance)).doesNotContainKey("intakeFormerNames");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance).list())
        .noneMatch(variable -> String.valueOf(variable.getValue()).contains("Birthname"));

    HttpResponse<String> tooMany =
        officer.post(definition + "/submit-form", careLeaverStartForm("A\\nB\\nC\\nD\\nE\\nF\\nG\\nH\\nI\\nJ\\nK"));
    assertThat(tooMany.statusCode()).isEqualTo(400);
    assertThat(tooMany.body()).contains("formerNames size must be between 0 and 10");
  }

  /** A care leaver's own request as Tasklist submits the start form; {@code formerNames} JSON-escaped. */
  private static String careLeaverStartForm(String formerNames) {
    return """
        {"variables": {
          "intakeChannel": {"value": "EMAIL", "type": "String"},
          "intakeRequesterName": {"value": "Robin Leaver", "type": "String"},
          "intakeRequesterEmail": {"value": "robin@example.org", "type": "String"},
          "intakeRelationship": {"value": "SELF", "type": "String"},
          "intakeSubjectName": {"value": "Robin Leaver", "type": "String"},
          "intakeSubjectDateOfBirth": {"value": "2001-06-01", "type": "String"},
          "intakeCohort": {"value": "CARE_LEAVER", "type": "String"},
          "intakeFormerNames": {"value": "%s", "type": "String"}}}
        """.formatted(formerNames);
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
