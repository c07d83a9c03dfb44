package org.inforights.casework.workspace;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.inforights.casework.platform.SystemActions;
import org.springframework.stereotype.Component;

/**
 * The open tasks of a case's processes (the business key is the case reference), whoever holds
 * them: where a case stands is no personal data, and whether the caller may open a task is for
 * Tasklist to decide when they follow its link.
 */
@Component
class OpenTasks {

  /** One open task: its id for Tasklist's {@code #/?task=<id>} and its name. */
  record OpenTask(String id, String name, String assignee, java.util.Date due) {}

  private final TaskService taskService;
  private final SystemActions system;

  OpenTasks(TaskService taskService, SystemActions system) {
    this.taskService = taskService;
    this.system = system;
  }

  List<OpenTask> of(String reference) {
    return system.call(
        () ->
            taskService.createTaskQuery().processInstanceBusinessKey(reference).active()
                .orderByTaskCreateTime().asc().list().stream()
                .map(OpenTasks::view)
                .toList());
  }

  private static OpenTask view(Task task) {
    return new OpenTask(task.getId(), task.getName(), task.getAssignee(), task.getDueDate());
  }
}
