package org.inforights.casework.platform;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs the application's own reaction to a user's action with the system's authority: when an
 * officer's clock change moves a process's timers, the officer needs no right to edit process
 * instances. The user's action itself was checked before. What the reaction records in the case
 * file is still the user's doing, and is recorded under their name ({@link CurrentUser#id()}): a
 * clock stopped through the API by the process's own step is stopped by whoever asked the API.
 */
@Component
public class SystemActions {

  private final IdentityService identityService;
  private final CurrentUser currentUser;

  SystemActions(IdentityService identityService, CurrentUser currentUser) {
    this.identityService = identityService;
    this.currentUser = currentUser;
  }

  public <T> T call(Supplier<T> action) {
    Authentication user = identityService.getCurrentAuthentication();
    String actingFor = currentUser.actForSignedInUser();
    identityService.clearAuthentication();
    try {
      return action.get();
    } finally {
      CurrentUser.restore(actingFor);
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
