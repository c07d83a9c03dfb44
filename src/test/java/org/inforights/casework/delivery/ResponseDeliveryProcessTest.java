package org.inforights.casework.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.inforights.casework.casefile.CaseAttachment;
import org.inforights.casework.casefile.CaseDocuments;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.casefile.CaseStatus;
import org.inforights.casework.casefile.CaseView;
import org.inforights.casework.response.TestPdfs;
import org.inforights.casework.sar.SarProcess;
import org.inforights.casework.support.AsUser;
import org.inforights.casework.support.EngineTime;
import org.inforights.casework.support.ProcessTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The SAR model's approval and dispatch region: the boundary that takes a dispatch back to
 * approval when the approved pack changes, and both branches of "Sent how?" (a secure link, and
 * any other way), each from intake to the case's close.
 */
@ProcessTest
@ExtendWith(EngineTime.class)
class ResponseDeliveryProcessTest {

  @RegisterExtension static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @org.springframework.boot.test.web.server.LocalServerPort int port;
  @Autowired com.fasterxml.jackson.databind.ObjectMapper json;
  @Autowired CaseDocuments documents;
  @Autowired CaseFileService cases;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    EngineTime.today(LocalDate.of(2026, 3, 2));
  }

  @Test
  void aPackChangedAfterApprovalGoesBackToApprovalThenGoesByLinkAndClosesTheDayItIsMadeAvailable() throws Exception {
    ProcessInstance sar = approved();
    assertThat(sar).isWaitingAt(SarProcess.TASK_DISPATCH_RESPONSE);

    documents.attach(sar.getBusinessKey(), CaseAttachment.Kind.RESPONSE_BUNDLE, "late.pdf", "application/pdf",
        TestPdfs.pdf(1, List.of()));

    assertThat(sar).hasPassed(SarProcess.BOUNDARY_RESPONSE_CHANGED).isWaitingAt(SarProcess.TASK_APPROVE_RESPONSE);
    complete(sar, SarProcess.TASK_APPROVE_RESPONSE, "manager", Map.of(SarProcess.APPROVAL_DECISION, "APPROVED"));
    EngineTime.today(LocalDate.of(2026, 3, 27));
    complete(sar, SarProcess.TASK_DISPATCH_RESPONSE, "officer",
        Map.of(SarProcess.DISPATCH_METHOD, SarProcess.DISPATCH_BY_SECURE_LINK, SarProcess.RESPONSE_OUTCOME, "DISCLOSED"));
    assertThat(sar).isWaitingAt(SarProcess.TASK_ISSUE_SECURE_LINK);
    EngineTime.today(LocalDate.of(2026, 3, 30));
    runJob(sar, SarProcess.TASK_ISSUE_SECURE_LINK);

    assertThat(sar).isEnded().hasPassed(SarProcess.TASK_ISSUE_SECURE_LINK, "EndEvent_ResponseSent");
    CaseView view = cases.view(sar.getBusinessKey());
    assertThat(view.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(view.closedOn()).isEqualTo(LocalDate.of(2026, 3, 30));
    assertThat(mail.getReceivedMessagesForDomain("link-test@example.org")).extracting(message -> message.getSubject())
        .contains("Your download is ready", "Your one-time code");
  }

  @Test
  void aResponseSentAnotherWayClosesWithoutALink() throws Exception {
    ProcessInstance sar = approved();
    EngineTime.today(LocalDate.of(2026, 3, 27));

    complete(sar, SarProcess.TASK_DISPATCH_RESPONSE, "officer", Map.of(SarProcess.DISPATCH_METHOD, "POST",
        SarProcess.DISPATCHED_ON, "2026-03-26", SarProcess.RESPONSE_OUTCOME, "DISCLOSED"));

    assertThat(sar).isEnded().hasPassed("EndEvent_ResponseSent").hasNotPassed(SarProcess.TASK_ISSUE_SECURE_LINK);
    assertThat(cases.view(sar.getBusinessKey()).closedOn()).isEqualTo(LocalDate.of(2026, 3, 26));
  }

  @Test
  void aManagerWhoReturnsThePackForReworkWithdrawsTheApprovalGivenBefore() throws Exception {
    ProcessInstance sar = approved();
    documents.attach(sar.getBusinessKey(), CaseAttachment.Kind.RESPONSE_BUNDLE, "late.pdf", "application/pdf",
        TestPdfs.pdf(1, List.of()));
    complete(sar, SarProcess.TASK_APPROVE_RESPONSE, "manager", Map.of(SarProcess.APPROVAL_DECISION, "REWORK"));

    assertThat(sar).isWaitingAt(SarProcess.TASK_REVIEW_AND_REDACT);
    assertThat(approvals.inForce(sar.getBusinessKey())).isEmpty();
  }

  @Autowired ResponseApprovals approvals;

  /** A case from intake to "Dispatch the response", its pack (one document) approved. */
  private ProcessInstance approved() throws Exception {
    var created = org.inforights.casework.support.Api.at(port).as("officer").post("/api/sars", """
        {"receivedOn": "2026-03-02", "channel": "EMAIL",
         "requester": {"name": "Requester Name", "email": "link-test@example.org", "relationship": "SELF"},
         "subject": {"name": "Requester Name", "dateOfBirth": "2009-01-01", "cohort": "LOOKED_AFTER"}}
        """);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String reference = json.readTree(created.body()).get("reference").asText();
    ProcessInstance sar = runtimeService.createProcessInstanceQuery().rootProcessInstances().processInstanceBusinessKey(reference).singleResult();
    runJob(sar, SarProcess.TASK_SEND_ACKNOWLEDGEMENT);
    complete(sar, SarProcess.TASK_VERIFY_IDENTITY, "officer", Map.of(SarProcess.IDENTITY_OUTCOME, "VERIFIED"));
    for (Task search : taskService.createTaskQuery().processInstanceId(sar.getId())
        .taskDefinitionKey(SarProcess.TASK_SEARCH_RECORDS).list()) {
      AsUser.complete(identityService, taskService, search, "owner", Map.of("recordsFound", true));
    }
    documents.attach(reference, CaseAttachment.Kind.RESPONSE_BUNDLE, "records.pdf", "application/pdf",
        TestPdfs.pdf(2, List.of()));
    complete(sar, SarProcess.TASK_REVIEW_AND_REDACT, "officer",
        Map.of(SarProcess.SERIOUS_HARM_CONSULTATION_NEEDED, false, SarProcess.HEALTH_DATA_INVOLVED, SarProcess.NO, "redactionLogComplete", true));
    complete(sar, SarProcess.TASK_APPROVE_RESPONSE, "manager", Map.of(SarProcess.APPROVAL_DECISION, "APPROVED"));
    return sar;
  }

  private void complete(ProcessInstance sar, String activity, String user, Map<String, Object> variables) {
    Task task = taskService.createTaskQuery().processInstanceId(sar.getId()).taskDefinitionKey(activity).singleResult();
    assertThat(task).as("an open %s task", activity).isNotNull();
    AsUser.complete(identityService, taskService, task, user, variables);
  }

  private void runJob(ProcessInstance sar, String activity) {
    Job job = managementService.createJobQuery().processInstanceId(sar.getId()).activityId(activity).singleResult();
    assertThat(job).as("a job at %s", activity).isNotNull();
    managementService.executeJob(job.getId());
  }
}
