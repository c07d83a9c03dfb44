package org.inforights.casework.sar;

import org.inforights.casework.casefile.AuditAction;
import org.inforights.casework.casefile.ExtensionGround;
import org.inforights.casework.caseprocess.CaseProcess;
import org.inforights.casework.caseprocess.RemindOfficerDelegate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.casefile.CaseStatus;
import org.inforights.casework.casefile.CaseView;
import org.inforights.casework.casefile.Cohort;
import org.inforights.casework.casefile.DeadlineStatus;
import org.inforights.casework.casefile.Outcome;
import org.inforights.casework.casefile.Relationship;
import org.inforights.casework.deadline.process.BreachIncidents;
import org.inforights.casework.deadline.process.ProcessDeadlines;
import org.inforights.casework.caseprocess.AskTheRequester;
import org.inforights.casework.caseprocess.DeadlineLadder;
import org.inforights.casework.support.CalledProcesses;
import org.inforights.casework.support.AsUser;
import org.inforights.casework.support.EngineTime;
import org.inforights.casework.support.Mail;
import org.inforights.casework.support.ProcessTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The subject access request model, path by path: every gateway branch, boundary event and timer,
 * each task completed by a user of the group it belongs to, jobs and timers run explicitly on a
 * controlled clock.
 */
@ProcessTest
@ExtendWith(EngineTime.class)
class SubjectAccessRequestProcessTest {

