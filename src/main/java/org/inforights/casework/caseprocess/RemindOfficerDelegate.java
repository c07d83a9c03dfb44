package org.inforights.casework.caseprocess;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.inforights.casework.deadline.process.ProcessDeadlines;
import org.inforights.casework.platform.modelrules.ModelBean;

/**
 * Ten working days before the due date: the case's open tasks move up Tasklist's priority so the
 * officers working them see it first.
 */
@ModelBean("remindOfficer")
public class RemindOfficerDelegate implements JavaDelegate {

  /** Above Camunda's default task priority of 50, below a breached case's. */
  public static final int REMINDED_PRIORITY = 75;

  private final ProcessDeadlines deadlines;

  RemindOfficerDelegate(ProcessDeadlines deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    deadlines.raisePriority(CaseProcess.caseProcessInstanceId(execution), REMINDED_PRIORITY);
  }
}
