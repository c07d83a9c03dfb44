package org.inforights.casework.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.task.Task;
import org.inforights.casework.caseprocess.CaseProcess;
import org.inforights.casework.sar.SarProcess;
import org.inforights.casework.support.Api;
import org.inforights.casework.support.ApplicationTest;
import org.inforights.casework.support.AsUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A task's user sets that task's form fields and nothing else: the flags that decide where a case
 * goes cannot be rewritten by completing a task or by changing variables, over REST or the Java
 * API (the disclosure's routing facts and approval chain: {@code DisclosureRoutingFactsTest}).
 */
@ApplicationTest
class TaskVariablesTest {

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;

  @Test
  void anOfficerCannotSkipTheCompetenceAssessmentOfAParentsRequest() {
    Task verify = sarVerifyIdentity();

    HttpResponse<String> response =
        Api.at(port).as("officer").post("/engine-rest/task/" + verify.getId() + "/complete", """
            {"variables": {
              "identityOutcome": {"value": "VERIFIED"},
              "competenceCheckNeeded": {"value": false, "type": "Boolean"}}}
            """);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("competenceCheckNeeded");
    assertThat(taskService.createTaskQuery().taskId(verify.getId()).count()).isEqualTo(1);
    assertThat(runtimeService.getVariable(verify.getProcessInstanceId(), SarProcess.COMPETENCE_CHECK_NEEDED)).isEqualTo(true);
  }

  @Test
  void theJavaApiRefusesTheSameAsTheRestApi() {
    Task verify = sarVerifyIdentity();

    assertThatThrownBy(
            () ->
                AsUser.complete(identityService, taskService, verify, "officer",
                    Map.of(SarProcess.IDENTITY_OUTCOME, "VERIFIED", SarProcess.COMPETENCE_CHECK_NEEDED, false)))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("competenceCheckNeeded");
    assertThat(taskService.createTaskQuery().taskId(verify.getId()).count()).isEqualTo(1);
  }

  @Test
  void anOfficerCannotOverwriteTheLinkedCasesThroughATasksVariables() {
    Task verify = sarVerifyIdentity();
    Api officer = Api.at(port).as("officer");

    HttpResponse<String> put =
        officer.put("/engine-rest/task/" + verify.getId() + "/variables/linkedCases", "{\"value\": \"\", \"type\": \"String\"}");
    HttpResponse<String> local =
        officer.post("/engine-rest/task/" + verify.getId() + "/localVariables",
            "{\"modifications\": {\"linkedCases\": {\"value\": \"\"}}}");
    HttpResponse<String> delete = officer.send("DELETE", "/engine-rest/task/" + verify.getId() + "/variables/linkedCases");

    assertThat(List.of(put.statusCode(), local.statusCode(), delete.statusCode())).as(put.body()).containsOnly(400);
    assertThat(put.body()).contains("linkedCases");
    assertThat(runtimeService.getVariable(verify.getProcessInstanceId(), CaseProcess.LINKED_CASES)).isEqualTo("SAR-2026-00001");
  }

  @Test
  void aTaskVariableOfItsOwnFormMayStillBeSet() {
    Task verify = sarVerifyIdentity();

    HttpResponse<String> put =
        Api.at(port).as("officer").put("/engine-rest/task/" + verify.getId() + "/localVariables/identityOutcome",
            "{\"value\": \"VERIFIED\", \"type\": \"String\"}");

    assertThat(put.statusCode()).as(put.body()).isEqualTo(204);
  }

  @Test
  void anOfficerCannotEndTheCaseByThrowingAnErrorFromTheirTask() {
    Task verify = sarVerifyIdentity();

    HttpResponse<String> error =
        Api.at(port).as("officer").post("/engine-rest/task/" + verify.getId() + "/bpmnError", "{\"errorCode\": \"DONE\"}");
    HttpResponse<String> escalation =
        Api.at(port).as("officer").post("/engine-rest/task/" + verify.getId() + "/bpmnEscalation", "{\"escalationCode\": \"DONE\"}");

    assertThat(error.statusCode()).as(error.body()).isEqualTo(400);
    assertThat(escalation.statusCode()).as(escalation.body()).isEqualTo(400);
    assertThat(taskService.createTaskQuery().taskId(verify.getId()).count()).isEqualTo(1);
  }

  @Test
  void processVariablesAreNotChangedDirectlyExceptByAnAdministrator() {
    Task verify = sarVerifyIdentity();
    String instance = verify.getProcessInstanceId();
    String body = "{\"modifications\": {\"linkedCases\": {\"value\": \"\"}}}";

    HttpResponse<String> manager = Api.at(port).as("manager").post("/engine-rest/process-instance/" + instance + "/variables", body);
    HttpResponse<String> message =
        Api.at(port).as("officer").post("/engine-rest/message", """
            {"messageName": "WithdrawalRequested", "processInstanceId": "%s",
             "processVariables": {"competenceCheckNeeded": {"value": false, "type": "Boolean"}}}
            """.formatted(instance));

    assertThat(manager.statusCode()).as(manager.body()).isEqualTo(400);
    assertThat(message.statusCode()).as(message.body()).isEqualTo(400);
    assertThat(runtimeService.getVariable(instance, CaseProcess.LINKED_CASES)).isEqualTo("SAR-2026-00001");

    HttpResponse<String> admin = Api.at(port).as("admin").post("/engine-rest/process-instance/" + instance + "/variables", body);
    assertThat(admin.statusCode()).as(admin.body()).isEqualTo(204);
  }

  /** A parent's request at identity verification, with a competence check due and a linked case. */
  private Task sarVerifyIdentity() {
    String instance =
        runtimeService
            .createProcessInstanceByKey(SarProcess.KEY)
            .businessKey("SAR-TEST-" + System.nanoTime())
            .startBeforeActivity(SarProcess.TASK_VERIFY_IDENTITY)
            .setVariables(
                Map.of(
                    SarProcess.CASE_REFERENCE, "SAR-TEST",
                    "dueAt", new Date(),
                    SarProcess.COMPETENCE_CHECK_NEEDED, true,
                    SarProcess.CLARIFICATION_NEEDED, false,
                    SarProcess.SERIOUS_HARM_CONSULTATION_NEEDED, false,
                    SarProcess.RECORDS_SYSTEMS, "Social care",
                    SarProcess.SEARCH_DUE_AT, new Date(),
                    CaseProcess.LINKED_CASES, "SAR-2026-00001"))
            .execute()
            .getId();
    return taskService.createTaskQuery().processInstanceId(instance).singleResult();
  }
}
