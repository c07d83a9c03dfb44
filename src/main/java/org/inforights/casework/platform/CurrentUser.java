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

  /**
   * Who the case file records as having acted: the signed-in user, or, while the application reacts
   * to their action with the system's authority ({@link SystemActions}), still that user; otherwise
   * {@value #SYSTEM}.
   */
  public String id() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    String actingFor = ACTING_FOR.get();
    return actingFor == null ? SYSTEM : actingFor;
  }

  /** The user whose action the system carries out on this thread, or none. */
  private static final ThreadLocal<String> ACTING_FOR = new ThreadLocal<>();

  /**
   * From now on, on this thread, the system acts for the signed-in user, if one is (a reaction within
   * a reaction keeps the first user); returns what to {@link #restore} afterwards.
   */
  String actForSignedInUser() {
    String before = ACTING_FOR.get();
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      ACTING_FOR.set(authentication.getUserId());
    }
    return before;
  }

  static void restore(String actingFor) {
    if (actingFor == null) {
      ACTING_FOR.remove();
    } else {
      ACTING_FOR.set(actingFor);
    }
  }
}
