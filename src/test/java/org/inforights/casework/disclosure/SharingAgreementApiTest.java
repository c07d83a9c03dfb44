package org.inforights.casework.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.task.Task;
import org.inforights.casework.support.Api;
import org.inforights.casework.support.ApplicationTest;
import org.inforights.casework.support.AsUser;
import org.inforights.casework.support.EngineTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The DPO's standing sharing agreements through the API (create, list, read, update, end; who may;
 * bad input named), a request made under one (one approver), and the review date reaching the DPO
 * as a Tasklist task on a controlled clock.
 */
@ApplicationTest
@ExtendWith(EngineTime.class)
class SharingAgreementApiTest {

  static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

  static final String TERMS =
      """
      {"title": "Police routine child-protection enquiries", "parties": "The council; Example Constabulary",
       "partnerType": "POLICE", "purpose": "Checks during s47 enquiries", "dataShared": "Whether a child is known",
       "lawfulBasis": "SAFEGUARDING", "lawfulBasisDetail": "DPA 2018 Sch 1 para 18",
       "startsOn": "%s", "reviewOn": "%s"}
      """;

  static final String REQUEST =
      """
      {"receivedOn": "2026-06-01",
       "requester": {"type": "POLICE", "organisation": "Example Constabulary", "officerName": "DC Alex Reed",
                     "role": "Detective Constable", "email": "alex.reed@police.example",
                     "authorisingOfficerName": "Insp. Jo Hart", "authorisingOfficerRank": "INSPECTOR"},
       "legalBasis": "SAFEGUARDING", "purpose": "s47 enquiry",
       "dataRequested": "Whether the child is known", "dataCategories": ["SOCIAL_CARE"],
       "childrenScope": "ONE", "children": [{"name": "Lou Fern", "dateOfBirth": "2015-04-05"}],
       "sensitivity": "SOCIAL_WORK", "securityArrangements": "Secure e-mail",
       "retentionArrangements": "Life of the enquiry", "urgency": "ROUTINE", "sharingAgreementId": %d}
      """;

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired SharingAgreementRepository agreements;
  @Autowired SharingAgreementReviewSweep sweep;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired IdentityService identityService;

  private final List<Long> created = new ArrayList<>();

  @BeforeEach
  void today() {
    EngineTime.today(TODAY);
  }

  /** Ends what the test made and removes its review tasks, so other tests' sweeps and task lists are as they were. */
  @AfterEach
  void endTheTestsAgreements() {
    for (Long id : created) {
      api("dpo").post("/api/sharing-agreements/" + id + "/end", "{\"reason\": \"test over\"}");
    }
    runtimeService.createProcessInstanceQuery().processDefinitionKey(SharingAgreements.REVIEW_PROCESS_KEY).list()
        .forEach(review -> runtimeService.deleteProcessInstance(review.getId(), "test over"));
  }

