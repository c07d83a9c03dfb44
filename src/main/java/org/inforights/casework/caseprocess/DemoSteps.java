package org.inforights.casework.caseprocess;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Takes demo cases forward as the demo users would: runs a case's waiting job, completes its tasks
 * as a named user with that user's groups, so the demo passes the same checks as Tasklist.
 */
@Component
public class DemoSteps {

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final IdentityService identityService;

  DemoSteps(
      RuntimeService runtimeService,
      TaskService taskService,
      ManagementService managementService,
      IdentityService identityService) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.managementService = managementService;
    this.identityService = identityService;
  }

  /** Runs the job (an asynchronous letter, say) the case waits on at {@code activity}, if any. */
  public void runJob(String reference, String activity) {
    // the case's process or one it called (asking the requester, the deadline ladder)
    for (org.camunda.bpm.engine.runtime.ProcessInstance instance :
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).active().list()) {
      Job job = managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activity).singleResult();
      if (job != null) {
        managementService.executeJob(job.getId());
        return;
      }
    }
  }

  /** Completes the case's open tasks at {@code activity} as {@code user}. */
  public void complete(String reference, String activity, String user, Map<String, Object> variables) {
    tasks(reference, activity).forEach(task -> completeAs(task, user, variables));
  }

  public List<Task> tasks(String reference, String activity) {
    return taskService.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(activity).list();
  }

  /** As the demo user, with their groups: the same checks as in Tasklist. */
  public void completeAs(Task task, String user, Map<String, Object> variables) {
    List<String> groups =
        identityService.createGroupQuery().groupMember(user).list().stream().map(group -> group.getId()).toList();
    identityService.setAuthentication(user, groups);
    try {
      taskService.complete(task.getId(), variables);
    } finally {
      identityService.clearAuthentication();
    }
  }
}
