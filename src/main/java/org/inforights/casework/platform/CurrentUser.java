package org.inforights.casework.platform;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who is acting: the user the engine knows for this thread, whether they came through the REST
 * API (HTTP Basic) or a webapp (Tasklist session). Engine jobs act as {@value #SYSTEM}.
 */
@Component
public class CurrentUser {

  public static final String SYSTEM = "system";

  private final IdentityService identityService;

  CurrentUser(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** True when the acting user is a member of the group (engine jobs are in none). */
  public boolean isIn(CaseworkGroup group) {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication != null
        && authentication.getGroupIds() != null
        && authentication.getGroupIds().contains(group.id());
  }

  /** True when no one signed in acts: an engine job, a timer, the application itself. */
  public boolean isSystem() {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication == null || authentication.getUserId() == null;
  }

  /** The groups of the acting user; none for the system. */
  public java.util.List<String> groupIds() {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication == null || authentication.getGroupIds() == null
        ? java.util.List.of()
        : authentication.getGroupIds();
  }

  public String id() {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication == null || authentication.getUserId() == null
        ? SYSTEM
        : authentication.getUserId();
  }
}