  @Test
  void theDpoCreatesListsReadsUpdatesAndEndsAnAgreementWhichTheTeamMayOnlyRead() throws Exception {
    HttpResponse<String> made = api("dpo").post("/api/sharing-agreements", TERMS.formatted("2026-01-01", "2027-01-01"));
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    JsonNode agreement = json.readTree(made.body());
    long id = agreement.get("id").asLong();
    created.add(id);
    assertThat(made.headers().firstValue("Location")).hasValue("/api/sharing-agreements/" + id);
    assertThat(agreement.get("lawfulBasisCitation").asText()).startsWith("Safeguarding children");
    assertThat(agreement.get("changedBy").asText()).isEqualTo("dpo");

    HttpResponse<String> listed = api("officer").get("/api/sharing-agreements");
    assertThat(listed.statusCode()).isEqualTo(200);
    assertThat(listed.body()).contains("\"id\":" + id);
    assertThat(json.readTree(api("manager").get("/api/sharing-agreements/" + id).body()).get("title").asText())
        .isEqualTo("Police routine child-protection enquiries");

    assertThat(api("officer").post("/api/sharing-agreements", TERMS.formatted("2026-01-01", "2027-01-01")).statusCode())
        .isEqualTo(403);
    assertThat(api("manager").put("/api/sharing-agreements/" + id, TERMS.formatted("2026-01-01", "2027-06-01")).statusCode())
        .isEqualTo(403);
    assertThat(api("guardian").get("/api/sharing-agreements").statusCode()).isEqualTo(403);

    HttpResponse<String> reviewed = api("dpo").put("/api/sharing-agreements/" + id, TERMS.formatted("2026-01-01", "2027-06-01"));
    assertThat(reviewed.statusCode()).as(reviewed.body()).isEqualTo(200);
    assertThat(json.readTree(reviewed.body()).get("reviewOn").asText()).isEqualTo("2027-06-01");

    HttpResponse<String> ended = api("dpo").post("/api/sharing-agreements/" + id + "/end", "{\"reason\": \"Replaced by the MASH agreement\"}");
    assertThat(ended.statusCode()).as(ended.body()).isEqualTo(200);
    assertThat(json.readTree(ended.body()).get("endedOn").asText()).isEqualTo("2026-06-01");
    assertThat(api("dpo").post("/api/sharing-agreements/" + id + "/end", "{\"reason\": \"again\"}").statusCode()).isEqualTo(409);
    assertThat(api("dpo").put("/api/sharing-agreements/" + id, TERMS.formatted("2026-01-01", "2027-06-01")).statusCode())
        .isEqualTo(409);
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndSavesNothing() throws Exception {
    long before = agreements.count();
    HttpResponse<String> noPurpose = api("dpo").post("/api/sharing-agreements",
        TERMS.formatted("2026-01-01", "2027-01-01").replace("\"purpose\": \"Checks during s47 enquiries\",", ""));
    assertThat(noPurpose.statusCode()).isEqualTo(400);
    assertThat(noPurpose.body()).contains("purpose");

    HttpResponse<String> reviewBeforeStart = api("dpo").post("/api/sharing-agreements", TERMS.formatted("2026-01-01", "2025-12-31"));
    assertThat(reviewBeforeStart.statusCode()).isEqualTo(400);
    assertThat(reviewBeforeStart.body()).contains("reviewOn");

    HttpResponse<String> unknownPartner = api("dpo").post("/api/sharing-agreements",
        TERMS.formatted("2026-01-01", "2027-01-01").replace("\"POLICE\"", "\"JOURNALIST\""));
    assertThat(unknownPartner.statusCode()).isEqualTo(400);
    assertThat(unknownPartner.body()).contains("partnerType");

    HttpResponse<String> badDate = api("dpo").post("/api/sharing-agreements", TERMS.formatted("2026-13-01", "2027-01-01"));
    assertThat(badDate.statusCode()).isEqualTo(400);
    assertThat(badDate.body()).contains("startsOn");
    assertThat(agreements.count()).isEqualTo(before);

    assertThat(api("dpo").get("/api/sharing-agreements/999999").statusCode()).isEqualTo(404);
    assertThat(api("dpo").get("/api/sharing-agreements/abc").statusCode()).isEqualTo(400);
    long id = json.readTree(api("dpo").post("/api/sharing-agreements", TERMS.formatted("2026-01-01", "2027-01-01")).body())
        .get("id").asLong();
    created.add(id);
    HttpResponse<String> noReason = api("dpo").post("/api/sharing-agreements/" + id + "/end", "{\"reason\": \" \"}");
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("reason");
    assertThat(json.readTree(api("dpo").get("/api/sharing-agreements/" + id).body()).hasNonNull("endedOn")).isFalse();
  }

  @Test
  void aRequestMadeUnderAnAgreementHasOneApproverAndOneUnderAnEndedAgreementIsRefused() throws Exception {
    long id = json.readTree(api("dpo").post("/api/sharing-agreements", TERMS.formatted("2026-01-01", "2027-01-01")).body())
        .get("id").asLong();
    created.add(id);
    HttpResponse<String> registered = api("officer").post("/api/disclosure-requests", REQUEST.formatted(id));
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    String reference = json.readTree(registered.body()).get("reference").asText();
    String instance = runtimeService.createProcessInstanceQuery().rootProcessInstances().processInstanceBusinessKey(reference).singleResult().getId();
    assertThat(runtimeService.getVariable(instance, DisclosureProcess.UNDER_AGREEMENT)).isEqualTo(true);
    assertThat(json.readTree(api("officer").get("/api/disclosure-requests/" + reference).body()).get("sharingAgreementId").asLong())
        .isEqualTo(id);
    runtimeService.createProcessInstanceModification(instance)
        .cancelAllForActivity(DisclosureProcess.TASK_SEND_ACKNOWLEDGEMENT)
        .startBeforeActivity(DisclosureProcess.TASK_TRIAGE_REQUEST)
        .execute();
    complete(instance, DisclosureProcess.TASK_TRIAGE_REQUEST, "officer",
        Map.of(DisclosureProcess.TRIAGE_OUTCOME, "ACCEPT", DisclosureProcess.NECESSITY, "Within the agreement's purpose"));
    assertThat(runtimeService.getVariable(instance, DisclosureProcess.APPROVALS)).isEqualTo("OFFICER");
    complete(instance, DisclosureProcess.TASK_APPROVE_DISCLOSURE, "officer",
        Map.of(DisclosureProcess.APPROVAL_DECISION, "APPROVE", DisclosureProcess.DECISION_REASONS, "Within the agreement",
            DisclosureProcess.COUNCIL_LAWFUL_BASIS, "PUBLIC_TASK", DisclosureProcess.SPECIAL_DATA_CONDITION, "SAFEGUARDING_CHILDREN"));
    assertThat(taskService.createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey(DisclosureProcess.TASK_PREPARE_EXTRACT).count()).as("one approver only").isEqualTo(1);

    api("dpo").post("/api/sharing-agreements/" + id + "/end", "{\"reason\": \"Ended\"}");
    EngineTime.today(TODAY.plusDays(1));
    HttpResponse<String> underEnded = api("officer").post("/api/disclosure-requests", REQUEST.formatted(id).replace("2026-06-01", "2026-06-02"));
    assertThat(underEnded.statusCode()).as(underEnded.body()).isEqualTo(400);
    assertThat(underEnded.body()).contains("sharingAgreementId");
    HttpResponse<String> unknown = api("officer").post("/api/disclosure-requests", REQUEST.formatted(999999));
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("sharingAgreementId");
  }

  @Test
  void theReviewDateGivesTheDpoATaskOnceAndANewReviewDateAgain() throws Exception {
    long id = json.readTree(api("dpo").post("/api/sharing-agreements", TERMS.formatted("2026-01-01", "2026-06-04")).body())
        .get("id").asLong();
    created.add(id);

    sweep.sweep();
    assertThat(reviewTasks(id)).as("not yet due").isEmpty();

    EngineTime.today(LocalDate.of(2026, 6, 4));
    sweep.sweep();
    List<Task> tasks = reviewTasks(id);
    assertThat(tasks).hasSize(1);
    assertThat(taskService.createTaskQuery().taskId(tasks.get(0).getId()).taskCandidateGroup("dpo").count()).isEqualTo(1);
    assertThat(tasks.get(0).getDueDate()).isEqualTo(EngineTime.at(LocalDate.of(2026, 6, 4), java.time.LocalTime.of(17, 0)));
    sweep.sweep();
    assertThat(reviewTasks(id)).as("raised once").hasSize(1);

    // the DPO reviews it in Tasklist, with its form: renewing needs a next review date after today
    assertThat(api("dpo").get("/engine-rest/task/" + tasks.get(0).getId() + "/deployed-form").body())
        .contains("agreementReviewOutcome", "nextReviewOn");
    assertThat(taskService.getVariables(tasks.get(0).getId())).containsEntry("agreementTitle", "Police routine child-protection enquiries");
    assertThatThrownBy(() -> AsUser.complete(identityService, taskService, tasks.get(0), "dpo",
            Map.of(SharingAgreements.REVIEW_OUTCOME, "RENEW", SharingAgreements.NEXT_REVIEW_ON, "2026-06-04")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("nextReviewOn");
    AsUser.complete(identityService, taskService, tasks.get(0), "dpo",
        Map.of(SharingAgreements.REVIEW_OUTCOME, "RENEW", SharingAgreements.NEXT_REVIEW_ON, "2027-06-04"));
    JsonNode renewed = json.readTree(api("dpo").get("/api/sharing-agreements/" + id).body());
    assertThat(renewed.get("reviewOn").asText()).isEqualTo("2027-06-04");
    assertThat(renewed.get("changedBy").asText()).isEqualTo("dpo");
    EngineTime.today(LocalDate.of(2027, 6, 4));
    sweep.sweep();
    assertThat(reviewTasks(id)).as("the next review date raises it again").hasSize(1);

    // ending it needs a reason
    Task next = reviewTasks(id).get(0);
    assertThatThrownBy(() -> AsUser.complete(identityService, taskService, next, "dpo",
            Map.of(SharingAgreements.REVIEW_OUTCOME, "END")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining(SharingAgreements.END_REASON);
    AsUser.complete(identityService, taskService, next, "dpo",
        Map.of(SharingAgreements.REVIEW_OUTCOME, "END", SharingAgreements.END_REASON, "Replaced by the MASH agreement"));
    assertThat(json.readTree(api("dpo").get("/api/sharing-agreements/" + id).body()).get("endReason").asText())
        .isEqualTo("Replaced by the MASH agreement");
    created.remove(Long.valueOf(id));
  }

  private List<Task> reviewTasks(long id) {
    return taskService.createTaskQuery().taskNameLike("Review sharing agreement " + id + ":%").list();
  }

  private void complete(String instance, String activity, String user, Map<String, Object> variables) {
    Task task = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(activity).singleResult();
    assertThat(task).as("open %s", activity).isNotNull();
    AsUser.complete(identityService, taskService, task, user, variables);
  }

  private Api api(String user) {
    return Api.at(port).as(user);
  }
}
