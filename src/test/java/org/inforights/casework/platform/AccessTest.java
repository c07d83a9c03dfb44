package org.inforights.casework.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.inforights.casework.support.Api;
import org.inforights.casework.support.ApplicationTest;
import org.inforights.casework.support.Webapp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ApplicationTest
class AccessTest {

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired IdentitySetup identitySetup;
  @Autowired AuthorizationSetup authorizationSetup;

  private static final String VISITOR_PASSWORD = "visitor-in-no-group";

  /** A user in no group, made for this test. */
  private String visitor() {
    return userInNoGroup("visitor");
  }

  /** A user for wrong passwords: Camunda delays a user's next sign-in after each failure. */
  private String guesser() {
    return userInNoGroup("guesser");
  }

  private String userInNoGroup(String id) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      var user = identityService.newUser(id);
      user.setPassword(VISITOR_PASSWORD);
      identityService.saveUser(user);
    }
    return id;
  }

  @Test
  void everyGroupHasItsDemoUser() {
    for (CaseworkGroup group : CaseworkGroup.values()) {
      assertThat(identityService.createGroupQuery().groupId(group.id()).count()).isEqualTo(1);
      assertThat(
              identityService
                  .createUserQuery()
                  .userId(group.demoUser())
                  .memberOfGroup(group.id())
                  .count())
          .as("%s in %s", group.demoUser(), group.id())
          .isEqualTo(1);
      assertThat(identityService.checkPassword(group.demoUser(), group.demoUser())).isTrue();
    }
  }

  @Test
  void startingAgainCreatesNoSecondUserGroupOrGrant() {
    long users = identityService.createUserQuery().count();
    long groups = identityService.createGroupQuery().count();
    long grants = authorizationService.createAuthorizationQuery().count();

    identitySetup.afterPropertiesSet();
    authorizationSetup.afterPropertiesSet();

    assertThat(identityService.createUserQuery().count()).isEqualTo(users);
    assertThat(identityService.createGroupQuery().count()).isEqualTo(groups);
    assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(grants);
  }

  @ParameterizedTest(name = "{0} signing in to {1} → {2}")
  @CsvSource({
    "officer, tasklist, 200",
    "owner, tasklist, 200",
    "manager, tasklist, 200",
    "dpo, tasklist, 200",
    "guardian, tasklist, 200",
    "admin, tasklist, 200",
    "analyst, tasklist, 403",
    "officer, cockpit, 403",
    "owner, cockpit, 403",
    "manager, cockpit, 200",
    "dpo, cockpit, 200",
    "analyst, cockpit, 200",
    "admin, cockpit, 200",
    "officer, admin, 403",
    "manager, admin, 403",
    "admin, admin, 200",
  })
  void eachGroupSignsInToTheWebappsItsWorkNeeds(String user, String app, int status) {
    assertThat(Webapp.at(port).signIn(app, user, user)).isEqualTo(status);
  }

  @Test
  void wrongPasswordCannotSignInToTasklist() {
    assertThat(Webapp.at(port).signIn("tasklist", guesser(), "wrong")).isEqualTo(401);
  }

  @Test
  void aUserInNoGroupCanUseNoneOfTheApi() {
    assertThat(Api.at(port).as(visitor(), VISITOR_PASSWORD).get("/api/cases/SAR-2026-00001").statusCode())
        .isEqualTo(403);
    assertThat(Webapp.at(port).signIn("tasklist", visitor(), VISITOR_PASSWORD)).isEqualTo(403);
  }

  @ParameterizedTest
  @CsvSource({"/api/cases/SAR-2026-00001", "/engine-rest/task", "/engine-rest/deployment"})
  void restWithoutCredentialsIsUnauthorized(String path) {
    HttpResponse<String> response = Api.at(port).get(path);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
        value -> assertThat(value).startsWith("Basic"));
    assertThat(response.body()).contains("\"status\":401");
  }

  @Test
  void restWithAWrongPasswordIsUnauthorized() {
    assertThat(Api.at(port).as(guesser(), "nope").get("/engine-rest/task").statusCode())
        .isEqualTo(401);
  }

  @Test
  void engineRestRefusesWhatTheUsersGroupsMayNotDo() {
    String newGroup = "{\"id\":\"intruders\",\"name\":\"Intruders\",\"type\":\"WORKFLOW\"}";

    assertThat(Api.at(port).as("officer").post("/engine-rest/group/create", newGroup).statusCode())
        .isEqualTo(403);
    assertThat(identityService.createGroupQuery().groupId("intruders").count()).isZero();
  }

  @Test
  void engineRestShowsOnlyWhatTheUserMaySee() {
    assertThat(Api.at(port).as("officer").get("/engine-rest/authorization/count").body())
        .isEqualTo("{\"count\":0}");
    assertThat(Api.at(port).as("admin").get("/engine-rest/authorization/count").body())
        .isNotEqualTo("{\"count\":0}");
  }
}
