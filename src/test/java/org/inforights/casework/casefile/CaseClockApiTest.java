package org.inforights.casework.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.inforights.casework.support.EngineTime;
import org.inforights.casework.support.Api;
import org.inforights.casework.support.ApplicationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The statutory clock driven through REST, as another system or an officer would. */
@ApplicationTest
@ExtendWith(EngineTime.class)
class CaseClockApiTest {

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired CaseFileRepository repository;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void today() {
    setToday(LocalDate.of(2026, 3, 20));
  }

  @Test
  void anAuditActionThisVersionDoesNotKnowIsReadAndShownAsStored() throws Exception {
    String ref = register("2026-03-02");
    // a row written by a later version (or under an action since retired)
    jdbc.update(
        "insert into case_audit (case_id, occurred_at, actor, action, detail)"
            + " select id, registered_at, 'system', 'ACTION_OF_A_LATER_VERSION', 'kept' from case_file where reference = ?",
        ref);

    List<AuditEntry> audit =
        transactions.execute(status -> List.copyOf(repository.findByReference(ref).orElseThrow().audit()));
    assertThat(audit).filteredOn(entry -> entry.action() == AuditAction.UNRECOGNISED)
        .singleElement()
        .satisfies(entry -> assertThat(entry.storedAction()).isEqualTo("ACTION_OF_A_LATER_VERSION"));
    assertThat(audit).filteredOn(entry -> entry.action() == AuditAction.REGISTERED)
        .singleElement()
        .satisfies(entry -> assertThat(entry.storedAction()).isEqualTo("REGISTERED"));

    JsonNode workspace = ok(officer().get("/api/cases/" + ref + "/workspace"));
    assertThat(workspace.get("audit").findValues("action").stream().map(JsonNode::asText))
        .contains("REGISTERED", "ACTION_OF_A_LATER_VERSION");
  }

  @Test
  void theDatabaseHoldsASarToTheStatutoryClock() {
    String ref = register("2026-03-02");

    assertThatThrownBy(() -> jdbc.update("update case_file set target_working_days = 10 where reference = ?", ref))
        .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
  }

  @Test
  void identityEvidenceStartsTheClockAfreshOnTheDayItArrives() throws Exception {
    String ref = register("2026-03-02");
    setToday(LocalDate.of(2026, 3, 2));
    JsonNode stopped = ok(officer().post(clockStops(ref), "{\"reason\":\"IDENTITY\",\"askedOn\":\"2026-03-02\"}"));
    assertThat(stopped.get("status").asText()).isEqualTo("CLOCK_STOPPED");

    setToday(LocalDate.of(2026, 3, 20));
    JsonNode resumed = ok(officer().post(resolve(ref), "{\"receivedOn\":\"2026-03-09\"}"));

    assertThat(resumed.get("status").asText()).isEqualTo("OPEN");
    assertThat(resumed.get("clockStartsOn").asText()).isEqualTo("2026-03-09");
    assertThat(resumed.get("dueOn").asText()).isEqualTo("2026-04-09");
    assertThat(resumed.get("daysPaused").asInt()).isZero();
    assertThat(resumed.get("clockStops").get(0).get("receivedOn").asText()).isEqualTo("2026-03-09");
  }

  @Test
  void clarificationDaysAreAddedBeforeTheWorkingDayRollForward() throws Exception {
    String ref = register("2026-03-02"); // due Thu 2 Apr 2026
    setToday(LocalDate.of(2026, 3, 10));
    ok(officer().post(clockStops(ref), "{\"reason\":\"CLARIFICATION\",\"askedOn\":\"2026-03-10\"}"));
    setToday(LocalDate.of(2026, 3, 13));

    JsonNode resumed = ok(officer().post(resolve(ref), "{\"receivedOn\":\"2026-03-13\"}"));

    // 4 days paused: Thu 2 Apr → Mon 6 Apr, Easter Monday → Tue 7 Apr
    assertThat(resumed.get("daysPaused").asInt()).isEqualTo(4);
    assertThat(resumed.get("dueOn").asText()).isEqualTo("2026-04-07");
    assertThat(resumed.get("clockStartsOn").asText()).isEqualTo("2026-03-02");
  }

