package org.inforights.casework.platform;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Keeps a person's mistake out of the error log. The engine logs every exception that ends a
 * command at ERROR with its stack trace, a refused form value included; operators watch ERROR for
 * faults of the system, and a refused form is not one. Those events are dropped here and
 * {@link UserErrorInterceptor} logs the refusal at INFO, without the values. Every other engine
 * error is logged as before.
 */
@Component
class UserErrorLogging implements InitializingBean {

  static final String ENGINE_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";

  @Override
  public void afterPropertiesSet() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback
        && logback.getTurboFilterList().stream().noneMatch(RefusedForms.class::isInstance)) {
      logback.addTurboFilter(new RefusedForms());
    }
  }

  /** Denies the engine's error events caused by a refused form value. */
  static class RefusedForms extends TurboFilter {
    @Override
    public FilterReply decide(
        Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
      if (level != Level.ERROR || !logger.getName().startsWith(ENGINE_CONTEXT_LOGGER)) {
        return FilterReply.NEUTRAL;
      }
      Throwable logged = t;
      if (logged == null && params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last) {
        logged = last;
      }
      return refusedForm(logged) ? FilterReply.DENY : FilterReply.NEUTRAL;
    }
  }

  static boolean refusedForm(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof FormFieldValidationException) {
        return true;
      }
    }
    return false;
  }
}
