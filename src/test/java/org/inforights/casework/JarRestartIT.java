package org.inforights.casework;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.inforights.casework.support.Api;
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
    RunningJar first = RunningJar.start(data, "first");
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

    try (RunningJar second = RunningJar.start(data, "second")) {
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

      assertThat(Webapp.at(second.port).signIn("tasklist", "officer", "officer")).isEqualTo(200);
    }
  }

  /** The jar in a child JVM, stopped as a service manager would stop it. */
  private static final class RunningJar implements AutoCloseable {
    private final Process process;
    private final int port;
    private final Path log;

    private RunningJar(Process process, int port, Path log) {
      this.process = process;
      this.port = port;
      this.log = log;
    }

    static RunningJar start(Path data, String name) throws Exception {
      int port;
      try (ServerSocket socket = new ServerSocket(0)) {
        port = socket.getLocalPort();
      }
      Path log = Path.of("target", "jar-restart-" + name + ".log");
      Process process =
          new ProcessBuilder(
                  List.of(
                      Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                      "-Xmx512m",
                      "-jar",
                      jar().getAbsolutePath(),
                      "--server.port=" + port,
                      "--spring.datasource.url=jdbc:h2:file:" + data.resolve("casework").toAbsolutePath(),
                      "--casework.letters.outbox-dir=" + data.resolve("outbox").toAbsolutePath()))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      RunningJar jar = new RunningJar(process, port, log);
      jar.awaitUp();
      return jar;
    }

    Api api() {
      return Api.at(port);
    }

    String log() throws IOException {
      return Files.readString(log);
    }

    private void awaitUp() throws Exception {
      Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
      while (Instant.now().isBefore(deadline)) {
        if (!process.isAlive()) {
          throw new IllegalStateException("The jar stopped while starting:\n" + log());
        }
        try {
          if (api().as("admin").get("/api/cases/NONE").statusCode() == 404) {
            return;
          }
        } catch (RuntimeException notYet) {
          // not listening yet
        }
        Thread.sleep(500);
      }
      throw new IllegalStateException("The jar did not start in time:\n" + log());
    }

    private static File jar() {
      File[] jars =
          new File("target").listFiles((dir, file) -> file.matches("casework-.*\\.jar") && !file.endsWith("-plain.jar"));
      assertThat(jars).as("the packaged jar in target/").hasSize(1);
      return jars[0];
    }

    @Override
    public void close() throws Exception {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }
}