  @Test
  void whileTheClockIsStoppedTheDueDateIsWhatTheAnswerTodayWouldGive() throws Exception {
    String ref = register("2026-03-02");
    setToday(LocalDate.of(2026, 3, 10));
    ok(officer().post(clockStops(ref), "{\"reason\":\"CLARIFICATION\",\"askedOn\":\"2026-03-10\"}"));
    setToday(LocalDate.of(2026, 3, 13));

    JsonNode view = ok(officer().get("/api/cases/" + ref));

    assertThat(view.get("dueOn").asText()).isEqualTo("2026-04-07");
    assertThat(view.get("dueOnExplanation").asText()).contains("if the clarification arrives 2026-03-13");
  }

  @Test
  void aManagerExtendsByTwoFurtherMonthsFromTheClockStart() throws Exception {
    String ref = register("2026-03-02");

    JsonNode extended =
        ok(manager().post(extension(ref), "{\"ground\":\"COMPLEX\",\"reason\":\"Records across six systems\",\"decidedOn\":\"2026-03-20\"}"));

    assertThat(extended.get("dueOn").asText()).isEqualTo("2026-04-02");
    assertThat(extended.get("extendedDueOn").asText()).isEqualTo("2026-06-02");
    assertThat(extended.get("extendedDueOnExplanation").asText()).contains("three months");
  }

  @Test
  void anOfficerMayNotExtend() {
    String ref = register("2026-03-02");

    HttpResponse<String> response =
        officer().post(extension(ref), "{\"ground\":\"COMPLEX\",\"reason\":\"Complex\",\"decidedOn\":\"2026-03-20\"}");

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("\"status\":403");
  }

  @Test
  void anExtensionDecidedAfterTheOriginalDueDateIsRefused() throws Exception {
    String ref = register("2026-01-05"); // due Thu 5 Feb 2026; today is 20 Mar

    HttpResponse<String> response =
        manager().post(extension(ref), "{\"ground\":\"COMPLEX\",\"reason\":\"Complex\"}");

    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(response.body()).contains("original due date (2026-02-05) has passed", "Art 12(3)");
    assertThat(ok(officer().get("/api/cases/" + ref)).has("extendedDueOn")).isFalse();
  }

  @Test
  void aBreachedCaseCannotBeExtendedAsOfADayBeforeItsDueDate() throws Exception {
    String ref = register("2026-01-05"); // due Thu 5 Feb 2026; today is 20 Mar

    HttpResponse<String> response =
        manager().post(extension(ref), "{\"ground\":\"COMPLEX\",\"reason\":\"Complex\",\"decidedOn\":\"2026-02-04\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"decidedOn\"", "must be today (2026-03-20)");
    assertThat(ok(officer().get("/api/cases/" + ref)).has("extendedDueOn")).isFalse();
  }

  @Test
  void anExtensionWithoutADateIsDecidedTodayAndRecordsItsGround() {
    String ref = register("2026-03-02");

    HttpResponse<String> response =
        manager().post(extension(ref), "{\"ground\":\"NUMEROUS\",\"reason\":\"Four requests this month\"}");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    CaseFile file = transactions.execute(status -> repository.findByReference(ref).orElseThrow());
    assertThat(file.extensionDecidedOn()).isEqualTo(LocalDate.of(2026, 3, 20));
    assertThat(file.extensionGround()).isEqualTo(ExtensionGround.NUMEROUS);
  }

