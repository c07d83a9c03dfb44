package org.inforights.casework.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.inforights.casework.support.ApplicationTest;
import org.inforights.casework.support.Webapp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Tasklist's configuration loads the "Case" tab and "Find a case", served by the application. */
@ApplicationTest
class TasklistPluginTest {

  @LocalServerPort int port;

  @Test
  void tasklistsConfigurationLoadsBothPluginsAndKeepsTheShortcuts() {
    HttpResponse<String> config = Webapp.at(port).get("/camunda/app/tasklist/scripts/config.js");

    assertThat(config.statusCode()).isEqualTo(200);
    assertThat(config.body())
        .contains("customScripts: ['case-workspace/plugin', 'case-search/plugin']", "shortcuts:", "claimTask");
  }

  @Test
  void theCaseTabSitsAtTheTaskDetailAndFindACaseInTheHeader() {
    Webapp webapp = Webapp.at(port);
    HttpResponse<String> tab = webapp.get("/camunda/app/tasklist/case-workspace/plugin.js");
    HttpResponse<String> shared = webapp.get("/camunda/app/tasklist/case-workspace/workspace.js");
    HttpResponse<String> search = webapp.get("/camunda/app/tasklist/case-search/plugin.js");

    assertThat(tab.statusCode()).isEqualTo(200);
    assertThat(tab.body()).contains("pluginPoint: 'tasklist.task.detail'", "label: 'Case'", "/tasks/");
    assertThat(shared.statusCode()).isEqualTo(200);
    assertThat(shared.body()).contains("/workspace", "X-XSRF-TOKEN");
    assertThat(search.statusCode()).isEqualTo(200);
    assertThat(search.body()).contains("pluginPoint: 'tasklist.navbar.action'", "#/?task=");
  }
}
