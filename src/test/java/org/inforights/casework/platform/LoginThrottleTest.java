package org.inforights.casework.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.camunda.bpm.engine.IdentityService;
import org.inforights.casework.support.Api;
import org.inforights.casework.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Wrong passwords slow down the client that sends them, never the account for everyone else. */
@ApplicationTest
class LoginThrottleTest {

  private static final String PASSWORD = "Integration-Passw0rd!";
  private static final String PATH = "/api/reports/deadlines";

  @LocalServerPort int port;
  @Autowired IdentityService identityService;

  private String account(String id) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      var user = identityService.newUser(id);
      user.setPassword(PASSWORD);
      identityService.saveUser(user);
      identityService.createMembership(id, CaseworkGroup.MANAGERS_ID);
    }
    return id;
  }

  @Test
  void wrongPasswordsFromOneClientDoNotStopTheRightOneFromAnother() {
    String account = account("integrationa");
    Api attacker = Api.at(port).from("203.0.113.10");
    for (int i = 0; i < 12; i++) {
      attacker.as(account, "guess-" + i).get(PATH);
    }

    assertThat(Api.at(port).from("198.51.100.20").as(account, PASSWORD).get(PATH).statusCode())
        .as("the right password at once, from elsewhere")
        .isEqualTo(200);
    assertThat(identityService.checkPassword(account, PASSWORD)).as("not locked in the engine").isTrue();
  }

  @Test
  void oneWrongPasswordDoesNotDelayTheRightOne() {
    String account = account("integrationb");
    Api client = Api.at(port).from("198.51.100.30");
    assertThat(client.as(account, "typo").get(PATH).statusCode()).isEqualTo(401);

    assertThat(client.as(account, PASSWORD).get(PATH).statusCode()).isEqualTo(200);
  }

  @Test
  void aClientFailingOftenForOneAccountIsRefusedWith429() {
    String account = account("integrationc");
    Api client = Api.at(port).from("203.0.113.40");
    for (int i = 0; i < 5; i++) {
      assertThat(client.as(account, "guess-" + i).get(PATH).statusCode()).isEqualTo(401);
    }

    HttpResponse<String> refused = client.as(account, PASSWORD).get(PATH);
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    assertThat(refused.body()).contains("\"status\":429");
  }

  @Test
  void aClientFailingAcrossManyAccountsIsRefusedWith429ForAll() {
    Api client = Api.at(port).from("203.0.113.50");
    for (int i = 0; i < 20; i++) {
      assertThat(client.as("nobody-" + i, "guess").get(PATH).statusCode()).isEqualTo(401);
    }

    assertThat(client.as(account("integrationd"), PASSWORD).get(PATH).statusCode()).isEqualTo(429);
    assertThat(Api.at(port).from("198.51.100.50").as("integrationd", PASSWORD).get(PATH).statusCode())
        .isEqualTo(200);
  }
}
