package org.inforights.casework.caseprocess;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.casefile.CaseType;
import org.inforights.casework.casefile.CaseView;
import org.inforights.casework.deadline.WorkingCalendar;
import org.inforights.casework.deadline.process.BreachIncidents;
import org.inforights.casework.deadline.process.ProcessDeadlines;
import org.inforights.casework.platform.modelrules.ModelBean;

/**
 * The due date passed with the case open: the case is recorded as breached, an incident is
 * raised for managers in Cockpit (on this branch of the ladder, which waits until the case
 * closes; Cockpit shows it on the case's process too, on its call of the ladder), the case's tasks
 * go to the top of Tasklist, and the DPO's breach review starts. The case goes on.
 */
@ModelBean("recordBreach")
class RecordBreachDelegate implements JavaDelegate {

  
  static final int REVIEW_WORKING_DAYS = 5;

  private final CaseFileService cases;
  private final BreachIncidents incidents;
  private final RuntimeService runtimeService;
  private final ProcessDeadlines deadlines;
  private final WorkingCalendar calendar;
  private final Clock clock;

  RecordBreachDelegate(
      CaseFileService cases,
      BreachIncidents incidents,
      RuntimeService runtimeService,
      ProcessDeadlines deadlines,
      WorkingCalendar calendar,
      Clock clock) {
    this.cases = cases;
    this.incidents = incidents;
    this.runtimeService = runtimeService;
    this.deadlines = deadlines;
    this.calendar = calendar;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = (String) execution.getVariable(CaseProcess.CASE_REFERENCE);
    CaseView view = cases.recordBreach(reference);
    LocalDate due = view.extendedDueOn() != null ? view.extendedDueOn() : view.dueOn();
    deadlines.markBreached(CaseProcess.caseProcessInstanceId(execution));
    incidents.raise(
        execution.getId(),
        reference,
        reference
            + (view.type() == CaseType.SAR ? " breached its statutory deadline" : " missed its internal target")
            + ": due " + due + ", still open");
    runtimeService
        .createProcessInstanceByKey(CaseProcess.BREACH_REVIEW_KEY)
        .businessKey(reference)
        .setVariable(CaseProcess.CASE_REFERENCE, reference)
        .setVariable(
            "reviewDueAt",
            deadlines.dueBy(calendar.addWorkingDays(LocalDate.now(clock), REVIEW_WORKING_DAYS)))
        .execute();
  }
}
