package org.inforights.casework.sar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.RuntimeService;
import org.inforights.casework.casefile.CaseFileRepository;
import org.inforights.casework.caseprocess.CaseProcess;
import org.inforights.casework.support.Api;
import org.inforights.casework.support.ApplicationTest;
import org.inforights.casework.support.EngineTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The same request sent twice: with an {@code Idempotency-Key} the second gets the first's case and
 * nothing new is opened, however close together they arrive; without one, the officer sees the
 * two cases as possible duplicates of each other.
 */
@ApplicationTest
@ExtendWith(EngineTime.class)
class RepeatedIntakeApiTest {

  static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

  @LocalServerPort int port;
  @Autowired CaseFileRepository repository;
  @Autowired RuntimeService runtimeService;
  @Autowired ObjectMapper json;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  @BeforeEach
  void today() {
    EngineTime.today(TODAY);
  }

  @Test
  void aRepeatedKeyAnswersWithTheFirstCaseAndOpensNoSecond() throws Exception {
    String key = UUID.randomUUID().toString();
    String body = request("Kit Marsh", "2026-02-02");
    long before = repository.count();

    HttpResponse<String> first = officer().post("/api/sars", body, "Idempotency-Key", key);
    HttpResponse<String> again = officer().post("/api/sars", body, "Idempotency-Key", key);

    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
    assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
    String reference = reference(first);
    assertThat(reference(again)).isEqualTo(reference);
    assertThat(repository.count()).isEqualTo(before + 1);
    assertThat(runtimeService.createProcessInstanceQuery().rootProcessInstances().processInstanceBusinessKey(reference).count()).isEqualTo(1);

    HttpResponse<String> reordered = officer().post("/api/sars", reorderedFields(body), "Idempotency-Key", key);
    assertThat(reordered.statusCode()).as("the same request, its fields in another order").isEqualTo(200);
    assertThat(reference(reordered)).isEqualTo(reference);
  }

