package org.inforights.casework.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.inforights.casework.support.ApplicationTest;
import org.inforights.casework.support.Webapp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A webapp session reads {@code /api} and {@code /engine-rest} only while its user still may. */
@ApplicationTest
class WebappSessionTest {

  private static final String PASSWORD = "Session-Test-Passw0rd!";

  @LocalServerPort int port;
  @Autowired IdentityService identityService;

  private void createManager(String id) {
    var user = identityService.newUser(id);
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
    identityService.createMembership(id, CaseworkGroup.MANAGERS_ID);
  }

  @Test
  void aDeletedUsersSessionReadsNothingMore() {
    createManager("leaver");
    Webapp session = Webapp.at(port);
    assertThat(session.signIn("cockpit", "leaver", PASSWORD)).isEqualTo(200);
    assertThat(session.get("/api/reports/deadlines").statusCode()).isEqualTo(200);
    assertThat(session.get("/engine-rest/process-definition/count").statusCode()).isEqualTo(200);

    identityService.deleteUser("leaver");

    assertThat(session.get("/api/reports/deadlines").statusCode()).isEqualTo(401);
    assertThat(session.get("/engine-rest/process-definition/count").statusCode()).isEqualTo(401);
  }

  @Test
  void aUserTakenOutOfTheirGroupLosesWhatTheGroupGave() {
    createManager("mover");
    Webapp session = Webapp.at(port);
    assertThat(session.signIn("cockpit", "mover", PASSWORD)).isEqualTo(200);
    assertThat(session.get("/api/reports/deadlines").statusCode()).isEqualTo(200);

    identityService.deleteMembership("mover", CaseworkGroup.MANAGERS_ID);

    assertThat(session.get("/api/reports/deadlines").statusCode()).isEqualTo(403);
    identityService.deleteUser("mover");
  }
}
