package org.inforights.casework.sar;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.inforights.casework.casefile.Cohort;
import org.inforights.casework.casefile.Relationship;
import org.inforights.casework.caseprocess.AskTheRequester;
import org.inforights.casework.caseprocess.DeadlineLadder;
import org.inforights.casework.support.CalledProcesses;
import org.inforights.casework.support.Api;
import org.inforights.casework.support.ApplicationTest;
import org.inforights.casework.support.AsUser;
import org.inforights.casework.support.EngineTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The analyst guide's migration example, run: open cases waiting in different tasks move from the
 * deployed version of {@code processes/subject-access-request.bpmn} to the next one with Camunda's
 * migration API, keeping their tasks, variables and timers, and go on in the new version. The next
 * version here is the same file with one task renamed, deployed with its forms as an analyst would;
 * it is removed again afterwards so other tests see the model as it is in {@code processes/}.
 */
@ApplicationTest
@ExtendWith(EngineTime.class)
// its next version is a test's own model: the analysts' coverage report is of the models in processes/
@ExcludeFromProcessCoverage
class SarMigrationTest {

  static final Path MODEL = Path.of("processes/subject-access-request.bpmn");
  static final String OLD_NAME = "name=\"Review and redact\"";
  static final String NEW_NAME = "name=\"Review, redact and log redactions\"";

  @RegisterExtension static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired SarIntake intake;

  ProcessDefinition current;
  ProcessDefinition next;
  ProcessDefinition previous;
  /**
   * Version 4, the last with the deadline ladder drawn inside the model: older versions migrate as
   * far as it. Version 5 calls the shared ladder, which a running embedded ladder cannot migrate
   * to, so cases open on version 4 finish on it.
   */
  ProcessDefinition version4;
  /**
   * Version 5, the last whose clock the API changed itself: its process hears of a stop or an
   * extension afterwards. Its cases keep working so, or migrate to the current version.
   */
  ProcessDefinition version5;
  /** Version 1 of "ask the requester", whose waits end without running the clock. */
  org.camunda.bpm.engine.repository.Deployment askVersion1;
  /** Version 4's own evidence request step (version 5 calls "ask the requester" instead). */
  static final String V4_REQUEST_EVIDENCE = "Task_RequestEvidence";

  @BeforeEach
  void theDeployedVersion() {
    EngineTime.today(LocalDate.of(2026, 3, 2));
    current = latest();
  }

  @AfterEach
  void removeTheNextVersion() {
    if (next != null) {
      repositoryService.deleteDeployment(next.getDeploymentId(), true);
    }
    if (previous != null) {
      repositoryService.deleteDeployment(previous.getDeploymentId(), true);
    }
    if (version4 != null) {
      repositoryService.deleteDeployment(version4.getDeploymentId(), true);
    }
    if (version5 != null) {
      repositoryService.deleteDeployment(version5.getDeploymentId(), true);
    }
    if (askVersion1 != null) {
      repositoryService.deleteDeployment(askVersion1.getId(), true);
    }
  }

  // --- the clock through the API on cases of older models ---------------------------------------

