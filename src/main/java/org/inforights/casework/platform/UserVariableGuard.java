package org.inforights.casework.platform;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl;
import org.camunda.bpm.engine.impl.SignalEventReceivedBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRestartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationBatchCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.Variables;

/**
 * A person changes a case's process variables only through the fields of the task form in front
 * of them. The routing facts, approval counters and flags that decide whom a case goes to are the
 * application's: a task completion (REST {@code complete} or {@code submit-form}, Tasklist, the
 * Java API) that carries any other variable is refused with a 400 naming it, and nothing of it is
 * saved; so is setting or removing a task's variables other than its form's fields, throwing a
 * BPMN error or escalation from a task (no model catches one, so it would end the process), and
 * changing a process instance's variables directly (variable updates, message correlation or
 * signals with variables, process instance modification, restarts and variable batches).
 *
 * <p>The check applies to the outermost command of a signed-in user, so the application's own
 * reactions inside it (delegates and listeners), the job executor and {@link SystemActions} are
 * not affected. Administrators ({@code camunda-admin}) are exempt: repairing a stuck case is their
 * job, and every change they make is in the user operation log. A field that the form shows but
 * does not let the user edit ({@code disabled} or {@code readonly}) may be sent back unchanged,
 * as Tasklist sends read-only fields, and not with another value.
 */
class UserVariableGuard extends CommandInterceptor {

  /** How deep this thread is in nested commands: only the outermost is a user's own request. */
  private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

  private final FormSubmissionCheck forms;

  UserVariableGuard(FormSubmissionCheck forms) {
    this.forms = forms;
  }

  @Override
  public <T> T execute(Command<T> command) {
    int[] depth = DEPTH.get();
    if (depth[0]++ == 0) {
      try {
        check(command);
      } catch (RuntimeException e) {
        depth[0]--;
        throw e;
      }
    }
    try {
      return next.execute(command);
    } finally {
      depth[0]--;
    }
  }

  private void check(Command<?> command) {
    CommandContext context = Context.getCommandContext();
    Authentication user = context == null ? null : context.getAuthentication();
    if (user == null || user.getUserId() == null || isAdministrator(user)) {
      return;
    }
    if (command instanceof CompleteTaskCmd) {
      checkTask(true, field(command, "taskId"), field(command, "variables"), List.of());
    } else if (command instanceof SubmitTaskFormCmd) {
      checkTask(true, field(command, "taskId"), field(command, "properties"), List.of());
    } else if (command instanceof SetTaskVariablesCmd) {
      checkTask(false, field(command, "entityId"), field(command, "variables"), List.of());
    } else if (command instanceof RemoveTaskVariablesCmd) {
      checkTask(false, field(command, "entityId"), Map.of(), field(command, "variableNames"));
    } else if (command instanceof PatchTaskVariablesCmd) {
      checkTask(false, field(command, "entityId"), field(command, "variables"), field(command, "deletions"));
    } else if (command instanceof AbstractSetVariableCmd || command instanceof AbstractRemoveVariableCmd) {
      // an execution's or process instance's variables (tasks are handled above)
      Object names = command instanceof AbstractSetVariableCmd ? keys(field(command, "variables")) : field(command, "variableNames");
      refuseProcessVariables((Collection<?>) names);
    } else if (command instanceof AbstractPatchVariablesCmd) {
      Set<Object> names = new TreeSet<>(keys(field(command, "variables")));
      Collection<?> deletions = field(command, "deletions");
      if (deletions != null) {
        deletions.forEach(names::add);
      }
      refuseProcessVariables(names);
    } else if (command instanceof AbstractCorrelateMessageCmd) {
      MessageCorrelationBuilderImpl builder = field(command, "builder");
      Set<Object> names = new TreeSet<>(keys(builder.getPayloadProcessInstanceVariables()));
      names.addAll(keys(builder.getPayloadProcessInstanceVariablesLocal()));
      names.addAll(keys(builder.getPayloadProcessInstanceVariablesToTriggeredScope()));
      refuseProcessVariables(names);
    } else if (command instanceof MessageEventReceivedCmd) {
      Set<Object> names = new TreeSet<>(keys(field(command, "processVariables")));
      names.addAll(keys(field(command, "processVariablesLocal")));
      names.addAll(keys(field(command, "processVariablesToTriggeredScope")));
      refuseProcessVariables(names);
    } else if (command instanceof SignalEventReceivedCmd) {
      SignalEventReceivedBuilderImpl builder = field(command, "builder");
      refuseProcessVariables(keys(builder.getVariables()));
    } else if (command instanceof SignalCmd) {
      refuseProcessVariables(keys(field(command, "processVariables")));
    } else if (command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd) {
      // no model catches an error or escalation thrown from a user task: uncaught, it would end
      // the case's process (or its branch) without the steps after it
      throw new BadUserRequestException(
          "A task is finished by completing its form; only an administrator may throw an error or escalation from it");
    } else if (command instanceof ModifyProcessInstanceCmd
        || command instanceof ModifyProcessInstanceAsyncCmd
        || command instanceof ProcessInstanceModificationCmd
        || command instanceof ProcessInstanceModificationBatchCmd
        || command instanceof AbstractRestartProcessInstanceCmd
        || command instanceof SetVariablesToProcessInstancesBatchCmd) {
      throw new BadUserRequestException(
          "Only an administrator may move a case's process or set its variables; a case moves on through its tasks");
    }
  }

