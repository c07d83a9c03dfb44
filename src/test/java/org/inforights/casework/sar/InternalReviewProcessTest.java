package org.inforights.casework.sar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.inforights.casework.casefile.Cohort;
import org.inforights.casework.casefile.Relationship;
import org.inforights.casework.support.Api;
import org.inforights.casework.support.AsUser;
import org.inforights.casework.support.EngineTime;
import org.inforights.casework.support.ProcessTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The review of a complaint about a case (DPA 2018 s.164A): acknowledged, reviewed, the outcome told. */
@ProcessTest
class InternalReviewProcessTest {

  @RegisterExtension
  static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired SarIntake intake;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
  }

  @Test
  void aComplaintNotUpheldEndsWithTheOutcomeAndTheRightToGoToTheIco() throws Exception {
    String reference = dispatched();

    HttpResponse<String> complaint = officer().post(complaints(reference), complaint(reference, "INFORMATION_MISSING"));
    assertThat(complaint.statusCode()).as(complaint.body()).isEqualTo(201);

    ProcessInstance review = review(reference);
    assertThat(review).isWaitingAt("Task_AcknowledgeComplaint");
    assertThat(task(review).getDueDate()).as("30 days beginning with the day received")
        .isEqualTo(EngineTime.at(LocalDate.now().plusDays(29), java.time.LocalTime.of(17, 0)));
    acknowledge("officer", review);
    assertThat(review).isWaitingAt("Task_ReviewComplaint");
    completeAs("manager", task(review), Map.of("reviewOutcome", "NOT_UPHELD", "furtherDisclosure", false));
    managementService.executeJob(managementService.createJobQuery().processInstanceId(review.getId()).singleResult().getId());

    assertThat(review).isEnded().hasPassed("EndEvent_ReviewDone").hasNotPassed("Task_DiscloseMore");
    String letter = lastLetter();
    assertThat(letter).contains("have not changed it", "Information Commissioner");
  }

  @Test
  void anUpheldComplaintSendsWhatWasWronglyWithheldBeforeTheOutcome() throws Exception {
    String reference = dispatched();
    officer().post(complaints(reference), complaint(reference, "REDACTIONS_DISPUTED"));
    ProcessInstance review = review(reference);

    acknowledge("officer", review);
    completeAs("manager", task(review), Map.of("reviewOutcome", "UPHELD", "furtherDisclosure", true));
    completeAs("officer", task(review), Map.of("furtherDisclosureSentOn", LocalDate.now().toString()));
    managementService.executeJob(managementService.createJobQuery().processInstanceId(review.getId()).singleResult().getId());

    assertThat(review).isEnded().hasPassed("Task_DiscloseMore");
    assertThat(lastLetter()).contains("We agree with your complaint", "sent you the information");
  }

  @Test
  void aComplaintNotAcknowledgedWithinThirtyDaysGoesToAManagerToAcknowledgeThatDay() throws Exception {
    String reference = dispatched();
    officer().post(complaints(reference), complaint(reference, "OTHER"));
    ProcessInstance review = review(reference);

    managementService.executeJob(managementService.createJobQuery().processInstanceId(review.getId()).timers()
        .activityId("BoundaryEvent_AcknowledgementDue").singleResult().getId());

    assertThat(review).isWaitingAt("Task_AcknowledgeLate").hasPassed("BoundaryEvent_AcknowledgementDue");
    assertThat(taskService.createTaskQuery().processInstanceId(review.getId()).taskCandidateGroup("ig-managers").count())
        .isEqualTo(1);
    acknowledge("manager", review);
    assertThat(review).isWaitingAt("Task_ReviewComplaint");
  }

  @Test
  void aComplaintAboutALateResponseNotYetSentIsAcceptedAndEachComplaintIsItsOwnReview() throws Exception {
    String open = intake.registerAndStart(request()).reference();

    HttpResponse<String> late = officer().post(complaints(open), complaint(open, "LATE_RESPONSE"));
    HttpResponse<String> another = officer().post(complaints(open), complaint(open, "OTHER"));

    assertThat(late.statusCode()).as(late.body()).isEqualTo(201);
    assertThat(another.statusCode()).as(another.body()).isEqualTo(201);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(InternalReview.KEY)
        .processInstanceBusinessKey(open).count()).isEqualTo(2);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(SarProcess.KEY)
        .processInstanceBusinessKey(open).count()).as("the request itself goes on").isEqualTo(1);
  }

  @Test
  void aComplaintAboutADisclosureIsReviewedAndAnOfficerTellsTheComplainantNotThePolice() throws Exception {
    HttpResponse<String> created = officer().post("/api/disclosure-requests", """
        {"receivedOn": "%s",
         "requester": {"type": "POLICE", "organisation": "Thames Valley Police", "officerName": "DC Alex Reed",
                       "role": "Detective Constable", "email": "alex.reed@police.example",
                       "authorisingOfficerName": "Insp. Jo Hart", "authorisingOfficerRank": "INSPECTOR"},
         "legalBasis": "CRIME_AND_TAXATION", "purpose": "Investigation of an assault",
         "dataRequested": "Dates of contact", "dataCategories": ["SOCIAL_CARE"],
         "childrenScope": "ONE", "children": [{"name": "Rowan Complainer", "dateOfBirth": "2012-02-02"}],
         "sensitivity": "STANDARD", "securityArrangements": "Secure e-mail",
         "retentionArrangements": "Life of the investigation", "urgency": "ROUTINE"}
        """.formatted(LocalDate.now().minusDays(2)));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String disclosure = new com.fasterxml.jackson.databind.ObjectMapper().readTree(created.body()).get("reference").asText();
    int lettersBefore = mail.getReceivedMessages().length;

    HttpResponse<String> complaint = officer().post(complaints(disclosure), complaint(disclosure, "DISCLOSURE_DISPUTED"));
    assertThat(complaint.statusCode()).as(complaint.body()).isEqualTo(201);
    ProcessInstance review = review(disclosure);
    acknowledge("officer", review);
    completeAs("manager", task(review), Map.of("reviewOutcome", "NOT_UPHELD", "furtherDisclosure", false));
    assertThat(review).isWaitingAt("Task_TellComplainant");
    completeAs("officer", task(review), Map.of("complainantToldOn", LocalDate.now().toString()));

    assertThat(review).isEnded().hasPassed("Task_TellComplainant").hasNotPassed("Task_SendReviewOutcome");
    assertThat(mail.getReceivedMessages()).as("no outcome letter to the police").hasSize(lettersBefore);
    HttpResponse<String> noResponseToBeLate = officer().post(complaints(disclosure), complaint(disclosure, "LATE_RESPONSE"));
    assertThat(noResponseToBeLate.statusCode()).isEqualTo(400);
    assertThat(noResponseToBeLate.body()).contains("\"field\":\"grounds\"");
  }

  @Test
  void aComplaintWithUnknownGroundsDatedBeforeTheRequestOrFromARecordOwnerIsRefused() throws Exception {
    String closed = dispatched();
    long reviewsBefore = runtimeService.createProcessInstanceQuery().processDefinitionKey(InternalReview.KEY).count();

    HttpResponse<String> bad =
        officer().post(complaints(closed), "{\"receivedOn\": \"" + LocalDate.now() + "\", \"grounds\": \"RUDE\"}");
    HttpResponse<String> early =
        officer().post(complaints(closed), "{\"receivedOn\": \"2020-01-01\", \"grounds\": \"OTHER\"}");

    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("\"field\":\"grounds\"");
    assertThat(early.statusCode()).isEqualTo(400);
    assertThat(early.body()).contains("\"field\":\"receivedOn\"");
    assertThat(Api.at(port).as("owner").post(complaints(closed), complaint(closed, "OTHER")).statusCode()).isEqualTo(403);
    assertThat(officer().post("/api/cases/SAR-1999-00001/complaints", complaint(closed, "OTHER")).statusCode())
        .isEqualTo(404);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(InternalReview.KEY).count())
        .as("nothing started").isEqualTo(reviewsBefore);
  }

  /**
   * A review started on version 1 (no acknowledgement step) finishes on it: its remaining steps are
   * the same in version 2, and the acknowledgement it never had cannot be made up after the event.
   */
  @Test
  void aReviewOpenOnVersionOneFinishesOnIt() throws Exception {
    String reference = dispatched();
    org.camunda.bpm.engine.repository.Deployment v1 = engine.getRepositoryService().createDeployment()
        .name("internal review v1 (test)")
        .addInputStream("sar-internal-review.bpmn",
            getClass().getResourceAsStream("/migration/v1/sar-internal-review.bpmn"))
        .addInputStream("sar-internal-review.form",
            java.nio.file.Files.newInputStream(java.nio.file.Path.of("forms/sar-internal-review.form")))
        .deploy();
    try {
      String definition = engine.getRepositoryService().createProcessDefinitionQuery().deploymentId(v1.getId())
          .singleResult().getId();
      ProcessInstance review = runtimeService.createProcessInstanceById(definition).businessKey(reference)
          .setVariable(SarProcess.CASE_REFERENCE, reference)
          .setVariable(InternalReview.COMPLAINT_GROUNDS, "OTHER")
          .setVariable(InternalReview.REVIEW_DUE_AT, new java.util.Date())
          .execute();
      assertThat(review).isWaitingAt("Task_ReviewComplaint");
      completeAs("manager", task(review), Map.of("reviewOutcome", "NOT_UPHELD", "furtherDisclosure", false));
      managementService.executeJob(
          managementService.createJobQuery().processInstanceId(review.getId()).singleResult().getId());
      assertThat(review).isEnded().hasPassed("EndEvent_ReviewDone");
    } finally {
      engine.getRepositoryService().deleteDeployment(v1.getId(), true);
    }
  }

  private String dispatched() {
    String reference = intake.registerAndStart(request()).reference();
    ProcessInstance sar = runtimeService.createProcessInstanceQuery().rootProcessInstances().processInstanceBusinessKey(reference)
        .processDefinitionKey(SarProcess.KEY).singleResult();
    managementService.executeJob(managementService.createJobQuery().processInstanceId(sar.getId()).activityId(SarProcess.TASK_SEND_ACKNOWLEDGEMENT).singleResult().getId());
    completeAll(sar, SarProcess.TASK_VERIFY_IDENTITY, Map.of(SarProcess.IDENTITY_OUTCOME, "VERIFIED"));
    completeAll(sar, SarProcess.TASK_SEARCH_RECORDS, Map.of("recordsFound", true));
    completeAll(sar, SarProcess.TASK_REVIEW_AND_REDACT, Map.of(SarProcess.SERIOUS_HARM_CONSULTATION_NEEDED, false, SarProcess.HEALTH_DATA_INVOLVED, SarProcess.NO));
    completeAll(sar, SarProcess.TASK_APPROVE_RESPONSE, Map.of(SarProcess.APPROVAL_DECISION, "APPROVED"));
    completeAll(sar, SarProcess.TASK_DISPATCH_RESPONSE, Map.of(SarProcess.DISPATCH_METHOD, "POST",
        SarProcess.DISPATCHED_ON, LocalDate.now().toString(), SarProcess.RESPONSE_OUTCOME, "DISCLOSED"));
    assertThat(sar).isEnded();
    return reference;
  }

  private void completeAll(ProcessInstance sar, String activity, Map<String, Object> variables) {
    taskService.createTaskQuery().processInstanceId(sar.getId()).taskDefinitionKey(activity).list()
        .forEach(task -> taskService.complete(task.getId(), variables));
  }

  private void acknowledge(String user, ProcessInstance review) {
    completeAs(user, task(review), Map.of("complaintAcknowledgedOn", LocalDate.now().toString()));
  }

  private void completeAs(String user, Task task, Map<String, Object> variables) {
    AsUser.complete(identityService, taskService, task, user, variables);
  }

  private ProcessInstance review(String reference) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(InternalReview.KEY)
        .processInstanceBusinessKey(reference).singleResult();
  }

  private Task task(ProcessInstance review) {
    return taskService.createTaskQuery().processInstanceId(review.getId()).singleResult();
  }

  private String lastLetter() throws Exception {
    var received = mail.getReceivedMessages();
    return received[received.length - 1].getContent().toString();
  }

  private static NewSarRequest request() {
    return new NewSarRequest(LocalDate.now().minusDays(3), Channel.EMAIL,
        new NewSarRequest.Requester("Pat Example", "pat@example.org", Relationship.SELF),
        new NewSarRequest.Subject("Pat Example", LocalDate.of(2008, 5, 5), Cohort.CARE_LEAVER), null);
  }

  private static String complaints(String reference) {
    return "/api/cases/" + reference + "/complaints";
  }

  private static String complaint(String reference, String grounds) {
    return "{\"receivedOn\": \"" + LocalDate.now() + "\", \"grounds\": \"" + grounds + "\"}";
  }

  private Api officer() {
    return Api.at(port).as("officer");
  }
}
