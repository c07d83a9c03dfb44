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
import org.inforights.casework.support.ProcessTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The internal review of a response the requester complains about. */
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

    completeAs("manager", task(review), Map.of("reviewOutcome", "UPHELD", "furtherDisclosure", true));
    completeAs("officer", task(review), Map.of("furtherDisclosureSentOn", LocalDate.now().toString()));
    managementService.executeJob(managementService.createJobQuery().processInstanceId(review.getId()).singleResult().getId());

    assertThat(review).isEnded().hasPassed("Task_DiscloseMore");
    assertThat(lastLetter()).contains("We agree with your complaint", "sent you the information");
  }

  @Test
  void aComplaintIsReviewedOnlyAfterTheResponseAndOnlyOnceAtATime() throws Exception {
    String open = intake.registerAndStart(request()).reference();
    HttpResponse<String> tooEarly = officer().post(complaints(open), complaint(open, "LATE_RESPONSE"));
    assertThat(tooEarly.statusCode()).isEqualTo(409);

    String closed = dispatched();
    assertThat(officer().post(complaints(closed), complaint(closed, "LATE_RESPONSE")).statusCode()).isEqualTo(201);
    assertThat(officer().post(complaints(closed), complaint(closed, "OTHER")).statusCode()).isEqualTo(409);
    HttpResponse<String> bad =
        officer().post(complaints(closed), "{\"receivedOn\": \"2020-01-01\", \"grounds\": \"RUDE\"}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("\"field\":\"grounds\"");
    assertThat(Api.at(port).as("owner").post(complaints(closed), complaint(closed, "OTHER")).statusCode()).isEqualTo(403);
  }

  private String dispatched() {
    String reference = intake.registerAndStart(request()).reference();
    ProcessInstance sar = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
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