  private void checkTask(boolean completing, String taskId, Map<String, ?> variables, Collection<String> removed) {
    if (taskId == null || ((variables == null || variables.isEmpty()) && (removed == null || removed.isEmpty()))) {
      return;
    }
    TaskEntity task = Context.getCommandContext().getTaskManager().findTaskById(taskId);
    if (task == null) {
      return; // the command itself reports the missing task
    }
    // the form is read from the deployment, which the user need not be allowed to read
    FormSubmissionCheck.TaskForm form = Context.getCommandContext().runWithoutAuthorization(() -> forms.formOf(task));
    Set<String> refused = new TreeSet<>();
    if (variables != null) {
      Map<String, Object> values = Variables.fromMap(asObjects(variables));
      for (String name : values.keySet()) {
        if (form.editable().contains(name)) {
          continue;
        }
        if (form.readOnly().contains(name) && unchanged(values.get(name), task.getVariable(name))) {
          continue;
        }
        refused.add(name);
      }
    }
    if (removed != null) {
      removed.stream().filter(name -> !form.editable().contains(name)).forEach(refused::add);
    }
    if (!refused.isEmpty()) {
      String message =
          "Not a field you can fill in on the form of '" + task.getName() + "': " + String.join(", ", refused)
              + ". A task sets only its own form's fields; the case's other facts are the application's.";
      // Camunda's REST API answers each with a 400 where it is thrown: a refused form value on
      // completion (which Tasklist shows), a bad request on the variable endpoints
      throw completing ? FormInput.rejected(message) : new BadUserRequestException(message);
    }
  }

  /** A value sent back as it was; a form shows a missing value as an empty one. */
  private static boolean unchanged(Object sent, Object current) {
    return Objects.equals(sent, current) || (blank(sent) && blank(current));
  }

  private static boolean blank(Object value) {
    return value == null || value instanceof String text && text.isBlank();
  }

  private static void refuseProcessVariables(Collection<?> names) {
    if (names != null && !names.isEmpty()) {
      List<String> list = new ArrayList<>();
      names.forEach(name -> list.add(String.valueOf(name)));
      throw new BadUserRequestException(
          "A case's process variables are not set directly: " + String.join(", ", list)
              + ". They change through the fields of the case's tasks.");
    }
  }

  private static boolean isAdministrator(Authentication user) {
    return user.getGroupIds() != null && user.getGroupIds().contains(CaseworkGroup.ADMINS_ID);
  }

  private static Collection<?> keys(Object variables) {
    return variables instanceof Map<?, ?> map ? map.keySet() : List.of();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asObjects(Map<String, ?> variables) {
    return (Map<String, Object>) variables;
  }

  /**
   * A command's parameter: Camunda's commands keep them in protected fields without getters, and
   * the command classes are the engine's stable API for what a service call asks.
   */
  @SuppressWarnings("unchecked")
  private static <T> T field(Object command, String name) {
    for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return (T) field.get(command);
      } catch (NoSuchFieldException e) {
        // look in the superclass
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("Cannot read " + name + " of " + command.getClass().getName(), e);
      }
    }
    throw new IllegalStateException(command.getClass().getName() + " has no field " + name);
  }
}
