package org.inforights.casework.platform;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Lets a user's mistake found by a task listener reach the user as what it is. The engine wraps
 * every listener exception in a general one (twice for a listener the model names), which its REST API answers with a 500; unwrapped, a
 * form value refused ({@link FormFieldValidationException}) becomes a 400 whose message Tasklist
 * shows.
 */
class UserErrorInterceptor extends CommandInterceptor {

  @Override
  public <T> T execute(Command<T> command) {
    try {
      return next.execute(command);
    } catch (ProcessEngineException e) {
      if (e instanceof FormFieldValidationException) {
        throw e;
      }
      for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
        if (cause instanceof FormFieldValidationException refused) {
          throw refused;
        }
      }
      throw e;
    }
  }
}
