package org.inforights.casework.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.inforights.casework.caseprocess.AskTheRequester;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.casefile.CaseStateConflictException;
import org.inforights.casework.casefile.Outcome;
import org.inforights.casework.support.ApplicationTest;
import org.inforights.casework.support.AsUser;
import org.inforights.casework.support.EngineTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Open cases on the disclosure model's version 1, from before the withdrawal event subprocess and
 * the question whether the family is told: they go on on version 1 (their extract step does not ask
 * about the family, as their form cannot), and once migrated to the version4 version as the analyst
 * guide shows, they can be withdrawn. Version 1 is a test resource, deployed with the routing table
 * and the forms and removed again afterwards so other tests see the model as it is in {@code processes/}.
 */
@ApplicationTest
@ExtendWith(EngineTime.class)
// version 1 is a test's own model: the analysts' coverage report is of the models in processes/
@ExcludeFromProcessCoverage
class DisclosureMigrationTest {

  static final String VERSION_1 = "disclosure/disclosure-approval-version-1.bpmn";
  /**
   * Version 2, from before the share-now route, targets in hours and corrections at triage. Its
   * open cases migrate as they are (every activity of version 2 is in version 3); the triage
   * gateway of version 3 reads {@code shareNow}, which the migration sets to false, as version 2
   * only ever registered requests that do not share at once.
   */
  static final String VERSION_2 = "disclosure/disclosure-approval-version-2.bpmn";
  static final String VERSION_3 = "disclosure/disclosure-approval-version-3.bpmn";
  /**
   * Version 4, the last with the deadline ladder drawn inside the model. Version 5 calls the shared
   * ladder instead, which an open case cannot migrate to (an embedded subprocess does not become a
   * call activity): cases open on version 4 finish on it, and the older versions migrate as far as
   * version 4.
   */
  static final String VERSION_4 = "disclosure/disclosure-approval-version-4.bpmn";
  /**
   * Version 5, the last whose clock the API stopped itself: its process hears of a stop afterwards
   * and waits. Its cases keep working so.
   */
  static final String VERSION_5 = "disclosure/disclosure-approval-version-5.bpmn";
  static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);

  @RegisterExtension static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired org.camunda.bpm.engine.HistoryService historyService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired DisclosureIntake intake;
  @Autowired DisclosureCases disclosures;
  @Autowired DisclosureWithdrawal withdrawal;
  @Autowired CaseFileService cases;
  @Autowired org.inforights.casework.casefile.CaseClockRequests clockRequests;

  ProcessDefinition version4;
  ProcessDefinition version1;

  @BeforeEach
  void deployVersion1() throws IOException {
    EngineTime.today(RECEIVED);
    version4 = deploy(VERSION_4);
    assertThat(version4.getVersionTag()).isEqualTo("4");
    version1 = deploy(VERSION_1);
    assertThat(version1.getVersionTag()).isEqualTo("1");
  }

  private ProcessDefinition deploy(String resource) throws IOException {
    DeploymentBuilder deployment = repositoryService.createDeployment().name("disclosure-approval " + resource);
    try (InputStream model = getClass().getClassLoader().getResourceAsStream(resource)) {
      deployment.addString("processes/disclosure-approval.bpmn", new String(model.readAllBytes(), StandardCharsets.UTF_8));
    }
    deployment.addString("processes/disclosure-routing.dmn", Files.readString(Path.of("processes/disclosure-routing.dmn")));
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(path -> path.toString().endsWith(".form")).toList()) {
        deployment.addString("forms/" + form.getFileName(), Files.readString(form));
      }
    }
    deployment.deploy();
    return latest();
  }

  @AfterEach
  void removeVersion1() {
    repositoryService.deleteDeployment(version1.getDeploymentId(), true);
    repositoryService.deleteDeployment(version4.getDeploymentId(), true);
    identityService.clearAuthentication();
  }

  @Test
  void anOpenCaseOnVersion1SendsItsExtractWithoutBeingAskedAboutTheFamily() {
    String instance = approved();

    complete(instance, DisclosureProcess.TASK_PREPARE_EXTRACT, "officer",
        Map.of(DisclosureProcess.EXTRACT_DESCRIPTION, "Contact dates",
            DisclosureProcess.PUBLISHED_PURPOSE, "Investigation of an assault",
            DisclosureProcess.DISPATCHED_ON, RECEIVED.toString()));

    String reference = businessKey(instance);
    assertThat(disclosures.view(reference).decisionRecord().decision()).isEqualTo(DisclosureRequest.Decision.APPROVED);
    assertThat(disclosures.view(reference).decisionRecord().familyTold()).as("not asked on version 1").isNull();
  }

  @Test
  void anOpenCaseOnVersion1IsWithdrawnOnceMigratedToTheCurrentVersion() {
    String instance = acknowledged();
    complete(instance, DisclosureProcess.TASK_TRIAGE_REQUEST, "officer",
        Map.of(DisclosureProcess.TRIAGE_OUTCOME, "ACCEPT", DisclosureProcess.NECESSITY, "Needed for the investigation"));
    String reference = businessKey(instance);
    assertThatThrownBy(() -> withdrawal.withdraw(reference))
        .as("version 1 has no withdrawal").isInstanceOf(CaseStateConflictException.class);

    MigrationPlan plan =
        runtimeService.createMigrationPlan(version1.getId(), version4.getId()).mapEqualActivities().build();
    runtimeService.newMigration(plan).processInstanceIds(instance).execute();
    List<Task> approvals = tasks(instance, DisclosureProcess.TASK_APPROVE_DISCLOSURE);
    assertThat(approvals).as("still waiting for the approver").hasSize(1);

    withdrawal.withdraw(reference);

    assertThat(cases.view(reference).outcome()).isEqualTo(Outcome.WITHDRAWN);
    assertThat(tasks(instance, DisclosureProcess.TASK_APPROVE_DISCLOSURE)).isEmpty();
  }

  @Test
  void anOpenCaseOnVersion2AtTriageMigratesAndTriageCanSendItToShareAtOnce() throws IOException {
    ProcessDefinition version2 = deploy(VERSION_2);
    try {
      assertThat(version2.getVersionTag()).isEqualTo("2");
      String instance = acknowledged(version2);
      migrateToVersion4(version2, instance);

      complete(instance, DisclosureProcess.TASK_TRIAGE_REQUEST, "officer",
          Map.of(DisclosureProcess.TRIAGE_OUTCOME, "ACCEPT", DisclosureProcess.NECESSITY, "The child is missing tonight",
              DisclosureProcess.CORRECTED_URGENCY, "RISK_TO_LIFE"));
      complete(instance, DisclosureProcess.TASK_SHARE_NOW, "officer",
          Map.of(DisclosureProcess.NECESSITY, "Missing child", DisclosureProcess.COUNCIL_LAWFUL_BASIS, "VITAL_INTERESTS",
              DisclosureProcess.SPECIAL_DATA_CONDITION, "NOT_NEEDED", DisclosureProcess.EXTRACT_DESCRIPTION, "Address",
              DisclosureProcess.PUBLISHED_PURPOSE, "Urgent safeguarding", DisclosureProcess.DISPATCHED_ON, RECEIVED.toString(),
              DisclosureProcess.FAMILY_TOLD, true));
      assertThat(managementService.createJobQuery().processInstanceId(instance).timers().count())
          .as("the migrated ladder stops once the share is recorded").isZero();
      managementService.executeJob(managementService.createJobQuery().processInstanceId(instance)
          .activityId(DisclosureProcess.TASK_NOTIFY_URGENT_SHARE).singleResult().getId());
      complete(instance, DisclosureProcess.TASK_REVIEW_URGENT_SHARE, "manager",
          Map.of(DisclosureProcess.URGENT_REVIEW_OUTCOME, "SOUND", DisclosureProcess.DECISION_REASONS, "Necessary"));
      assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    } finally {
      repositoryService.deleteDeployment(version2.getDeploymentId(), true);
    }
  }

  @Test
  void anOpenCaseOnVersion2AwaitingApprovalMigratesAndIsDisclosedAsBefore() throws IOException {
    ProcessDefinition version2 = deploy(VERSION_2);
    try {
      String instance = acknowledged(version2);
      complete(instance, DisclosureProcess.TASK_TRIAGE_REQUEST, "officer",
          Map.of(DisclosureProcess.TRIAGE_OUTCOME, "ACCEPT", DisclosureProcess.NECESSITY, "Needed for the investigation"));
      migrateToVersion4(version2, instance);
      for (String user : List.of("officer", "manager")) {
        complete(instance, DisclosureProcess.TASK_APPROVE_DISCLOSURE, user,
            Map.of(DisclosureProcess.APPROVAL_DECISION, "APPROVE", DisclosureProcess.DECISION_REASONS, "Necessary",
                DisclosureProcess.COUNCIL_LAWFUL_BASIS, "PUBLIC_TASK", DisclosureProcess.SPECIAL_DATA_CONDITION, "NOT_NEEDED"));
      }
      complete(instance, DisclosureProcess.TASK_PREPARE_EXTRACT, "officer",
          Map.of(DisclosureProcess.EXTRACT_DESCRIPTION, "Contact dates", DisclosureProcess.PUBLISHED_PURPOSE, "Investigation",
              DisclosureProcess.DISPATCHED_ON, RECEIVED.toString(), DisclosureProcess.FAMILY_TOLD, true));
      assertThat(disclosures.view(businessKey(instance)).decisionRecord().decision())
          .isEqualTo(DisclosureRequest.Decision.APPROVED);
    } finally {
      repositoryService.deleteDeployment(version2.getDeploymentId(), true);
    }
  }

  /**
   * Version 4 added the compelled route after routing. A case open on version 3 at triage migrates
   * (every activity keeps its id) and, routed afterwards, passes the new gateway as a discretionary
   * request: routing tells the process whether the request is compelled.
   */
  @Test
  void anOpenCaseOnVersion3AtTriageMigratesAndIsRoutedPastTheCompelledCheckToItsApprovers() throws IOException {
    ProcessDefinition version3 = deploy(VERSION_3);
    try {
      assertThat(version3.getVersionTag()).isEqualTo("3");
      String instance = acknowledged(version3);
      migrateToVersion4(version3, instance);

      complete(instance, DisclosureProcess.TASK_TRIAGE_REQUEST, "officer",
          Map.of(DisclosureProcess.TRIAGE_OUTCOME, "ACCEPT", DisclosureProcess.NECESSITY, "Needed for the investigation"));
      assertThat(runtimeService.getVariable(instance, DisclosureProcess.COMPELLED)).isEqualTo(false);
      assertThat(tasks(instance, DisclosureProcess.TASK_CHECK_ORDER)).isEmpty();
      for (String user : List.of("officer", "manager")) {
        complete(instance, DisclosureProcess.TASK_APPROVE_DISCLOSURE, user,
            Map.of(DisclosureProcess.APPROVAL_DECISION, "APPROVE", DisclosureProcess.DECISION_REASONS, "Necessary",
                DisclosureProcess.COUNCIL_LAWFUL_BASIS, "PUBLIC_TASK", DisclosureProcess.SPECIAL_DATA_CONDITION, "NOT_NEEDED"));
      }
      assertThat(tasks(instance, DisclosureProcess.TASK_PREPARE_EXTRACT)).hasSize(1);
    } finally {
      repositoryService.deleteDeployment(version3.getDeploymentId(), true);
    }
  }

  /**
   * A case open on version 4 when version 5 arrives goes on on version 4 to the end: its own ladder
   * breaches it, and closing it resolves the breach and ends the ladder's wait, as the close step
   * now finds the ladder of either shape.
   */
  @Test
  void anOpenCaseOnVersion4BreachesAndClosesOnItsOwnLadderOnceVersion5IsDeployed() throws IOException {
    ProcessDefinition again = deploy(VERSION_4);
    try {
      String instance = acknowledged(again);
      String reference = businessKey(instance);
      assertThat(runtimeService.createProcessInstanceQuery().superProcessInstanceId(instance).count())
          .as("version 4 calls no ladder").isZero();
      complete(instance, DisclosureProcess.TASK_TRIAGE_REQUEST, "officer",
          Map.of(DisclosureProcess.TRIAGE_OUTCOME, "ACCEPT", DisclosureProcess.NECESSITY, "Needed for the investigation"));
      EngineTime.today(RECEIVED.plusMonths(2));
      Job breach = managementService.createJobQuery().processInstanceId(instance).activityId("Event_BreachDue").singleResult();
      managementService.executeJob(breach.getId());
      assertThat(runtimeService.createIncidentQuery().processInstanceId(instance).configuration(reference).count()).isEqualTo(1);

      complete(instance, DisclosureProcess.TASK_APPROVE_DISCLOSURE, "officer",
          Map.of(DisclosureProcess.APPROVAL_DECISION, "REFUSE", DisclosureProcess.DECISION_REASONS, "Not necessary"));
      managementService.executeJob(managementService.createJobQuery().processInstanceId(instance)
          .activityId(DisclosureProcess.TASK_SEND_REFUSAL).singleResult().getId());

      assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
      assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance)
          .activityId("Event_CaseClosed").finished().count()).as("the ladder's wait ended by the close").isEqualTo(1);
      assertThat(historyService.createHistoricIncidentQuery().processInstanceId(instance).resolved().count()).isEqualTo(1);
      assertThat(cases.view(reference).breachedOn()).isNotNull();
    } finally {
      repositoryService.deleteDeployment(again.getDeploymentId(), true);
    }
  }

  /**
   * A case on version 5 does not take a clock stop asked for through the API: the case file stops
   * the clock, the process hears of it afterwards and waits in the current "ask the requester",
   * whose own step runs the clock again when the answer is recorded through the API.
   */
  @Test
  void anOpenCaseOnVersion5HasItsClockStoppedByTheApiAndWaitsForTheAnswerAsBefore() throws IOException {
    ProcessDefinition version5 = deploy(VERSION_5);
    try {
      assertThat(version5.getVersionTag()).isEqualTo("5");
      String instance = acknowledged(version5);
      String reference = businessKey(instance);
      identityService.setAuthentication("officer", List.of("ig-officers"));
      try {
        clockRequests.stop(reference, org.inforights.casework.casefile.ClockStopReason.CLARIFICATION, RECEIVED);
      } finally {
        identityService.clearAuthentication();
      }
      ProcessInstance ask = org.inforights.casework.support.CalledProcesses.called(runtimeService, instance, AskTheRequester.KEY);
      org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(ask)
          .hasPassed(AskTheRequester.TASK_STOP_CLOCK_ON_REQUEST)
          .isWaitingAt(AskTheRequester.TASK_RECORD_ANSWER);
      assertThat(cases.view(reference).status()).isEqualTo(org.inforights.casework.casefile.CaseStatus.CLOCK_STOPPED);

      EngineTime.today(RECEIVED.plusDays(2));
      identityService.setAuthentication("officer", List.of("ig-officers"));
      try {
        clockRequests.resolve(reference, RECEIVED.plusDays(2));
      } finally {
        identityService.clearAuthentication();
      }
      org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(ask)
          .hasPassed(AskTheRequester.BOUNDARY_ANSWER_ON_REQUEST, AskTheRequester.TASK_RESUME_CLOCK)
          .isEnded();
      assertThat(cases.view(reference).status()).isEqualTo(org.inforights.casework.casefile.CaseStatus.OPEN);
      assertThat(cases.view(reference).daysPaused()).isEqualTo(3);
    } finally {
      repositoryService.deleteDeployment(version5.getDeploymentId(), true);
    }
  }

  private void migrateToVersion4(ProcessDefinition from, String instance) {
    MigrationPlan plan =
        runtimeService.createMigrationPlan(from.getId(), version4.getId())
            .mapEqualActivities()
            .setVariables(Map.of(DisclosureProcess.SHARE_NOW, false))
            .build();
    runtimeService.newMigration(plan).processInstanceIds(instance).execute();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).singleResult().getProcessDefinitionId())
        .isEqualTo(version4.getId());
  }

  private String approved() {
    String instance = acknowledged();
    complete(instance, DisclosureProcess.TASK_TRIAGE_REQUEST, "officer",
        Map.of(DisclosureProcess.TRIAGE_OUTCOME, "ACCEPT", DisclosureProcess.NECESSITY, "Needed for the investigation"));
    for (String user : List.of("officer", "manager")) {
      complete(instance, DisclosureProcess.TASK_APPROVE_DISCLOSURE, user,
          Map.of(DisclosureProcess.APPROVAL_DECISION, "APPROVE", DisclosureProcess.DECISION_REASONS, "Necessary"));
    }
    return instance;
  }

  private String acknowledged() {
    return acknowledged(version1);
  }

  private String acknowledged(ProcessDefinition expected) {
    identityService.setAuthentication("officer", List.of("ig-officers"));
    String reference;
    try {
      reference = intake.registerAndStart(DisclosureRequests.aboutOneChild(
          DisclosureRequests.police(PoliceRank.INSPECTOR), "Robin Ash", LocalDate.of(2012, 5, 17),
          Sensitivity.STANDARD, Urgency.ROUTINE)).reference();
    } finally {
      identityService.clearAuthentication();
    }
    String instance = runtimeService.createProcessInstanceQuery().rootProcessInstances().processInstanceBusinessKey(reference).singleResult().getId();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).singleResult().getProcessDefinitionId())
        .isEqualTo(expected.getId());
    Job acknowledgement = managementService.createJobQuery().processInstanceId(instance)
        .activityId(DisclosureProcess.TASK_SEND_ACKNOWLEDGEMENT).singleResult();
    managementService.executeJob(acknowledgement.getId());
    return instance;
  }

  private String businessKey(String instance) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(instance).singleResult().getBusinessKey();
  }

  private void complete(String instance, String activity, String user, Map<String, Object> variables) {
    List<Task> tasks = tasks(instance, activity);
    assertThat(tasks).as("open %s tasks", activity).hasSize(1);
    AsUser.complete(identityService, taskService, tasks.get(0), user, variables);
  }

  private List<Task> tasks(String instance, String activity) {
    return taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(activity).list();
  }

  private ProcessDefinition latest() {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(DisclosureProcess.KEY).latestVersion().singleResult();
  }
}
