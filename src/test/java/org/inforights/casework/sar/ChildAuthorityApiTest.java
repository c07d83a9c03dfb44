package org.inforights.casework.sar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.inforights.casework.support.Api;
import org.inforights.casework.support.ApplicationTest;
import org.inforights.casework.support.EngineTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The children's-law steps over Camunda's REST API, as Tasklist completes them: a value the law does
 * not allow is a 400 naming the field and the task stays open; what is recorded is in the case file,
 * on the Case tab for the groups that need it, and not in the process.
 */
@ApplicationTest
@ExtendWith(EngineTime.class)
class ChildAuthorityApiTest {

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ObjectMapper json;

  @BeforeEach
  void today() {
    EngineTime.today(LocalDate.of(2026, 3, 9));
  }

  @Test
  void aBirthParentOfAnAdoptedChildIsRefusedWith400AndTheRecordShowsOnTheCaseTabToOfficersNotRecordOwners()
      throws Exception {
    Api officer = Api.at(port).as("officer");
    HttpResponse<String> registered = officer.post("/api/sars", """
        {"receivedOn": "2026-03-09", "channel": "SOCIAL_WORKER",
         "requester": {"name": "Alex Parent", "email": "alex@example.org", "relationship": "PARENT"},
         "subject": {"name": "Robin Adopted", "dateOfBirth": "2015-02-02", "cohort": "LOOKED_AFTER"},
         "intermediary": {"name": "Pat Worker", "organisation": "Adoption team", "receivedOn": "2026-03-05"}}
        """);
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    String reference = json.readTree(registered.body()).get("reference").asText();
    Task verify = verifyTask(reference);

    HttpResponse<String> refused = officer.post("/engine-rest/task/" + verify.getId() + "/complete", """
        {"variables": {"identityOutcome": {"value": "VERIFIED"},
                       "personalPrBasis": {"value": "BIRTH_MOTHER"},
                       "personalChildLegalStatus": {"value": "ADOPTED"}}}
        """);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("personalPrBasis cannot be BIRTH_MOTHER for an adopted child");
    assertThat(taskService.createTaskQuery().taskId(verify.getId()).count()).isEqualTo(1);

    HttpResponse<String> verified = officer.post("/engine-rest/task/" + verify.getId() + "/complete", """
        {"variables": {"identityOutcome": {"value": "VERIFIED"},
                       "personalPrBasis": {"value": "NONE"},
                       "personalChildLegalStatus": {"value": "ADOPTED"}}}
        """);
    assertThat(verified.statusCode()).as(verified.body()).isEqualTo(204);
    Task competence = taskService.createTaskQuery().processInstanceBusinessKey(reference)
        .taskDefinitionKey(SarProcess.TASK_ASSESS_COMPETENCE).singleResult();
    assertThat(competence).isNotNull();
    HttpResponse<String> notCompetent = officer.post("/engine-rest/task/" + competence.getId() + "/complete", """
        {"variables": {"competenceOutcome": {"value": "CHILD_NOT_COMPETENT"}}}
        """);
    assertThat(notCompetent.statusCode()).isEqualTo(400);
    assertThat(notCompetent.body()).contains("personalBestInterestsReason is required");
    assertThat(runtimeService.getVariables(competence.getProcessInstanceId()))
        .doesNotContainKeys(SarProcess.PR_BASIS, SarProcess.CHILD_LEGAL_STATUS);

    JsonNode workspace = json.readTree(officer.get("/api/cases/" + reference + "/workspace").body());
    assertThat(workspace.at("/authority/intermediary/name").asText()).isEqualTo("Pat Worker");
    assertThat(workspace.at("/authority/child/parentalResponsibility").asText()).isEqualTo("NONE");
    assertThat(workspace.at("/authority/child/legalStatus").asText()).isEqualTo("ADOPTED");
    assertThat(workspace.at("/requester/name").asText()).isEqualTo("Alex Parent");
    assertThat(workspace.at("/clock/receivedOn").asText()).isEqualTo("2026-03-05");
    taskService.addCandidateGroup(competence.getId(), "record-owners");
    JsonNode owners = json.readTree(Api.at(port).as("owner").get("/api/cases/" + reference + "/workspace").body());
    assertThat(owners.has("authority")).isFalse();
  }

  /** The case's process, started at identity verification as the model's own tests start it. */
  private Task verifyTask(String reference) {
    runtimeService.createProcessInstanceQuery().rootProcessInstances().processInstanceBusinessKey(reference).list()
        .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "started again at verification"));
    String instance =
        runtimeService
            .createProcessInstanceByKey(SarProcess.KEY)
            .businessKey(reference)
            .startBeforeActivity(SarProcess.TASK_VERIFY_IDENTITY)
            .setVariables(Map.of(SarProcess.CASE_REFERENCE, reference, "dueAt", new Date(),
                SarProcess.COMPETENCE_CHECK_NEEDED, true, SarProcess.CLARIFICATION_NEEDED, false,
                SarProcess.RECORDS_SYSTEMS, "Mosaic", SarProcess.SEARCH_DUE_AT, new Date()))
            .execute()
            .getId();
    return taskService.createTaskQuery().processInstanceId(instance).singleResult();
  }
}
