package org.inforights.casework.platform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;

/**
 * Segregation of duties for every task: a task goes only to the groups its model declares for
 * that step (its candidate groups, an expression evaluated for the task, as the engine does when
 * it creates it) and to users who are members of one of them. Claiming, assigning, delegating,
 * setting an owner or adding a candidate user or group outside them is refused with a 400 naming
 * who, whoever signs in to ask (administrators too); nothing of it is saved. The application's own
 * changes (no signed-in user, {@link SystemActions}) are not checked.
 *
 * <p>Grants follow the assignment. Camunda gives each new assignee, owner and candidate a task
 * authorization and never takes it back, so a task's former assignee could still read and work
 * it. After each change, this removes the task's user and group authorizations of anyone who is no
 * longer its assignee, owner or candidate. It hears every task's {@code assignment} and
 * {@code update} events, which the engine fires for each of those changes whatever the path.
 */
class TaskAssignmentGuard implements TaskListener {

  @Override
  public void notify(DelegateTask delegateTask) {
    TaskEntity task = (TaskEntity) delegateTask;
    if (task.getTaskDefinition() == null || task.getExecution() == null) {
      return; // a task outside a process: no model declares its groups
    }
    Set<String> candidateGroups = new HashSet<>();
    Set<String> candidateUsers = new HashSet<>();
    for (IdentityLink candidate : task.getCandidates()) {
      if (candidate.getGroupId() != null) {
        candidateGroups.add(candidate.getGroupId());
      }
      if (candidate.getUserId() != null) {
        candidateUsers.add(candidate.getUserId());
      }
    }
    Set<String> people = new HashSet<>(candidateUsers);
    if (task.getAssignee() != null) {
      people.add(task.getAssignee());
    }
    if (task.getOwner() != null) {
      people.add(task.getOwner());
    }
    if (Context.getCommandContext().getAuthenticatedUserId() != null) {
      checkWhoItGoesTo(task, candidateGroups, candidateUsers);
    }
    revokeOthers(task, people, candidateGroups);
  }

  /**
   * A person's change: the task's candidates, and its assignee and owner if this command set them
   * (someone assigned before leaving the step's group does not block every later change, such as
   * the application moving the task's due date).
   */
  private static void checkWhoItGoesTo(TaskEntity task, Set<String> candidateGroups, Set<String> candidateUsers) {
    Set<String> allowed = allowedGroups(task);
    IdentityService identityService = task.getProcessEngineServices().getIdentityService();
    List<String> refused = new ArrayList<>();
    new TreeSet<>(candidateGroups).stream().filter(group -> !allowed.contains(group)).forEach(group -> refused.add("group " + group));
    Set<String> people = new TreeSet<>(candidateUsers);
    if (task.getAssignee() != null && task.getPropertyChanges().containsKey(TaskEntity.ASSIGNEE)) {
      people.add(task.getAssignee());
    }
    if (task.getOwner() != null && task.getPropertyChanges().containsKey(TaskEntity.OWNER)) {
      people.add(task.getOwner());
    }
    for (String user : people) {
      if (!memberOfAny(identityService, user, allowed)) {
        refused.add("user " + user);
      }
    }
    if (!refused.isEmpty()) {
      throw FormInput.rejected(
          "'" + task.getName() + "' can go only to " + (allowed.isEmpty() ? "nobody else" : "members of " + new TreeSet<>(allowed))
              + ", not to " + String.join(", ", refused));
    }
  }

  /** The candidate groups the model declares for this task, evaluated as the engine does. */
  private static Set<String> allowedGroups(TaskEntity task) {
    Set<String> groups = new HashSet<>();
    for (Expression expression : task.getTaskDefinition().getCandidateGroupIdExpressions()) {
      Object value = expression.getValue(task.getExecution());
      if (value instanceof Collection<?> collection) {
        collection.forEach(group -> groups.add(String.valueOf(group).strip()));
      } else if (value != null) {
        for (String group : value.toString().split(",")) {
          if (!group.isBlank()) {
            groups.add(group.strip());
          }
        }
      }
    }
    return groups;
  }

  private static boolean memberOfAny(IdentityService identityService, String user, Set<String> groups) {
    // who belongs to which group is not the acting user's to read
    List<Group> memberships =
        Context.getCommandContext()
            .runWithoutAuthorization(() -> identityService.createGroupQuery().groupMember(user).list());
    return memberships.stream().anyMatch(group -> groups.contains(group.getId()));
  }

  /** Removes the task's authorizations of users and groups it no longer goes to. */
  private static void revokeOthers(TaskEntity task, Set<String> people, Set<String> candidateGroups) {
    AuthorizationService authorizations = task.getProcessEngineServices().getAuthorizationService();
    Context.getCommandContext()
        .runWithoutAuthorization(
            () -> {
              for (Authorization grant :
                  authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(task.getId()).list()) {
                boolean stale =
                    grant.getUserId() != null
                        ? !Authorization.ANY.equals(grant.getUserId()) && !people.contains(grant.getUserId())
                        : grant.getGroupId() != null && !candidateGroups.contains(grant.getGroupId());
                if (stale) {
                  authorizations.deleteAuthorization(grant.getId());
                }
              }
              return null;
            });
  }
}