  @Test
  void twentyIdenticalRequestsAtOnceWithOneKeyOpenExactlyOneCase() throws Exception {
    String key = UUID.randomUUID().toString();
    String body = request("Ash Penrose", "2026-02-03");
    long before = repository.count();
    int requests = 20;
    CyclicBarrier start = new CyclicBarrier(requests);
    List<CompletableFuture<HttpResponse<String>>> running = new ArrayList<>();
    for (int i = 0; i < requests; i++) {
      running.add(CompletableFuture.supplyAsync(() -> {
        try {
          start.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
        return officer().post("/api/sars", body, "Idempotency-Key", key);
      }));
    }
    List<HttpResponse<String>> responses = new ArrayList<>();
    for (CompletableFuture<HttpResponse<String>> response : running) {
      responses.add(response.get(60, TimeUnit.SECONDS));
    }

    assertThat(responses).extracting(HttpResponse::statusCode)
        .as("%s", responses.stream().map(HttpResponse::body).toList())
        .containsOnly(200, 201)
        .filteredOn(status -> status == 201).hasSize(1);
    Set<String> references = new HashSet<>();
    for (HttpResponse<String> response : responses) {
      references.add(reference(response));
    }
    assertThat(references).hasSize(1);
    assertThat(repository.count()).isEqualTo(before + 1);
    assertThat(runtimeService.createProcessInstanceQuery().rootProcessInstances().processInstanceBusinessKey(references.iterator().next()).count())
        .as("one process, so one acknowledgement").isEqualTo(1);
  }

  @Test
  void aKeyReusedForADifferentRequestIsRefusedAndNothingIsOpened() throws Exception {
    String key = UUID.randomUUID().toString();
    HttpResponse<String> first = officer().post("/api/sars", request("Lee Farrow", "2026-02-04"), "Idempotency-Key", key);
    assertThat(first.statusCode()).isEqualTo(201);
    long before = repository.count();

    HttpResponse<String> different =
        officer().post("/api/sars", request("Lee Farrow", "2026-02-05"), "Idempotency-Key", key);

    assertThat(different.statusCode()).as(different.body()).isEqualTo(422);
    assertThat(different.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(json.readTree(different.body()).at("/errors/0/field").asText()).isEqualTo("Idempotency-Key");
    assertThat(different.body()).contains("different request").doesNotContain("Lee Farrow");
    assertThat(repository.count()).isEqualTo(before);
  }

  @Test
  void keysAreEachUsersOwnAndMustBeSensible() throws Exception {
    String key = UUID.randomUUID().toString();
    String body = request("Rory Dale", "2026-02-06");
    HttpResponse<String> officers = officer().post("/api/sars", body, "Idempotency-Key", key);
    HttpResponse<String> managers = Api.at(port).as("manager").post("/api/sars", body, "Idempotency-Key", key);
    assertThat(officers.statusCode()).isEqualTo(201);
    assertThat(managers.statusCode()).as("another user's key is not this user's").isEqualTo(201);
    assertThat(reference(managers)).isNotEqualTo(reference(officers));

    HttpResponse<String> tooLong = officer().post("/api/sars", body, "Idempotency-Key", "k".repeat(201));
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(json.readTree(tooLong.body()).at("/errors/0/field").asText()).isEqualTo("Idempotency-Key");
  }

  @Test
  void aBadRequestDoesNotUseUpItsKey() throws Exception {
    String key = UUID.randomUUID().toString();
    String bad = request("Noa Hale", "2026-02-07").replace("\"2015-06-01\"", "\"2026-02-08\"");

    assertThat(officer().post("/api/sars", bad, "Idempotency-Key", key).statusCode()).isEqualTo(400);
    assertThat(officer().post("/api/sars", request("Noa Hale", "2026-02-07"), "Idempotency-Key", key).statusCode())
        .isEqualTo(201);
  }

  @Test
  void theSameRequesterAndChildWithinTheWindowAreShownAsPossibleDuplicates() throws Exception {
    HttpResponse<String> first = officer().post("/api/sars", request("Jo Brannigan", "2026-01-20"));
    String earlier = reference(first);
    assertThat(json.readTree(first.body()).get("possibleDuplicates")).isEmpty();

    HttpResponse<String> second = officer().post("/api/sars", request("jo  brannigan", "2026-02-10"));

    assertThat(second.statusCode()).isEqualTo(201);
    String later = reference(second);
    JsonNode view = json.readTree(second.body());
    assertThat(view.get("possibleDuplicates")).extracting(JsonNode::asText).containsExactly(earlier);
    assertThat(view.get("linkedCases")).extracting(JsonNode::asText).contains(earlier);
    assertThat(second.body()).doesNotContain("Brannigan");
    JsonNode earlierView = json.readTree(officer().get("/api/cases/" + earlier).body());
    assertThat(earlierView.get("possibleDuplicates")).extracting(JsonNode::asText).containsExactly(later);
    assertThat(earlierView.get("linkedCases")).extracting(JsonNode::asText).contains(later);
    String flagged = (String) runtimeService.getVariable(
        runtimeService.createProcessInstanceQuery().rootProcessInstances().processInstanceBusinessKey(later).singleResult().getId(),
        CaseProcess.LINKED_CASES);
    assertThat(flagged).as("the later case's officer sees it in Tasklist, by reference only").contains(earlier)
        .doesNotContain("Brannigan");
    assertThat(storedLinks(earlier)).as("the later intake wrote only its own case").isZero();
    assertThat(auditEntries(earlier)).isEqualTo(1);

    HttpResponse<String> outside = officer().post("/api/sars", request("Jo Brannigan", "2026-03-10"));
    assertThat(json.readTree(outside.body()).get("possibleDuplicates")).extracting(JsonNode::asText)
        .as("received 49 days after the first, 28 after the second").containsExactly(later);
    HttpResponse<String> otherRequester =
        officer().post("/api/sars", request("Jo Brannigan", "2026-02-11").replace("Pat Requester", "Someone Else"));
    assertThat(json.readTree(otherRequester.body()).get("possibleDuplicates")).isEmpty();
  }

  @Test
  void thirtyIdenticalRequestsAtOnceWithoutAKeyAreAllOpenedAndSeeEachOtherAsPossibleDuplicates() throws Exception {
    String body = request("Sam Okafor", "2026-02-12");
    int requests = 30;
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(16);
    CyclicBarrier start = new CyclicBarrier(16);
    List<HttpResponse<String>> responses = new ArrayList<>();
    try {
      List<CompletableFuture<HttpResponse<String>>> running = new ArrayList<>();
      for (int i = 0; i < requests; i++) {
        boolean firstRound = i < 16;
        running.add(CompletableFuture.supplyAsync(() -> {
          if (firstRound) {
            try {
              start.await(30, TimeUnit.SECONDS);
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
          }
          return officer().post("/api/sars", body);
        }, pool));
      }
      for (CompletableFuture<HttpResponse<String>> response : running) {
        responses.add(response.get(120, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(responses).extracting(HttpResponse::statusCode)
        .as("%s", responses.stream().filter(r -> r.statusCode() != 201).map(HttpResponse::body).toList())
        .containsOnly(201);
    List<String> references = new ArrayList<>();
    for (HttpResponse<String> response : responses) {
      references.add(reference(response));
    }
    assertThat(new HashSet<>(references)).hasSize(requests);
    java.util.Map<String, List<String>> stored = new java.util.HashMap<>();
    for (String reference : references) {
      stored.put(reference, jdbc.queryForList(
          "select l.linked_reference from case_link l join case_file c on c.id = l.case_id where c.reference = ?",
          String.class, reference));
      assertThat(auditEntries(reference)).as("%s: its registration and its own links", reference)
          .isEqualTo(1 + stored.get(reference).size());
    }
    stored.forEach((reference, linked) -> assertThat(linked)
        .as("%s's intake wrote only its own case: the earlier cases it links do not store it", reference)
        .noneMatch(other -> stored.get(other).contains(reference)));
    // every pair that committed one after the other is linked, and each case's view shows it both ways
    for (String reference : references) {
      JsonNode view = json.readTree(officer().get("/api/cases/" + reference).body());
      for (JsonNode duplicate : view.get("possibleDuplicates")) {
        JsonNode other = json.readTree(officer().get("/api/cases/" + duplicate.asText()).body());
        assertThat(other.get("possibleDuplicates")).extracting(JsonNode::asText).contains(reference);
        assertThat(other.get("linkedCases")).extracting(JsonNode::asText).contains(reference);
      }
    }
  }

  private int storedLinks(String reference) {
    return jdbc.queryForObject(
        "select count(*) from case_link l join case_file c on c.id = l.case_id where c.reference = ?",
        Integer.class, reference);
  }

  private int auditEntries(String reference) {
    return jdbc.queryForObject(
        "select count(*) from case_audit a join case_file c on c.id = a.case_id where c.reference = ?",
        Integer.class, reference);
  }

  /** A SAR from Pat Requester about {@code child}, born 1 Jun 2015, received on {@code receivedOn}. */
  private static String request(String child, String receivedOn) {
    return """
        {"receivedOn": "%s", "channel": "EMAIL",
         "requester": {"name": "Pat Requester", "email": "pat@example.org", "relationship": "PARENT"},
         "subject": {"name": "%s", "dateOfBirth": "2015-06-01", "cohort": "CHILD_IN_NEED"},
         "description": "Everything about my child"}
        """.formatted(receivedOn, child);
  }

  private String reorderedFields(String body) throws Exception {
    JsonNode node = json.readTree(body);
    com.fasterxml.jackson.databind.node.ObjectNode reordered = json.createObjectNode();
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    java.util.Collections.reverse(names);
    names.forEach(name -> reordered.set(name, node.get(name)));
    return json.writeValueAsString(reordered);
  }

  private String reference(HttpResponse<String> response) throws Exception {
    return json.readTree(response.body()).get("reference").asText();
  }

  private Api officer() {
    return Api.at(port).as("officer");
  }
}
