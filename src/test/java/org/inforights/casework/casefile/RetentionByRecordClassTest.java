package org.inforights.casework.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.camunda.bpm.engine.RuntimeService;
import org.inforights.casework.support.Api;
import org.inforights.casework.support.ApplicationTest;
import org.inforights.casework.support.EngineTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Closed cases keep their personal data by class of record, and a legal hold stops any erasure. */
@ApplicationTest
@ExtendWith(EngineTime.class)
class RetentionByRecordClassTest {

  // a year no other test registers cases in: references are numbered per type and year
  static final LocalDate RECEIVED = LocalDate.of(2038, 3, 1);
  static final LocalDate CLOSED = LocalDate.of(2038, 3, 20);

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired CaseRetention retention;
  @Autowired CaseFileService cases;
  @Autowired RuntimeService runtimeService;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aRequestAboutAChildIsKeptUntilTheChildIsTwentyFiveAndACareLeaversSixYearsFromClosing() throws Exception {
    EngineTime.today(RECEIVED);
    String child = closedSar("Wilfred Youngling", "2030-06-10", "LOOKED_AFTER"); // 25 on 10 Jun 2055
    String careLeaver = closedSar("Agatha Grownup", "2010-01-01", "CARE_LEAVER"); // 25 in 2035, before closing
    assertThat(Api.at(port).as("officer").post("/api/cases/" + careLeaver + "/former-names",
        "{\"name\": \"Agatha Birthname\"}").statusCode()).isEqualTo(201);

    EngineTime.today(CLOSED.plusYears(6));
    assertThat(retention.eraseExpired()).doesNotContain(child, careLeaver);
    EngineTime.today(CLOSED.plusYears(6).plusDays(1));
    assertThat(retention.eraseExpired()).contains(careLeaver).doesNotContain(child);
    assertThat(subjectName(child)).isEqualTo("Wilfred Youngling");

    EngineTime.today(LocalDate.of(2055, 6, 10));
    assertThat(retention.eraseExpired()).as("kept through the 25th birthday").doesNotContain(child);
    EngineTime.today(LocalDate.of(2055, 6, 11));
    assertThat(retention.eraseExpired()).contains(child);
    assertThat(subjectName(child)).isNull();
    assertThat(subjectName(careLeaver)).isNull();
    assertThat(jdbc.queryForObject(
            "select count(*) from case_former_name n join case_file c on c.id = n.case_id where c.reference = ?",
            Long.class, careLeaver))
        .as("former names go with the case's other personal data").isZero();
  }

  @Test
  void aLegalHoldPlacedByTheDpoStopsErasureUntilItIsReleasedAndBothAreAudited() throws Exception {
    EngineTime.today(RECEIVED);
    String held = closedSar("Barnaby Heldfast", "2000-02-02", "CARE_LEAVER");
    long holdsBefore = jdbc.queryForObject("select count(*) from case_legal_hold", Long.class);

    HttpResponse<String> byAnOfficer = Api.at(port).as("officer").post(holds(held), "{\"reason\": \"Claim issued\"}");
    HttpResponse<String> noReason = Api.at(port).as("dpo").post(holds(held), "{\"reason\": \" \"}");
    assertThat(byAnOfficer.statusCode()).isEqualTo(403);
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("\"field\":\"reason\"");
    assertThat(jdbc.queryForObject("select count(*) from case_legal_hold", Long.class)).as("nothing half-saved")
        .isEqualTo(holdsBefore);

    HttpResponse<String> placed =
        Api.at(port).as("dpo").post(holds(held), "{\"reason\": \"County court claim about the care placement\"}");
    assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
    long hold = json.readTree(placed.body()).get("id").asLong();
    assertThat(json.readTree(placed.body()).get("active").asBoolean()).isTrue();

    EngineTime.today(CLOSED.plusYears(6).plusDays(1));
    assertThat(retention.eraseExpired()).as("held").doesNotContain(held);
    assertThat(subjectName(held)).isEqualTo("Barnaby Heldfast");

    HttpResponse<String> released =
        Api.at(port).as("dpo").post(holds(held) + "/" + hold + "/release", "{\"reason\": \"Claim settled\"}");
    assertThat(released.statusCode()).as(released.body()).isEqualTo(200);
    assertThat(json.readTree(released.body()).get("releasedBy").asText()).isEqualTo("dpo");
    assertThat(Api.at(port).as("dpo").post(holds(held) + "/" + hold + "/release", "{\"reason\": \"again\"}")
            .statusCode()).as("released once").isEqualTo(409);
    assertThat(Api.at(port).as("dpo").post(holds(held) + "/999999/release", "{\"reason\": \"x\"}").statusCode())
        .isEqualTo(404);

    assertThat(retention.eraseExpired()).contains(held);
    assertThat(subjectName(held)).isNull();
    JsonNode list = json.readTree(Api.at(port).as("dpo").get(holds(held)).body());
    assertThat(list.get(0).get("reason").asText()).as("the reason may name people: erased with the case")
        .isEqualTo(PersonalDataEraser.ERASED_TEXT);
    assertThat(list.get(0).hasNonNull("releaseReason")).isFalse();
    assertThat(jdbc.queryForList(
            "select a.action from case_audit a join case_file c on c.id = a.case_id where c.reference = ?"
                + " order by a.occurred_at, a.id", String.class, held))
        .containsSubsequence("LEGAL_HOLD_PLACED", "LEGAL_HOLD_RELEASED", "PERSONAL_DATA_ERASED");
    assertThat(Api.at(port).as("dpo").post(holds(held), "{\"reason\": \"Too late\"}").statusCode())
        .as("nothing left to hold").isEqualTo(409);
  }

  @Test
  void aHoldOnAnOpenCaseStillHoldsOnceItCloses() throws Exception {
    EngineTime.today(RECEIVED);
    String open = sar("Cornelius Stillopen", "2001-04-04", "CARE_LEAVER");
    assertThat(Api.at(port).as("dpo").post(holds(open), "{\"reason\": \"ICO investigation\"}").statusCode())
        .isEqualTo(201);
    finish(open);

    EngineTime.today(CLOSED.plusYears(30));
    assertThat(retention.eraseExpired()).doesNotContain(open);
    assertThat(subjectName(open)).isEqualTo("Cornelius Stillopen");
  }

  private String closedSar(String name, String born, String cohort) throws Exception {
    String reference = sar(name, born, cohort);
    finish(reference);
    return reference;
  }

  private void finish(String reference) {
    EngineTime.today(CLOSED);
    runtimeService.createProcessInstanceQuery().rootProcessInstances().processInstanceBusinessKey(reference).list()
        .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "answered"));
    cases.close(reference, Outcome.DISCLOSED, CLOSED);
  }

  private String sar(String name, String born, String cohort) throws Exception {
    HttpResponse<String> created = Api.at(port).as("officer").post("/api/sars", """
        {"receivedOn": "%s", "channel": "EMAIL",
         "requester": {"name": "%s", "email": "someone@example.org", "relationship": "SELF"},
         "subject": {"name": "%s", "dateOfBirth": "%s", "cohort": "%s"},
         "description": "My care file"}
        """.formatted(RECEIVED, name, name, born, cohort));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json.readTree(created.body()).get("reference").asText();
  }

  private String subjectName(String reference) {
    return jdbc.queryForObject("select subject_name from case_file where reference = ?", String.class, reference);
  }

  private static String holds(String reference) {
    return "/api/cases/" + reference + "/legal-holds";
  }
}
