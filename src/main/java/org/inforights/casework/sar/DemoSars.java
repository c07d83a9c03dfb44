package org.inforights.casework.sar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.inforights.casework.casefile.CaseFileRepository;
import org.inforights.casework.casefile.Cohort;
import org.inforights.casework.casefile.Relationship;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: ten subject access requests at different stages (just received, waiting for
 * evidence, a parent's request needing a competence check, searching, one due soon, in review,
 * awaiting approval, one breached, one dispatched), registered once into an empty database and
 * taken forward by the demo users, so Tasklist and Cockpit show a living system on first start.
 * Names are invented; letters go to the demo outbox.
 */
@Component
@ConditionalOnExpression("${casework.demo.enabled:false} and ${casework.demo.cases:true}")
class DemoSars implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoSars.class);

  private final SarIntake intake;
  private final CaseFileRepository repository;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final IdentityService identityService;
  private final Clock clock;

  DemoSars(
      SarIntake intake,
      CaseFileRepository repository,
      RuntimeService runtimeService,
      TaskService taskService,
      ManagementService managementService,
      IdentityService identityService,
      Clock clock) {
    this.intake = intake;
    this.repository = repository;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.managementService = managementService;
    this.identityService = identityService;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (repository.count() > 0) {
      return;
    }
    LocalDate today = LocalDate.now(clock);

    register(today, Channel.WEB_FORM, "Jordan Example", Relationship.SELF, 17, Cohort.CARE_LEAVER);
    String justAcknowledged =
        register(today.minusDays(1), Channel.EMAIL, "Alex Example", Relationship.SELF, 19, Cohort.CARE_LEAVER);
    acknowledge(justAcknowledged);

    String waitingForEvidence =
        register(today.minusDays(3), Channel.SOCIAL_WORKER, "Morgan Example", Relationship.REPRESENTATIVE, 9,
            Cohort.LOOKED_AFTER);
    acknowledge(waitingForEvidence);
    complete(waitingForEvidence, SarProcess.TASK_VERIFY_IDENTITY, "officer",
        Map.of(SarProcess.IDENTITY_OUTCOME, "EVIDENCE_REQUESTED", SarProcess.EVIDENCE_NEEDED, "AUTHORITY"));
    runJob(waitingForEvidence, SarProcess.TASK_REQUEST_EVIDENCE);

    String competence =
        register(today.minusDays(6), Channel.POST, "Riley Example", Relationship.PARENT, 14, Cohort.CHILD_IN_NEED);
    verified(competence);

    String searching =
        register(today.minusDays(10), Channel.DESIGNATED_TEACHER, "Casey Example", Relationship.DESIGNATED_TEACHER, 15,
            Cohort.LOOKED_AFTER);
    verified(searching);

    String dueSoon =
        register(today.minusDays(26), Channel.EMAIL, "Quinn Example", Relationship.SELF, 16, Cohort.LOOKED_AFTER);
    verified(dueSoon);

    String inReview = register(today.minusDays(15), Channel.EMAIL, "Avery Example", Relationship.SELF, 18, Cohort.CARE_LEAVER);
    searched(inReview);

    String awaitingApproval =
        register(today.minusDays(20), Channel.IN_PERSON, "Rowan Example", Relationship.SELF, 20, Cohort.CARE_LEAVER);
    searched(awaitingApproval);
    complete(awaitingApproval, SarProcess.TASK_REVIEW_AND_REDACT, "officer",
        Map.of(SarProcess.SERIOUS_HARM_CONSULTATION_NEEDED, false, "redactionLogComplete", true));

    String breached =
        register(today.minusDays(40), Channel.POST, "Sky Example", Relationship.SELF, 16, Cohort.CHILD_IN_NEED);
    verified(breached);

    String dispatched =
        register(today.minusDays(12), Channel.EMAIL, "Emery Example", Relationship.SELF, 21, Cohort.CARE_LEAVER);
    searched(dispatched);
    complete(dispatched, SarProcess.TASK_REVIEW_AND_REDACT, "officer",
        Map.of(SarProcess.SERIOUS_HARM_CONSULTATION_NEEDED, false, "redactionLogComplete", true));
    complete(dispatched, SarProcess.TASK_APPROVE_RESPONSE, "manager", Map.of(SarProcess.APPROVAL_DECISION, "APPROVED"));
    complete(dispatched, SarProcess.TASK_DISPATCH_RESPONSE, "officer",
        Map.of(SarProcess.DISPATCH_METHOD, "SECURE_EMAIL", SarProcess.DISPATCHED_ON, today.toString(),
            SarProcess.RESPONSE_OUTCOME, "DISCLOSED"));

    log.info("Demo profile: registered 10 demo subject access requests at different stages");
  }

  private String register(
      LocalDate receivedOn, Channel channel, String childName, Relationship relationship, int childAge,
      Cohort cohort) {
    LocalDate today = LocalDate.now(clock);
    NewSarRequest request =
        new NewSarRequest(
            receivedOn,
            channel,
            new NewSarRequest.Requester(
                relationship == Relationship.SELF ? childName : "Requester for " + childName,
                "requester@example.org",
                relationship),
            new NewSarRequest.Subject(childName, today.minusYears(childAge).minusDays(40), cohort),
            "Demo request");
    return intake.registerAndStart(request).reference();
  }

  private void acknowledge(String reference) {
    runJob(reference, SarProcess.TASK_SEND_ACKNOWLEDGEMENT);
  }

  private void verified(String reference) {
    acknowledge(reference);
    complete(reference, SarProcess.TASK_VERIFY_IDENTITY, "officer", Map.of(SarProcess.IDENTITY_OUTCOME, "VERIFIED"));
  }

  private void searched(String reference) {
    verified(reference);
    for (Task search : tasks(reference, SarProcess.TASK_SEARCH_RECORDS)) {
      completeAs(search, "owner", Map.of("recordsFound", true, "recordsCount", 4));
    }
  }

  private void runJob(String reference, String activity) {
    String instance =
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult().getId();
    Job job = managementService.createJobQuery().processInstanceId(instance).activityId(activity).singleResult();
    if (job != null) {
      managementService.executeJob(job.getId());
    }
  }

  private void complete(String reference, String activity, String user, Map<String, Object> variables) {
    tasks(reference, activity).forEach(task -> completeAs(task, user, variables));
  }

  private List<Task> tasks(String reference, String activity) {
    return taskService.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(activity).list();
  }

  /** As the demo user, with their groups: the same checks as in Tasklist. */
  private void completeAs(Task task, String user, Map<String, Object> variables) {
    List<String> groups =
        identityService.createGroupQuery().groupMember(user).list().stream().map(group -> group.getId()).toList();
    identityService.setAuthentication(user, groups);
    try {
      taskService.complete(task.getId(), variables);
    } finally {
      identityService.clearAuthentication();
    }
  }
}
