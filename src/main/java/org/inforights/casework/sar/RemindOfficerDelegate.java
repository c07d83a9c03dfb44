package org.inforights.casework.sar;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Ten working days before the due date: the case's open tasks move up Tasklist's priority so the
 * officers working them see it first.
 */
@Component("remindOfficer")
class RemindOfficerDelegate implements JavaDelegate {

  /** Above Camunda's default task priority of 50. */
  static final int REMINDED_PRIORITY = 75;

  private final TaskService taskService;

  RemindOfficerDelegate(TaskService taskService) {
    this.taskService = taskService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    for (Task task : taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list()) {
      if (task.getPriority() < REMINDED_PRIORITY) {
        taskService.setPriority(task.getId(), REMINDED_PRIORITY);
      }
    }
  }
}
