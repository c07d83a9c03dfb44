package org.inforights.casework.support;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;

/** Completes tasks as a demo user with that user's groups, so Camunda's authorizations apply. */
public final class AsUser {

  private AsUser() {}

  public static void complete(
      IdentityService identityService, TaskService taskService, Task task, String user, Map<String, Object> variables) {
    List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    identityService.setAuthentication(user, groups);
    try {
      taskService.complete(task.getId(), variables);
    } finally {
      identityService.clearAuthentication();
    }
  }
}
