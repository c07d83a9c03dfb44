package org.inforights.casework.platform;

import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Creates the groups, and either the demo users (demo profile) or the administrator whose password
 * the environment gives (every other profile). Idempotent: a restart changes nothing that exists.
 */
@Component
class IdentitySetup implements InitializingBean {

  static final int MIN_ADMIN_PASSWORD_LENGTH = 12;
  private static final Set<String> WEAK_PASSWORDS =
      Set.of("admin", "password", "changeme", "camunda", "demo", "secret", "letmein");
  private static final Logger log = LoggerFactory.getLogger(IdentitySetup.class);

  private final IdentityService identityService;
  private final IdentityProperties properties;

  IdentitySetup(IdentityService identityService, IdentityProperties properties) {
    this.identityService = identityService;
    this.properties = properties;
  }

  @Override
  public void afterPropertiesSet() {
    CaseworkGroup.all().forEach(this::ensureGroup);
    if (properties.demo().enabled()) {
      for (CaseworkGroup group : CaseworkGroup.all()) {
        ensureUser(group.demoUser(), group.demoUser(), group);
      }
      log.warn("Demo profile: demo users exist with their user names as passwords");
    } else {
      IdentityProperties.Admin admin = properties.admin();
      checkAdminPassword(admin.userId(), admin.password());
      ensureUser(admin.userId(), admin.password(), CaseworkGroup.ADMINS);
    }
  }

  /** Refuses to start a non-demo system with a missing or guessable administrator password. */
  static void checkAdminPassword(String userId, String password) {
    if (password == null || password.isBlank()) {
      throw new IllegalStateException(
          "No administrator password: set CASEWORK_ADMIN_PASSWORD (at least "
              + MIN_ADMIN_PASSWORD_LENGTH
              + " characters) or run with the demo profile");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (password.length() < MIN_ADMIN_PASSWORD_LENGTH
        || WEAK_PASSWORDS.contains(lower)
        || lower.contains(userId.toLowerCase(Locale.ROOT))) {
      throw new IllegalStateException(
          "CASEWORK_ADMIN_PASSWORD is too weak: use at least "
              + MIN_ADMIN_PASSWORD_LENGTH
              + " characters, not a default password and not the user name");
    }
  }

  private void ensureGroup(CaseworkGroup group) {
    if (identityService.createGroupQuery().groupId(group.id()).count() == 0) {
      Group created = identityService.newGroup(group.id());
      created.setName(group.displayName());
      created.setType("WORKFLOW");
      identityService.saveGroup(created);
    }
  }

  private void ensureUser(String userId, String password, CaseworkGroup group) {
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      User user = identityService.newUser(userId);
      user.setFirstName(Character.toUpperCase(userId.charAt(0)) + userId.substring(1));
      user.setLastName("(" + group.displayName() + ")");
      user.setEmail(userId + "@casework.invalid");
      user.setPassword(password);
      identityService.saveUser(user);
    }
    if (identityService.createUserQuery().userId(userId).memberOfGroup(group.id()).count() == 0) {
      identityService.createMembership(userId, group.id());
    }
  }
}
