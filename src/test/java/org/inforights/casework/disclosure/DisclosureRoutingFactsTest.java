package org.inforights.casework.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.inforights.casework.casefile.CaseFile;
import org.inforights.casework.deadline.process.ProcessDeadlines;
import org.inforights.casework.support.Api;
import org.inforights.casework.support.ApplicationTest;
import org.inforights.casework.support.AsUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The facts that route a disclosure request and the approval chain they produce are the
 * application's: completing a task with extra variables cannot make a police request for many
 * children's social-work records a manager's decision alone, nor end the approvals before the
 * Caldicott Guardian.
 */
@ApplicationTest
class DisclosureRoutingFactsTest {

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired DisclosureCases disclosures;
  @Autowired ProcessDeadlines deadlines;

  @Test
  void anOfficerTriagingAPoliceRequestCannotRewriteItsRoutingFacts() {
    String instance = policeRequestForManyChildrenAt(DisclosureProcess.TASK_TRIAGE_REQUEST);
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
    // the table routes a police request about several children's social-work records to an
    // officer, a manager and the Caldicott Guardian in turn
    String instance = startedAt(DisclosureProcess.TASK_DECIDE_ROUTING, policeRequestAboutSeveralChildren());
    Task first = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(first.getTaskDefinitionKey()).isEqualTo(DisclosureProcess.TASK_APPROVE_DISCLOSURE);
    AsUser.complete(identityService, taskService, first, "officer",
        Map.of(DisclosureProcess.APPROVAL_DECISION, "APPROVE", DisclosureProcess.DECISION_REASONS, "Necessary"));
    Task managers = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(managers.getTaskDefinitionKey()).isEqualTo(DisclosureProcess.TASK_APPROVE_DISCLOSURE);

    HttpResponse<String> response =
        Api.at(port).as("manager").post("/engine-rest/task/" + managers.getId() + "/submit-form", """
            {"variables": {
              "approvalDecision": {"value": "APPROVE"},
              "decisionReasons": {"value": "Necessary and proportionate"},
              "nrOfInstances": {"value": 1, "type": "Integer"}}}
            """);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("nrOfInstances");
    assertThat(taskService.createTaskQuery().taskId(managers.getId()).count()).isEqualTo(1);
  }

  @Test
  void theConditionsSetSoFarMayComeBackWithAnApprovalOnlyUnchanged() {
    String instance = startedAt(DisclosureProcess.TASK_DECIDE_ROUTING, policeRequestAboutSeveralChildren());
    Task first = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    String approve = "/engine-rest/task/" + first.getId() + "/submit-form";
    String body = """
        {"variables": {
          "approvalDecision": {"value": "APPROVE"},
          "decisionReasons": {"value": "Necessary"},
          "disclosureConditions": {"value": "%s"}}}
        """;

    HttpResponse<String> changed = Api.at(port).as("officer").post(approve, body.formatted("None needed"));
    HttpResponse<String> unchanged = Api.at(port).as("officer").post(approve, body.formatted(""));

    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(400);
    assertThat(changed.body()).contains("disclosureConditions");
    assertThat(unchanged.statusCode()).as(unchanged.body()).isEqualTo(204);
  }

  /** A registered police request for 40 children's social-work records, its process at {@code activity}. */
  private String policeRequestForManyChildrenAt(String activity) {
    return startedAt(
        activity,
        DisclosureRequests.bulk(
            DisclosureRequests.police(PoliceRank.INSPECTOR), 40, Sensitivity.SOCIAL_WORK, LegalBasis.CRIME_AND_TAXATION));
  }

  private static NewDisclosureRequest policeRequestAboutSeveralChildren() {
    NewDisclosureRequest one =
        DisclosureRequests.aboutOneChild(
            DisclosureRequests.police(PoliceRank.INSPECTOR), "Robin Ash", LocalDate.of(2012, 5, 17), Sensitivity.SOCIAL_WORK, Urgency.ROUTINE);
    return new NewDisclosureRequest(
        one.receivedOn(), one.requester(), one.legalBasis(), one.legalBasisDetail(), one.purpose(), one.dataRequested(),
        one.dataCategories(), ChildrenScope.SEVERAL,
        List.of(one.children().get(0), new NewDisclosureRequest.ChildDetails("Sam Ash", LocalDate.of(2014, 9, 2))),
        null, one.sensitivity(), one.securityArrangements(), one.retentionArrangements(), one.urgency());
  }

  /** The request registered, its process started at {@code activity} with the case's facts. */
  private String startedAt(String activity, NewDisclosureRequest request) {
    CaseFile file = disclosures.register(request);
    Map<String, Object> facts = new HashMap<>(disclosures.routingFacts(file.reference()));
    facts.put(DisclosureProcess.CASE_REFERENCE, file.reference());
    facts.putAll(deadlines.variables(file.dueOn(), file.dueOnExplanation(), file.receivedOn()));
    return runtimeService
        .createProcessInstanceByKey(DisclosureProcess.KEY)
        .businessKey(file.reference())
        .startBeforeActivity(activity)
        .setVariables(facts)
        .execute()
        .getId();
  }
}
