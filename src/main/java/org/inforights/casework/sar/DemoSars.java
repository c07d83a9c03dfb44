package org.inforights.casework.sar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.inforights.casework.casefile.CaseFileQueries;
import org.inforights.casework.casefile.CaseType;
import org.inforights.casework.caseprocess.DemoSteps;
import org.inforights.casework.casefile.Cohort;
import org.inforights.casework.casefile.Relationship;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: ten subject access requests at different stages (just received, waiting for
 * evidence, a parent's request needing a competence check, searching, one due soon, in review,
 * awaiting approval, one breached, one dispatched), registered once into an empty database and
 * taken forward by the demo users, so Tasklist and Cockpit show a living system on first start.
 * Names are invented; letters go to the demo outbox.
 */
@Component
@Order(1)
@ConditionalOnExpression("${casework.demo.enabled:false} and ${casework.demo.cases:true}")
class DemoSars implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoSars.class);

  private final SarIntake intake;
  private final CaseFileQueries repository;
  private final DemoSteps steps;
  private final Clock clock;

  DemoSars(SarIntake intake, CaseFileQueries repository, DemoSteps steps, Clock clock) {
    this.intake = intake;
    this.repository = repository;
    this.steps = steps;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (repository.count(CaseType.SAR) > 0) {
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
    steps.complete(waitingForEvidence, SarProcess.TASK_VERIFY_IDENTITY, "officer",
        Map.of(SarProcess.IDENTITY_OUTCOME, SarProcess.IdentityOutcome.EVIDENCE_REQUESTED.name(), SarProcess.EVIDENCE_NEEDED, "AUTHORITY"));
    steps.runJob(waitingForEvidence, org.inforights.casework.caseprocess.AskTheRequester.TASK_STOP_CLOCK_AND_ASK);

    String competence =
        register(today.minusDays(6), Channel.POST, "Riley Example", Relationship.PARENT, 14, Cohort.CHILD_IN_NEED);
    acknowledge(competence);
    steps.complete(competence, SarProcess.TASK_VERIFY_IDENTITY, "officer", Map.of(SarProcess.IDENTITY_OUTCOME, SarProcess.IdentityOutcome.VERIFIED.name(),
        SarProcess.PR_BASIS, "BIRTH_MOTHER", SarProcess.CHILD_LEGAL_STATUS, "ACCOMMODATED_S20"));

    // the young person's own request, passed on by the designated teacher at school
    String searching =
        register(today.minusDays(10), Channel.DESIGNATED_TEACHER, "Casey Example", Relationship.SELF, 15,
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
    steps.complete(awaitingApproval, SarProcess.TASK_REVIEW_AND_REDACT, "officer",
        Map.of(SarProcess.SERIOUS_HARM_CONSULTATION_NEEDED, false, SarProcess.HEALTH_DATA_INVOLVED, SarProcess.NO, SarProcess.REDACTION_LOG_COMPLETE, true));

    String breached =
        register(today.minusDays(40), Channel.POST, "Sky Example", Relationship.SELF, 16, Cohort.CHILD_IN_NEED);
    verified(breached);

    String dispatched =
        register(today.minusDays(12), Channel.EMAIL, "Emery Example", Relationship.SELF, 21, Cohort.CARE_LEAVER);
    searched(dispatched);
    steps.complete(dispatched, SarProcess.TASK_REVIEW_AND_REDACT, "officer",
        Map.of(SarProcess.SERIOUS_HARM_CONSULTATION_NEEDED, false, SarProcess.HEALTH_DATA_INVOLVED, SarProcess.NO, SarProcess.REDACTION_LOG_COMPLETE, true));
    steps.complete(dispatched, SarProcess.TASK_APPROVE_RESPONSE, "manager", Map.of(SarProcess.APPROVAL_DECISION, SarProcess.ResponseDecision.APPROVED.name()));
    steps.complete(dispatched, SarProcess.TASK_DISPATCH_RESPONSE, "officer",
        Map.of(SarProcess.DISPATCH_METHOD, SarProcess.DispatchMethod.SECURE_EMAIL.name(), SarProcess.DISPATCHED_ON, today.toString(),
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
    steps.runJob(reference, SarProcess.TASK_SEND_ACKNOWLEDGEMENT);
  }

  private void verified(String reference) {
    acknowledge(reference);
    steps.complete(reference, SarProcess.TASK_VERIFY_IDENTITY, "officer", Map.of(SarProcess.IDENTITY_OUTCOME, SarProcess.IdentityOutcome.VERIFIED.name()));
  }

  private void searched(String reference) {
    verified(reference);
    for (Task search : steps.tasks(reference, SarProcess.TASK_SEARCH_RECORDS)) {
      steps.completeAs(search, "owner", Map.of(SarProcess.RECORDS_FOUND, true, SarProcess.RECORDS_COUNT, 4));
    }
  }
}