  /**
   * A case on version 5 does not take a clock request itself: the API stops its clock, and the
   * process, told afterwards, waits in the current "ask the requester", whose own step runs the
   * clock again when the answer is recorded through the API; an extension through the API is made
   * by the case file and the process sends the notice, as version 5 was drawn.
   */
  @Test
  void aCaseOnVersion5HasItsClockStoppedResolvedAndExtendedThroughTheApiAsBefore() throws Exception {
    version5 = deployOldVersion("v5");
    assertThat(version5.getVersionTag()).isEqualTo("5");
    String instance = verified();
    assertThat(definitionOf(instance)).isEqualTo(version5.getId());
    String reference = businessKey(instance);
    EngineTime.today(LocalDate.of(2026, 3, 4));

    ok(Api.at(port).as("officer").post("/api/cases/" + reference + "/clock-stops",
        "{\"reason\": \"CLARIFICATION\", \"askedOn\": \"2026-03-04\"}"));

    var ask = CalledProcesses.called(runtimeService, instance, AskTheRequester.KEY);
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(ask)
        .hasPassed(AskTheRequester.TASK_STOP_CLOCK_ON_REQUEST)
        .isWaitingAt(AskTheRequester.TASK_RECORD_ANSWER);
    assertThat(status(reference)).isEqualTo("CLOCK_STOPPED");

    EngineTime.today(LocalDate.of(2026, 3, 6));
    ok(Api.at(port).as("officer").post("/api/cases/" + reference + "/clock-stops/resolve", "{\"receivedOn\": \"2026-03-06\"}"));
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(ask)
        .hasPassed(AskTheRequester.BOUNDARY_ANSWER_ON_REQUEST, AskTheRequester.TASK_RESUME_CLOCK)
        .isEnded();
    assertThat(status(reference)).isEqualTo("OPEN");

    ok(Api.at(port).as("manager").post("/api/cases/" + reference + "/extension",
        "{\"ground\": \"COMPLEX\", \"reason\": \"Records in many systems\"}"));
    runJob(instance, SarProcess.TASK_SEND_EXTENSION_NOTICE);
    assertThat(mail.getReceivedMessages()).anySatisfy(letter -> assertThat(letter.getSubject()).contains("we need more time to respond"));
  }

  /**
   * A version 5 case waiting for an answer after a stop through the API moves to the current
   * version with a plan of equal activities; from then on it takes clock requests itself.
   */
  @Test
  void aCaseOnVersion5WaitingForAnAnswerMigratesAndThenTakesClockRequestsItself() throws Exception {
    version5 = deployOldVersion("v5");
    String instance = verified();
    String reference = businessKey(instance);
    EngineTime.today(LocalDate.of(2026, 3, 4));
    ok(Api.at(port).as("officer").post("/api/cases/" + reference + "/clock-stops",
        "{\"reason\": \"CLARIFICATION\", \"askedOn\": \"2026-03-04\"}"));

    MigrationPlan plan = runtimeService.createMigrationPlan(version5.getId(), current.getId()).mapEqualActivities().build();
    runtimeService.newMigration(plan).processInstanceIds(instance).execute();
    assertThat(definitionOf(instance)).isEqualTo(current.getId());

    EngineTime.today(LocalDate.of(2026, 3, 6));
    ok(Api.at(port).as("officer").post("/api/cases/" + reference + "/clock-stops/resolve", "{\"receivedOn\": \"2026-03-06\"}"));
    assertThat(status(reference)).isEqualTo("OPEN");
    assertThat(tasks(instance, SarProcess.TASK_SEARCH_RECORDS)).isNotEmpty();

    ok(Api.at(port).as("manager").post("/api/cases/" + reference + "/extension",
        "{\"ground\": \"NUMEROUS\", \"reason\": \"Many requests at once\"}"));
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(
            runtimeService.createProcessInstanceQuery().processInstanceId(instance).singleResult())
        .hasPassed(SarProcess.TASK_EXTEND_ON_API, SarProcess.END_EXTENDED_ON_API);
    runJob(instance, SarProcess.TASK_SEND_EXTENSION_NOTICE);
  }

  /**
   * A wait that started on version 1 of "ask the requester" does not take an answer recorded
   * through the API: the API runs the clock itself, and the wait, told afterwards, ends at
   * *Answered; the clock already runs*.
   */
  @Test
  void aWaitStartedOnAskVersion1EndsWhenTheApiRunsTheClockItself() throws Exception {
    // version 1 noted the reply-by day of a stop made through the API with a bean that is gone: the
    // deployment rules refuse a model naming it, and this wait does not pass that step
    askVersion1 = repositoryService.createDeployment().name("ask-the-requester version 1")
        .addString("processes/ask-the-requester.bpmn",
            Files.readString(Path.of("src/test/resources/migration/ask-the-requester-version-1.bpmn"))
                .replace("${noteReplyBy}", "${stopClockOnRequest}"))
        .addString("forms/ask-record-answer.form", Files.readString(Path.of("forms/ask-record-answer.form")))
        .deploy();
    String instance = acknowledged();
    complete(instance, SarProcess.TASK_VERIFY_IDENTITY, "officer",
        Map.of(SarProcess.IDENTITY_OUTCOME, "VERIFIED", SarProcess.CLARIFICATION_NEEDED, true));
    runJob(instance, AskTheRequester.TASK_STOP_CLOCK_AND_ASK);
    var ask = CalledProcesses.called(runtimeService, instance, AskTheRequester.KEY);
    assertThat(repositoryService.getProcessDefinition(ask.getProcessDefinitionId()).getVersionTag()).isEqualTo("1");
    String reference = businessKey(instance);

    EngineTime.today(LocalDate.of(2026, 3, 3));
    ok(Api.at(port).as("officer").post("/api/cases/" + reference + "/clock-stops/resolve", "{\"receivedOn\": \"2026-03-03\"}"));

    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(ask)
        .hasPassed("EndEvent_AnsweredElsewhere")
        .hasNotPassed(AskTheRequester.TASK_RESUME_CLOCK)
        .isEnded();
    assertThat(status(reference)).isEqualTo("OPEN");
    assertThat(tasks(instance, SarProcess.TASK_SEARCH_RECORDS)).isNotEmpty();
  }

