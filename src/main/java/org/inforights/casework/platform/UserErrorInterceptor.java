package org.inforights.casework.platform;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets a user's mistake found by a task listener reach the user as what it is. The engine wraps
 * every listener exception in a general one (twice for a listener the model names), which its REST API answers with a 500; unwrapped, a
 * form value refused ({@link FormFieldValidationException}) becomes a 400 whose message Tasklist
 * shows. The refusal is logged at INFO without the values ({@link UserErrorLogging} keeps the
 * engine's ERROR entry for it out of the log).
 */
class UserErrorInterceptor extends CommandInterceptor {

  private static final Logger log = LoggerFactory.getLogger(UserErrorInterceptor.class);

  @Override
  public <T> T execute(Command<T> command) {
    try {
      return next.execute(command);
    } catch (ProcessEngineException e) {
      if (e instanceof FormFieldValidationException) {
        logRefused(command);
        throw e;
      }
      for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
        if (cause instanceof FormFieldValidationException refused) {
          logRefused(command);
          throw refused;
        }
      }
      throw e;
    }
  }

  private static void logRefused(Command<?> command) {
    log.info("A form submission was refused as invalid ({}); the user was told why", command.getClass().getSimpleName());
  }
}
