package org.inforights.casework.bench;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.inforights.casework.casefile.CaseStatus;
import org.inforights.casework.sar.SarProcess;

/**
 * A subject access request on its happy path, as {@code SubjectAccessRequestProcessTest} drives
 * it: an officer submits the Tasklist start form, the acknowledgement goes out by e-mail, the
 * officer verifies identity, a records owner searches each of the four systems, the officer
 * reviews and redacts, a manager approves and the officer dispatches; the case closes on time.
 */
public final class SarLifecycle implements LifecycleScenario {

  @Override
  public String key() {
    return "sar";
  }

  @Override
  public String title() {
    return "SAR lifecycle";
  }

  @Override
  public String runOneCase(BenchApplication app, int index) {
    String instance = open(app, index);
    String today = LocalDate.now(app.bean(Clock.class)).toString();
    app.complete(instance, SarProcess.TASK_VERIFY_IDENTITY, "officer", Map.of(SarProcess.IDENTITY_OUTCOME, "VERIFIED"));
    List<Task> searches = app.openTasks(instance, SarProcess.TASK_SEARCH_RECORDS);
    for (Task search : searches) {
      app.complete(search, "owner", Map.of("recordsFound", true, "recordsCount", 3));
    }
    app.complete(instance, SarProcess.TASK_REVIEW_AND_REDACT, "officer",
        Map.of(SarProcess.SERIOUS_HARM_CONSULTATION_NEEDED, false, SarProcess.HEALTH_DATA_INVOLVED, SarProcess.NO, "redactionLogComplete", true));
    app.complete(instance, SarProcess.TASK_APPROVE_RESPONSE, "manager", Map.of(SarProcess.APPROVAL_DECISION, "APPROVED"));
    app.complete(instance, SarProcess.TASK_DISPATCH_RESPONSE, "officer",
        Map.of(SarProcess.DISPATCH_METHOD, "SECURE_EMAIL", SarProcess.DISPATCHED_ON, today,
            SarProcess.RESPONSE_OUTCOME, "PARTLY_DISCLOSED"));
    return instance;
  }

  @Override
  public boolean finished(BenchApplication app, String processInstanceId) {
    String reference =
        app.history().createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult().getBusinessKey();
    return app.ended(processInstanceId) && app.cases().view(reference).status() == CaseStatus.CLOSED;
  }

  /**
   * An open case: registered from the start form and acknowledged, waiting for the officer to
   * verify identity, its deadline ladder's three timers pending. Returns the process instance id.
   */
  static String open(BenchApplication app, int index) {
    String instance = app.submitStartForm(SarProcess.KEY, "officer", intakeForm(app, index));
    app.runJob(instance, SarProcess.TASK_SEND_ACKNOWLEDGEMENT);
    return instance;
  }

  /** Invented people, each with their own name; received today. */
  private static Map<String, Object> intakeForm(BenchApplication app, int index) {
    LocalDate today = LocalDate.now(app.bean(Clock.class));
    Map<String, Object> form = new HashMap<>();
    form.put("intakeReceivedOn", today.toString());
    form.put("intakeChannel", "EMAIL");
    form.put("intakeRequesterName", "Requester " + index);
    form.put("intakeRequesterEmail", "requester" + index + "@example.org");
    form.put("intakeRelationship", "SELF");
    form.put("intakeSubjectName", "Requester " + index);
    // care leavers of 16 to 21, their birthdays spread as a council's requesters' are
    form.put("intakeSubjectDateOfBirth", today.minusYears(16).minusDays(index % 1826).toString());
    form.put("intakeCohort", "CARE_LEAVER");
    form.put("intakeDescription", "My file from when I was in care");
    return form;
  }
}
