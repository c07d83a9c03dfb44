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
import org.inforights.casework.disclosure.DisclosureProcess;
import org.inforights.casework.sar.SarProcess;
import org.inforights.casework.support.Api;
import org.inforights.casework.support.ApplicationTest;
import org.inforights.casework.support.AsUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A task's user sets that task's form fields and nothing else: the routing facts, approval
 * counters and flags that decide where a case goes cannot be rewritten by completing a task or
 * by changing variables, over REST or the Java API.
 */
@ApplicationTest
class TaskVariablesTest {

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;

  @Test
  void anOfficerTriagingAPoliceRequestCannotRewriteItsRoutingFacts() {
    String instance = disclosureAt(DisclosureProcess.TASK_TRIAGE_REQUEST, Map.of());
    Task triage = taskService.createTaskQuery().processInstanceId(instance).singleResult();

    HttpResponse<String> response =
        Api.at(port).as("officer").post("/engine-rest/task/" + triage.getId() + "/complete", """
            {"variables": {
              "triageOutcome": {"value": "ACCEPT"},
              "necessity": {"value": "Needed to protect the children concerned"},
              "requesterType": {"value": "OTHER"},
              "sensitivity": {"value": "STANDARD"},
              "childrenScope": {"value": "ONE"}}}
            """);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("childrenScope, requesterType, sensitivity").doesNotContain("necessity,");
    assertThat(taskService.createTaskQuery().taskId(triage.getId()).count()).isEqualTo(1);
    assertThat(runtimeService.getVariables(instance))
        .containsEntry(DisclosureProcess.REQUESTER_TYPE, "POLICE")
        .containsEntry(DisclosureProcess.SENSITIVITY, "SOCIAL_WORK")
        .containsEntry(DisclosureProcess.CHILDREN_SCOPE, "BULK")
        .doesNotContainKey(DisclosureProcess.TRIAGE_OUTCOME);
  }

  @Test
  void aManagerCannotEndTheApprovalChainBeforeTheCaldicottGuardian() {
    String instance =
        disclosureAt(
            DisclosureProcess.SUBPROCESS_APPROVALS + "#multiInstanceBody",
            Map.of(DisclosureProcess.APPROVER_GROUPS, "ig-managers,caldicott-guardian", DisclosureProcess.APPROVALS, "MANAGER,CALDICOTT"));
    Task approval = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(approval.getTaskDefinitionKey()).isEqualTo(DisclosureProcess.TASK_APPROVE_DISCLOSURE);

    HttpResponse<String> response =
        Api.at(port).as("manager").post("/engine-rest/task/" + approval.getId() + "/submit-form", """
            {"variables": {
              "approvalDecision": {"value": "APPROVE"},
              "decisionReasons": {"value": "Necessary and proportionate"},
              "nrOfInstances": {"value": 1, "type": "Integer"}}}
            """);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("nrOfInstances");
    assertThat(taskService.createTaskQuery().taskId(approval.getId()).count()).isEqualTo(1);
  }

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
                    CaseProcess.LINKED_CASES, "SAR-2026-00001"))
            .execute()
            .getId();
    return taskService.createTaskQuery().processInstanceId(instance).singleResult();
  }

  /** A police request for many children's social-care records, started at {@code activity}. */
  private String disclosureAt(String activity, Map<String, Object> more) {
    return runtimeService
        .createProcessInstanceByKey(DisclosureProcess.KEY)
        .businessKey("DIS-TEST-" + System.nanoTime())
        .startBeforeActivity(activity)
        .setVariables(
            Map.of(
                DisclosureProcess.CASE_REFERENCE, "DIS-TEST",
                "dueAt", new Date(),
                DisclosureProcess.REQUESTER_TYPE, "POLICE",
                DisclosureProcess.SENSITIVITY, "SOCIAL_WORK",
                DisclosureProcess.CHILDREN_SCOPE, "BULK",
                DisclosureProcess.URGENCY, "ROUTINE"))
        .setVariables(more)
        .execute()
        .getId();
  }
}
