package org.inforights.casework.support;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * A case's process and the processes it called (the deadline ladder), for tests that look for a
 * step's job without caring which of them holds it.
 */
public final class CalledProcesses {

  private CalledProcesses() {}

  /** The instance and every instance it called, directly or not, that is still running. */
  public static List<String> withCalled(RuntimeService runtimeService, String processInstanceId) {
    List<String> ids = new ArrayList<>();
    ids.add(processInstanceId);
    for (int i = 0; i < ids.size(); i++) {
      for (ProcessInstance called :
          runtimeService.createProcessInstanceQuery().superProcessInstanceId(ids.get(i)).list()) {
        ids.add(called.getId());
      }
    }
    return ids;
  }

  /** The open tasks of the instance and of every instance it called. */
  public static org.camunda.bpm.engine.task.TaskQuery tasks(
      org.camunda.bpm.engine.TaskService taskService, RuntimeService runtimeService, String processInstanceId) {
    return taskService.createTaskQuery()
        .processInstanceIdIn(withCalled(runtimeService, processInstanceId).toArray(String[]::new));
  }

  /** The process {@code processInstanceId} called with {@code key}, which must be running. */
  public static ProcessInstance called(RuntimeService runtimeService, String processInstanceId, String key) {
    ProcessInstance called =
        runtimeService
            .createProcessInstanceQuery()
            .superProcessInstanceId(processInstanceId)
            .processDefinitionKey(key)
            .singleResult();
    if (called == null) {
      throw new AssertionError("no running " + key + " called by " + processInstanceId);
    }
    return called;
  }

  /** The job (a timer if {@code timer}) at {@code activity} in the instance or a process it called; null when none. */
  public static Job job(
      ManagementService managementService, RuntimeService runtimeService, String processInstanceId, String activity, boolean timer) {
    for (String id : withCalled(runtimeService, processInstanceId)) {
      var query = managementService.createJobQuery().processInstanceId(id).activityId(activity);
      Job job = timer ? query.timers().singleResult() : query.singleResult();
      if (job != null) {
        return job;
      }
    }
    return null;
  }
}