  @Test
  void anExtensionNeedsAGroundTheLawAllows() {
    String ref = register("2026-03-02");

    HttpResponse<String> missing = manager().post(extension(ref), "{\"reason\":\"Busy\"}");
    HttpResponse<String> other = manager().post(extension(ref), "{\"ground\":\"WORKLOAD\",\"reason\":\"Busy\"}");

    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body()).contains("\"field\":\"ground\"");
    assertThat(other.statusCode()).isEqualTo(400);
    assertThat(other.body()).contains("ground", "COMPLEX", "NUMEROUS");
    LocalDate extendedDueOn = transactions.execute(status -> repository.findByReference(ref).orElseThrow().extendedDueOn());
    assertThat(extendedDueOn).isNull();
  }

  @Test
  void anOfficerMayNotStopTheClockAsOfAnEarlierDay() throws Exception {
    String ref = register("2026-03-02");

    HttpResponse<String> response =
        officer().post(clockStops(ref), "{\"reason\":\"CLARIFICATION\",\"askedOn\":\"2026-03-10\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"askedOn\"", "must be today (2026-03-20)", "only the DPO");
    JsonNode view = ok(officer().get("/api/cases/" + ref));
    assertThat(view.get("status").asText()).isEqualTo("OPEN");
    assertThat(view.get("clockStops")).isEmpty();
  }

  @Test
  void theDpoMayConfirmAnEarlierDayAndTheAuditTrailSaysSo() throws Exception {
    String ref = register("2026-03-02");

    JsonNode stopped =
        ok(dpo().post(clockStops(ref), "{\"reason\":\"CLARIFICATION\",\"askedOn\":\"2026-03-10\"}"));

    assertThat(stopped.get("clockStops").get(0).get("askedOn").asText()).isEqualTo("2026-03-10");
    List<AuditEntry> audit =
        transactions.execute(status -> List.copyOf(repository.findByReference(ref).orElseThrow().audit()));
    assertThat(audit)
        .filteredOn(entry -> entry.storedAction().startsWith("CLOCK_STOP"))
        .extracting(AuditEntry::actor, AuditEntry::action)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("dpo", AuditAction.CLOCK_STOPPED),
            org.assertj.core.groups.Tuple.tuple("dpo", AuditAction.CLOCK_STOP_DATE_CONFIRMED));
    assertThat(audit).filteredOn(entry -> entry.action() == AuditAction.CLOCK_STOP_DATE_CONFIRMED)
        .singleElement()
        .satisfies(entry -> assertThat(entry.detail()).contains("asked on 2026-03-10", "recorded on 2026-03-20"));
  }

  @Test
  void aCaseIsExtendedOnlyOnce() {
    String ref = register("2026-03-02");
    manager().post(extension(ref), "{\"ground\":\"COMPLEX\",\"reason\":\"Complex\",\"decidedOn\":\"2026-03-20\"}");

    HttpResponse<String> again =
        manager().post(extension(ref), "{\"ground\":\"COMPLEX\",\"reason\":\"Still complex\"}");

    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("already extended");
  }

  @Test
  void theClockCannotStopTwiceOrResumeWithoutStopping() {
    String ref = register("2026-03-02");
    assertThat(officer().post(resolve(ref), "{\"receivedOn\":\"2026-03-09\"}").statusCode()).isEqualTo(409);

    officer().post(clockStops(ref), "{\"reason\":\"IDENTITY\",\"askedOn\":\"2026-03-20\"}");
    HttpResponse<String> second =
        officer().post(clockStops(ref), "{\"reason\":\"CLARIFICATION\",\"askedOn\":\"2026-03-20\"}");

    assertThat(second.statusCode()).isEqualTo(409);
    assertThat(second.body()).contains("already stopped");
  }

  @Test
  void anAnswerDatedBeforeTheQuestionIsRefusedAndTheClockStaysStopped() throws Exception {
    String ref = register("2026-03-02");
    setToday(LocalDate.of(2026, 3, 5));
    officer().post(clockStops(ref), "{\"reason\":\"AUTHORITY\",\"askedOn\":\"2026-03-05\"}");

    HttpResponse<String> response = officer().post(resolve(ref), "{\"receivedOn\":\"2026-03-04\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"receivedOn\"", "2026-03-05");
    assertThat(ok(officer().get("/api/cases/" + ref)).get("status").asText()).isEqualTo("CLOCK_STOPPED");
  }

  @Test
  void aStopAskedBeforeTheRequestArrivedIsRefused() {
    String ref = register("2026-03-02");

    // the DPO, who may date a stop before today, still may not date it before the request
    HttpResponse<String> response =
        dpo().post(clockStops(ref), "{\"reason\":\"IDENTITY\",\"askedOn\":\"2026-03-01\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"askedOn\"");
  }

  @Test
  void clockCallsNameEveryMissingOrBadField() throws Exception {
    String ref = register("2026-03-02");

    HttpResponse<String> stop = officer().post(clockStops(ref), "{\"reason\":\"LUNCH\"}");
    HttpResponse<String> ext = manager().post(extension(ref), "{\"decidedOn\":\"2099-01-01\"}");

    assertThat(stop.statusCode()).isEqualTo(400);
    assertThat(stop.body()).contains("reason", "must be one of [IDENTITY, AUTHORITY, CLARIFICATION, FEE]");
    assertThat(ext.statusCode()).isEqualTo(400);
    assertThat(ext.body()).contains(
        "\"field\":\"decidedOn\"", "\"field\":\"reason\"", "\"field\":\"ground\"", "must not be in the future");
  }

  @Test
  void clockCallsOnAnUnknownCaseAreNotFound() {
    assertThat(
            officer()
                .post(clockStops("SAR-2026-99999"), "{\"reason\":\"IDENTITY\",\"askedOn\":\"2026-03-20\"}")
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void everyChangeIsAttributedInTheAuditTrail() {
    setToday(LocalDate.of(2026, 3, 2));
    String ref = register("2026-03-02");
    setToday(LocalDate.of(2026, 3, 10));
    officer().post(clockStops(ref), "{\"reason\":\"CLARIFICATION\",\"askedOn\":\"2026-03-10\"}");
    setToday(LocalDate.of(2026, 3, 13));
    officer().post(resolve(ref), "{\"receivedOn\":\"2026-03-13\"}");
    setToday(LocalDate.of(2026, 3, 20));
    manager().post(extension(ref), "{\"ground\":\"COMPLEX\",\"reason\":\"Complex\",\"decidedOn\":\"2026-03-20\"}");

    List<AuditEntry> audit =
        transactions.execute(status -> List.copyOf(repository.findByReference(ref).orElseThrow().audit()));
    assertThat(audit)
        .filteredOn(entry -> entry.action() != AuditAction.LINKED) // other tests' cases about the same child
        .extracting(AuditEntry::actor, AuditEntry::action)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("officer", AuditAction.REGISTERED),
            org.assertj.core.groups.Tuple.tuple("officer", AuditAction.CLOCK_STOPPED),
            org.assertj.core.groups.Tuple.tuple("officer", AuditAction.CLOCK_RESUMED),
            org.assertj.core.groups.Tuple.tuple("manager", AuditAction.EXTENDED));
  }

  private String register(String receivedOn) {
    HttpResponse<String> response =
        officer()
            .post(
                "/api/sars",
                SarJson.withReceivedOn(receivedOn));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    try {
      return json.readTree(response.body()).get("reference").asText();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private JsonNode ok(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private Api officer() {
    return Api.at(port).as("officer");
  }

  private Api manager() {
    return Api.at(port).as("manager");
  }

  private Api dpo() {
    return Api.at(port).as("dpo");
  }

  private static String clockStops(String ref) {
    return "/api/cases/" + ref + "/clock-stops";
  }

  private static String resolve(String ref) {
    return clockStops(ref) + "/resolve";
  }

  private static String extension(String ref) {
    return "/api/cases/" + ref + "/extension";
  }

  private static void setToday(LocalDate today) {
    EngineTime.today(today);
  }

  /** A valid SAR body. */
  static final class SarJson {
    static String withReceivedOn(String receivedOn) {
      return """
          {"receivedOn": "%s", "channel": "EMAIL",
           "requester": {"name": "Alex Parent", "email": "alex@example.org", "relationship": "PARENT"},
           "subject": {"name": "Jo Child", "dateOfBirth": "2015-02-01", "cohort": "CHILD_IN_NEED"}}
          """
          .formatted(receivedOn);
    }
  }
}
