package org.inforights.casework.platform;

import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.PasswordManager;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Creates the groups, and either the demo users (demo profile) or the administrator whose password
 * the environment gives (every other profile).
 *
 * <p>A database first started in the demo profile and then in production still holds the demo
 * users, whose passwords everyone knows. Outside the demo profile they are therefore removed
 * rather than refused with an error: nothing legitimate signs in with a password printed in the
 * README, removing them needs no one to sign in with the very accounts that must go, and their
 * work stays with their groups (tasks are offered to candidate groups, history keeps the user id).
 * A demo user is recognised by its id <em>and</em> either the demo profile's mail address or its
 * own id as password, so a real account an administrator happened to call {@code dpo} stays. The
 * administrator's password is reset to the configured one on every start, so the environment, not
 * whatever the database remembers, says how the administrator signs in. What was done is logged,
 * never a password.
 */
@Component
class IdentitySetup implements InitializingBean {

  static final int MIN_ADMIN_PASSWORD_LENGTH = 12;
  private static final Set<String> WEAK_PASSWORDS =
      Set.of("admin", "password", "changeme", "camunda", "demo", "secret", "letmein");
  private static final Logger log = LoggerFactory.getLogger(IdentitySetup.class);

  static final String DEMO_MAIL_DOMAIN = "@casework.invalid";

  private final IdentityService identityService;
  private final IdentityProperties properties;
  private final PasswordManager passwords;

  IdentitySetup(
      IdentityService identityService,
      IdentityProperties properties,
      ProcessEngineConfigurationImpl engineConfiguration) {
    this.identityService = identityService;
    this.properties = properties;
    this.passwords = engineConfiguration.getPasswordManager();
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
      removeDemoUsers(admin.userId());
      ensureUser(admin.userId(), admin.password(), CaseworkGroup.ADMINS);
      resetAdminPassword(admin.userId(), admin.password());
    }
  }

  /** Deletes every demo user left from a demo start, except an administrator configured with that id. */
  private void removeDemoUsers(String adminUserId) {
    for (CaseworkGroup group : CaseworkGroup.all()) {
      String userId = group.demoUser();
      if (userId.equals(adminUserId)) {
        continue;
      }
      User user = identityService.createUserQuery().userId(userId).singleResult();
      if (user != null && isDemoUser(user)) {
        identityService.deleteUser(userId);
        log.warn(
            "Removed demo user '{}' left from a start in the demo profile: its password is published",
            userId);
      }
    }
  }

  private boolean isDemoUser(User user) {
    return (user.getId() + DEMO_MAIL_DOMAIN).equalsIgnoreCase(user.getEmail())
        || hasPassword(user, user.getId());
  }

  /** Compares without signing in, so the check counts no failed attempt against a real account. */
  private boolean hasPassword(User user, String password) {
    if (!(user instanceof UserEntity entity) || entity.getPassword() == null) {
      return false;
    }
    return passwords.check(EncryptionUtil.saltPassword(password, entity.getSalt()), entity.getPassword());
  }

  private void resetAdminPassword(String userId, String password) {
    User admin = identityService.createUserQuery().userId(userId).singleResult();
    if (!hasPassword(admin, password)) {
      admin.setPassword(password);
      identityService.saveUser(admin);
      log.warn("Administrator '{}': password reset to the one configured (CASEWORK_ADMIN_PASSWORD)", userId);
    }
    identityService.unlockUser(userId);
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
      user.setEmail(userId + DEMO_MAIL_DOMAIN);
      user.setPassword(password);
      identityService.saveUser(user);
    }
    if (identityService.createUserQuery().userId(userId).memberOfGroup(group.id()).count() == 0) {
      identityService.createMembership(userId, group.id());
    }
  }
}