  private static String ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }

  private String status(String reference) throws Exception {
    return new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(ok(Api.at(port).as("officer").get("/api/cases/" + reference))).get("status").asText();
  }

  private String businessKey(String instance) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(instance).singleResult().getBusinessKey();
  }

  /**
   * Cases opened on the version before this one (kept in {@code src/test/resources/migration/v1},
   * with the forms it was deployed with) move to this version: the extension request, the evidence
   * reply-by date and the no-evidence letter. A case waiting for evidence keeps the timer it was
   * given, a month from the day it was asked, and when that fires it closes and the requester gets
   * the new letter.
   */
  @Test
  void casesOpenOnThePreviousVersionMoveToThisOneAndGoOn() throws IOException {
    version4 = deployOldVersion("v4");
    previous = deployPreviousVersion();
    String awaitingEvidence = acknowledged();
    assertThat(definitionOf(awaitingEvidence)).isEqualTo(previous.getId());
    complete(awaitingEvidence, SarProcess.TASK_VERIFY_IDENTITY, "officer",
        Map.of(SarProcess.IDENTITY_OUTCOME, "EVIDENCE_REQUESTED", SarProcess.EVIDENCE_NEEDED, "IDENTITY"));
    runJob(awaitingEvidence, V4_REQUEST_EVIDENCE);
    String atVerification = acknowledged();
    List<String> open = List.of(awaitingEvidence, atVerification);
    Map<String, Snapshot> before = open.stream().collect(Collectors.toMap(id -> id, this::snapshot));

    MigrationPlan plan = runtimeService.createMigrationPlan(previous.getId(), version4.getId()).mapEqualActivities().build();
    runtimeService.newMigration(plan).processInstanceIds(open).execute();

    for (String instance : open) {
      assertThat(definitionOf(instance)).isEqualTo(version4.getId());
      assertThat(snapshot(instance)).as("instance %s after migration", instance).isEqualTo(before.get(instance));
    }
    // the new steps work for the migrated cases: an officer's extension request reaches a manager
    complete(atVerification, SarProcess.TASK_VERIFY_IDENTITY, "officer", Map.of(
        SarProcess.IDENTITY_OUTCOME, "VERIFIED", SarProcess.EXTENSION_REQUESTED, true,
        SarProcess.EXTENSION_GROUND, "COMPLEX", SarProcess.EXTENSION_REASON, "Records in many systems"));
    assertThat(tasks(atVerification, SarProcess.TASK_APPROVE_EXTENSION)).hasSize(1);
    // and the no-evidence closure sends its letter
    runJob(awaitingEvidence, SarProcess.BOUNDARY_NO_EVIDENCE);
    runJob(awaitingEvidence, SarProcess.TASK_SEND_NO_EVIDENCE_CLOSURE);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(awaitingEvidence).count()).isZero();
    assertThat(mail.getReceivedMessages()).anySatisfy(
        letter -> assertThat(letter.getSubject()).contains("closed, as we did not receive what we asked for"));
  }

  /**
   * Cases opened on version 2 (kept in {@code src/test/resources/migration/v2}) move to this one,
   * where the manager approves the exact pack and dispatch can go by secure link. A case waiting
   * for approval goes on as any new one. A case already waiting to be dispatched was approved
   * without a recorded pack, so dispatch refuses it; the administrator sends it back for approval
   * with the new boundary's message, as the analyst guide shows.
   */
  @Test
  void casesOpenOnVersion2MoveToThisOneAndThoseAwaitingDispatchGoBackForTheirPackToBeApproved() throws IOException {
    version4 = deployOldVersion("v4");
    previous = deployOldVersion("v2");
    String awaitingApproval = verified();
    for (Task search : tasks(awaitingApproval, SarProcess.TASK_SEARCH_RECORDS)) {
      AsUser.complete(identityService, taskService, search, "owner", Map.of("recordsFound", true));
    }
    complete(awaitingApproval, SarProcess.TASK_REVIEW_AND_REDACT, "officer",
        Map.of(SarProcess.SERIOUS_HARM_CONSULTATION_NEEDED, false, "redactionLogComplete", true));
    String awaitingDispatch = verified();
    for (Task search : tasks(awaitingDispatch, SarProcess.TASK_SEARCH_RECORDS)) {
      AsUser.complete(identityService, taskService, search, "owner", Map.of("recordsFound", true));
    }
    complete(awaitingDispatch, SarProcess.TASK_REVIEW_AND_REDACT, "officer",
        Map.of(SarProcess.SERIOUS_HARM_CONSULTATION_NEEDED, false, "redactionLogComplete", true));
    complete(awaitingDispatch, SarProcess.TASK_APPROVE_RESPONSE, "manager", Map.of(SarProcess.APPROVAL_DECISION, "APPROVED"));
    List<String> open = List.of(awaitingApproval, awaitingDispatch);
    assertThat(open).allSatisfy(instance -> assertThat(definitionOf(instance)).isEqualTo(previous.getId()));
    Map<String, Snapshot> before = open.stream().collect(Collectors.toMap(id -> id, this::snapshot));

    MigrationPlan plan = runtimeService.createMigrationPlan(previous.getId(), version4.getId()).mapEqualActivities().build();
    runtimeService.newMigration(plan).processInstanceIds(open).execute();

    for (String instance : open) {
      assertThat(definitionOf(instance)).isEqualTo(version4.getId());
      assertThat(snapshot(instance)).as("instance %s after migration", instance).isEqualTo(before.get(instance));
    }
    // approval records the pack; the response goes by link and the case closes
    complete(awaitingApproval, SarProcess.TASK_APPROVE_RESPONSE, "manager", Map.of(SarProcess.APPROVAL_DECISION, "APPROVED"));
    complete(awaitingApproval, SarProcess.TASK_DISPATCH_RESPONSE, "officer", Map.of(
        SarProcess.DISPATCH_METHOD, SarProcess.DISPATCH_BY_SECURE_LINK, SarProcess.RESPONSE_OUTCOME, "NO_DATA_HELD"));
    runJob(awaitingApproval, SarProcess.TASK_ISSUE_SECURE_LINK);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(awaitingApproval).count()).isZero();
    // the case approved on version 2 cannot be dispatched until its pack is approved
    Task dispatch = tasks(awaitingDispatch, SarProcess.TASK_DISPATCH_RESPONSE).get(0);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> AsUser.complete(identityService, taskService, dispatch,
            "officer", Map.of(SarProcess.DISPATCH_METHOD, "POST", SarProcess.DISPATCHED_ON, "2026-03-02",
                SarProcess.RESPONSE_OUTCOME, "DISCLOSED")))
        .hasMessageContaining("is not approved");
    String businessKey =
        runtimeService.createProcessInstanceQuery().processInstanceId(awaitingDispatch).singleResult().getBusinessKey();
    HttpResponse<String> sentBack = Api.at(port).as("admin").post("/engine-rest/message", """
        {"messageName": "%s", "businessKey": "%s", "all": true}
        """.formatted(SarProcess.MESSAGE_RESPONSE_CHANGED, businessKey));
    assertThat(sentBack.statusCode()).as(sentBack.body()).isEqualTo(204);
    assertThat(tasks(awaitingDispatch, SarProcess.TASK_APPROVE_RESPONSE)).hasSize(1);
  }

  /**
   * Cases opened on version 3 (kept in {@code src/test/resources/migration/v3}) move to this one,
   * which settles health data before approval: a case waiting for review answers the new health
   * question; a case waiting for a serious-harm opinion, reviewed when no one was asked about health
   * data, is stopped at "Settle the health data" rather than let through; a case already at approval
   * goes on as before; a request made for a child, registered when only a parent's request about a
   * child of 12 or more was assessed, has the child's competence assessed.
   */
  @Test
  void casesOpenOnVersion3MoveToThisOneAndHealthDataIsSettledBeforeApproval() throws IOException {
    version4 = deployOldVersion("v4");
    previous = deployOldVersion("v3");
    assertThat(previous.getVersionTag()).isEqualTo("3");
    assertThat(version4.getVersionTag()).isEqualTo("4");
    String atReview = verified();
    String atOpinion = verified();
    String atApproval = verified();
    for (String instance : List.of(atReview, atOpinion, atApproval)) {
      assertThat(definitionOf(instance)).isEqualTo(previous.getId());
      for (Task search : tasks(instance, SarProcess.TASK_SEARCH_RECORDS)) {
        AsUser.complete(identityService, taskService, search, "owner", Map.of("recordsFound", true));
      }
    }
    complete(atOpinion, SarProcess.TASK_REVIEW_AND_REDACT, "officer", Map.of(SarProcess.SERIOUS_HARM_CONSULTATION_NEEDED, true));
    complete(atApproval, SarProcess.TASK_REVIEW_AND_REDACT, "officer", Map.of(SarProcess.SERIOUS_HARM_CONSULTATION_NEEDED, false));
    // version 3 assessed competence only for a parent asking about a child of 12 or more
    String solicitorForAChild = acknowledged(Relationship.SOLICITOR, LocalDate.of(2017, 5, 5));
    // as the earlier rule registered it (the application's registration step is the new one here)
    runtimeService.setVariable(solicitorForAChild, SarProcess.COMPETENCE_CHECK_NEEDED, false);
    String parentAtCompetence = acknowledged(Relationship.PARENT, LocalDate.of(2012, 5, 5));
    complete(parentAtCompetence, SarProcess.TASK_VERIFY_IDENTITY, "officer", Map.of(SarProcess.IDENTITY_OUTCOME, "VERIFIED"));
    assertThat(tasks(parentAtCompetence, SarProcess.TASK_ASSESS_COMPETENCE)).hasSize(1);
    List<String> open = List.of(atReview, atOpinion, atApproval, solicitorForAChild, parentAtCompetence);
    Map<String, Snapshot> before = open.stream().collect(Collectors.toMap(id -> id, this::snapshot));

    MigrationPlan plan = runtimeService.createMigrationPlan(previous.getId(), version4.getId()).mapEqualActivities().build();
    runtimeService.newMigration(plan).processInstanceIds(open).execute();

    for (String instance : open) {
      assertThat(definitionOf(instance)).isEqualTo(version4.getId());
      assertThat(snapshot(instance)).as("instance %s after migration", instance).isEqualTo(before.get(instance));
    }
    complete(atReview, SarProcess.TASK_REVIEW_AND_REDACT, "officer",
        Map.of(SarProcess.SERIOUS_HARM_CONSULTATION_NEEDED, false, SarProcess.HEALTH_DATA_INVOLVED, SarProcess.NO));
    assertThat(tasks(atReview, SarProcess.TASK_APPROVE_RESPONSE)).hasSize(1);
    complete(atOpinion, SarProcess.TASK_CONSULT_ON_SERIOUS_HARM, "owner", Map.of(
        SarProcess.SERIOUS_HARM_DATA_KIND, "SOCIAL_WORK", SarProcess.SERIOUS_HARM_OPINION, "NO_SERIOUS_HARM"));
    assertThat(tasks(atOpinion, SarProcess.TASK_SETTLE_HEALTH_DATA)).hasSize(1);
    assertThat(tasks(atOpinion, SarProcess.TASK_APPROVE_RESPONSE)).isEmpty();
    complete(atOpinion, SarProcess.TASK_SETTLE_HEALTH_DATA, "officer", Map.of(SarProcess.HEALTH_ROUTE, "ALREADY_SEEN",
        SarProcess.HEALTH_ALREADY_SEEN_BASIS, "Copied to the young person at the time"));
    assertThat(tasks(atOpinion, SarProcess.TASK_APPROVE_RESPONSE)).hasSize(1);
    complete(atApproval, SarProcess.TASK_APPROVE_RESPONSE, "manager", Map.of(SarProcess.APPROVAL_DECISION, "APPROVED"));
    assertThat(tasks(atApproval, SarProcess.TASK_DISPATCH_RESPONSE)).hasSize(1);
    // today's rule: a request made for a child of any age has the child's competence assessed
    complete(solicitorForAChild, SarProcess.TASK_VERIFY_IDENTITY, "officer", Map.of(SarProcess.IDENTITY_OUTCOME, "VERIFIED"));
    assertThat(tasks(solicitorForAChild, SarProcess.TASK_ASSESS_COMPETENCE)).hasSize(1);
    complete(parentAtCompetence, SarProcess.TASK_ASSESS_COMPETENCE, "officer",
        Map.of(SarProcess.COMPETENCE_OUTCOME, "CHILD_AUTHORISES"));
    assertThat(tasks(parentAtCompetence, SarProcess.TASK_SEARCH_RECORDS)).isNotEmpty();
  }

  @Test
  void openCasesWaitingInDifferentTasksMoveToTheNextVersionWithTheirTasksVariablesAndTimers() throws IOException {
    String atVerification = acknowledged();
    String awaitingEvidence = acknowledged();
    complete(awaitingEvidence, SarProcess.TASK_VERIFY_IDENTITY, "officer",
        Map.of(SarProcess.IDENTITY_OUTCOME, "EVIDENCE_REQUESTED", SarProcess.EVIDENCE_NEEDED, "IDENTITY"));
    runJob(awaitingEvidence, AskTheRequester.TASK_STOP_CLOCK_AND_ASK);
    String searching = verified();
    String awaitingApproval = verified();
    for (Task search : tasks(awaitingApproval, SarProcess.TASK_SEARCH_RECORDS)) {
      AsUser.complete(identityService, taskService, search, "owner", Map.of("recordsFound", true));
    }
    complete(awaitingApproval, SarProcess.TASK_REVIEW_AND_REDACT, "officer",
        Map.of(SarProcess.SERIOUS_HARM_CONSULTATION_NEEDED, false, SarProcess.HEALTH_DATA_INVOLVED, SarProcess.NO, "redactionLogComplete", true));
    taskService.claim(tasks(awaitingApproval, SarProcess.TASK_APPROVE_RESPONSE).get(0).getId(), "manager");
    List<String> open = List.of(atVerification, awaitingEvidence, searching, awaitingApproval);
    Map<String, Snapshot> before = open.stream().collect(Collectors.toMap(id -> id, this::snapshot));
    assertThat(CalledProcesses.job(managementService, runtimeService, awaitingEvidence, AskTheRequester.BOUNDARY_NO_ANSWER, true))
        .as("the called wait for evidence has its no-evidence timer").isNotNull();

    next = deployNextVersion();
    MigrationPlan plan = runtimeService.createMigrationPlan(current.getId(), next.getId()).mapEqualActivities().build();
    runtimeService.newMigration(plan).processInstanceIds(open).execute();

    for (String instance : open) {
      assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).singleResult().getProcessDefinitionId())
          .isEqualTo(next.getId());
      assertThat(snapshot(instance)).as("instance %s after migration", instance).isEqualTo(before.get(instance));
    }
    assertThat(CalledProcesses.job(managementService, runtimeService, awaitingEvidence, AskTheRequester.BOUNDARY_NO_ANSWER, true))
        .as("the called wait goes on under the migrated case").isNotNull();
    assertThat(managementService.createJobQuery().processInstanceId(searching).list())
        .allMatch(job -> job.getProcessDefinitionId().equals(next.getId()));

    // the cases go on in the new version: a searched case's review task has the new name
    for (Task search : tasks(searching, SarProcess.TASK_SEARCH_RECORDS)) {
      AsUser.complete(identityService, taskService, search, "owner", Map.of("recordsFound", false));
    }
    assertThat(tasks(searching, SarProcess.TASK_REVIEW_AND_REDACT)).singleElement()
        .satisfies(review -> assertThat(review.getName()).isEqualTo("Review, redact and log redactions"));
    complete(awaitingApproval, SarProcess.TASK_APPROVE_RESPONSE, "manager", Map.of(SarProcess.APPROVAL_DECISION, "APPROVED"));
    assertThat(tasks(awaitingApproval, SarProcess.TASK_DISPATCH_RESPONSE)).hasSize(1);
    complete(atVerification, SarProcess.TASK_VERIFY_IDENTITY, "officer", Map.of(SarProcess.IDENTITY_OUTCOME, "VERIFIED"));
    assertThat(tasks(atVerification, SarProcess.TASK_SEARCH_RECORDS)).isNotEmpty();
  }

  @Test
  void anAdministratorMigratesOverCamundasRestApiAsTheGuideShows() throws IOException {
    String awaitingApproval = verified();
    for (Task search : tasks(awaitingApproval, SarProcess.TASK_SEARCH_RECORDS)) {
      AsUser.complete(identityService, taskService, search, "owner", Map.of("recordsFound", true));
    }
    Snapshot before = snapshot(awaitingApproval);
    next = deployNextVersion();
    Api admin = Api.at(port).as("admin");

    HttpResponse<String> plan = admin.post("/engine-rest/migration/generate", """
        {"sourceProcessDefinitionId": "%s", "targetProcessDefinitionId": "%s", "updateEventTriggers": false}
        """.formatted(current.getId(), next.getId()));
    assertThat(plan.statusCode()).as(plan.body()).isEqualTo(200);
    HttpResponse<String> validation = admin.post("/engine-rest/migration/validate", plan.body());
    assertThat(validation.statusCode()).as(validation.body()).isEqualTo(200);
    assertThat(validation.body()).contains("\"instructionReports\":[]");
    String businessKey =
        runtimeService.createProcessInstanceQuery().processInstanceId(awaitingApproval).singleResult().getBusinessKey();
    // the guide selects every open case of the old version; here only this test's case
    HttpResponse<String> migrated = admin.post("/engine-rest/migration/execute", """
        {"migrationPlan": %s,
         "processInstanceQuery": {"processDefinitionId": "%s", "businessKey": "%s"}}
        """.formatted(plan.body(), current.getId(), businessKey));

    assertThat(migrated.statusCode()).as(migrated.body()).isEqualTo(204);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(awaitingApproval).singleResult().getProcessDefinitionId())
        .isEqualTo(next.getId());
    assertThat(snapshot(awaitingApproval)).isEqualTo(before);
    assertThat(plan.body()).contains(SarProcess.TASK_REVIEW_AND_REDACT, DeadlineLadder.CALL_ACTIVITY);

    HttpResponse<String> officer = Api.at(port).as("officer").post("/engine-rest/migration/execute", """
        {"migrationPlan": %s, "processInstanceIds": ["%s"]}
        """.formatted(plan.body(), awaitingApproval));
    assertThat(officer.statusCode()).as("an officer may not migrate cases").isEqualTo(403);
  }

  // --- what must survive a migration ---------------------------------------------------------

  /** Where an instance waits, its tasks (same ids, names, assignees, due dates), variables and timers. */
  record Snapshot(
      List<String> activities, Map<String, String> tasks, Map<String, Object> variables, Map<String, Date> timers) {}

  private Snapshot snapshot(String instance) {
    List<String> activities = runtimeService.getActiveActivityIds(instance).stream().sorted().toList();
    Map<String, String> tasks =
        taskService.createTaskQuery().processInstanceId(instance).list().stream()
            .collect(Collectors.toMap(Task::getId,
                task -> task.getTaskDefinitionKey() + "|" + task.getName() + "|" + task.getAssignee() + "|" + task.getDueDate(),
                (a, b) -> a, TreeMap::new));
    Map<String, Object> variables = new TreeMap<>(runtimeService.getVariables(instance));
    Map<String, Date> timers =
        managementService.createJobQuery().processInstanceId(instance).timers().list().stream()
            .collect(Collectors.toMap(this::timerActivity,
                Job::getDuedate, (a, b) -> a, TreeMap::new));
    return new Snapshot(activities, tasks, variables, timers);
  }

  private String timerActivity(Job job) {
    return managementService.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult().getActivityId();
  }

  // --- the next version, as an analyst deploys it ---------------------------------------------

  /** The model with one label changed, deployed with the forms it binds to, as Modeler would. */
  private ProcessDefinition deployNextVersion() throws IOException {
    String model = Files.readString(MODEL);
    assertThat(model).contains(OLD_NAME);
    DeploymentBuilder deployment =
        repositoryService
            .createDeployment()
            .name("subject-access-request next version")
            .addString("processes/subject-access-request.bpmn", model.replace(OLD_NAME, NEW_NAME));
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(path -> path.toString().endsWith(".form")).toList()) {
        deployment.addString("forms/" + form.getFileName(), Files.readString(form));
      }
    }
    deployment.deploy();
    ProcessDefinition deployed = latest();
    assertThat(deployed.getVersion()).isEqualTo(current.getVersion() + 1);
    return deployed;
  }

  /** The version before this one, as it was deployed: its model and the forms that changed since. */
  private ProcessDefinition deployPreviousVersion() throws IOException {
    return deployOldVersion("v1");
  }

  /** An earlier version, as it was deployed: its model and the forms that changed since. */
  private ProcessDefinition deployOldVersion(String version) throws IOException {
    Path old = Path.of("src/test/resources/migration/" + version);
    DeploymentBuilder deployment =
        repositoryService
            .createDeployment()
            .name("subject-access-request previous version")
            .addString("processes/subject-access-request.bpmn", Files.readString(old.resolve("subject-access-request.bpmn")));
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(path -> path.toString().endsWith(".form")).toList()) {
        Path asItWas = old.resolve("forms").resolve(form.getFileName());
        deployment.addString("forms/" + form.getFileName(), Files.readString(Files.exists(asItWas) ? asItWas : form));
      }
    }
    deployment.deploy();
    return latest();
  }

  private String definitionOf(String instance) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(instance).singleResult().getProcessDefinitionId();
  }

  private ProcessDefinition latest() {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(SarProcess.KEY).latestVersion().singleResult();
  }

  // --- open cases -----------------------------------------------------------------------------

  private String acknowledged() {
    return acknowledged(Relationship.SELF, LocalDate.of(2010, 5, 5));
  }

  private String acknowledged(Relationship relationship, LocalDate dateOfBirth) {
    String reference =
        intake
            .registerAndStart(
                new NewSarRequest(
                    LocalDate.of(2026, 3, 2),
                    Channel.EMAIL,
                    new NewSarRequest.Requester("Requester Name", "requester@example.org", relationship),
                    new NewSarRequest.Subject("Child Name", dateOfBirth, Cohort.LOOKED_AFTER),
                    null))
            .reference();
    String instance = runtimeService.createProcessInstanceQuery().rootProcessInstances().processInstanceBusinessKey(reference).singleResult().getId();
    runJob(instance, SarProcess.TASK_SEND_ACKNOWLEDGEMENT);
    return instance;
  }

  private String verified() {
    String instance = acknowledged();
    complete(instance, SarProcess.TASK_VERIFY_IDENTITY, "officer", Map.of(SarProcess.IDENTITY_OUTCOME, "VERIFIED"));
    return instance;
  }

  private void complete(String instance, String activity, String user, Map<String, Object> variables) {
    List<Task> tasks = tasks(instance, activity);
    assertThat(tasks).as("open %s tasks", activity).hasSize(1);
    AsUser.complete(identityService, taskService, tasks.get(0), user, variables);
  }

  private List<Task> tasks(String instance, String activity) {
    return taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(activity).list();
  }

  private void runJob(String instance, String activity) {
    Job job = CalledProcesses.job(managementService, runtimeService, instance, activity, false);
    assertThat(job).as("a job at %s", activity).isNotNull();
    managementService.executeJob(job.getId());
  }
}
