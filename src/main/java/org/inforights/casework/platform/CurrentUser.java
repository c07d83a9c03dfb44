package org.inforights.casework.platform;

import java.util.List;
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

  public String id() {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication == null || authentication.getUserId() == null
        ? SYSTEM
        : authentication.getUserId();
  }

  /** The groups of the user acting, as the engine knows them for this thread; none for jobs. */
  public List<String> groupIds() {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication == null || authentication.getGroupIds() == null
        ? List.of()
        : List.copyOf(authentication.getGroupIds());
  }
}
