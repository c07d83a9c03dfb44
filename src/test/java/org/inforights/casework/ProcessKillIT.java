package org.inforights.casework;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.inforights.casework.support.Api;
import org.inforights.casework.support.PackagedJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar killed (SIGKILL, no shutdown) while officers register requests and its job
 * executor sends acknowledgements, then started again on the same H2 file: every request it
 * confirmed is there with its process, its deadline timers and, once the dead node's job locks
 * expire, its acknowledgement sent; no case exists without its process.
 */
class ProcessKillIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SAR =
      """
      {"channel": "EMAIL",
       "requester": {"name": "R", "email": "r@example.org", "relationship": "SELF"},
       "subject": {"name": "R", "dateOfBirth": "2010-01-01", "cohort": "CARE_LEAVER"}}
      """;

  @TempDir Path data;

  @Test
  void killedMidFlightAndStartedAgainItLosesNoCaseTaskOrTimer() throws Exception {
    List<String> confirmed = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    PackagedJar first = start(data, "kill-first");
    try {
      Api officer = first.api().as("officer");
      AtomicInteger answered = new AtomicInteger();
      // more officers at once than the pool has connections (10), the first of them the first
      // intakes of the year on a new database
      ExecutorService officers = Executors.newFixedThreadPool(16);
      List<Future<HttpResponse<String>>> requests = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        requests.add(officers.submit(() -> {
          HttpResponse<String> response = officer.post("/api/sars", SAR);
          if (response.statusCode() == 201) {
            answered.incrementAndGet();
          }
          return response;
        }));
      }
      Instant until = Instant.now().plus(Duration.ofMinutes(2));
      while (answered.get() < 10 && Instant.now().isBefore(until)) {
        Thread.sleep(50);
      }
      first.kill(); // mid-flight: requests still being answered, acknowledgements being sent
      officers.shutdown();
      for (Future<HttpResponse<String>> request : requests) {
        try {
          HttpResponse<String> response = request.get(30, TimeUnit.SECONDS);
          if (response.statusCode() == 201) {
            confirmed.add(JSON.readTree(response.body()).get("reference").asText());
          } else {
            refused.add(response.statusCode() + " " + response.body());
          }
        } catch (java.util.concurrent.ExecutionException killed) {
          // never confirmed: the node died first
        }
      }
    } finally {
      first.kill();
    }
    assertThat(confirmed).as("requests confirmed before the kill").hasSizeGreaterThanOrEqualTo(10);
    assertThat(refused).as("every request answered before the kill was registered").isEmpty();

    try (PackagedJar second = start(data, "kill-second")) {
      Api admin = second.api().as("admin");
      for (String reference : confirmed) {
        assertThat(second.api().as("officer").get("/api/cases/" + reference).statusCode()).as(reference).isEqualTo(200);
        JsonNode instances = JSON.readTree(admin.get(
            "/engine-rest/process-instance?processDefinitionKey=subject-access-request&businessKey=" + reference).body());
        assertThat(instances.size()).as("%s has one process", reference).isEqualTo(1);
        String instance = instances.get(0).get("id").asText();
        JsonNode ladders = JSON.readTree(admin.get("/engine-rest/process-instance?superProcessInstance=" + instance
            + "&processDefinitionKey=deadline-ladder").body());
        assertThat(ladders.size()).as("%s has its deadline ladder", reference).isEqualTo(1);
        String ladder = ladders.get(0).get("id").asText();
        assertThat(JSON.readTree(admin.get("/engine-rest/job/count?timers=true&processInstanceId=" + ladder).body())
                .get("count").asInt())
            .as("%s keeps its deadline timers", reference).isPositive();
      }

      // no case without its process: every open case in the deadline report has exactly one
      JsonNode open = JSON.readTree(second.api().as("manager").get("/api/reports/deadlines").body());
      assertThat(open.size()).isGreaterThanOrEqualTo(confirmed.size());
      for (JsonNode row : open) {
        String reference = row.get("reference").asText();
        assertThat(JSON.readTree(admin.get("/engine-rest/process-instance/count?processDefinitionKey=subject-access-request&businessKey="
                    + reference).body())
                .get("count").asInt())
            .as("%s has its process", reference).isEqualTo(1);
      }

      // the acknowledgements the dead node had locked or not yet run are sent by the new one
      Instant until = Instant.now().plus(Duration.ofMinutes(2));
      List<String> waiting = new ArrayList<>(confirmed);
      while (!waiting.isEmpty() && Instant.now().isBefore(until)) {
        waiting.removeIf(reference -> {
          try {
            return JSON.readTree(admin.get("/engine-rest/task/count?taskDefinitionKey=Task_VerifyIdentity"
                    + "&processInstanceBusinessKey=" + reference).body()).get("count").asInt() == 1;
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
        Thread.sleep(1000);
      }
      assertThat(waiting).as("cases still waiting for their acknowledgement").isEmpty();
      try (var letters = Files.list(data.resolve("outbox"))) {
        assertThat(letters.count()).as("acknowledgements in the outbox").isGreaterThanOrEqualTo(confirmed.size());
      }
    }
  }

  /** The shipped H2 URL, in a folder of the test's own. */
  private static PackagedJar start(Path data, String name) throws Exception {
    return PackagedJar.named(name)
        .arguments(
            "--casework.data-dir=" + data.toAbsolutePath(),
            "--casework.letters.outbox-dir=" + data.resolve("outbox").toAbsolutePath(),
            "--casework.demo.cases=false",
            // a dead node's job locks expire after 10 s, not Camunda's default 5 minutes
            "--camunda.bpm.job-execution.lock-time-in-millis=10000")
        .start();
  }
}
