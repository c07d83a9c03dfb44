package org.inforights.casework.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.inforights.casework.support.Api;
import org.inforights.casework.support.ApplicationTest;
import org.inforights.casework.support.Webapp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The Cockpit deadline plugin is served by the application and reads the reports with the session. */
@ApplicationTest
class CockpitPluginTest {

  @LocalServerPort int port;

  @Test
  void cockpitsConfigurationLoadsTheDeadlinePlugin() {
    Webapp manager = Webapp.at(port);
    HttpResponse<String> config = manager.get("/camunda/app/cockpit/scripts/config.js");
    HttpResponse<String> plugin = manager.get("/camunda/app/cockpit/statutory-deadlines/plugin.js");

    assertThat(config.statusCode()).isEqualTo(200);
    assertThat(config.body()).contains("customScripts: ['statutory-deadlines/plugin']");
    assertThat(plugin.statusCode()).isEqualTo(200);
    assertThat(plugin.body()).contains("pluginPoint: 'cockpit.dashboard'", "/api/reports");
  }

  @Test
  void aManagerSignedInToCockpitReadsTheReportsWithThatSession() {
    Webapp manager = Webapp.at(port);
    assertThat(manager.signIn("cockpit", "manager", "manager")).isEqualTo(200);

    HttpResponse<String> report = manager.get("/api/reports/deadlines");

    assertThat(report.statusCode()).isEqualTo(200);
    assertThat(report.body()).startsWith("[");
    assertThat(report.headers().allValues("Set-Cookie"))
        .as("the session id stays: Cockpit's own requests run alongside and would be signed out")
        .noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
  }

  @Test
  void anOfficersSessionMayNotReadReportsAndNoSessionIsUnauthorized() {
    Webapp officer = Webapp.at(port);
    assertThat(officer.signIn("tasklist", "officer", "officer")).isEqualTo(200);

    assertThat(officer.get("/api/reports/deadlines").statusCode()).isEqualTo(403);
    assertThat(Api.at(port).get("/api/reports/deadlines").statusCode()).isEqualTo(401);
  }
}
