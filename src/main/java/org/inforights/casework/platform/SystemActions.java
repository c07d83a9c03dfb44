package org.inforights.casework.platform;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs the application's own reaction to a user's action with the system's authority: when an
 * officer's clock change moves a process's timers, the officer needs no right to edit process
 * instances. The user's action itself was checked and attributed before.
 */
@Component
public class SystemActions {

  private final IdentityService identityService;

  SystemActions(IdentityService identityService) {
    this.identityService = identityService;
  }

  public <T> T call(Supplier<T> action) {
    Authentication user = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return action.get();
    } finally {
      if (user != null) {
        identityService.setAuthentication(user);
      }
    }
  }

  public void run(Runnable action) {
    call(
        () -> {
          action.run();
          return null;
        });
  }
}
