package org.inforights.casework.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.inforights.casework.support.Api;
import org.inforights.casework.support.PackagedJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Camunda's homogeneous cluster as operators run it (docs/operations.md): the packaged jar started
 * twice as two nodes on one PostgreSQL, job executors on both. A few hundred requests' deadline
 * timers come due at once and both job executors race for them: every timer fires exactly once
 * and every case ends as it does on one node alone. Then one node is killed while timers are
 * still due, some of them locked by it, and the other finishes them all.
 */
class ClusterIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SAR =
      """
      {"channel": "EMAIL",
       "requester": {"name": "R", "email": "r@example.org", "relationship": "SELF"},
       "subject": {"name": "R", "dateOfBirth": "2010-01-01", "cohort": "CARE_LEAVER"}}
      """;
  private static final String PROCESS = "subject-access-request";
  /** The ladder each case's process calls: the reminder and at-risk timers wait there. */
  private static final String LADDER = "deadline-ladder";
  private static final String REMINDER_TIMER = "Event_ReminderDue";
  private static final String AT_RISK_TIMER = "Event_AtRiskDue";
  /** Long past: a timer set to it is due now, on whichever node acquires it first. */
  private static final String DUE_NOW = "{\"duedate\": \"2020-01-01T00:00:00.000+0000\"}";
  private static final int ONE_NODE_CASES = 5;
  private static final int CLUSTER_CASES = 300;
  private static final Duration PATIENCE = Duration.ofMinutes(2);

  @TempDir Path outbox;

  @Test
  void twoNodesRunEveryTimerExactlyOnceAndOneFinishesTheWorkWhenTheOtherDies() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        Node a = Node.start("node-a", postgres, outbox)) {
      Instant begin = Instant.now();

      // what one node alone makes of a request whose reminder, then at-risk review, comes due
      List<String> alone = register(ONE_NODE_CASES, a);
      awaitAcknowledged(a);
      makeDue(REMINDER_TIMER, alone, a);
      awaitFired(REMINDER_TIMER, a);
      Map<String, Signature> aloneReminded = signatures(a, alone);
      makeDue(AT_RISK_TIMER, alone, a);
      awaitFired(AT_RISK_TIMER, a);
      Map<String, Signature> aloneAtRisk = signatures(a, alone);
      Signature reminded = theOne(aloneReminded);
      Signature atRisk = theOne(aloneAtRisk);
      assertThat(reminded.openTasks()).containsEntry("Task_VerifyIdentity", 75);
      assertThat(atRisk.openTasks()).containsKey("Task_ReviewAtRiskCase");
      System.out.printf("one node: %s%n", since(begin));

      List<String> cases;
      Map<String, Integer> lockedAtKill;
      Instant killed;
      Instant start = Instant.now();
      try (Node b = Node.start("node-b", postgres, outbox)) {
        assertThat(a.log()).contains("Deployed ");
        assertThat(b.log()).as("the second node finds the first one's deployment")
            .doesNotContain("Deployed ").contains("nothing deployed");

        // officers on both nodes register requests; both job executors send the acknowledgements
        cases = register(CLUSTER_CASES, a, b);
        awaitAcknowledged(a);

        // every reminder due at once: both job executors race for them
        makeDue(REMINDER_TIMER, cases, a, b);
        awaitFired(REMINDER_TIMER, a);
        assertThat(successfulJobsByNode(REMINDER_TIMER, a).keySet())
            .as("both job executors ran reminders").containsExactlyInAnyOrder("node-a", "node-b");
        assertExactlyOnce(REMINDER_TIMER, cases, a);
        System.out.printf("cluster: %s; reminders run by node %s%n", since(start), successfulJobsByNode(REMINDER_TIMER, a));
        assertThat(signatures(a, cases)).as("every case as on one node").allSatisfy((reference, signature) ->
            assertThat(signature).as(reference).isEqualTo(reminded));

        // every at-risk review due at once (suspended while they are set due, then released
        // together), while the test holds back the tasks they create: both job executors lock
        // at-risk timers and wait mid-transaction. Then node B dies, mid-run.
        String atRiskJobs = json(a, "/engine-rest/job-definition?processDefinitionKey=" + LADDER
            + "&activityIdIn=" + AT_RISK_TIMER).get(0).get("id").asText();
        suspend(a, atRiskJobs, true);
        makeDue(AT_RISK_TIMER, cases, a, b);
        try (Connection holdBack = postgres.getPostgresDatabase().getConnection()) {
          holdBack.setAutoCommit(false);
          try (Statement statement = holdBack.createStatement()) {
            statement.execute("lock table act_ru_task in share mode");
          }
          suspend(b, atRiskJobs, false);
          await("both nodes lock at-risk timers", () -> lockOwners(postgres, atRiskJobs).size() == 2);
          lockedAtKill = lockOwners(postgres, atRiskJobs);
          b.kill();
          killed = Instant.now();
          // counted in the database itself: node A's REST API shares its pool with the waiting job threads
          assertThat(lockOwners(postgres, atRiskJobs)).as("the dead node's locks stay until they expire").hasSize(2);
          assertThat(jobsOf(postgres, atRiskJobs)).as("at-risk timers still to run when node B died")
              .isEqualTo(cases.size());
          holdBack.commit();
        }
      }
      System.out.printf("cluster: %s; node B killed, the two nodes holding %s at-risk timer locks%n",
          since(start), lockedAtKill.values());

      // node A runs them all, including those node B had locked, once their locks expire
      awaitFired(AT_RISK_TIMER, a);
      System.out.printf("node A finished the at-risk timers %s after node B died%n", since(killed));
      assertExactlyOnce(AT_RISK_TIMER, cases, a);
      assertThat(successfulJobsByNode(AT_RISK_TIMER, a)).as("successful at-risk jobs by node")
          .containsOnlyKeys("node-a");
      assertThat(signatures(a, cases)).as("every case as on one node").allSatisfy((reference, signature) ->
          assertThat(signature).as(reference).isEqualTo(atRisk));
      assertThat(signatures(a, alone)).as("the first cases untouched").isEqualTo(aloneAtRisk);
    }
  }

  private static void suspend(Node node, String jobDefinition, boolean suspended) {
    HttpResponse<String> response = node.api().as("admin").put("/engine-rest/job-definition/" + jobDefinition
        + "/suspended", "{\"suspended\": " + suspended + ", \"includeJobs\": true}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
  }

  /** How many of a job definition's jobs each job executor holds locked, by lock owner. */
  private static Map<String, Integer> lockOwners(EmbeddedPostgres postgres, String jobDefinition) {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        PreparedStatement query = connection.prepareStatement(
            "select lock_owner_, count(*) from act_ru_job where job_def_id_ = ? and lock_owner_ is not null"
                + " group by lock_owner_")) {
      query.setString(1, jobDefinition);
      Map<String, Integer> owners = new TreeMap<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          owners.put(rows.getString(1), rows.getInt(2));
        }
      }
      return owners;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int jobsOf(EmbeddedPostgres postgres, String jobDefinition) {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        PreparedStatement query = connection.prepareStatement("select count(*) from act_ru_job where job_def_id_ = ?")) {
      query.setString(1, jobDefinition);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Duration since(Instant start) {
    return Duration.between(start, Instant.now()).withNanos(0);
  }

  /** Registers requests through the nodes in turn, four officers at a time. */
  private static List<String> register(int count, Node... nodes) throws Exception {
    ExecutorService officers = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> references = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        Api officer = nodes[i % nodes.length].api().as("officer");
        references.add(officers.submit(() -> {
          HttpResponse<String> created = officer.post("/api/sars", SAR);
          assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
          return JSON.readTree(created.body()).get("reference").asText();
        }));
      }
      List<String> registered = new ArrayList<>();
      for (Future<String> reference : references) {
        registered.add(reference.get(2, TimeUnit.MINUTES));
      }
      assertThat(Set.copyOf(registered)).hasSize(count);
      return registered;
    } finally {
      officers.shutdownNow();
    }
  }

  /** The database holds this test's cases only: no acknowledgement waiting means all were sent. */
  private static void awaitAcknowledged(Node node) {
    await("acknowledgements sent", () -> count(node, "/engine-rest/job/count?activityId=Task_SendAcknowledgement") == 0);
  }

  /** Sets the cases' timers of one kind due now, through the nodes in turn. */
  private static void makeDue(String timer, List<String> references, Node... nodes) throws Exception {
    Set<String> instances = instancesOf(nodes[0], references);
    List<String> jobs = new ArrayList<>();
    for (JsonNode job : json(nodes[0], "/engine-rest/job?processDefinitionKey=" + LADDER + "&activityId=" + timer)) {
      if (instances.contains(job.get("processInstanceId").asText())) {
        jobs.add(job.get("id").asText());
      }
    }
    assertThat(jobs).as(timer + " timers waiting").hasSameSizeAs(references);
    ExecutorService admins = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < jobs.size(); i++) {
        Api admin = nodes[i % nodes.length].api().as("admin");
        String job = jobs.get(i);
        answers.add(admins.submit(() -> admin.put("/engine-rest/job/" + job + "/duedate", DUE_NOW).statusCode()));
      }
      for (Future<Integer> answer : answers) {
        assertThat(answer.get(1, TimeUnit.MINUTES)).isEqualTo(204);
      }
    } finally {
      admins.shutdownNow();
    }
  }

  private static void awaitFired(String timer, Node node) {
    await(timer + " timers fired", () -> count(node, "/engine-rest/job/count?activityId=" + timer) == 0);
  }

  /** Each case's timer passed once in its history, by exactly one successful job. */
  private static void assertExactlyOnce(String timer, List<String> references, Node node) {
    Set<String> instances = instancesOf(node, references);
    Map<String, Long> fired =
        stream(json(node, "/engine-rest/history/activity-instance?activityId=" + timer + "&finished=true"))
            .map(activity -> activity.get("processInstanceId").asText())
            .filter(instances::contains)
            .collect(Collectors.groupingBy(instance -> instance, TreeMap::new, Collectors.counting()));
    assertThat(fired).hasSize(references.size()).allSatisfy((instance, times) ->
        assertThat(times).as("%s fired in %s", timer, instance).isEqualTo(1));
    Map<String, Long> successes =
        stream(json(node, "/engine-rest/history/job-log?successLog=true&activityIdIn=" + timer))
            .filter(log -> instances.contains(log.get("processInstanceId").asText()))
            .collect(Collectors.groupingBy(log -> log.get("jobId").asText(), Collectors.counting()));
    assertThat(successes).hasSize(references.size()).allSatisfy((job, times) ->
        assertThat(times).as("successful runs of job %s", job).isEqualTo(1));
  }

  private static Map<String, Long> successfulJobsByNode(String timer, Node node) {
    return stream(json(node, "/engine-rest/history/job-log?successLog=true&activityIdIn=" + timer))
        .collect(Collectors.groupingBy(log -> log.get("hostname").asText(), TreeMap::new, Collectors.counting()));
  }

  /**
   * Where a case stands: how often its process passed each step, its open tasks and their
   * priorities, its place in the deadline report and the letters it was sent.
   */
  record Signature(Map<String, Long> steps, Map<String, Integer> openTasks, String report, List<String> letters) {}

  private static Map<String, Signature> signatures(Node node, List<String> references) throws IOException {
    Map<String, String> keys = businessKeys(node);
    String definition = json(node, "/engine-rest/process-definition/key/" + PROCESS).get("id").asText();
    Map<String, Map<String, Long>> steps = new TreeMap<>();
    for (JsonNode activity : json(node, "/engine-rest/history/activity-instance?processDefinitionId=" + definition)) {
      steps.computeIfAbsent(keys.get(activity.get("processInstanceId").asText()), key -> new TreeMap<>())
          .merge(activity.get("activityId").asText(), 1L, Long::sum);
    }
    Map<String, Map<String, Integer>> tasks = new TreeMap<>();
    for (JsonNode task : json(node, "/engine-rest/task?processDefinitionKey=" + PROCESS)) {
      tasks.computeIfAbsent(keys.get(task.get("processInstanceId").asText()), key -> new TreeMap<>())
          .put(task.get("taskDefinitionKey").asText(), task.get("priority").asInt());
    }
    Map<String, String> report = new TreeMap<>();
    for (JsonNode row : JSON.readTree(node.api().as("manager").get("/api/reports/deadlines").body())) {
      report.put(row.get("reference").asText(),
          row.get("status").asText() + " " + row.get("deadlineState").asText() + " " + row.path("currentStep").asText());
    }
    List<String> files;
    try (Stream<Path> letters = Files.list(outboxOf(node))) {
      files = letters.map(file -> file.getFileName().toString()).sorted().toList();
    }
    Map<String, Signature> signatures = new TreeMap<>();
    for (String reference : references) {
      String marker = "-" + reference + "-";
      List<String> letters = files.stream()
          .filter(file -> file.contains(marker))
          .map(file -> file.substring(file.indexOf(marker) + marker.length()))
          .sorted()
          .toList();
      signatures.put(reference, new Signature(steps.getOrDefault(reference, Map.of()),
          tasks.getOrDefault(reference, Map.of()), report.get(reference), letters));
    }
    return signatures;
  }

  private static Signature theOne(Map<String, Signature> signatures) {
    assertThat(Set.copyOf(signatures.values())).as("one node: every case alike").hasSize(1);
    return signatures.values().iterator().next();
  }

  private static Path outboxOf(Node node) {
    return node.outbox;
  }

  private static Map<String, String> businessKeys(Node node) {
    return businessKeys(node, PROCESS);
  }

  private static Map<String, String> businessKeys(Node node, String processKey) {
    Map<String, String> keys = new TreeMap<>();
    for (JsonNode instance : json(node, "/engine-rest/history/process-instance?processDefinitionKey=" + processKey)) {
      keys.put(instance.get("id").asText(), instance.get("businessKey").asText());
    }
    return keys;
  }

  /** The ladders the cases' processes called, where their timers wait. */
  private static Set<String> instancesOf(Node node, List<String> references) {
    Set<String> wanted = Set.copyOf(references);
    return businessKeys(node, LADDER).entrySet().stream()
        .filter(entry -> wanted.contains(entry.getValue()))
        .map(Map.Entry::getKey)
        .collect(Collectors.toSet());
  }

  private static int count(Node node, String path) {
    return json(node, path).get("count").asInt();
  }

  private static JsonNode json(Node node, String path) {
    HttpResponse<String> response = node.api().as("admin").get(path);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Stream<JsonNode> stream(JsonNode array) {
    List<JsonNode> elements = new ArrayList<>();
    array.forEach(elements::add);
    return elements.stream();
  }

  /** Polls until the condition holds; never a fixed sleep as the proof. */
  private static void await(String what, BooleanSupplier condition) {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (!condition.getAsBoolean()) {
      assertThat(Instant.now()).as("waited %s for: %s", PATIENCE, what).isBefore(deadline);
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /**
   * The packaged jar in a child JVM, configured as docs/operations.md tells an operator: the
   * {@code postgres} profile with the database from the environment. Letters become files.
   */
  private static final class Node implements AutoCloseable {
    private final PackagedJar jar;
    private final Path outbox;

    private Node(PackagedJar jar, Path outbox) {
      this.jar = jar;
      this.outbox = outbox;
    }

    static Node start(String name, EmbeddedPostgres postgres, Path outbox) throws Exception {
      PackagedJar jar =
          PackagedJar.named("cluster-" + name)
              // a quicker start on a small build machine; the test measures no throughput
              .jvmOptions("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")
              .arguments(
                  "--spring.profiles.active=demo,postgres",
                  "--casework.demo.cases=false",
                  "--casework.letters.outbox-dir=" + outbox.toAbsolutePath(),
                  // the node's name in the job log, so the test sees which node ran which job
                  "--camunda.bpm.generic-properties.properties.hostname=" + name,
                  // a dead node's locks expire after 10 s, not Camunda's default 5 minutes
                  "--camunda.bpm.job-execution.lock-time-in-millis=10000",
                  // an idle job executor looks for due jobs at least every 2 s (Camunda: up to 60 s)
                  "--camunda.bpm.job-execution.max-wait=2000")
              .environment("CASEWORK_DB_URL", postgres.getJdbcUrl("postgres", "postgres"))
              .environment("CASEWORK_DB_USER", "postgres")
              .environment("CASEWORK_DB_PASSWORD", "postgres")
              .start();
      return new Node(jar, outbox);
    }

    Api api() {
      return jar.api();
    }

    String log() throws IOException {
      return jar.log();
    }

    /** SIGKILL: no shutdown, the node's job locks stay in the database until they expire. */
    void kill() throws InterruptedException {
      jar.kill();
    }

    @Override
    public void close() throws Exception {
      jar.close();
    }
  }
}
