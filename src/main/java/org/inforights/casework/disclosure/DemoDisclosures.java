package org.inforights.casework.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inforights.casework.caseprocess.DemoSteps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: disclosure requests at different stages (awaiting triage, sent back to the
 * police for an Inspector's sign-off, a risk-to-life request, a bulk police request part-way
 * through its approvers, a researcher's waiting for the Caldicott Guardian, one past its target,
 * one approved and in the register), registered once and taken forward by the demo users. One is
 * about the same child as a demo SAR, so both show the link. Names are invented.
 */
@Component
@Order(2)
@ConditionalOnExpression("${casework.demo.enabled:false} and ${casework.demo.cases:true}")
class DemoDisclosures implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoDisclosures.class);

  private final DisclosureIntake intake;
  private final DisclosureRequestRepository requests;
  private final DemoSteps steps;
  private final Clock clock;

  DemoDisclosures(DisclosureIntake intake, DisclosureRequestRepository requests, DemoSteps steps, Clock clock) {
    this.intake = intake;
    this.requests = requests;
    this.steps = steps;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (requests.count() > 0) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    // the demo SAR "searching" is about Casey Example, 15, born 40 days after that birthday
    LocalDate caseyBorn = today.minusYears(15).minusDays(40);

    String awaitingTriage = register(today, police(PoliceRank.INSPECTOR), "Casey Example", caseyBorn,
        Sensitivity.STANDARD, Urgency.ROUTINE);
    acknowledge(awaitingTriage);

    String sentBack = register(today.minusDays(2), police(PoliceRank.SERGEANT), "Drew Example",
        today.minusYears(13), Sensitivity.STANDARD, Urgency.ROUTINE);
    acknowledge(sentBack);
    steps.complete(sentBack, DisclosureProcess.TASK_TRIAGE_REQUEST, "officer",
        Map.of(DisclosureProcess.TRIAGE_OUTCOME, DisclosureCases.TriageOutcome.MORE_INFORMATION.name(),
            DisclosureProcess.DECISION_REASONS, "Needs sign-off by an officer of Inspector rank or above"));
    steps.runJob(sentBack, org.inforights.casework.caseprocess.AskTheRequester.TASK_STOP_CLOCK_AND_ASK);

    String riskToLife = register(today, police(PoliceRank.CHIEF_INSPECTOR), "Remy Example", today.minusYears(16),
        Sensitivity.SOCIAL_WORK, Urgency.RISK_TO_LIFE);
    // waits at "Share what is necessary now and record it", offered to officers and the out-of-hours team

    String bulkPolice = intake.registerAndStart(new NewDisclosureRequest(
        today.minusDays(5), police(PoliceRank.SUPERINTENDENT), LegalBasis.CRIME_AND_TAXATION, null,
        "Operation to disrupt county lines exploitation", "Children with open plans who are missing from education",
        Set.of(DataCategory.SOCIAL_CARE, DataCategory.EDUCATION), ChildrenScope.BULK, List.of(), 35,
        Sensitivity.SOCIAL_WORK, "Encrypted transfer to the operation's analyst", "Deleted when the operation closes",
        Urgency.URGENT)).reference();
    accepted(bulkPolice);
    steps.complete(bulkPolice, DisclosureProcess.TASK_ASSESS_DPIA, "dpo",
        Map.of(DisclosureProcess.DPIA_OUTCOME, DisclosureCases.DpiaOutcome.ACCEPTABLE.name(), DisclosureProcess.DECISION_REASONS,
            "Counts and school names only; names go to the operation's analyst by secure transfer"));
    approve(bulkPolice, "officer");

    String research = intake.registerAndStart(new NewDisclosureRequest(
        today.minusDays(8), new NewDisclosureRequest.Requester(RequesterType.RESEARCHER, "University of Example",
            "Dr Lee Example", "Research fellow", "research@example.org", null, null),
        LegalBasis.RESEARCH, "Ethics approval REC/2026/114", "Outcomes for care leavers in higher education",
        "Care leavers' education outcomes, pseudonymised", Set.of(DataCategory.EDUCATION), ChildrenScope.BULK,
        List.of(), 240, Sensitivity.STANDARD, "University secure research environment", "Five years",
        Urgency.ROUTINE)).reference();
    accepted(research);
    steps.complete(research, DisclosureProcess.TASK_ASSESS_DPIA, "dpo",
        Map.of(DisclosureProcess.DPIA_OUTCOME, DisclosureCases.DpiaOutcome.ACCEPTABLE.name(), DisclosureProcess.DECISION_REASONS, "Pseudonymised"));
    approve(research, "manager");

    String overdue = register(today.minusDays(21), new NewDisclosureRequest.Requester(RequesterType.COURT,
            "Family Court at Example", "Court officer", "Listing officer", "court@example.org", null, null),
        "Harper Example", today.minusYears(8), Sensitivity.HEALTH, Urgency.ROUTINE);
    accepted(overdue);

    String disclosed = register(today.minusDays(6), new NewDisclosureRequest.Requester(RequesterType.OTHER_COUNCIL,
            "Northshire County Council", "Social worker", "Senior social worker", "northshire@example.org", null, null),
        "Jesse Example", today.minusYears(11), Sensitivity.STANDARD, Urgency.ROUTINE);
    accepted(disclosed);
    approve(disclosed, "officer");
    approve(disclosed, "manager");
    steps.complete(disclosed, DisclosureProcess.TASK_PREPARE_EXTRACT, "officer",
        Map.of(DisclosureProcess.EXTRACT_DESCRIPTION, "Last child protection plan and its review dates",
            DisclosureProcess.PUBLISHED_PURPOSE, "Child protection enquiry after a family moved area",
            DisclosureProcess.DISPATCHED_ON, today.toString(), DisclosureProcess.FAMILY_TOLD, true));
    steps.runJob(disclosed, DisclosureProcess.TASK_NOTIFY_REQUESTER);

    log.info("Demo profile: registered 7 demo disclosure requests at different stages");
  }

  private String register(LocalDate receivedOn, NewDisclosureRequest.Requester requester, String child, LocalDate born,
      Sensitivity sensitivity, Urgency urgency) {
    return intake.registerAndStart(new NewDisclosureRequest(
        receivedOn, requester, requester.type() == RequesterType.POLICE ? LegalBasis.CRIME_AND_TAXATION : LegalBasis.SAFEGUARDING,
        null, "Enquiry about the child's safety", "Dates of social care involvement and the allocated team",
        Set.of(DataCategory.SOCIAL_CARE), ChildrenScope.ONE, List.of(new NewDisclosureRequest.ChildDetails(child, born)),
        null, sensitivity, "Secure e-mail to the named officer", "Kept for the life of the enquiry", urgency)).reference();
  }

  private static NewDisclosureRequest.Requester police(PoliceRank signedOffBy) {
    return new NewDisclosureRequest.Requester(RequesterType.POLICE, "Example Constabulary", "DC Example",
        "Detective Constable", "police@example.org", "Authorising officer", signedOffBy);
  }

  private void acknowledge(String reference) {
    steps.runJob(reference, DisclosureProcess.TASK_SEND_ACKNOWLEDGEMENT);
  }

  private void accepted(String reference) {
    acknowledge(reference);
    steps.complete(reference, DisclosureProcess.TASK_TRIAGE_REQUEST, "officer",
        Map.of(DisclosureProcess.TRIAGE_OUTCOME, DisclosureCases.TriageOutcome.ACCEPT.name(),
            DisclosureProcess.NECESSITY, "Needed to protect the child; the data asked for is the minimum"));
  }

  private void approve(String reference, String user) {
    steps.complete(reference, DisclosureProcess.TASK_APPROVE_DISCLOSURE, user,
        Map.of(DisclosureProcess.APPROVAL_DECISION, DisclosureCases.ApprovalDecision.APPROVE.name(), DisclosureProcess.DECISION_REASONS,
            "Necessary and proportionate for the stated purpose",
            DisclosureProcess.COUNCIL_LAWFUL_BASIS, "PUBLIC_TASK",
            DisclosureProcess.SPECIAL_DATA_CONDITION, "SAFEGUARDING_CHILDREN"));
  }
}
