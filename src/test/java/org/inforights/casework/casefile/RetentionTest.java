package org.inforights.casework.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.inforights.casework.support.Api;
import org.inforights.casework.support.ApplicationTest;
import org.inforights.casework.support.EngineTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@ApplicationTest
@ExtendWith(EngineTime.class)
class RetentionTest {

  // years no other test registers cases in: references are numbered per type and year

  static final LocalDate RECEIVED = LocalDate.of(2041, 1, 7);
  static final LocalDate CLOSED = LocalDate.of(2041, 2, 4);
  static final LocalDate SIX_YEARS_LATER = LocalDate.of(2047, 2, 4);

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired CaseRetention retention;
  @Autowired CaseFileService cases;
  @Autowired CaseLetters letters;
  @Autowired CaseFileRepository repository;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transaction;

  @Test
  void sixYearsAfterClosingACaseKeepsItsFactsButLosesItsPersonalDataAndHistory() throws Exception {
    EngineTime.today(CLOSED);
    String closed = sarWithNotesDocumentsAndRedactions("Ophelia Retentionworth");
    finishProcessAndClose(closed);
    String open = sarWithNotesDocumentsAndRedactions("Perpetua Keepwell");
    String closedButUnderReview = sarWithNotesDocumentsAndRedactions("Reginald Stillreviewed");
    cases.close(closedButUnderReview, Outcome.DISCLOSED, CLOSED); // its process still runs

    EngineTime.today(SIX_YEARS_LATER);
    assertThat(retention.eraseExpired()).as("not a day early").doesNotContain(closed, open, closedButUnderReview);
    assertThat(personalData(closed)).contains("Ophelia Retentionworth");

    EngineTime.today(SIX_YEARS_LATER.plusDays(1));
    assertThat(retention.eraseExpired()).contains(closed).doesNotContain(open, closedButUnderReview);

    transaction.executeWithoutResult(status -> {
      CaseFile file = repository.findByReference(closed).orElseThrow();
      assertThat(file.requester().name()).isNull();
      assertThat(file.requester().email()).isNull();
      assertThat(file.requester().relationship()).isEqualTo(Relationship.PARENT);
      assertThat(file.subject().name()).isNull();
      assertThat(file.subject().dateOfBirth()).isNull();
      assertThat(file.subject().cohort()).isEqualTo(Cohort.LOOKED_AFTER);
      assertThat(file.description()).isNull();
      assertThat(file.receivedOn()).isEqualTo(RECEIVED);
      assertThat(file.dueOn()).isEqualTo(LocalDate.of(2041, 2, 7));
      assertThat(file.closedOn()).isEqualTo(CLOSED);
      assertThat(file.outcome()).isEqualTo(Outcome.PARTLY_DISCLOSED);
      assertThat(file.isErased()).isTrue();
    });
    assertThat(personalData(closed)).doesNotContain("Ophelia", "Retentionworth", "ophelia@example.org", "2016-03-04");
    assertThat(count("select count(*) from case_note where case_id = ?", closed)).isZero();
    assertThat(count("select count(*) from case_attachment where case_id = ?", closed)).isZero();
    assertThat(count("select count(*) from case_letter where case_id = ?", closed)).as("the letters' text").isZero();
    assertThat(jdbc.queryForObject("select count(*) from intake_request where case_reference = ?", Long.class, closed))
        .as("the fingerprint of the request goes with it").isZero();
    assertThat(jdbc.queryForList(
            "select exemption, consent_sought from sar_redaction where case_reference = ?", closed))
        .as("the redaction statistics stay")
        .containsExactly(Map.of("EXEMPTION", "THIRD_PARTY_DATA", "CONSENT_SOUGHT", true));
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(closed).count()).isZero();
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(closed).count()).isZero();

    JsonNode view = json.readTree(Api.at(port).as("manager").get("/api/cases/" + closed).body());
    assertThat(view.get("outcome").asText()).isEqualTo("PARTLY_DISCLOSED");
    assertThat(view.get("deadlineState").asText()).isEqualTo("CLOSED_ON_TIME");

    for (String untouched : new String[] {open, closedButUnderReview}) {
      assertThat(personalData(untouched)).contains("example.org");
      assertThat(count("select count(*) from case_note where case_id = ?", untouched)).isEqualTo(1);
      assertThat(count("select count(*) from case_attachment where case_id = ?", untouched)).isEqualTo(1);
      assertThat(count("select count(*) from case_letter where case_id = ?", untouched)).isEqualTo(1);
      assertThat(jdbc.queryForObject("select count(*) from intake_request where case_reference = ?", Long.class, untouched))
          .isEqualTo(1);
      assertThat(jdbc.queryForObject("select reasoning from sar_redaction where case_reference = ?", String.class, untouched))
          .contains("foster sibling");
      assertThat(historyService.createHistoricProcessInstanceQuery().rootProcessInstances().processInstanceBusinessKey(untouched).count())
          .isEqualTo(1);
    }
    assertThat(personalData(open)).contains("Perpetua Keepwell");
    assertThat(personalData(closedButUnderReview)).contains("Reginald Stillreviewed");

    assertThat(retention.eraseExpired()).as("erased once").doesNotContain(closed);
  }

  @Test
  void theNightlySweepIsATimerJobSoOneNodeOfAClusterRunsIt() throws Exception {
    EngineTime.today(CLOSED);
    String closed = sarWithNotesDocumentsAndRedactions("Ignatius Sweepable");
    finishProcessAndClose(closed);

    EngineTime.today(SIX_YEARS_LATER.plusDays(1));
    Job timer =
        managementService.createJobQuery().processDefinitionKey("case-retention").timers().singleResult();
    managementService.executeJob(timer.getId());
    for (Job erase : managementService.createJobQuery().activityId("Task_EraseExpiredCases").withRetriesLeft().list()) {
      managementService.executeJob(erase.getId());
    }

    assertThat(personalData(closed)).doesNotContain("Ignatius", "Sweepable");
    assertThat(managementService.createJobQuery().processDefinitionKey("case-retention").timers().count())
        .as("the next night's timer").isEqualTo(1);
  }

  @Test
  void anOpenCaseCannotBeErased() throws Exception {
    EngineTime.today(CLOSED);
    String open = sarWithNotesDocumentsAndRedactions("Tabitha Notyet");

    transaction.executeWithoutResult(status -> {
      CaseFile file = repository.findByReference(open).orElseThrow();
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> file.erasePersonalData(CLOSED, "system", java.time.Instant.now()))
          .isInstanceOf(CaseStateConflictException.class);
    });
    assertThat(personalData(open)).contains("Tabitha Notyet");
  }

  private String sarWithNotesDocumentsAndRedactions(String name) throws Exception {
    String email = name.split(" ")[0].toLowerCase() + "@example.org";
    HttpResponse<String> created = officer().post("/api/sars", """
        {"receivedOn": "%s", "channel": "EMAIL",
         "requester": {"name": "%s", "email": "%s", "relationship": "PARENT"},
         "subject": {"name": "%s Junior", "dateOfBirth": "2016-03-04", "cohort": "LOOKED_AFTER"},
         "description": "Everything about %s Junior"}
        """.formatted(RECEIVED, name, email, name, name), "Idempotency-Key", "intake-" + name.replace(' ', '-'));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String reference = json.readTree(created.body()).get("reference").asText();
    path(officer().post("/api/cases/" + reference + "/notes", "{\"text\": \"Phoned " + name + " about the care file\"}"));
    path(officer().upload("/api/cases/" + reference + "/attachments", Map.of("kind", "IDENTITY_EVIDENCE"),
        "passport.pdf", "application/pdf", "%PDF-1.7\n%%EOF\n".getBytes()));
    path(officer().post("/api/cases/" + reference + "/redactions", """
        {"location": "Social care file, p. 3", "exemption": "THIRD_PARTY_DATA",
         "reasoning": "Names a foster sibling of %s Junior", "consentSought": true, "thirdParty": {"role": "PRIVATE_INDIVIDUAL", "consent": "NO_REPLY", "factorsWeighed": ["STEPS_TO_SEEK_CONSENT", "DUTY_OF_CONFIDENTIALITY"]}}
        """.formatted(name)));
    letters.sent(reference, "ACKNOWLEDGEMENT", "Your request " + reference, "Dear " + name + ",");
    return reference;
  }

  private void finishProcessAndClose(String reference) {
    runtimeService.createProcessInstanceQuery().rootProcessInstances().processInstanceBusinessKey(reference).list()
        .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "answered"));
    cases.close(reference, Outcome.PARTLY_DISCLOSED, CLOSED);
  }

  /** Every text column of the case and its notes, as one string. */
  private String personalData(String reference) {
    return String.valueOf(jdbc.queryForList(
            "select requester_name, requester_email, subject_name, subject_date_of_birth, description"
                + " from case_file where reference = ?", reference))
        + jdbc.queryForList(
            "select n.text from case_note n join case_file c on c.id = n.case_id where c.reference = ?", reference)
        + jdbc.queryForList("select location, reasoning from sar_redaction where case_reference = ?", reference);
  }

  private long count(String sql, String reference) {
    Long id = jdbc.queryForObject("select id from case_file where reference = ?", Long.class, reference);
    return jdbc.queryForObject(sql, Long.class, id);
  }

  private static void path(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
  }

  private Api officer() {
    return Api.at(port).as("officer");
  }
}
