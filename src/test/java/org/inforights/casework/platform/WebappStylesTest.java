package org.inforights.casework.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.inforights.casework.support.ApplicationTest;
import org.inforights.casework.support.Webapp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each webapp loads the application's own {@code styles/user-styles.css} (the webapps' supported
 * customisation point), not the empty one of Camunda's webjar, and it hides the Community Edition's
 * "migrate to Camunda 8" banner. The browser journeys check the banner is not shown on a real page.
 */
@ApplicationTest
class WebappStylesTest {

  @LocalServerPort int port;

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyWebappHidesTheMigrationBanner(String app) {
    HttpResponse<String> styles = Webapp.at(port).get("/camunda/app/" + app + "/styles/user-styles.css");

    assertThat(styles.statusCode()).isEqualTo(200);
    assertThat(styles.body()).contains(".ce-eol-banner").containsPattern("display:\\s*none\\s*!important");
  }
}