  /** Mon 2 Mar 2026: due Thu 2 Apr 2026. */
  static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);

  @RegisterExtension
  static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @org.springframework.boot.test.web.server.LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;
  @Autowired SarIntake intake;
  @Autowired CaseFileService cases;
  @Autowired org.inforights.casework.casefile.CaseClockRequests clockRequests;
  @Autowired org.inforights.casework.casefile.CaseFileRepository caseFiles;
  @Autowired ProcessDeadlines deadlines;
  @Autowired HealthClearances healthClearances;
  @Autowired ChildAuthorities childAuthorities;
  @Autowired org.springframework.transaction.PlatformTransactionManager transactionManager;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    today(RECEIVED);
  }

  @AfterEach
  void tearDown() {
    identityService.clearAuthentication();
  }

  // --- the main path, end to end, as each role --------------------------------------------

  @Test
  void anOfficerStartsARequestInTasklistAndEveryRoleTakesItToDispatchOnTime() throws Exception {
    ProcessInstance sar = startFromTasklist(intakeForm("SELF", "2010-04-01"));
    String ref = sar.getBusinessKey();
    assertThat(ref).matches("SAR-2026-\\d{5}");
    assertThat(sar).isWaitingAt(SarProcess.TASK_SEND_ACKNOWLEDGEMENT);

    runJob(sar, SarProcess.TASK_SEND_ACKNOWLEDGEMENT);
    assertThat(Mail.lastTo(mail, "sam@example.org").getSubject()).contains(ref);

    complete(sar, SarProcess.TASK_VERIFY_IDENTITY, "officer", Map.of(SarProcess.IDENTITY_OUTCOME, "VERIFIED"));
    assertThat(sar).isWaitingAt(SarProcess.TASK_SEARCH_RECORDS);
    List<Task> searches = tasks(sar, SarProcess.TASK_SEARCH_RECORDS);
    assertThat(searches).hasSize(4).allSatisfy(task -> assertThat(task.getName()).startsWith("Search records system"));
    for (Task search : searches) {
      completeTask(search, "owner", Map.of("recordsFound", true, "recordsCount", 3));
    }
    complete(sar, SarProcess.TASK_REVIEW_AND_REDACT, "officer",
        Map.of(SarProcess.SERIOUS_HARM_CONSULTATION_NEEDED, false, SarProcess.HEALTH_DATA_INVOLVED, SarProcess.NO, "redactionLogComplete", true));
    complete(sar, SarProcess.TASK_APPROVE_RESPONSE, "manager", Map.of(SarProcess.APPROVAL_DECISION, "APPROVED"));
    today(LocalDate.of(2026, 3, 30));
    complete(sar, SarProcess.TASK_DISPATCH_RESPONSE, "officer",
        Map.of(SarProcess.DISPATCH_METHOD, "SECURE_EMAIL", SarProcess.DISPATCHED_ON, "2026-03-30",
            SarProcess.RESPONSE_OUTCOME, "PARTLY_DISCLOSED"));

    assertThat(sar).isEnded().hasPassed("EndEvent_ResponseSent");
    CaseView view = cases.view(ref);
    assertThat(view.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(view.outcome()).isEqualTo(Outcome.PARTLY_DISCLOSED);
    assertThat(view.deadlineState()).isEqualTo(DeadlineStatus.CLOSED_ON_TIME);
    assertThat(managementService.createJobQuery().processInstanceId(sar.getId()).count()).isZero();
  }

  @Test
  void theStartFormsPersonalDataLeavesNoTraceInTheProcessOrItsHistory() {
    ProcessInstance sar = startFromTasklist(intakeForm("SELF", "2010-04-01"));

    List<VariableInstance> variables =
        runtimeService.createVariableInstanceQuery().processInstanceIdIn(sar.getId()).list();
    assertThat(variables)
        .extracting(VariableInstance::getName)
        .containsExactlyInAnyOrder(
            SarProcess.CASE_REFERENCE, ProcessDeadlines.DUE_AT, ProcessDeadlines.REMINDER_AT,
            ProcessDeadlines.AT_RISK_AT, ProcessDeadlines.BREACH_AT, ProcessDeadlines.DUE_EXPLANATION,
            SarProcess.COMPETENCE_CHECK_NEEDED, SarProcess.RECORDS_SYSTEMS, SarProcess.SEARCH_DUE_AT,
            SarProcess.CLARIFICATION_NEEDED, SarProcess.SERIOUS_HARM_CONSULTATION_NEEDED, CaseProcess.LINKED_CASES);
    assertThat(variables).extracting(VariableInstance::getValue).allSatisfy(
        value -> assertThat(String.valueOf(value)).doesNotContain("Sam Taylor", "sam@example.org", "2010-04-01", "Dee Teacher"));
    assertThat(intake.intermediaryOf(sar.getBusinessKey()))
        .hasValueSatisfying(teacher -> assertThat(teacher.organisation()).isEqualTo("Hill School"));
    List<HistoricVariableInstance> history =
        historyService.createHistoricVariableInstanceQuery().processInstanceId(sar.getId()).list();
    assertThat(history).extracting(HistoricVariableInstance::getName).noneMatch(name -> name.startsWith("intake"));
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(sar.getId()).list())
        .noneMatch(detail -> String.valueOf(detail).contains("Sam Taylor"));
  }

  @Test
  void aRequestPassedOnByTheChildsSocialWorkerIsTheChildsItsLettersGoToTheChildAndItsClockStartsWhenTheSocialWorkerHadIt()
      throws Exception {
    today(LocalDate.of(2026, 3, 9));
    String reference =
        intake
            .registerAndStart(
                new NewSarRequest(
                    LocalDate.of(2026, 3, 9),
                    Channel.SOCIAL_WORKER,
                    new NewSarRequest.Requester("Sam Taylor", "sam@example.org", Relationship.SELF),
                    new NewSarRequest.Subject("Sam Taylor", LocalDate.of(2011, 4, 1), Cohort.LOOKED_AFTER),
                    null,
                    new NewSarRequest.Intermediary(
                        "Pat Worker", "Children in care team", "pat.worker@council.example", RECEIVED)))
            .reference();
    ProcessInstance sar = runtimeService.createProcessInstanceQuery().rootProcessInstances().processInstanceBusinessKey(reference).singleResult();

    runJob(sar, SarProcess.TASK_SEND_ACKNOWLEDGEMENT);

    CaseView view = cases.view(reference);
    assertThat(view.receivedOn()).isEqualTo(RECEIVED);
    assertThat(view.dueOn()).isEqualTo(LocalDate.of(2026, 4, 2));
    jakarta.mail.internet.MimeMessage acknowledgement = Mail.lastTo(mail, "sam@example.org");
    assertThat(acknowledgement.getAllRecipients()).extracting(Object::toString).containsExactly("sam@example.org");
    assertThat(acknowledgement.getContent().toString()).startsWith("Dear Sam Taylor").doesNotContain("Pat Worker");
    assertThat(mail.getReceivedMessages()).noneSatisfy(letter -> assertThat(letter.getAllRecipients())
        .extracting(Object::toString).contains("pat.worker@council.example"));
    assertThat(intake.intermediaryOf(reference)).hasValueSatisfying(intermediary -> {
      assertThat(intermediary.channel()).isEqualTo("SOCIAL_WORKER");
      assertThat(intermediary.name()).isEqualTo("Pat Worker");
      assertThat(intermediary.receivedOn()).isEqualTo(RECEIVED);
    });
    assertThat(cases.get(reference).requester().name()).isEqualTo("Sam Taylor");
  }

  @Test
  void aStartFormWithBadValuesIsRefusedNamingEachFieldAndNothingIsSaved() {
    Map<String, Object> bad = intakeForm("AUNT", "2010-04-01");
    bad.put("intakeRequesterName", " ");
    bad.put("intakeReceivedOn", "2026-03-03");
    long before = runtimeService.createProcessInstanceQuery().count();

    assertThatThrownBy(() -> startFromTasklist(bad))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("receivedOn must not be in the future")
        .hasMessageContaining("requester.name must not be blank")
        .hasMessageContaining("requester.relationship must be one of");
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void aStartFormNamingAChildBornAfterTheRequestIsRefusedAndNothingIsSaved() {
    Map<String, Object> bad = intakeForm("SELF", "2026-02-25");
    bad.put("intakeReceivedOn", "2026-02-20");
    long before = runtimeService.createProcessInstanceQuery().count();
    long files = caseFiles.count();

    assertThatThrownBy(() -> startFromTasklist(bad))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("subject.dateOfBirth must not be after the request was received (2026-02-20)");
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(before);
    assertThat(caseFiles.count()).isEqualTo(files);
  }

  // --- identity and authority ----------------------------------------------------------------

  @Test
  void evidenceDatedInTheFutureInTasklistIsRefusedAndTheClockStaysStopped() throws Exception {
    ProcessInstance sar = startByApi(Relationship.REPRESENTATIVE, LocalDate.of(2012, 1, 1));
    runJob(sar, SarProcess.TASK_SEND_ACKNOWLEDGEMENT);
    complete(sar, SarProcess.TASK_VERIFY_IDENTITY, "officer",
        Map.of(SarProcess.IDENTITY_OUTCOME, "EVIDENCE_REQUESTED", SarProcess.EVIDENCE_NEEDED, "AUTHORITY"));
    runJob(sar, AskTheRequester.TASK_STOP_CLOCK_AND_ASK);
    Task await = task(sar, AskTheRequester.TASK_RECORD_ANSWER);

    assertThatThrownBy(() -> completeTask(await, "officer", Map.of(AskTheRequester.ANSWER_RECEIVED_ON, "2026-03-03")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("(answerReceivedOn) must not be in the future");
    assertThat(cases.view(sar.getBusinessKey()).status()).isEqualTo(CaseStatus.CLOCK_STOPPED);
    assertThat(sar).isWaitingAt(SarProcess.CALL_ASK_FOR_EVIDENCE);
  }

  @Test
  void evidenceAskedForStopsTheClockAndItsArrivalInTasklistRestartsIt() throws Exception {
    ProcessInstance sar = startByApi(Relationship.REPRESENTATIVE, LocalDate.of(2012, 1, 1));
    String ref = sar.getBusinessKey();
    runJob(sar, SarProcess.TASK_SEND_ACKNOWLEDGEMENT);
    complete(sar, SarProcess.TASK_VERIFY_IDENTITY, "officer",
        Map.of(SarProcess.IDENTITY_OUTCOME, "EVIDENCE_REQUESTED", SarProcess.EVIDENCE_NEEDED, "AUTHORITY"));
    runJob(sar, AskTheRequester.TASK_STOP_CLOCK_AND_ASK);

    assertThat(cases.view(ref).status()).isEqualTo(CaseStatus.CLOCK_STOPPED);
    assertThat(dateTimers(sar))
        .allMatch(job -> job.getDuedate().equals(at(ProcessDeadlines.CLOCK_STOPPED, LocalTime.MIDNIGHT)));
    // the request closes at the end of the reply-by day a month after it was asked for, the day the
    // letter gives: one value, kept once, read by both
    ProcessInstance ask = CalledProcesses.called(runtimeService, sar.getId(), AskTheRequester.KEY);
    assertThat(timer(sar, AskTheRequester.BOUNDARY_NO_ANSWER).getDuedate())
        .isEqualTo(at(LocalDate.of(2026, 4, 2), LocalTime.of(17, 0)))
        .isEqualTo(runtimeService.getVariable(ask.getId(), AskTheRequester.REPLY_DUE_AT))
        .isEqualTo(task(sar, AskTheRequester.TASK_RECORD_ANSWER).getDueDate());
    assertThat(Mail.lastTo(mail, "alex@example.org").getContent().toString())
        .contains("If we have not heard from you by Thu 2 Apr 2026", "close your request");
    assertThat(sar).isWaitingAt(SarProcess.CALL_ASK_FOR_EVIDENCE);

    today(LocalDate.of(2026, 3, 10));
    complete(sar, AskTheRequester.TASK_RECORD_ANSWER, "officer", Map.of(AskTheRequester.ANSWER_RECEIVED_ON, "2026-03-09"));

    CaseView view = cases.view(ref);
    assertThat(view.clockStartsOn()).isEqualTo(LocalDate.of(2026, 3, 9));
    assertThat(view.dueOn()).isEqualTo(LocalDate.of(2026, 4, 9));
    assertThat(sar).isWaitingAt(SarProcess.TASK_VERIFY_IDENTITY);
    // 10 working days before Thu 9 Apr 2026, over Easter: Tue 24 Mar
    assertThat(timer(sar, DeadlineLadder.EVENT_REMINDER_DUE).getDuedate()).isEqualTo(at(LocalDate.of(2026, 3, 24), LocalTime.of(9, 0)));
    assertThat(timer(sar, DeadlineLadder.EVENT_BREACH_DUE).getDuedate()).isEqualTo(at(LocalDate.of(2026, 4, 10), LocalTime.MIDNIGHT));
    assertThat(task(sar, SarProcess.TASK_VERIFY_IDENTITY).getDueDate()).isEqualTo(at(LocalDate.of(2026, 4, 9), LocalTime.of(17, 0)));
  }

  @Test
  void evidenceRecordedThroughTheApiEndsTheWaitLikeTasklistWould() throws Exception {
    ProcessInstance sar = waitingForEvidence();

    today(LocalDate.of(2026, 3, 5));
    resolvedThroughTheApi(sar, LocalDate.of(2026, 3, 5));

    assertThat(calledPath(sar, AskTheRequester.KEY))
        .as("the API's answer runs the clock again in the process's own step")
        .contains(AskTheRequester.BOUNDARY_ANSWER_ON_REQUEST, AskTheRequester.TASK_RESUME_CLOCK, AskTheRequester.END_ANSWERED);
    assertThat(sar).isWaitingAt(SarProcess.TASK_VERIFY_IDENTITY);
    assertThat(cases.view(sar.getBusinessKey()).dueOn()).isEqualTo(LocalDate.of(2026, 4, 7));
  }

  @Test
  void anEvidenceDateBeforeItWasAskedForIsRefusedAndTheTaskStaysOpen() throws Exception {
    ProcessInstance sar = waitingForEvidence();

    assertThatThrownBy(() -> complete(sar, AskTheRequester.TASK_RECORD_ANSWER, "officer",
            Map.of(AskTheRequester.ANSWER_RECEIVED_ON, "2026-03-01")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("answerReceivedOn must not be before the day it was asked for");
    assertThat(sar).isWaitingAt(SarProcess.CALL_ASK_FOR_EVIDENCE);
  }

  @Test
  void withoutEvidenceForAMonthTheRequestClosesAsWithdrawnAndTheRequesterIsToldHowToAskAgain() throws Exception {
    ProcessInstance sar = waitingForEvidence();

    runJob(sar, AskTheRequester.BOUNDARY_NO_ANSWER);
    assertThat(cases.view(sar.getBusinessKey()).outcome()).isEqualTo(Outcome.WITHDRAWN);
    runJob(sar, SarProcess.TASK_SEND_NO_EVIDENCE_CLOSURE);

    assertThat(sar).isEnded().hasPassed(SarProcess.TASK_SEND_NO_EVIDENCE_CLOSURE, "EndEvent_WithdrawnForNoEvidence");
    jakarta.mail.internet.MimeMessage closure = Mail.lastTo(mail, "sam@example.org");
    assertThat(closure.getSubject()).contains(sar.getBusinessKey(), "closed");
    assertThat(closure.getContent().toString())
        .contains("On Mon 2 Mar 2026 we asked you for proof of your identity", "You can make a new request at any time");
  }

  // --- competence, parental responsibility and the child's authority ---------------------------

  @Test
  void aParentForWhomTheChildGaveNoAuthorityIsToldTheCouncilCannotActButNeverThatTheChildRefused() throws Exception {
    ProcessInstance sar = verified(Relationship.PARENT, LocalDate.of(2012, 1, 1));
    assertThat(sar).isWaitingAt(SarProcess.TASK_ASSESS_COMPETENCE);

    complete(sar, SarProcess.TASK_ASSESS_COMPETENCE, "officer",
        Map.of(SarProcess.COMPETENCE_OUTCOME, "NO_AUTHORITY", "personalFactorUnderstanding", true,
            "personalFactorViewsSought", true));
    runJob(sar, SarProcess.TASK_SEND_REFUSAL);

    assertThat(sar).isEnded().hasPassed("EndEvent_Refused");
    assertThat(cases.view(sar.getBusinessKey()).outcome()).isEqualTo(Outcome.REFUSED);
    // the factors are facts about the child: in the case file, not in the engine's history
    assertThat(childAuthorities.of(sar.getBusinessKey())).hasValueSatisfying(authority ->
        assertThat(authority.competenceFactors()).containsExactlyInAnyOrder("UNDERSTANDING", "VIEWS_SOUGHT"));
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(sar.getId()).list())
        .extracting(HistoricVariableInstance::getName).noneMatch(name -> name.toLowerCase().contains("factor"));
    jakarta.mail.internet.MimeMessage letter = Mail.lastTo(mail, "alex@example.org");
    String text = letter.getContent().toString();
    assertThat(text)
        .contains("belongs to the child it is about", "cannot act on it for the child", "Information Commissioner")
        .doesNotContainIgnoringCase("child refused")
        .doesNotContainIgnoringCase("has not agreed")
        .doesNotContainIgnoringCase("did not agree")
        .doesNotContainIgnoringCase("consent")
        .doesNotContainIgnoringCase("does not want")
        .doesNotContainIgnoringCase("views");
  }

  @Test
  void aParentWithTheCompetentChildsAuthorityGoesToTheSearches() throws Exception {
    ProcessInstance sar = verified(Relationship.PARENT, LocalDate.of(2012, 1, 1));

    complete(sar, SarProcess.TASK_ASSESS_COMPETENCE, "officer", Map.of(SarProcess.COMPETENCE_OUTCOME, "CHILD_AUTHORISES"));

    assertThat(sar).isWaitingAt(SarProcess.TASK_SEARCH_RECORDS);
    assertThat(childAuthorities.of(sar.getBusinessKey())).hasValueSatisfying(authority -> {
      assertThat(authority.parentalResponsibility()).isEqualTo("BIRTH_MOTHER");
      assertThat(authority.legalStatus()).isEqualTo("NO_ORDER");
      assertThat(authority.competence()).isEqualTo("CHILD_AUTHORISES");
    });
  }

  @Test
  void aParentsRequestForAYoungChildStillHasTheChildsCompetenceAssessedWithNoAgeRule() throws Exception {
    ProcessInstance sar = verified(Relationship.PARENT, LocalDate.of(2018, 1, 1)); // 8

    assertThat(sar).isWaitingAt(SarProcess.TASK_ASSESS_COMPETENCE);
    complete(sar, SarProcess.TASK_ASSESS_COMPETENCE, "officer", Map.of(SarProcess.COMPETENCE_OUTCOME, "CHILD_NOT_COMPETENT"));
    assertThat(sar).isWaitingAt(SarProcess.TASK_SEARCH_RECORDS);
  }

  @Test
  void anAdultAskingAboutTheirOwnChildhoodInCareIsNotACompetenceCase() throws Exception {
    ProcessInstance careLeaver = verified(Relationship.SELF, LocalDate.of(2004, 1, 1)); // 22
    assertThat(careLeaver).isWaitingAt(SarProcess.TASK_SEARCH_RECORDS).hasNotPassed(SarProcess.TASK_ASSESS_COMPETENCE);
    ProcessInstance youngPerson = verified(Relationship.SELF, LocalDate.of(2013, 1, 1)); // 13, asking herself
    assertThat(youngPerson).isWaitingAt(SarProcess.TASK_SEARCH_RECORDS);
    // a solicitor for an adult is checked for the adult's written authority, not a child's competence
    ProcessInstance forAnAdult = startByApi(Relationship.SOLICITOR, LocalDate.of(2000, 1, 1));
    runJob(forAnAdult, SarProcess.TASK_SEND_ACKNOWLEDGEMENT);
    complete(forAnAdult, SarProcess.TASK_VERIFY_IDENTITY, "officer", Map.of(SarProcess.IDENTITY_OUTCOME, "VERIFIED"));
    assertThat(forAnAdult).isWaitingAt(SarProcess.TASK_SEARCH_RECORDS);
    assertThat(childAuthorities.of(forAnAdult.getBusinessKey())).isEmpty();
  }

  @Test
  void aSolicitorForAChildNeedsTheChildsAuthorityOrTheChildsBestInterests() throws Exception {
    ProcessInstance sar = startByApi(Relationship.SOLICITOR, LocalDate.of(2014, 1, 1));
    runJob(sar, SarProcess.TASK_SEND_ACKNOWLEDGEMENT);
    assertThatThrownBy(() -> complete(sar, SarProcess.TASK_VERIFY_IDENTITY, "officer",
            Map.of(SarProcess.IDENTITY_OUTCOME, "VERIFIED")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("personalPrBasis is required for a request made on a child's behalf");
    complete(sar, SarProcess.TASK_VERIFY_IDENTITY, "officer", Map.of(SarProcess.IDENTITY_OUTCOME, "VERIFIED",
        SarProcess.PR_BASIS, "NONE", SarProcess.CHILD_LEGAL_STATUS, "NO_ORDER"));
    assertThat(sar).isWaitingAt(SarProcess.TASK_ASSESS_COMPETENCE);

    assertThatThrownBy(() -> complete(sar, SarProcess.TASK_ASSESS_COMPETENCE, "officer",
            Map.of(SarProcess.COMPETENCE_OUTCOME, "CHILD_NOT_COMPETENT")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("personalBestInterestsReason is required: the requester has no parental responsibility");
    assertThatThrownBy(() -> complete(sar, SarProcess.TASK_ASSESS_COMPETENCE, "officer",
            Map.of(SarProcess.COMPETENCE_OUTCOME, "BEST_INTERESTS")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("personalBestInterestsReason is required");
    assertThat(sar).isWaitingAt(SarProcess.TASK_ASSESS_COMPETENCE);

    complete(sar, SarProcess.TASK_ASSESS_COMPETENCE, "officer", Map.of(SarProcess.COMPETENCE_OUTCOME, "BEST_INTERESTS",
        SarProcess.BEST_INTERESTS_REASON, "Needed for the child's appeal; the child is too unwell to be asked"));

    assertThat(sar).isWaitingAt(SarProcess.TASK_SEARCH_RECORDS);
    assertThat(childAuthorities.of(sar.getBusinessKey())).hasValueSatisfying(authority -> {
      assertThat(authority.parentalResponsibility()).isEqualTo("NONE");
      assertThat(authority.competence()).isEqualTo("BEST_INTERESTS");
      assertThat(authority.bestInterestsReason()).contains("appeal");
      assertThat(authority.competenceRecordedBy()).isEqualTo("officer");
    });
    assertThat(runtimeService.getVariables(sar.getId())).doesNotContainKeys(
        SarProcess.PR_BASIS, SarProcess.CHILD_LEGAL_STATUS, SarProcess.PR_LIMITED, SarProcess.BEST_INTERESTS_REASON);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(sar.getId()).list())
        .extracting(HistoricVariableInstance::getName).noneMatch(name -> name.startsWith("personal"));
  }

  @Test
  void anAdoptedChildsBirthParentHoldsNoParentalResponsibility() throws Exception {
    ProcessInstance sar = startByApi(Relationship.PARENT, LocalDate.of(2015, 1, 1));
    runJob(sar, SarProcess.TASK_SEND_ACKNOWLEDGEMENT);

    assertThatThrownBy(() -> complete(sar, SarProcess.TASK_VERIFY_IDENTITY, "officer", Map.of(
            SarProcess.IDENTITY_OUTCOME, "VERIFIED", SarProcess.PR_BASIS, "BIRTH_MOTHER",
            SarProcess.CHILD_LEGAL_STATUS, "ADOPTED")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("personalPrBasis cannot be BIRTH_MOTHER for an adopted child", "s.46(2)(a)");
    assertThat(sar).isWaitingAt(SarProcess.TASK_VERIFY_IDENTITY);
    assertThatThrownBy(() -> complete(sar, SarProcess.TASK_VERIFY_IDENTITY, "officer", Map.of(
            SarProcess.IDENTITY_OUTCOME, "VERIFIED", SarProcess.PR_BASIS, "SPECIAL_GUARDIAN",
            SarProcess.CHILD_LEGAL_STATUS, "NO_ORDER")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("personalChildLegalStatus must be SPECIAL_GUARDIANSHIP", "s.14C(1)(a)");

    complete(sar, SarProcess.TASK_VERIFY_IDENTITY, "officer", Map.of(
        SarProcess.IDENTITY_OUTCOME, "VERIFIED", SarProcess.PR_BASIS, "NONE", SarProcess.CHILD_LEGAL_STATUS, "ADOPTED"));
    assertThatThrownBy(() -> complete(sar, SarProcess.TASK_ASSESS_COMPETENCE, "officer",
            Map.of(SarProcess.COMPETENCE_OUTCOME, "CHILD_NOT_COMPETENT")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("personalBestInterestsReason is required");
  }

  @Test
  void aParentWhoseResponsibilityTheCouncilLimitsUnderACareOrderCannotActOnItAlone() throws Exception {
    ProcessInstance sar = startByApi(Relationship.PARENT, LocalDate.of(2016, 1, 1));
    runJob(sar, SarProcess.TASK_SEND_ACKNOWLEDGEMENT);
    complete(sar, SarProcess.TASK_VERIFY_IDENTITY, "officer", Map.of(
        SarProcess.IDENTITY_OUTCOME, "VERIFIED", SarProcess.PR_BASIS, "FATHER_WITH_PR",
        SarProcess.CHILD_LEGAL_STATUS, "CARE_ORDER", SarProcess.PR_LIMITED, true));

    assertThatThrownBy(() -> complete(sar, SarProcess.TASK_ASSESS_COMPETENCE, "officer",
            Map.of(SarProcess.COMPETENCE_OUTCOME, "CHILD_NOT_COMPETENT")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("s.33(3)(b)");
    complete(sar, SarProcess.TASK_ASSESS_COMPETENCE, "officer", Map.of(SarProcess.COMPETENCE_OUTCOME, "NO_AUTHORITY"));
    assertThat(sar).isWaitingAt(SarProcess.TASK_SEND_REFUSAL);
    assertThat(childAuthorities.of(sar.getBusinessKey())).hasValueSatisfying(authority -> {
      assertThat(authority.legalStatus()).isEqualTo("CARE_ORDER");
      assertThat(authority.limited()).isTrue();
      assertThat(authority.competence()).isEqualTo("NO_AUTHORITY");
    });
  }

  // --- review, serious harm, approval ---------------------------------------------------------

  @Test
  void socialWorkDataGoesToASeriousHarmOpinionAndAManagerCanReturnItForRework() throws Exception {
    ProcessInstance sar = searched();
    complete(sar, SarProcess.TASK_REVIEW_AND_REDACT, "officer",
        Map.of(SarProcess.SERIOUS_HARM_CONSULTATION_NEEDED, true, SarProcess.HEALTH_DATA_INVOLVED, SarProcess.NO));
    complete(sar, SarProcess.TASK_CONSULT_ON_SERIOUS_HARM, "owner", Map.of(
        SarProcess.SERIOUS_HARM_DATA_KIND, "SOCIAL_WORK", SarProcess.SERIOUS_HARM_TO_HEALTH, true,
        SarProcess.SERIOUS_HARM_PREJUDICES_SOCIAL_WORK, true, SarProcess.SERIOUS_HARM_OPINION, "WITHHOLD_SOME"));

    complete(sar, SarProcess.TASK_APPROVE_RESPONSE, "manager", Map.of(SarProcess.APPROVAL_DECISION, "REWORK"));

    assertThat(sar).isWaitingAt(SarProcess.TASK_REVIEW_AND_REDACT);
  }

  @Test
  void theServerChecksEachTaskAgainstItsFormsRulesAndKeepsTheTaskOpen() throws Exception {
    ProcessInstance sar = searched();
    complete(sar, SarProcess.TASK_REVIEW_AND_REDACT, "officer", Map.of(SarProcess.SERIOUS_HARM_CONSULTATION_NEEDED, false, SarProcess.HEALTH_DATA_INVOLVED, SarProcess.NO));

    assertThatThrownBy(() -> complete(sar, SarProcess.TASK_APPROVE_RESPONSE, "manager",
            Map.of(SarProcess.APPROVAL_DECISION, "MAYBE", "approvalComments", "x".repeat(2001))))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Decision (approvalDecision) must be one of [APPROVED, REWORK, REFUSE]")
        .hasMessageContaining("Comments for the officer (approvalComments) must be at most 2000 characters");
    assertThatThrownBy(() -> complete(sar, SarProcess.TASK_APPROVE_RESPONSE, "manager", Map.of()))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Decision (approvalDecision) is required");
    assertThat(sar).isWaitingAt(SarProcess.TASK_APPROVE_RESPONSE);
  }

  @Test
  void aManagerRefusesAManifestlyExcessiveRequestWithReasonsAndTheRightToComplain() throws Exception {
    ProcessInstance sar = searched();
    complete(sar, SarProcess.TASK_REVIEW_AND_REDACT, "officer", Map.of(SarProcess.SERIOUS_HARM_CONSULTATION_NEEDED, false, SarProcess.HEALTH_DATA_INVOLVED, SarProcess.NO));
    assertThatThrownBy(() -> complete(sar, SarProcess.TASK_APPROVE_RESPONSE, "manager",
            Map.of(SarProcess.APPROVAL_DECISION, "REFUSE")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("refusalGround");

    complete(sar, SarProcess.TASK_APPROVE_RESPONSE, "manager",
        Map.of(SarProcess.APPROVAL_DECISION, "REFUSE", SarProcess.REFUSAL_GROUND, "MANIFESTLY_EXCESSIVE"));
    runJob(sar, SarProcess.TASK_SEND_REFUSAL);

    assertThat(sar).isEnded().hasPassed("EndEvent_Refused");
    assertThat(cases.view(sar.getBusinessKey()).outcome()).isEqualTo(Outcome.REFUSED);
    assertThat(Mail.lastTo(mail, "sam@example.org").getContent().toString())
        .contains("manifestly excessive", "Information Commissioner", "courts");
  }

  @Test
  void onlyAManagerMayApproveTheResponse() throws Exception {
    ProcessInstance sar = searched();
    complete(sar, SarProcess.TASK_REVIEW_AND_REDACT, "officer", Map.of(SarProcess.SERIOUS_HARM_CONSULTATION_NEEDED, false, SarProcess.HEALTH_DATA_INVOLVED, SarProcess.NO));

    assertThatThrownBy(() -> complete(sar, SarProcess.TASK_APPROVE_RESPONSE, "officer",
            Map.of(SarProcess.APPROVAL_DECISION, "APPROVED")))
        .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
    assertThat(sar).isWaitingAt(SarProcess.TASK_APPROVE_RESPONSE);
  }

  @Test
  void socialWorkDataIsWithheldOnlyWhenBothLimbsOfTheTestAreMetAndEducationDataOnHarmAlone() throws Exception {
    ProcessInstance sar = searched();
    complete(sar, SarProcess.TASK_REVIEW_AND_REDACT, "officer",
        Map.of(SarProcess.SERIOUS_HARM_CONSULTATION_NEEDED, true, SarProcess.HEALTH_DATA_INVOLVED, SarProcess.NO));
    assertThat(task(sar, SarProcess.TASK_CONSULT_ON_SERIOUS_HARM)).hasCandidateGroup("record-owners");

    // harm to health alone does not withhold social-work data: it must also prejudice social work
    assertThatThrownBy(() -> complete(sar, SarProcess.TASK_CONSULT_ON_SERIOUS_HARM, "owner", Map.of(
            SarProcess.SERIOUS_HARM_DATA_KIND, "SOCIAL_WORK", SarProcess.SERIOUS_HARM_TO_HEALTH, true,
            SarProcess.SERIOUS_HARM_OPINION, "WITHHOLD_ALL")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("seriousHarmPrejudicesSocialWork", "Sch 3 Pt 3 para 7(2)");
    assertThatThrownBy(() -> complete(sar, SarProcess.TASK_CONSULT_ON_SERIOUS_HARM, "owner", Map.of(
            SarProcess.SERIOUS_HARM_DATA_KIND, "EDUCATION", SarProcess.SERIOUS_HARM_OPINION, "WITHHOLD_SOME")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Sch 3 Pt 4 para 17(2)");
    assertThat(sar).isWaitingAt(SarProcess.TASK_CONSULT_ON_SERIOUS_HARM);

    complete(sar, SarProcess.TASK_CONSULT_ON_SERIOUS_HARM, "owner", Map.of(
        SarProcess.SERIOUS_HARM_DATA_KIND, "EDUCATION", SarProcess.SERIOUS_HARM_TO_HEALTH, true,
        SarProcess.SERIOUS_HARM_OPINION, "WITHHOLD_SOME"));

    assertThat(sar).isWaitingAt(SarProcess.TASK_APPROVE_RESPONSE);
    assertThat(audit(sar))
        .anySatisfy(entry -> {
          assertThat(entry.action()).isEqualTo(AuditAction.SERIOUS_HARM_OPINION);
          assertThat(entry.actor()).isEqualTo("owner");
          assertThat(entry.detail()).isEqualTo("EDUCATION: WITHHOLD_SOME (Sch 3 Pt 4 para 19)");
        });
  }

  @Test
  void healthDataReachesApprovalOnlyWithANamedHealthProfessionalsOpinionKeptInTheCaseFile() throws Exception {
    ProcessInstance sar = searched();
    assertThatThrownBy(() -> complete(sar, SarProcess.TASK_REVIEW_AND_REDACT, "officer",
            Map.of(SarProcess.SERIOUS_HARM_CONSULTATION_NEEDED, false)))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("(healthDataInvolved) is required");
    complete(sar, SarProcess.TASK_REVIEW_AND_REDACT, "officer",
        Map.of(SarProcess.SERIOUS_HARM_CONSULTATION_NEEDED, false, SarProcess.HEALTH_DATA_INVOLVED, SarProcess.YES));

    assertThat(sar).hasPassed(SarProcess.TASK_CHECK_HEALTH_DATA).isWaitingAt(SarProcess.TASK_SETTLE_HEALTH_DATA);
    assertThat(task(sar, SarProcess.TASK_SETTLE_HEALTH_DATA)).hasCandidateGroup("ig-officers");
    assertThatThrownBy(() -> complete(sar, SarProcess.TASK_SETTLE_HEALTH_DATA, "officer", Map.of(
            SarProcess.HEALTH_ROUTE, "NEW_OPINION", SarProcess.HEALTH_PROFESSION, "MEDICAL_PRACTITIONER",
            SarProcess.HEALTH_OPINION_GIVEN_ON, "2026-03-01", SarProcess.HEALTH_OPINION, "SERIOUS_HARM_TEST_NOT_MET")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("personalHealthProfessionalName is required");
    assertThatThrownBy(() -> complete(sar, SarProcess.TASK_SETTLE_HEALTH_DATA, "officer", Map.of(
            SarProcess.HEALTH_ROUTE, "NEW_OPINION", SarProcess.HEALTH_PROFESSIONAL_NAME, "Dr Imogen Paediatra",
            SarProcess.HEALTH_PROFESSION, "MEDICAL_PRACTITIONER", SarProcess.HEALTH_OPINION_GIVEN_ON, "2025-09-01",
            SarProcess.HEALTH_OPINION, "SERIOUS_HARM_TEST_NOT_MET")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("personalHealthOpinionGivenOn is more than six months ago", "para 6(3)(a)");
    assertThat(sar).isWaitingAt(SarProcess.TASK_SETTLE_HEALTH_DATA);
    assertThat(healthClearances.of(sar.getBusinessKey())).isEmpty();

    complete(sar, SarProcess.TASK_SETTLE_HEALTH_DATA, "officer", Map.of(
        SarProcess.HEALTH_ROUTE, "NEW_OPINION", SarProcess.HEALTH_PROFESSIONAL_NAME, "Dr Imogen Paediatra",
        SarProcess.HEALTH_PROFESSION, "MEDICAL_PRACTITIONER", SarProcess.HEALTH_OPINION_GIVEN_ON, "2026-02-27",
        SarProcess.HEALTH_OPINION, "MET_FOR_PART"));

    assertThat(sar).isWaitingAt(SarProcess.TASK_APPROVE_RESPONSE);
    assertThat(healthClearances.of(sar.getBusinessKey())).singleElement().satisfies(opinion -> {
      assertThat(opinion.professionalName()).isEqualTo("Dr Imogen Paediatra");
      assertThat(opinion.profession()).isEqualTo("MEDICAL_PRACTITIONER");
      assertThat(opinion.opinionGivenOn()).isEqualTo(LocalDate.of(2026, 2, 27));
      assertThat(opinion.opinionValidUntil()).isEqualTo(LocalDate.of(2026, 8, 27));
      assertThat(opinion.opinion()).isEqualTo("MET_FOR_PART");
      assertThat(opinion.recordedBy()).isEqualTo("officer");
    });
    // the professional, the date and the opinion are in the case file only
    assertThat(runtimeService.getVariables(sar.getId())).doesNotContainKeys(
        SarProcess.HEALTH_PROFESSIONAL_NAME, SarProcess.HEALTH_PROFESSION, SarProcess.HEALTH_OPINION_GIVEN_ON,
        SarProcess.HEALTH_OPINION);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(sar.getId()).list())
        .extracting(HistoricVariableInstance::getName).noneMatch(name -> name.startsWith("personal"));
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(sar.getId()).list())
        .noneMatch(detail -> String.valueOf(detail).contains("Paediatra"));
    assertThat(audit(sar))
        .anySatisfy(entry -> assertThat(entry.detail())
            .isEqualTo("NEW_OPINION: MEDICAL_PRACTITIONER opinion given 2026-02-27, MET_FOR_PART; valid until 2026-08-27"))
        .noneSatisfy(entry -> assertThat(entry.detail()).contains("Paediatra"));
  }

  @Test
  void anOpinionThatHasLapsedSendsAReworkedResponseBackForANewOneBeforeItCanBeApproved() throws Exception {
    ProcessInstance sar = searched();
    complete(sar, SarProcess.TASK_REVIEW_AND_REDACT, "officer",
        Map.of(SarProcess.SERIOUS_HARM_CONSULTATION_NEEDED, false, SarProcess.HEALTH_DATA_INVOLVED, SarProcess.YES));
    complete(sar, SarProcess.TASK_SETTLE_HEALTH_DATA, "officer", Map.of(
        SarProcess.HEALTH_ROUTE, "NEW_OPINION", SarProcess.HEALTH_PROFESSIONAL_NAME, "Ann Nurse",
        SarProcess.HEALTH_PROFESSION, "NURSE_OR_MIDWIFE", SarProcess.HEALTH_OPINION_GIVEN_ON, "2026-03-02",
        SarProcess.HEALTH_OPINION, "SERIOUS_HARM_TEST_NOT_MET"));
    today(LocalDate.of(2026, 9, 3)); // six months and a day after the opinion
    complete(sar, SarProcess.TASK_APPROVE_RESPONSE, "manager", Map.of(SarProcess.APPROVAL_DECISION, "REWORK"));
    complete(sar, SarProcess.TASK_REVIEW_AND_REDACT, "officer",
        Map.of(SarProcess.SERIOUS_HARM_CONSULTATION_NEEDED, false, SarProcess.HEALTH_DATA_INVOLVED, SarProcess.YES));

    assertThat(sar).isWaitingAt(SarProcess.TASK_SETTLE_HEALTH_DATA);
    assertThat(tasks(sar, SarProcess.TASK_APPROVE_RESPONSE)).isEmpty();
    assertThat(tasks(sar, SarProcess.TASK_DISPATCH_RESPONSE)).isEmpty();
  }

  @Test
  void anOpinionAboutTheSameChildServesALaterRequestWhileValidIfNothingCallsForAskingAgain() throws Exception {
    LocalDate born = LocalDate.of(2011, 6, 6);
    ProcessInstance first = searchedAbout("Noor Healthcheck", born);
    complete(first, SarProcess.TASK_REVIEW_AND_REDACT, "officer",
        Map.of(SarProcess.SERIOUS_HARM_CONSULTATION_NEEDED, false, SarProcess.HEALTH_DATA_INVOLVED, SarProcess.YES));
    // no opinion about this child yet: nothing to rely on
    assertThatThrownBy(() -> complete(first, SarProcess.TASK_SETTLE_HEALTH_DATA, "officer", Map.of(
            SarProcess.HEALTH_ROUTE, "EARLIER_OPINION", SarProcess.HEALTH_RECONSULT_NOT_REASONABLE, true)))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("healthRoute EARLIER_OPINION needs an opinion about this child given within the last six months");
    complete(first, SarProcess.TASK_SETTLE_HEALTH_DATA, "officer", Map.of(
        SarProcess.HEALTH_ROUTE, "NEW_OPINION", SarProcess.HEALTH_PROFESSIONAL_NAME, "Dr Lee",
        SarProcess.HEALTH_PROFESSION, "HCPC_REGISTERED", SarProcess.HEALTH_OPINION_GIVEN_ON, "2026-03-02",
        SarProcess.HEALTH_OPINION, "SERIOUS_HARM_TEST_NOT_MET"));

    today(LocalDate.of(2026, 6, 1));
    ProcessInstance later = searchedAbout("noor  HEALTHCHECK", born, LocalDate.of(2026, 6, 1));
    complete(later, SarProcess.TASK_REVIEW_AND_REDACT, "officer",
        Map.of(SarProcess.SERIOUS_HARM_CONSULTATION_NEEDED, false, SarProcess.HEALTH_DATA_INVOLVED, SarProcess.YES));
    assertThat(healthClearances.earlierOpinionAbout(later.getBusinessKey(), LocalDate.of(2026, 6, 1)))
        .hasValueSatisfying(opinion -> assertThat(opinion.opinionValidUntil()).isEqualTo(LocalDate.of(2026, 9, 2)));
    assertThatThrownBy(() -> complete(later, SarProcess.TASK_SETTLE_HEALTH_DATA, "officer",
            Map.of(SarProcess.HEALTH_ROUTE, "EARLIER_OPINION")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("healthReconsultNotReasonable must be confirmed", "para 6(2)(b)");
    complete(later, SarProcess.TASK_SETTLE_HEALTH_DATA, "officer",
        Map.of(SarProcess.HEALTH_ROUTE, "EARLIER_OPINION", SarProcess.HEALTH_RECONSULT_NOT_REASONABLE, true));

    assertThat(later).isWaitingAt(SarProcess.TASK_APPROVE_RESPONSE);
    assertThat(healthClearances.of(later.getBusinessKey())).singleElement().satisfies(opinion -> {
      assertThat(opinion.route()).isEqualTo("EARLIER_OPINION");
      assertThat(opinion.professionalName()).isEqualTo("Dr Lee");
    });
    // six months on, it no longer serves a new request
    assertThat(healthClearances.earlierOpinionAbout(later.getBusinessKey(), LocalDate.of(2026, 9, 3))).isEmpty();
  }

  @Test
  void theChildAlreadyKnowingTheInformationIsTheAlternativeToAnOpinionAndItsReasonsAreRequired() throws Exception {
    ProcessInstance sar = searched();
    complete(sar, SarProcess.TASK_REVIEW_AND_REDACT, "officer",
        Map.of(SarProcess.SERIOUS_HARM_CONSULTATION_NEEDED, false, SarProcess.HEALTH_DATA_INVOLVED, SarProcess.YES));
    assertThatThrownBy(() -> complete(sar, SarProcess.TASK_SETTLE_HEALTH_DATA, "officer",
            Map.of(SarProcess.HEALTH_ROUTE, "ALREADY_SEEN")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("personalHealthAlreadySeenBasis is required", "para 6(1)(b)");

    complete(sar, SarProcess.TASK_SETTLE_HEALTH_DATA, "officer", Map.of(SarProcess.HEALTH_ROUTE, "ALREADY_SEEN",
        SarProcess.HEALTH_ALREADY_SEEN_BASIS, "The clinic letter of 4 Feb was addressed to the young person"));

    assertThat(sar).isWaitingAt(SarProcess.TASK_APPROVE_RESPONSE);
    assertThat(runtimeService.getVariables(sar.getId())).doesNotContainKey(SarProcess.HEALTH_ALREADY_SEEN_BASIS);
    assertThat(healthClearances.of(sar.getBusinessKey())).singleElement()
        .satisfies(known -> assertThat(known.basis()).contains("clinic letter"));
  }

  // --- the escalation ladder ----------------------------------------------------------------

  @Test
  void theCaseCallsTheSharedLadderUnderItsReferenceWithItsOwnDates() throws Exception {
    ProcessInstance sar = verified(Relationship.SELF, LocalDate.of(2009, 1, 1));
    ProcessInstance ladder = CalledProcesses.called(runtimeService, sar.getId(), DeadlineLadder.KEY);

    assertThat(sar).isWaitingAt(DeadlineLadder.CALL_ACTIVITY);
    assertThat(ladder.getBusinessKey()).as("Cockpit finds it by the case reference").isEqualTo(sar.getBusinessKey());
    assertThat(ladder).isWaitingAt(DeadlineLadder.EVENT_REMINDER_DUE, DeadlineLadder.EVENT_AT_RISK_DUE, DeadlineLadder.EVENT_BREACH_DUE);
    for (String date : List.of(DeadlineLadder.REMINDER_AT, DeadlineLadder.AT_RISK_AT, DeadlineLadder.BREACH_AT)) {
      assertThat(runtimeService.getVariable(ladder.getId(), date)).as(date).isEqualTo(runtimeService.getVariable(sar.getId(), date));
    }
    assertThat(runtimeService.getVariables(ladder.getId()).keySet())
        .as("the ladder gets its three dates and the reference: nothing about the child or the requester")
        .containsExactlyInAnyOrder(DeadlineLadder.CASE_REFERENCE, DeadlineLadder.REMINDER_AT,
            DeadlineLadder.AT_RISK_AT, DeadlineLadder.BREACH_AT);
  }

  @Test
  void tenWorkingDaysBeforeTheDueDateTheOfficersTasksMoveUp() throws Exception {
    ProcessInstance sar = verified(Relationship.SELF, LocalDate.of(2009, 1, 1));
    // Thu 2 Apr 2026 less 10 working days (Good Friday and Easter Monday fall after it): Thu 19 Mar
    assertThat(timer(sar, DeadlineLadder.EVENT_REMINDER_DUE).getDuedate()).isEqualTo(at(LocalDate.of(2026, 3, 19), LocalTime.of(9, 0)));

    runJob(sar, DeadlineLadder.EVENT_REMINDER_DUE);

    assertThat(tasks(sar, SarProcess.TASK_SEARCH_RECORDS)).allMatch(task -> task.getPriority() == RemindOfficerDelegate.REMINDED_PRIORITY);
  }

  @Test
  void fiveWorkingDaysBeforeTheDueDateAManagerReviewsTheCase() throws Exception {
    ProcessInstance sar = verified(Relationship.SELF, LocalDate.of(2009, 1, 1));
    assertThat(timer(sar, DeadlineLadder.EVENT_AT_RISK_DUE).getDuedate()).isEqualTo(at(LocalDate.of(2026, 3, 26), LocalTime.of(9, 0)));

    runJob(sar, DeadlineLadder.EVENT_AT_RISK_DUE);
    complete(sar, SarProcess.TASK_REVIEW_AT_RISK_CASE, "manager", Map.of("atRiskAction", "ON_COURSE"));

    assertThat(sar).hasPassed("EndEvent_AtRiskOnCourse");
    assertThat(cases.view(sar.getBusinessKey()).extendedDueOn()).isNull();
  }

  @Test
  void aManagerReviewingAnAtRiskCaseExtendsItWithReasonsAndTheRequesterIsTold() throws Exception {
    ProcessInstance sar = verified(Relationship.SELF, LocalDate.of(2009, 1, 1));
    runJob(sar, DeadlineLadder.EVENT_AT_RISK_DUE);
    today(LocalDate.of(2026, 3, 26));

    assertThatThrownBy(() -> complete(sar, SarProcess.TASK_REVIEW_AT_RISK_CASE, "manager",
            Map.of(SarProcess.AT_RISK_ACTION, "EXTEND", SarProcess.EXTENSION_REASON, " ")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("extensionReason is required");
    assertThat(sar).isWaitingAt(SarProcess.TASK_REVIEW_AT_RISK_CASE);

    assertThatThrownBy(() -> complete(sar, SarProcess.TASK_REVIEW_AT_RISK_CASE, "manager",
            Map.of(SarProcess.AT_RISK_ACTION, "EXTEND", SarProcess.EXTENSION_REASON, "Records held in five systems")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("extensionGround must be COMPLEX or NUMEROUS");
    assertThat(sar).isWaitingAt(SarProcess.TASK_REVIEW_AT_RISK_CASE);

    complete(sar, SarProcess.TASK_REVIEW_AT_RISK_CASE, "manager",
        Map.of(SarProcess.AT_RISK_ACTION, "EXTEND", SarProcess.EXTENSION_GROUND, "COMPLEX",
            SarProcess.EXTENSION_REASON, "Records held in five systems"));

    assertThat(sar).hasPassed("EndEvent_DeadlineExtended");
    assertThat(cases.view(sar.getBusinessKey()).extendedDueOn()).isEqualTo(LocalDate.of(2026, 6, 2));
    assertThat(timer(sar, DeadlineLadder.EVENT_BREACH_DUE).getDuedate()).isEqualTo(at(LocalDate.of(2026, 6, 3), LocalTime.MIDNIGHT));
    runJob(sar, SarProcess.TASK_SEND_EXTENSION_NOTICE);
    assertThat(Mail.lastTo(mail, "sam@example.org").getContent().toString())
        .contains("because the request is complex", "Records held in five systems");
    assertThat(cases.get(sar.getBusinessKey()).extensionDecidedOn()).isEqualTo(LocalDate.of(2026, 3, 26));
  }

  @Test
  void anAtRiskReviewLeftUntilAfterTheOriginalDueDateCannotExtend() throws Exception {
    ProcessInstance sar = verified(Relationship.SELF, LocalDate.of(2009, 1, 1));
    runJob(sar, DeadlineLadder.EVENT_AT_RISK_DUE);
    today(LocalDate.of(2026, 4, 3)); // due Thu 2 Apr

    assertThatThrownBy(() -> complete(sar, SarProcess.TASK_REVIEW_AT_RISK_CASE, "manager",
            Map.of(SarProcess.AT_RISK_ACTION, "EXTEND", SarProcess.EXTENSION_GROUND, "NUMEROUS",
                SarProcess.EXTENSION_REASON, "Three requests")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("original due date (2026-04-02) has passed");
    assertThat(sar).isWaitingAt(SarProcess.TASK_REVIEW_AT_RISK_CASE);
    assertThat(cases.view(sar.getBusinessKey()).extendedDueOn()).isNull();
  }

  @Test
  void anOfficerAsksForAnExtensionWhenAssessingTheCaseAndAManagerApprovesIt() throws Exception {
    ProcessInstance sar = startByApi(Relationship.SELF, LocalDate.of(2009, 1, 1));
    runJob(sar, SarProcess.TASK_SEND_ACKNOWLEDGEMENT);
    today(LocalDate.of(2026, 3, 9));
    complete(sar, SarProcess.TASK_VERIFY_IDENTITY, "officer", Map.of(
        SarProcess.IDENTITY_OUTCOME, "VERIFIED", SarProcess.EXTENSION_REQUESTED, true,
        SarProcess.EXTENSION_GROUND, "NUMEROUS", SarProcess.EXTENSION_REASON, "Four requests in one week"));

    // the officer's work goes on while a manager decides
    assertThat(sar).isWaitingAt(SarProcess.TASK_APPROVE_EXTENSION, SarProcess.TASK_SEARCH_RECORDS);
    assertThat(task(sar, SarProcess.TASK_APPROVE_EXTENSION)).hasCandidateGroup("ig-managers");
    today(LocalDate.of(2026, 3, 10));
    complete(sar, SarProcess.TASK_APPROVE_EXTENSION, "manager", Map.of(
        SarProcess.EXTENSION_DECISION, "APPROVE", SarProcess.EXTENSION_GROUND, "NUMEROUS",
        SarProcess.EXTENSION_REASON, "Four requests in one week"));

    assertThat(sar).hasPassed("EndEvent_ExtensionGranted");
    assertThat(cases.get(sar.getBusinessKey()).extensionDecidedOn()).isEqualTo(LocalDate.of(2026, 3, 10));
    assertThat(cases.view(sar.getBusinessKey()).extendedDueOn()).isEqualTo(LocalDate.of(2026, 6, 2));
    assertThat(runtimeService.getVariable(sar.getId(), SarProcess.EXTENSION_REQUESTED)).isEqualTo(false);
    runJob(sar, SarProcess.TASK_SEND_EXTENSION_NOTICE);
    assertThat(Mail.lastTo(mail, "sam@example.org").getContent().toString())
        .contains("because of the number of requests you have made", "Four requests in one week");
  }

  @Test
  void aManagerMayDeclineAnOfficersRequestForAnExtensionAfterReviewAndRedact() throws Exception {
    ProcessInstance sar = searched();
    complete(sar, SarProcess.TASK_REVIEW_AND_REDACT, "officer", Map.of(
        SarProcess.SERIOUS_HARM_CONSULTATION_NEEDED, false, SarProcess.HEALTH_DATA_INVOLVED, SarProcess.NO, SarProcess.EXTENSION_REQUESTED, true,
        SarProcess.EXTENSION_GROUND, "COMPLEX", SarProcess.EXTENSION_REASON, "Many systems"));
    assertThat(sar).isWaitingAt(SarProcess.TASK_APPROVE_EXTENSION, SarProcess.TASK_APPROVE_RESPONSE);

    complete(sar, SarProcess.TASK_APPROVE_EXTENSION, "manager", Map.of(SarProcess.EXTENSION_DECISION, "DECLINE"));

    assertThat(sar).hasPassed("EndEvent_ExtensionDeclined").hasNotPassed("EndEvent_ExtensionGranted");
    assertThat(cases.view(sar.getBusinessKey()).extendedDueOn()).isNull();
    assertThat(runtimeService.getVariable(sar.getId(), SarProcess.EXTENSION_REQUESTED)).isEqualTo(false);
  }

  @Test
  void anExtensionApprovedAfterTheOriginalDueDateIsRefusedAndTheApprovalStaysOpen() throws Exception {
    ProcessInstance sar = startByApi(Relationship.SELF, LocalDate.of(2009, 1, 1));
    runJob(sar, SarProcess.TASK_SEND_ACKNOWLEDGEMENT);
    complete(sar, SarProcess.TASK_VERIFY_IDENTITY, "officer", Map.of(
        SarProcess.IDENTITY_OUTCOME, "VERIFIED", SarProcess.EXTENSION_REQUESTED, true,
        SarProcess.EXTENSION_GROUND, "COMPLEX", SarProcess.EXTENSION_REASON, "Many systems"));
    today(LocalDate.of(2026, 4, 3)); // due Thu 2 Apr

    assertThatThrownBy(() -> complete(sar, SarProcess.TASK_APPROVE_EXTENSION, "manager",
            Map.of(SarProcess.EXTENSION_DECISION, "APPROVE")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("original due date (2026-04-02) has passed");
    assertThat(sar).isWaitingAt(SarProcess.TASK_APPROVE_EXTENSION);
    assertThat(cases.view(sar.getBusinessKey()).extendedDueOn()).isNull();
  }

  // --- clarification -----------------------------------------------------------------------

  @Test
  void aClarificationStopsTheClockAndItsDaysAreAddedWhenTheAnswerIsRecordedInTasklist() throws Exception {
    ProcessInstance sar = startByApi(Relationship.SELF, LocalDate.of(2009, 1, 1));
    runJob(sar, SarProcess.TASK_SEND_ACKNOWLEDGEMENT);
    today(LocalDate.of(2026, 3, 10));
    complete(sar, SarProcess.TASK_VERIFY_IDENTITY, "officer",
        Map.of(SarProcess.IDENTITY_OUTCOME, "VERIFIED", SarProcess.CLARIFICATION_NEEDED, true));
    runJob(sar, AskTheRequester.TASK_STOP_CLOCK_AND_ASK);
    assertThat(cases.view(sar.getBusinessKey()).status()).isEqualTo(CaseStatus.CLOCK_STOPPED);
    assertThat(Mail.lastTo(mail, "sam@example.org").getSubject()).contains(sar.getBusinessKey(), "what you are looking for");

    today(LocalDate.of(2026, 3, 14));
    complete(sar, AskTheRequester.TASK_RECORD_ANSWER, "officer", Map.of(AskTheRequester.ANSWER_RECEIVED_ON, "2026-03-13"));

    // asked Tue 10, answered Fri 13 March: 4 days; Thu 2 Apr → Mon 6 Apr (Easter Monday) → Tue 7 Apr
    assertThat(cases.view(sar.getBusinessKey()).dueOn()).isEqualTo(LocalDate.of(2026, 4, 7));
    assertThat(sar).isWaitingAt(SarProcess.TASK_SEARCH_RECORDS);
  }

  // --- the clock stopped through the API -----------------------------------------------------

  @Test
  void aClockStoppedThroughTheApiPutsTheCaseInItsWaitForTheAnswerAndTheAnswerInTasklistRunsItAgain() throws Exception {
    ProcessInstance sar = verified(Relationship.SELF, LocalDate.of(2009, 1, 1));
    String ref = sar.getBusinessKey();
    today(LocalDate.of(2026, 3, 4));

    stoppedThroughTheApi(sar, "CLARIFICATION", LocalDate.of(2026, 3, 4));

    // the work goes on beside the wait; nothing is written: whoever stopped the clock asked
    assertThat(sar).isWaitingAt(SarProcess.TASK_SEARCH_RECORDS, SarProcess.CALL_ANSWER_AFTER_API_STOP);
    Task answer = task(sar, AskTheRequester.TASK_RECORD_ANSWER);
    assertThat(answer).hasCandidateGroup("ig-officers");
    assertThat(answer.getDueDate()).as("a month from the day asked").isEqualTo(at(LocalDate.of(2026, 4, 4), LocalTime.of(17, 0)));
    assertThat(timer(sar, AskTheRequester.BOUNDARY_NO_ANSWER).getDuedate())
        .as("a stop through the API never closes the request by itself")
        .isEqualTo(at(ProcessDeadlines.CLOCK_STOPPED, LocalTime.MIDNIGHT));
    assertThat(dateTimers(sar)).allMatch(job -> job.getDuedate().equals(at(ProcessDeadlines.CLOCK_STOPPED, LocalTime.MIDNIGHT)));

    today(LocalDate.of(2026, 3, 6));
    complete(sar, AskTheRequester.TASK_RECORD_ANSWER, "officer", Map.of(AskTheRequester.ANSWER_RECEIVED_ON, "2026-03-06"));

    // asked Wed 4, answered Fri 6 March: 3 days; Thu 2 Apr → Tue 7 Apr over Easter Monday
    assertThat(cases.view(ref).status()).isEqualTo(CaseStatus.OPEN);
    assertThat(cases.view(ref).dueOn()).isEqualTo(LocalDate.of(2026, 4, 7));
    assertThat(calledPath(sar, AskTheRequester.KEY))
        .contains(AskTheRequester.TASK_STOP_CLOCK_ON_REQUEST, AskTheRequester.TASK_RESUME_CLOCK, AskTheRequester.END_ANSWERED)
        .doesNotContain(AskTheRequester.TASK_STOP_CLOCK_AND_ASK);
    assertThat(sar).hasPassed("EndEvent_ClockRunsAgain").isWaitingAt(SarProcess.TASK_SEARCH_RECORDS);
    assertThat(timer(sar, DeadlineLadder.EVENT_BREACH_DUE).getDuedate()).isEqualTo(at(LocalDate.of(2026, 4, 8), LocalTime.MIDNIGHT));
  }

  @Test
  void aStopThroughTheApiWhileTheCasesOwnAskIsStoppingTheClockIsRefusedAndTheAskGoesOn() throws Exception {
    ProcessInstance sar = askedForEvidence();

    java.net.http.HttpResponse<String> refused = org.inforights.casework.support.Api.at(port).as("officer")
        .post("/api/cases/" + sar.getBusinessKey() + "/clock-stops",
            "{\"reason\": \"CLARIFICATION\", \"askedOn\": \"" + RECEIVED + "\"}");

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
    assertThat(refused.body()).contains("already stopping the clock to ask the requester");
    runJob(sar, AskTheRequester.TASK_STOP_CLOCK_AND_ASK);
    assertThat(cases.view(sar.getBusinessKey()).status()).isEqualTo(CaseStatus.CLOCK_STOPPED);
    assertThat(cases.view(sar.getBusinessKey()).clockStops()).singleElement()
        .satisfies(stop -> assertThat(stop.reason()).isEqualTo(org.inforights.casework.casefile.ClockStopReason.IDENTITY));
    String ask = CalledProcesses.called(runtimeService, sar.getId(), AskTheRequester.KEY).getId();
    assertThat(runtimeService.createIncidentQuery().processInstanceId(ask).count()
            + runtimeService.createIncidentQuery().processInstanceId(sar.getId()).count())
        .as("the ask's job did not fail").isZero();
    assertThat(tasks(sar, AskTheRequester.TASK_RECORD_ANSWER)).hasSize(1);
  }

  @Test
  void aStopThroughTheApiTheCaseFileRefusesNamesTheFieldAndOpensNoWait() throws Exception {
    ProcessInstance sar = verified(Relationship.SELF, LocalDate.of(2009, 1, 1));

    java.net.http.HttpResponse<String> refused = org.inforights.casework.support.Api.at(port).as("dpo")
        .post("/api/cases/" + sar.getBusinessKey() + "/clock-stops",
            "{\"reason\": \"CLARIFICATION\", \"askedOn\": \"" + RECEIVED.minusDays(1) + "\"}");

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("askedOn", "must not be before the request was received");
    assertThat(runtimeService.createProcessInstanceQuery().superProcessInstanceId(sar.getId())
        .processDefinitionKey(AskTheRequester.KEY).count()).as("no wait opened").isZero();
    assertThat(cases.view(sar.getBusinessKey()).status()).isEqualTo(CaseStatus.OPEN);
  }

  @Test
  void aStopTheDpoDatesEarlierThroughTheApiIsMadeByTheProcesssStepInTheDposName() throws Exception {
    ProcessInstance sar = verified(Relationship.SELF, LocalDate.of(2009, 1, 1));
    today(RECEIVED.plusDays(4));

    java.net.http.HttpResponse<String> stopped = org.inforights.casework.support.Api.at(port).as("dpo")
        .post("/api/cases/" + sar.getBusinessKey() + "/clock-stops",
            "{\"reason\": \"CLARIFICATION\", \"askedOn\": \"" + RECEIVED.plusDays(2) + "\"}");

    assertThat(stopped.statusCode()).as(stopped.body()).isEqualTo(200);
    assertThat(CalledProcesses.called(runtimeService, sar.getId(), AskTheRequester.KEY))
        .hasPassed(AskTheRequester.TASK_STOP_CLOCK_ON_REQUEST)
        .isWaitingAt(AskTheRequester.TASK_RECORD_ANSWER);
    assertThat(task(sar, AskTheRequester.TASK_RECORD_ANSWER).getDueDate())
        .as("a month from the day the DPO says the requester was asked")
        .isEqualTo(at(RECEIVED.plusDays(2).plusMonths(1), LocalTime.of(17, 0)));
    assertThat(audit(sar))
        .filteredOn(entry -> entry.storedAction().startsWith("CLOCK_STOP"))
        .extracting(org.inforights.casework.casefile.AuditEntry::actor, org.inforights.casework.casefile.AuditEntry::action)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("dpo", AuditAction.CLOCK_STOPPED),
            org.assertj.core.groups.Tuple.tuple("dpo", AuditAction.CLOCK_STOP_DATE_CONFIRMED));
  }

  @Test
  void aClockStoppedAndResolvedThroughTheApiEndsTheWaitItOpenedAndAStopWhileTheProcessWaitsIsRefused() throws Exception {
    ProcessInstance sar = verified(Relationship.SELF, LocalDate.of(2009, 1, 1));
    stoppedThroughTheApi(sar, "IDENTITY", RECEIVED);
    assertThat(tasks(sar, AskTheRequester.TASK_RECORD_ANSWER)).hasSize(1);

    java.net.http.HttpResponse<String> again = org.inforights.casework.support.Api.at(port).as("officer")
        .post("/api/cases/" + sar.getBusinessKey() + "/clock-stops", "{\"reason\": \"CLARIFICATION\", \"askedOn\": \"" + RECEIVED + "\"}");
    assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
    assertThat(tasks(sar, AskTheRequester.TASK_RECORD_ANSWER)).as("still one wait").hasSize(1);

    resolvedThroughTheApi(sar, RECEIVED);

    assertThat(tasks(sar, AskTheRequester.TASK_RECORD_ANSWER)).isEmpty();
    assertThat(calledPath(sar, AskTheRequester.KEY)).contains(AskTheRequester.BOUNDARY_ANSWER_ON_REQUEST, AskTheRequester.TASK_RESUME_CLOCK);
    assertThat(cases.view(sar.getBusinessKey()).status()).isEqualTo(CaseStatus.OPEN);
    assertThat(sar).isWaitingAt(SarProcess.TASK_SEARCH_RECORDS);
  }

  @Test
  void theAnswerTaskOfACaseAlreadyBreachedIsAtTheTopOfTasklistLikeTheCasesOtherTasks() throws Exception {
    ProcessInstance sar = verified(Relationship.SELF, LocalDate.of(2009, 1, 1));
    today(LocalDate.of(2026, 4, 3)); // due Thu 2 Apr
    runJob(sar, DeadlineLadder.EVENT_BREACH_DUE);

    stoppedThroughTheApi(sar, "CLARIFICATION", LocalDate.of(2026, 4, 3));

    assertThat(task(sar, AskTheRequester.TASK_RECORD_ANSWER).getPriority())
        .as("a task of the process the breached case called")
        .isEqualTo(ProcessDeadlines.BREACHED_PRIORITY);
  }

  @Test
  void aClarificationRecordedThroughTheApiEndsTheWait() throws Exception {
    ProcessInstance sar = startByApi(Relationship.SELF, LocalDate.of(2009, 1, 1));
    runJob(sar, SarProcess.TASK_SEND_ACKNOWLEDGEMENT);
    complete(sar, SarProcess.TASK_VERIFY_IDENTITY, "officer",
        Map.of(SarProcess.IDENTITY_OUTCOME, "VERIFIED", SarProcess.CLARIFICATION_NEEDED, true));
    runJob(sar, AskTheRequester.TASK_STOP_CLOCK_AND_ASK);

    today(LocalDate.of(2026, 3, 3));
    resolvedThroughTheApi(sar, LocalDate.of(2026, 3, 3));

    assertThat(calledPath(sar, AskTheRequester.KEY))
        .as("the API's answer runs the clock again in the process's own step")
        .contains(AskTheRequester.BOUNDARY_ANSWER_ON_REQUEST, AskTheRequester.TASK_RESUME_CLOCK, AskTheRequester.END_ANSWERED);
    assertThat(sar).hasPassed(SarProcess.CALL_ASK_FOR_CLARIFICATION).isWaitingAt(SarProcess.TASK_SEARCH_RECORDS);
    assertThat(cases.view(sar.getBusinessKey()).daysPaused()).isEqualTo(2);
  }

  @Test
  void aBreachIsRecordedRaisesAnIncidentStartsTheDposReviewAndTheCaseGoesOnToCloseLate() throws Exception {
    ProcessInstance sar = verified(Relationship.SELF, LocalDate.of(2009, 1, 1));
    String ref = sar.getBusinessKey();
    runJob(sar, DeadlineLadder.EVENT_REMINDER_DUE);
    runJob(sar, DeadlineLadder.EVENT_AT_RISK_DUE);
    complete(sar, SarProcess.TASK_REVIEW_AT_RISK_CASE, "manager", Map.of("atRiskAction", "REASSIGNED"));
    today(LocalDate.of(2026, 4, 3));

    runJob(sar, DeadlineLadder.EVENT_BREACH_DUE);

    assertThat(cases.view(ref).breachedOn()).isEqualTo(LocalDate.of(2026, 4, 3));
    assertThat(tasks(sar, SarProcess.TASK_SEARCH_RECORDS))
        .allMatch(task -> task.getPriority() == ProcessDeadlines.BREACHED_PRIORITY);
    ProcessInstance ladder = CalledProcesses.called(runtimeService, sar.getId(), DeadlineLadder.KEY);
    Incident incident = runtimeService.createIncidentQuery().processInstanceId(ladder.getId()).singleResult();
    assertThat(incident.getIncidentType()).isEqualTo(BreachIncidents.TYPE);
    assertThat(ladder).isWaitingAt(DeadlineLadder.EVENT_CASE_CLOSED);
    assertThat(incident.getIncidentMessage()).contains(ref, "2026-04-02");
    ProcessInstance review =
        runtimeService.createProcessInstanceQuery().processDefinitionKey("statutory-breach-review").processInstanceBusinessKey(ref).singleResult();
    assertThat(review).isWaitingAt("Task_ReviewBreach");
    assertThat(taskService.createTaskQuery().processInstanceId(review.getId()).taskCandidateGroup("dpo").count()).isEqualTo(1);

    for (Task search : tasks(sar, SarProcess.TASK_SEARCH_RECORDS)) {
      completeTask(search, "owner", Map.of("recordsFound", false));
    }
    assertThat(task(sar, SarProcess.TASK_REVIEW_AND_REDACT).getPriority())
        .as("a task created after the breach")
        .isEqualTo(ProcessDeadlines.BREACHED_PRIORITY);
    complete(sar, SarProcess.TASK_REVIEW_AND_REDACT, "officer", Map.of(SarProcess.SERIOUS_HARM_CONSULTATION_NEEDED, false, SarProcess.HEALTH_DATA_INVOLVED, SarProcess.NO));
    complete(sar, SarProcess.TASK_APPROVE_RESPONSE, "manager", Map.of(SarProcess.APPROVAL_DECISION, "APPROVED"));
    complete(sar, SarProcess.TASK_DISPATCH_RESPONSE, "officer",
        Map.of(SarProcess.DISPATCH_METHOD, "POST", SarProcess.DISPATCHED_ON, "2026-04-03", SarProcess.RESPONSE_OUTCOME, "NO_DATA_HELD"));

    assertThat(cases.view(ref).deadlineState()).isEqualTo(DeadlineStatus.CLOSED_LATE);
    assertThat(ladder).hasPassed("EndEvent_BreachClosed").isEnded();
    assertThat(sar).hasPassed("EndEvent_LadderDone", "EndEvent_ResponseSent");
    assertThat(runtimeService.createIncidentQuery().incidentType(BreachIncidents.TYPE).configuration(ref).count()).isZero();
    assertThat(historyService.createHistoricIncidentQuery().processInstanceId(ladder.getId()).resolved().count()).isEqualTo(1);
    assertThat(review).isWaitingAt("Task_ReviewBreach");
    completeTask(taskService.createTaskQuery().processInstanceId(review.getId()).singleResult(), "dpo",
        Map.of("breachCause", "WORKLOAD", "requesterUpdated", true));
    assertThat(review).isEnded();
  }

  @Test
  void anExtensionMovesEveryPendingTimerAndTaskDueDateAndTellsTheRequester() throws Exception {
    ProcessInstance sar = verified(Relationship.SELF, LocalDate.of(2009, 1, 1));
    runJob(sar, DeadlineLadder.EVENT_REMINDER_DUE);
    today(LocalDate.of(2026, 3, 20));

    identityService.setAuthentication("manager", List.of("ig-managers"));
    clockRequests.extend(sar.getBusinessKey(), ExtensionGround.COMPLEX, "Six records systems and many third parties");
    identityService.clearAuthentication();

    LocalDate extended = LocalDate.of(2026, 6, 2);
    assertThat(timer(sar, DeadlineLadder.EVENT_BREACH_DUE).getDuedate()).isEqualTo(at(extended.plusDays(1), LocalTime.MIDNIGHT));
    // 5 working days before Tue 2 Jun 2026, over the Spring bank holiday (Mon 25 May): Mon 25 May is skipped → Tue 26 May
    assertThat(timer(sar, DeadlineLadder.EVENT_AT_RISK_DUE).getDuedate()).isEqualTo(at(LocalDate.of(2026, 5, 26), LocalTime.of(9, 0)));
    assertThat(managementService.createJobQuery().processInstanceId(sar.getId()).activityId(DeadlineLadder.EVENT_REMINDER_DUE).count()).isZero();
    assertThat(runtimeService.getVariable(sar.getId(), ProcessDeadlines.DUE_EXPLANATION).toString()).contains("three months");

    runJob(sar, SarProcess.TASK_SEND_EXTENSION_NOTICE);
    assertThat(Mail.lastTo(mail, "sam@example.org").getContent().toString()).contains("Six records systems");
    assertThat(sar)
        .hasPassed(SarProcess.TASK_EXTEND_ON_API, SarProcess.END_EXTENDED_ON_API, "EndEvent_ExtensionNoticeSent")
        .isWaitingAt(SarProcess.TASK_SEARCH_RECORDS);
    assertThat(audit(sar))
        .as("extended by the process's step, in the manager's name")
        .anySatisfy(entry -> {
          assertThat(entry.action()).isEqualTo(AuditAction.EXTENDED);
          assertThat(entry.actor()).isEqualTo("manager");
        });
  }

  @Test
  void anExtensionMovesTheDueDateOfOpenTasksDueByTheDeadline() throws Exception {
    ProcessInstance sar = startByApi(Relationship.SELF, LocalDate.of(2009, 1, 1));
    runJob(sar, SarProcess.TASK_SEND_ACKNOWLEDGEMENT);
    assertThat(task(sar, SarProcess.TASK_VERIFY_IDENTITY).getDueDate()).isEqualTo(at(LocalDate.of(2026, 4, 2), LocalTime.of(17, 0)));

    identityService.setAuthentication("manager", List.of("ig-managers"));
    cases.extend(sar.getBusinessKey(), ExtensionGround.COMPLEX, "Complex", LocalDate.of(2026, 3, 2));
    identityService.clearAuthentication();

    Task verify = task(sar, SarProcess.TASK_VERIFY_IDENTITY);
    assertThat(verify.getDueDate()).isEqualTo(at(LocalDate.of(2026, 6, 2), LocalTime.of(17, 0)));
    assertThat(verify.getFollowUpDate()).isEqualTo(at(LocalDate.of(2026, 5, 26), LocalTime.MIDNIGHT));
  }

  // --- withdrawal -------------------------------------------------------------------------

  @Test
  void aRequesterMayWithdrawAtAnyStage() throws Exception {
    ProcessInstance sar = verified(Relationship.SELF, LocalDate.of(2009, 1, 1));
    ProcessInstance ladder = CalledProcesses.called(runtimeService, sar.getId(), DeadlineLadder.KEY);

    runtimeService.createMessageCorrelation(SarProcess.MESSAGE_WITHDRAWAL_REQUESTED)
        .processInstanceBusinessKey(sar.getBusinessKey()).correlate();
    runJob(sar, SarProcess.TASK_CONFIRM_WITHDRAWAL);

    assertThat(sar).isEnded().hasPassed("EndEvent_Withdrawn");
    assertThat(ladder).as("the ladder ends with the case").isEnded();
    assertThat(cases.view(sar.getBusinessKey()).outcome()).isEqualTo(Outcome.WITHDRAWN);
  }

  // --- technical failure ----------------------------------------------------------------------

  @Test
  void aMailOutageRetriesThenBecomesAnIncidentAndTheCaseCarriesOnOnceMailIsBack() throws Exception {
    ProcessInstance sar = startByApi(Relationship.SELF, LocalDate.of(2009, 1, 1));
    mail.stop();
    try {
      Job acknowledgement = job(sar, SarProcess.TASK_SEND_ACKNOWLEDGEMENT);
      for (int attempt = 0; attempt < 3; attempt++) {
        String id = acknowledgement.getId();
        assertThatThrownBy(() -> managementService.executeJob(id)).isInstanceOf(Exception.class);
      }
      Job failed = job(sar, SarProcess.TASK_SEND_ACKNOWLEDGEMENT);
      assertThat(failed.getRetries()).isZero();
      assertThat(runtimeService.createIncidentQuery().processInstanceId(sar.getId()).incidentType("failedJob").count()).isEqualTo(1);
      assertThat(cases.view(sar.getBusinessKey()).status()).isEqualTo(CaseStatus.OPEN);
    } finally {
      mail.start();
    }

    Job failed = job(sar, SarProcess.TASK_SEND_ACKNOWLEDGEMENT);
    managementService.setJobRetries(failed.getId(), 1);
    managementService.executeJob(failed.getId());

    assertThat(sar).isWaitingAt(SarProcess.TASK_VERIFY_IDENTITY);
    assertThat(mail.getReceivedMessages()).isNotEmpty();
  }

  // --- helpers ------------------------------------------------------------------------------

  /** The clock stopped as an officer would through the API: {@code POST /api/cases/{ref}/clock-stops}. */
  private void stoppedThroughTheApi(ProcessInstance sar, String reason, LocalDate askedOn) throws Exception {
    java.net.http.HttpResponse<String> stopped = org.inforights.casework.support.Api.at(port).as("officer")
        .post("/api/cases/" + sar.getBusinessKey() + "/clock-stops", "{\"reason\": \"" + reason + "\", \"askedOn\": \"" + askedOn + "\"}");
    assertThat(stopped.statusCode()).as(stopped.body()).isEqualTo(200);
  }

  /** The answer recorded as an officer would through the API: {@code POST /api/cases/{ref}/clock-stops/resolve}. */
  private void resolvedThroughTheApi(ProcessInstance sar, LocalDate receivedOn) throws Exception {
    java.net.http.HttpResponse<String> resolved = org.inforights.casework.support.Api.at(port).as("officer")
        .post("/api/cases/" + sar.getBusinessKey() + "/clock-stops/resolve", "{\"receivedOn\": \"" + receivedOn + "\"}");
    assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(200);
  }

  /** An officer asked for identity evidence; the ask's *Stop the clock and write* waits for its job. */
  private ProcessInstance askedForEvidence() throws Exception {
    ProcessInstance sar = startByApi(Relationship.SELF, LocalDate.of(2009, 1, 1));
    runJob(sar, SarProcess.TASK_SEND_ACKNOWLEDGEMENT);
    complete(sar, SarProcess.TASK_VERIFY_IDENTITY, "officer",
        Map.of(SarProcess.IDENTITY_OUTCOME, "EVIDENCE_REQUESTED", SarProcess.EVIDENCE_NEEDED, "IDENTITY"));
    return sar;
  }

  private ProcessInstance waitingForEvidence() throws Exception {
    ProcessInstance sar = askedForEvidence();
    runJob(sar, AskTheRequester.TASK_STOP_CLOCK_AND_ASK);
    assertThat(sar).isWaitingAt(SarProcess.CALL_ASK_FOR_EVIDENCE);
    return sar;
  }

  /** Verified; a request for a child names the requester's parental responsibility (a mother, no order). */
  private ProcessInstance verified(Relationship relationship, LocalDate dateOfBirth) throws Exception {
    ProcessInstance sar = startByApi(relationship, dateOfBirth);
    runJob(sar, SarProcess.TASK_SEND_ACKNOWLEDGEMENT);
    complete(sar, SarProcess.TASK_VERIFY_IDENTITY, "officer", relationship == Relationship.SELF
        ? Map.of(SarProcess.IDENTITY_OUTCOME, "VERIFIED")
        : Map.of(SarProcess.IDENTITY_OUTCOME, "VERIFIED", SarProcess.PR_BASIS, "BIRTH_MOTHER",
            SarProcess.CHILD_LEGAL_STATUS, "NO_ORDER"));
    return sar;
  }

  private ProcessInstance searched() throws Exception {
    ProcessInstance sar = verified(Relationship.SELF, LocalDate.of(2009, 1, 1));
    for (Task search : tasks(sar, SarProcess.TASK_SEARCH_RECORDS)) {
      completeTask(search, "owner", Map.of("recordsFound", true));
    }
    return sar;
  }

  private ProcessInstance startByApi(Relationship relationship, LocalDate dateOfBirth) {
    return startByApi(relationship, "Child Name", dateOfBirth, RECEIVED);
  }

  private ProcessInstance startByApi(Relationship relationship, String child, LocalDate dateOfBirth, LocalDate received) {
    String email = relationship == Relationship.SELF ? "sam@example.org" : "alex@example.org";
    String reference =
        intake
            .registerAndStart(
                new NewSarRequest(
                    received,
                    Channel.EMAIL,
                    new NewSarRequest.Requester("Requester Name", email, relationship),
                    new NewSarRequest.Subject(child, dateOfBirth, Cohort.CHILD_IN_NEED),
                    null))
            .reference();
    return runtimeService.createProcessInstanceQuery().rootProcessInstances().processInstanceBusinessKey(reference).singleResult();
  }

  private ProcessInstance searchedAbout(String child, LocalDate dateOfBirth) throws Exception {
    return searchedAbout(child, dateOfBirth, RECEIVED);
  }

  private ProcessInstance searchedAbout(String child, LocalDate dateOfBirth, LocalDate received) throws Exception {
    ProcessInstance sar = startByApi(Relationship.SELF, child, dateOfBirth, received);
    runJob(sar, SarProcess.TASK_SEND_ACKNOWLEDGEMENT);
    complete(sar, SarProcess.TASK_VERIFY_IDENTITY, "officer", Map.of(SarProcess.IDENTITY_OUTCOME, "VERIFIED"));
    for (Task search : tasks(sar, SarProcess.TASK_SEARCH_RECORDS)) {
      completeTask(search, "owner", Map.of("recordsFound", true));
    }
    return sar;
  }

  private ProcessInstance startFromTasklist(Map<String, Object> form) {
    String started;
    identityService.setAuthentication("officer", List.of("ig-officers"));
    try {
      String definition =
          repositoryService.createProcessDefinitionQuery().processDefinitionKey(SarProcess.KEY).latestVersion().singleResult().getId();
      started = formService.submitStartForm(definition, form).getId();
    } finally {
      identityService.clearAuthentication();
    }
    return runtimeService.createProcessInstanceQuery().processInstanceId(started).singleResult();
  }

  private static Map<String, Object> intakeForm(String relationship, String dateOfBirth) {
    Map<String, Object> form = new HashMap<>();
    form.put("intakeReceivedOn", RECEIVED.toString());
    form.put("intakeChannel", "DESIGNATED_TEACHER");
    form.put("intakeRequesterName", "Sam Taylor");
    form.put("intakeRequesterEmail", "sam@example.org");
    form.put("intakeRelationship", relationship);
    form.put("intakeSubjectName", "Sam Taylor");
    form.put("intakeSubjectDateOfBirth", dateOfBirth);
    form.put("intakeCohort", "LOOKED_AFTER");
    form.put("intakeDescription", "My file from when I came into care");
    form.put("intakeIntermediaryName", "Ms Dee Teacher");
    form.put("intakeIntermediaryOrganisation", "Hill School");
    return form;
  }

  private void complete(ProcessInstance sar, String activity, String user, Map<String, Object> variables) {
    completeTask(task(sar, activity), user, variables);
  }

  private void completeTask(Task task, String user, Map<String, Object> variables) {
    AsUser.complete(identityService, taskService, task, user, variables);
  }

  private Task task(ProcessInstance sar, String activity) {
    List<Task> tasks = tasks(sar, activity);
    assertThat(tasks).as("open %s tasks", activity).hasSize(1);
    return tasks.get(0);
  }

  /** The open tasks at {@code activity} of the case's process or a process it called (asking the requester). */
  private List<Task> tasks(ProcessInstance sar, String activity) {
    return CalledProcesses.tasks(taskService, runtimeService, sar.getId())
        .taskDefinitionKey(activity).list();
  }

  /** The steps the one process of {@code key} the case's process called has passed; it must have ended. */
  private List<String> calledPath(ProcessInstance sar, String key) {
    var called = historyService.createHistoricProcessInstanceQuery().superProcessInstanceId(sar.getId())
        .processDefinitionKey(key).singleResult();
    assertThat(called.getEndTime()).as("%s ended", key).isNotNull();
    return historyService.createHistoricActivityInstanceQuery().processInstanceId(called.getId()).list().stream()
        .map(org.camunda.bpm.engine.history.HistoricActivityInstance::getActivityId).toList();
  }

  private Job job(ProcessInstance sar, String activity) {
    return CalledProcesses.job(managementService, runtimeService, sar.getId(), activity, false);
  }

  private Job timer(ProcessInstance sar, String activity) {
    return CalledProcesses.job(managementService, runtimeService, sar.getId(), activity, true);
  }

  /** The ladder's timers, which follow the statutory clock. */
  private List<Job> dateTimers(ProcessInstance sar) {
    List<Job> timers =
        java.util.stream.Stream.of(DeadlineLadder.EVENT_REMINDER_DUE, DeadlineLadder.EVENT_AT_RISK_DUE, DeadlineLadder.EVENT_BREACH_DUE)
            .map(activity -> timer(sar, activity))
            .toList();
    assertThat(timers).doesNotContainNull();
    return timers;
  }

  private void runJob(ProcessInstance sar, String activity) {
    Job job = job(sar, activity);
    assertThat(job).as("a job at %s", activity).isNotNull();
    managementService.executeJob(job.getId());
  }


  private List<org.inforights.casework.casefile.AuditEntry> audit(ProcessInstance sar) {
    return new org.springframework.transaction.support.TransactionTemplate(transactionManager)
        .execute(status -> List.copyOf(caseFiles.findByReference(sar.getBusinessKey()).orElseThrow().audit()));
  }

  private static void today(LocalDate day) {
    EngineTime.today(day);
  }

  private static Date at(LocalDate day, LocalTime time) {
    return EngineTime.at(day, time);
  }
}
