package org.inforights.casework.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.inforights.casework.CaseworkApplication;
import org.inforights.casework.support.Api;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

class ProductionProfileTest {

  @Test
  void refusesToStartWithoutAnAdministratorPassword() {
    assertThatThrownBy(() -> start(null).close())
        .rootCause()
        .hasMessageContaining("CASEWORK_ADMIN_PASSWORD");
  }

  @ParameterizedTest
  @ValueSource(strings = {"admin", "password", "Sh0rt!pass", "changeme", "admin-Admin-12345!"})
  void refusesDefaultShortOrNameLikePasswords(String password) {
    assertThatThrownBy(() -> IdentitySetup.checkAdminPassword("admin", password))
        .hasMessageContaining("too weak");
  }

  @Test
  void startsWithOnlyTheAdministratorAndNoDemoUsers() {
    try (ConfigurableApplicationContext context = start("Corr3ct-Horse-Battery!")) {
      IdentityService identity = context.getBean(IdentityService.class);

      assertThat(identity.createUserQuery().list())
          .extracting(user -> user.getId())
          .containsExactly("admin");
      assertThat(identity.createUserQuery().userId("admin").memberOfGroup("camunda-admin").count())
          .isEqualTo(1);
      assertThat(identity.checkPassword("admin", "Corr3ct-Horse-Battery!")).isTrue();
      assertThat(identity.createGroupQuery().count()).isEqualTo(CaseworkGroup.values().length);

      ServerProperties server = context.getBean(ServerProperties.class);
      assertThat(server.getServlet().getSession().getCookie().getSecure())
          .as("session cookie over HTTPS only, even behind a TLS-terminating proxy")
          .isTrue();
      assertThat(server.getForwardHeadersStrategy()).isEqualTo(ServerProperties.ForwardHeadersStrategy.FRAMEWORK);
    }
  }

  @Test
  void analystsDoNotDeployToALiveSystemButAdministratorsMay() {
    try (ConfigurableApplicationContext context = start("Corr3ct-Horse-Battery!")) {
      AuthorizationService authorizations = context.getBean(AuthorizationService.class);

      assertThat(deploy(authorizations, "an-analyst", CaseworkGroup.ANALYSTS.id())).isFalse();
      assertThat(deploy(authorizations, "admin", CaseworkGroup.ADMINS_ID)).isTrue();
    }
  }

  private static boolean deploy(AuthorizationService authorizations, String user, String group) {
    return authorizations.isUserAuthorized(user, List.of(group), Permissions.CREATE, Resources.DEPLOYMENT);
  }

  /**
   * A database first started in the demo profile, then in production: the published demo logins
   * must not work there, and the administrator signs in with the configured password only.
   */
  @Test
  @ExtendWith(OutputCaptureExtension.class)
  void productionStartOnADemoDatabaseRemovesTheDemoUsersAndResetsTheAdministrator(CapturedOutput output) {
    String database = "jdbc:h2:mem:demo-then-prod-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    try (ConfigurableApplicationContext demo = start(database, "demo", null)) {
      assertThat(status(demo, "admin", "admin")).isEqualTo(200);
    }
    String strong = "Corr3ct-Horse-Battery!";
    try (ConfigurableApplicationContext prod = start(database, "prod", strong)) {
      assertThat(status(prod, "admin", strong)).as("the configured password").isEqualTo(200);
      assertThat(status(prod, "admin", "admin")).as("admin:admin").isEqualTo(401);
      for (String demoUser : List.of("officer", "owner", "manager", "dpo", "guardian", "analyst")) {
        assertThat(status(prod, demoUser, demoUser)).as(demoUser).isEqualTo(401);
      }
      IdentityService identity = prod.getBean(IdentityService.class);
      assertThat(identity.createUserQuery().list()).extracting(user -> user.getId()).containsExactly("admin");
      assertThat(identity.createUserQuery().userId("admin").memberOfGroup("camunda-admin").count()).isEqualTo(1);
    }
    assertThat(output.getOut())
        .contains("Removed demo user 'officer'", "Removed demo user 'analyst'")
        .contains("Administrator 'admin': password reset")
        .doesNotContain(strong);
  }

  /** A real account that happens to have a demo user's id but not its password or address stays. */
  @Test
  void keepsARealAccountWithADemoUsersId() {
    String database = "jdbc:h2:mem:real-dpo-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    String strong = "Corr3ct-Horse-Battery!";
    try (ConfigurableApplicationContext first = start(database, "prod", strong)) {
      IdentityService identity = first.getBean(IdentityService.class);
      var dpo = identity.newUser("dpo");
      dpo.setEmail("data.protection@council.example");
      dpo.setPassword("Another-Str0ng-Passphrase");
      identity.saveUser(dpo);
      identity.createMembership("dpo", "dpo");
    }
    try (ConfigurableApplicationContext second = start(database, "prod", strong)) {
      assertThat(status(second, "dpo", "Another-Str0ng-Passphrase")).isEqualTo(200);
    }
  }

  private static int status(ConfigurableApplicationContext context, String user, String password) {
    int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    return Api.at(port).as(user, password).get("/api/reports/deadlines").statusCode();
  }

  private static ConfigurableApplicationContext start(String adminPassword) {
    return start("jdbc:h2:mem:prod-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "prod", adminPassword);
  }

  private static ConfigurableApplicationContext start(String database, String profile, String adminPassword) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--server.port=0",
                "--spring.datasource.url=" + database,
                "--casework.demo.cases=false",
                "--camunda.bpm.generate-unique-process-engine-name=true",
                // Camunda's webapps keep JVM-wide state: a second context's would take over the shared test
                // context's Tasklist and leave it answering 500 once closed
                "--camunda.bpm.webapp.enabled=false",
                "--camunda.bpm.job-execution.enabled=false"));
    if (adminPassword != null) {
      args.add("--casework.admin.password=" + adminPassword);
    }
    return new SpringApplicationBuilder(CaseworkApplication.class)
        .profiles(profile)
        .run(args.toArray(String[]::new));
  }
}
