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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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

  private static ConfigurableApplicationContext start(String adminPassword) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:prod-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
                "--camunda.bpm.generate-unique-process-engine-name=true",
                "--camunda.bpm.job-execution.enabled=false"));
    if (adminPassword != null) {
      args.add("--casework.admin.password=" + adminPassword);
    }
    return new SpringApplicationBuilder(CaseworkApplication.class)
        .profiles("prod")
        .run(args.toArray(String[]::new));
  }
}
