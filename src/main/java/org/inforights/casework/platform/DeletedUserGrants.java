package org.inforights.casework.platform;

import java.lang.reflect.Field;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.cmd.DeleteUserCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * A deleted user's authorizations go with them. Camunda removes only the authorizations on the
 * user as a resource and keeps those granted to the user (each task they were ever assigned), so a
 * new account with the same id would inherit them.
 */
class DeletedUserGrants extends CommandInterceptor {

  @Override
  public <T> T execute(Command<T> command) {
    T result = next.execute(command);
    if (command instanceof DeleteUserCmd) {
      String userId = userId(command);
      CommandContext context = Context.getCommandContext();
      AuthorizationService authorizations = context.getProcessEngineConfiguration().getAuthorizationService();
      context.runWithoutAuthorization(
          () -> {
            for (Authorization grant : authorizations.createAuthorizationQuery().userIdIn(userId).list()) {
              authorizations.deleteAuthorization(grant.getId());
            }
            return null;
          });
    }
    return result;
  }

  /** The command keeps the user's id in a field without a getter. */
  private static String userId(Command<?> command) {
    try {
      Field field = DeleteUserCmd.class.getDeclaredField("userId");
      field.setAccessible(true);
      return (String) field.get(command);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot read the user id of " + command, e);
    }
  }
}
