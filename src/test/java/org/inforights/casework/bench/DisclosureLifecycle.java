package org.inforights.casework.bench;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inforights.casework.casefile.CaseStatus;
import org.inforights.casework.disclosure.DisclosureProcess;

/**
 * A police request for one child's standard data on its happy path: an officer submits the
 * Tasklist start form, the acknowledgement goes out, the officer triages it, the routing table
 * (a business rule task) names officer then manager, both approve, the officer sends the extract
 * and the requester is told; the case closes approved and the disclosure is on the register.
 */
public final class DisclosureLifecycle implements LifecycleScenario {

  @Override
  public String key() {
    return "disclosure";
  }

  @Override
  public String title() {
    return "Disclosure lifecycle";
  }

  @Override
  public String runOneCase(BenchApplication app, int index) {
    String instance = app.submitStartForm(DisclosureProcess.KEY, "officer", intakeForm(app, index));
    String today = LocalDate.now(app.bean(Clock.class)).toString();
    app.runJob(instance, DisclosureProcess.TASK_SEND_ACKNOWLEDGEMENT);
    app.complete(instance, DisclosureProcess.TASK_TRIAGE_REQUEST, "officer",
        Map.of(DisclosureProcess.TRIAGE_OUTCOME, "ACCEPT", DisclosureProcess.NECESSITY, "Needed for the investigation"));
    for (String approver : List.of("officer", "manager")) {
      app.complete(instance, DisclosureProcess.TASK_APPROVE_DISCLOSURE, approver,
          Map.of(DisclosureProcess.APPROVAL_DECISION, "APPROVE", DisclosureProcess.DECISION_REASONS, "Necessary",
              DisclosureProcess.COUNCIL_LAWFUL_BASIS, "PUBLIC_TASK",
              DisclosureProcess.SPECIAL_DATA_CONDITION, "PREVENTING_OR_DETECTING_CRIME"));
    }
    app.complete(instance, DisclosureProcess.TASK_PREPARE_EXTRACT, "officer",
        Map.of(DisclosureProcess.EXTRACT_DESCRIPTION, "Dates of contact",
            DisclosureProcess.PUBLISHED_PURPOSE, "Investigation of an assault", DisclosureProcess.DISPATCHED_ON, today,
            DisclosureProcess.FAMILY_TOLD, true));
    app.runJob(instance, DisclosureProcess.TASK_NOTIFY_REQUESTER);
    return instance;
  }

  @Override
  public boolean finished(BenchApplication app, String processInstanceId) {
    String reference =
        app.history().createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult().getBusinessKey();
    return app.ended(processInstanceId) && app.cases().view(reference).status() == CaseStatus.CLOSED;
  }

  /** Invented people; received today. */
  private static Map<String, Object> intakeForm(BenchApplication app, int index) {
    LocalDate today = LocalDate.now(app.bean(Clock.class));
    Map<String, Object> form = new HashMap<>();
    form.put("intakeReceivedOn", today.toString());
    form.put("intakeRequesterType", "POLICE");
    form.put("intakeOrganisation", "Example Constabulary");
    form.put("intakeOfficerName", "Officer " + index);
    form.put("intakeOfficerRole", "Detective Constable");
    form.put("intakeOfficerEmail", "officer" + index + "@police.example");
    form.put("intakeAuthorisingOfficerName", "Inspector " + index);
    form.put("intakeAuthorisingOfficerRank", "INSPECTOR");
    form.put("intakeLegalBasis", "CRIME_AND_TAXATION");
    form.put("intakePurpose", "Investigation of an assault");
    form.put("intakeDataRequested", "Dates of contact with children's social care");
    form.put("intakeDataCategories", List.of("SOCIAL_CARE"));
    form.put("intakeChildrenScope", "ONE");
    form.put("intakeChildName", "Child " + index);
    form.put("intakeChildDateOfBirth", today.minusYears(8).minusDays(index % 2922).toString());
    form.put("intakeSensitivity", "STANDARD");
    form.put("intakeSecurityArrangements", "Secure police e-mail");
    form.put("intakeRetentionArrangements", "Life of the investigation");
    form.put("intakeUrgency", "ROUTINE");
    return form;
  }
}
