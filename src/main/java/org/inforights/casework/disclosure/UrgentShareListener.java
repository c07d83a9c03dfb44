package org.inforights.casework.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.inforights.casework.casefile.InvalidCaseInputException;
import org.inforights.casework.caseprocess.FormValues;
import org.inforights.casework.deadline.WorkingCalendar;
import org.inforights.casework.deadline.process.ProcessDeadlines;
import org.inforights.casework.platform.modelrules.ModelBean;

/**
 * Records the officer's decision to share at once when they complete the share-now step: why it
 * was necessary, the council's lawful basis and the special data condition, and sets when the
 * manager's review after the event is due ({@code casework.disclosure.urgent-review-working-days}).
 * A missing answer refuses the completion with a message Tasklist shows.
 */
@ModelBean("recordUrgentShare")
class UrgentShareListener implements TaskListener {

  private final DisclosureCases disclosures;
  private final WorkingCalendar calendar;
  private final ProcessDeadlines deadlines;
  private final DisclosureProperties properties;
  private final Clock clock;

  UrgentShareListener(
      DisclosureCases disclosures,
      WorkingCalendar calendar,
      ProcessDeadlines deadlines,
      DisclosureProperties properties,
      Clock clock) {
    this.disclosures = disclosures;
    this.calendar = calendar;
    this.deadlines = deadlines;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    try {
      disclosures.recordUrgentShare(
          (String) task.getVariable(DisclosureProcess.CASE_REFERENCE),
          (String) task.getVariable(DisclosureProcess.NECESSITY),
          (String) task.getVariable(DisclosureProcess.COUNCIL_LAWFUL_BASIS),
          (String) task.getVariable(DisclosureProcess.SPECIAL_DATA_CONDITION));
      // the manager's review after the event: by the end of the configured working day
      LocalDate reviewOn = calendar.addWorkingDays(LocalDate.now(clock), properties.urgentReviewWorkingDays());
      task.getExecution().getProcessInstance().setVariable(DisclosureProcess.REVIEW_DUE_AT, deadlines.dueBy(reviewOn));
    } catch (InvalidCaseInputException e) {
      throw FormValues.refused(e, e.field());
    }
  }
}
