package org.inforights.casework.letters;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.inforights.casework.CaseworkApplication;
import org.inforights.casework.support.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application as {@code ./mvnw spring-boot:run} starts it, with the demo profile's letters
 * going to an outbox and no mail server anywhere: it is healthy, and its mail component speaks of
 * the outbox, not of an SMTP server at localhost:25.
 */
class DemoHealthTest {

  @TempDir Path outbox;

  @Test
  void theDemoIsUpWithoutAMailServer() throws Exception {
    try (ConfigurableApplicationContext demo =
        new SpringApplicationBuilder(CaseworkApplication.class)
            .profiles("demo")
            .run(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:demo-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
                "--camunda.bpm.generate-unique-process-engine-name=true",
                // Camunda's webapps keep JVM-wide state: a second context's would take over the shared test
                // context's Tasklist and leave it answering 500 once closed
                "--camunda.bpm.webapp.enabled=false",
                "--casework.demo.cases=false",
                // the demo's own outbox-dir, ./data/outbox, moved out of the working tree
                "--casework.letters.outbox-dir=" + outbox)) {
      int port = ((WebServerApplicationContext) demo).getWebServer().getPort();

      HttpResponse<String> health = Api.at(port).as("admin").get("/actuator/health");

      assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
      JsonNode body = new ObjectMapper().readTree(health.body());
      assertThat(body.get("status").asText()).isEqualTo("UP");
      assertThat(body.at("/components/mail/status").asText()).isEqualTo("UP");
      assertThat(body.at("/components/mail/details/outbox").asText()).isEqualTo(outbox.toAbsolutePath().toString());
      assertThat(body.at("/components/mail/details/location").isMissingNode()).isTrue();
    }
  }
}
