package org.inforights.casework;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.inforights.casework.support.Api;
import org.inforights.casework.support.PackagedJar;
import org.inforights.casework.support.Webapp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, as an administrator runs it: started twice on the same H2 file, it keeps its
 * cases and reference counter, and the second start deploys nothing.
 */
class JarRestartIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path data;

  @Test
  void theJarStartedTwiceOnOneDatabaseKeepsItsCasesAndDeploysNothingNew() throws Exception {
    String reference;
    String deployments;
    JsonNode firstView;
    PackagedJar first = start(data, "first");
    try (first) {
      Api officer = first.api().as("officer");
      HttpResponse<String> created =
          officer.post(
              "/api/sars",
              """
              {"receivedOn": "2026-01-31", "channel": "EMAIL",
               "requester": {"name": "R", "relationship": "SELF"},
               "subject": {"name": "R", "dateOfBirth": "2010-01-01", "cohort": "CARE_LEAVER"}}
              """);
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      firstView = JSON.readTree(created.body());
      reference = firstView.get("reference").asText();
      deployments = first.api().as("admin").get("/engine-rest/deployment/count").body();
    }

    try (PackagedJar second = start(data, "second")) {
      HttpResponse<String> kept = second.api().as("officer").get("/api/cases/" + reference);
      assertThat(kept.statusCode()).isEqualTo(200);
      assertThat(JSON.readTree(kept.body()).get("dueOn")).isEqualTo(firstView.get("dueOn"));
      assertThat(second.api().as("admin").get("/engine-rest/deployment/count").body())
          .isEqualTo(deployments);
      assertThat(first.log()).contains("Deployed ");
      assertThat(second.log()).doesNotContain("Deployed ").contains("nothing deployed");

      HttpResponse<String> next =
          second
              .api()
              .as("officer")
              .post(
                  "/api/sars",
                  """
                  {"channel": "EMAIL", "requester": {"name": "Q", "relationship": "SELF"},
                   "subject": {"name": "Q", "dateOfBirth": "2010-01-01", "cohort": "OTHER"}}
                  """);
      assertThat(JSON.readTree(next.body()).get("reference").asText()).isNotEqualTo(reference);

      assertThat(Webapp.at(second.port()).signIn("tasklist", "officer", "officer")).isEqualTo(200);
    }
  }

  /** The jar on an H2 file of the test's own. */
  private static PackagedJar start(Path data, String name) throws Exception {
    return PackagedJar.named("jar-restart-" + name)
        .arguments(
            "--spring.datasource.url=jdbc:h2:file:" + data.resolve("casework").toAbsolutePath(),
            "--casework.letters.outbox-dir=" + data.resolve("outbox").toAbsolutePath())
        .start();
  }
}
