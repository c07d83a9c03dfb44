package org.inforights.casework.deadline.process;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.inforights.casework.deadline.ClockProperties;
import org.inforights.casework.deadline.WorkingCalendar;
import org.springframework.stereotype.Component;

/**
 * Gives every user task with a due date a follow-up date the configured number of working days
 * before it (5 by default), so Tasklist's "Due within 5 working days" filter and its follow-up
 * column show what needs doing first; a breached case's new tasks — those of the processes it
 * calls included — get the breached priority. Runs for every user task of every model; analysts set only
 * the due date.
 */
@Component
class TaskFollowUpListener implements TaskListener {

  private final WorkingCalendar calendar;
  private final ClockProperties clockProperties;
  private final Clock clock;

  TaskFollowUpListener(WorkingCalendar calendar, ClockProperties clockProperties, Clock clock) {
    this.calendar = calendar;
    this.clockProperties = clockProperties;
    this.clock = clock;
  }

  /**
   * Whether the task's process, or the case process that called it (asking the requester after a
   * breach, say), is marked breached.
   */
  private static boolean ofABreachedCase(DelegateTask task) {
    org.camunda.bpm.engine.delegate.DelegateExecution execution = task.getExecution();
    while (execution != null) {
      if (Boolean.TRUE.equals(execution.getVariable(ProcessDeadlines.DEADLINE_BREACHED))) {
        return true;
      }
      execution = execution.getProcessInstance().getSuperExecution();
    }
    return false;
  }

  @Override
  public void notify(DelegateTask task) {
    if (task.getPriority() < ProcessDeadlines.BREACHED_PRIORITY && ofABreachedCase(task)) {
      task.setPriority(ProcessDeadlines.BREACHED_PRIORITY);
    }
    Date due = task.getDueDate();
    if (due == null) {
      return;
    }
    LocalDate dueDay = LocalDate.ofInstant(due.toInstant(), clock.getZone());
    LocalDate followUpDay =
        calendar.subtractWorkingDays(dueDay, clockProperties.dueSoonWorkingDays());
    Date followUp = Date.from(followUpDay.atStartOfDay(clock.getZone()).toInstant());
    if (!followUp.equals(task.getFollowUpDate())) {
      task.setFollowUpDate(followUp);
    }
  }
}
