package org.inforights.casework.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.stream.StreamSupport;
import org.inforights.casework.casefile.ExtensionGround;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.casefile.CaseType;
import org.inforights.casework.casefile.ClockStopReason;
import org.inforights.casework.casefile.Cohort;
import org.inforights.casework.casefile.NewSar;
import org.inforights.casework.casefile.Outcome;
import org.inforights.casework.casefile.Relationship;
import org.inforights.casework.casefile.Requester;
import org.inforights.casework.casefile.Subject;
import org.inforights.casework.support.Api;
import org.inforights.casework.support.ApplicationTest;
import org.inforights.casework.support.EngineTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The managers' reports against cases of 2029 with known outcomes: on time, late, extended,
 * refused, paused, one still open, across month and quarter boundaries.
 */
@ApplicationTest
@ExtendWith(EngineTime.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportApiTest {

  static final LocalDate TODAY = LocalDate.of(2029, 12, 31);

  /** Acknowledgements go to this server. */
  @RegisterExtension
  static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

  @LocalServerPort int port;
  @Autowired CaseFileService cases;
  @Autowired ObjectMapper json;
  @Autowired org.camunda.bpm.engine.ManagementService managementService;
  @Autowired org.camunda.bpm.engine.TaskService taskService;
  @Autowired org.camunda.bpm.engine.RuntimeService runtimeService;

  String stillOpen;

  @BeforeAll
  void casesOf2029() {
    EngineTime.today(TODAY);
    String onTime = register("2029-01-15"); // due Thu 15 Feb
    cases.close(onTime, Outcome.DISCLOSED, LocalDate.parse("2029-02-10"));
    String late = register("2029-01-31"); // due Wed 28 Feb
    cases.close(late, Outcome.PARTLY_DISCLOSED, LocalDate.parse("2029-03-01"));
    String extended = register("2029-03-30"); // Good Friday; due Mon 30 Apr, extended to Mon 2 Jul
    cases.extend(extended, ExtensionGround.COMPLEX, "Complex", LocalDate.parse("2029-04-10"));
    cases.close(extended, Outcome.DISCLOSED, LocalDate.parse("2029-06-29"));
    String refused = register("2029-02-05"); // due Mon 5 Mar; 5 days paused → Mon 12 Mar
    cases.stopClock(refused, ClockStopReason.CLARIFICATION, LocalDate.parse("2029-02-10"));
    cases.resolveClockStop(refused, LocalDate.parse("2029-02-14"));
    cases.close(refused, Outcome.REFUSED, LocalDate.parse("2029-03-20"));
    stillOpen = register("2029-03-31"); // due Mon 30 Apr, never answered
  }

  @BeforeEach
  void today() {
    EngineTime.today(TODAY);
  }

  @Test
  void monthlyFiguresCountEachCaseInTheRightMonth() throws Exception {
    JsonNode rows = ok(manager().get("/api/reports/compliance?from=2029-01-01&to=2029-06-30&groupBy=month&type=SAR"));

    assertThat(rows).hasSize(6);
    assertRow(rows.get(0), "2029-01", 2, 0, 0, 0, null, 0, 0, 0);
    assertRow(rows.get(1), "2029-02", 1, 1, 1, 0, 100.0, 0, 0, 5);
    assertRow(rows.get(2), "2029-03", 2, 2, 0, 2, 0.0, 0, 1, 0);
    assertRow(rows.get(3), "2029-04", 0, 0, 0, 0, null, 1, 0, 0);
    assertRow(rows.get(5), "2029-06", 0, 1, 1, 0, 100.0, 0, 0, 0);
  }

  @Test
  void quarterlyFiguresAreTheSumOfTheirMonths() throws Exception {
    JsonNode rows = ok(manager().get("/api/reports/compliance?from=2029-01-01&to=2029-06-30&groupBy=quarter"));

    assertThat(rows).hasSize(2);
    assertRow(rows.get(0), "2029-Q1", 5, 3, 1, 2, 33.3, 0, 1, 5);
    assertRow(rows.get(1), "2029-Q2", 0, 1, 1, 0, 100.0, 1, 0, 0);
  }

  @Test
  void withoutDatesTheComplianceReportCoversTheLastTwelveMonths() throws Exception {
    JsonNode rows = ok(manager().get("/api/reports/compliance?type=SAR"));

    assertThat(rows).hasSize(12);
    assertThat(rows.get(0).get("period").asText()).isEqualTo("2029-01");
    assertThat(rows.get(11).get("period").asText()).isEqualTo("2029-12");
    assertThat(rows).isEqualTo(ok(manager().get("/api/reports/compliance?from=2029-01-01&to=2029-12-31&type=SAR")));
  }

  @Test
  void withOnlyAnEndTheComplianceReportCoversTheTwelveMonthsBeforeIt() throws Exception {
    JsonNode rows = ok(manager().get("/api/reports/compliance?to=2029-03-31&groupBy=quarter&type=SAR"));

    assertThat(rows).extracting(row -> row.get("period").asText())
        .containsExactly("2028-Q2", "2028-Q3", "2028-Q4", "2029-Q1");
    assertRow(rows.get(3), "2029-Q1", 5, 3, 1, 2, 33.3, 0, 1, 5);
  }

  @Test
  void datesBeyondAnyCaseAreRefusedNamingTheField() {
    assertBad(manager().get("/api/reports/compliance?from=%2B999999999-01-01&to=%2B999999999-12-31"), "from");
    assertBad(manager().get("/api/reports/compliance?from=-999999999-01-01&to=2029-01-01"), "from");
    assertBad(manager().get("/api/reports/compliance?from=2029-01-01&to=%2B999999999-12-31"), "to");
    assertBad(manager().get("/api/reports/compliance?from=%2B10000-01-01"), "from");
    assertBad(manager().get("/api/reports/compliance?from=9999999999-01-01"), "from");
  }

  @Test
  void theComplianceReportComesAsCsvToo() {
    HttpResponse<String> csv =
        manager().get("/api/reports/compliance?from=2029-01-01&to=2029-03-31&groupBy=quarter&format=csv");

    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
    assertThat(csv.body())
        .isEqualTo("period,received,closed,onTime,late,percentOnTime,extensions,refusals,clockStopDays\r\n"
            + "2029-Q1,5,3,1,2,33.3,0,1,5\r\n");
  }

  @Test
  void theDeadlineReportShowsOpenCasesWithTheirStandingAndWorkingDaysOver() throws Exception {
    JsonNode rows = ok(Api.at(port).as("dpo").get("/api/reports/deadlines?type=SAR&state=OVERDUE"));

    JsonNode row =
        StreamSupport.stream(rows.spliterator(), false)
            .filter(r -> r.get("reference").asText().equals(stillOpen))
            .findFirst()
            .orElseThrow();
    assertThat(row.get("dueOn").asText()).isEqualTo("2029-04-30");
    assertThat(row.get("deadlineState").asText()).isEqualTo("OVERDUE");
    assertThat(row.get("workingDaysLeft").asInt()).isNegative();
    assertThat(rows).allSatisfy(r -> assertThat(r.get("deadlineState").asText()).isEqualTo("OVERDUE"));

    HttpResponse<String> csv = manager().get("/api/reports/deadlines?state=OVERDUE&format=csv");
    assertThat(csv.body()).startsWith("reference,type,status,dueOn,deadlineState,workingDaysLeft,currentStep,heldBy\r\n")
        .contains(stillOpen + ",SAR,OPEN,2029-04-30,OVERDUE,");
  }

  @Test
  void theDeadlineReportNamesEachCasesCurrentStepAndWhoHoldsIt() throws Exception {
    String waiting = startSar("2029-12-20");
    String claimed = startSar("2029-12-21");
    taskService.claim(
        taskService.createTaskQuery().processInstanceBusinessKey(claimed).singleResult().getId(), "officer");

    JsonNode rows = ok(manager().get("/api/reports/deadlines?type=SAR"));

    assertThat(row(rows, waiting).get("currentStep").asText()).isEqualTo("Verify identity and authority");
    assertThat(row(rows, waiting).get("heldBy").asText()).isEqualTo("ig-officers");
    assertThat(row(rows, claimed).get("heldBy").asText()).isEqualTo("officer");
  }

  @Test
  void onlyManagersTheDpoAndAdministratorsSeeReports() {
    assertThat(Api.at(port).as("officer").get("/api/reports/deadlines").statusCode()).isEqualTo(403);
    assertThat(Api.at(port).as("analyst").get("/api/reports/deadlines").statusCode()).isEqualTo(403);
    assertThat(Api.at(port).as("admin").get("/api/reports/deadlines").statusCode()).isEqualTo(200);
  }

  @Test
  void aBadPeriodIsRefusedNamingTheParameter() {
    assertBad(manager().get("/api/reports/compliance?from=2029-02-01&to=2029-01-01"), "to");
    assertBad(manager().get("/api/reports/compliance?from=2029-01-01&to=2029-02-01&groupBy=week"), "groupBy");
    assertBad(manager().get("/api/reports/compliance?from=January&to=2029-02-01"), "from");
    assertBad(manager().get("/api/reports/deadlines?state=LATE"), "state");
  }

  private void assertBad(HttpResponse<String> response, String field) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"" + field + "\"").doesNotContain("Exception");
  }

  private static void assertRow(
      JsonNode row, String period, long received, long closed, long onTime, long late, Double percent,
      long extensions, long refusals, long clockStopDays) {
    assertThat(row.get("period").asText()).isEqualTo(period);
    assertThat(row.get("received").asLong()).as(period + " received").isEqualTo(received);
    assertThat(row.get("closed").asLong()).as(period + " closed").isEqualTo(closed);
    assertThat(row.get("onTime").asLong()).as(period + " on time").isEqualTo(onTime);
    assertThat(row.get("late").asLong()).as(period + " late").isEqualTo(late);
    if (percent == null) {
      assertThat(row.has("percentOnTime")).as(period + " % on time").isFalse();
    } else {
      assertThat(row.get("percentOnTime").asDouble()).as(period + " % on time").isEqualTo(percent);
    }
    assertThat(row.get("extensions").asLong()).as(period + " extensions").isEqualTo(extensions);
    assertThat(row.get("refusals").asLong()).as(period + " refusals").isEqualTo(refusals);
    assertThat(row.get("clockStopDays").asLong()).as(period + " clock-stop days").isEqualTo(clockStopDays);
  }

  private String register(String receivedOn) {
    return cases
        .registerSar(new NewSar(
                LocalDate.parse(receivedOn),
                "EMAIL",
                new Requester("R", null, Relationship.SELF),
                new Subject("R", LocalDate.of(2012, 1, 1), Cohort.CARE_LEAVER),
                null))
        .reference();
  }

  /** A SAR through the API, acknowledged: waiting for an officer to verify identity. */
  private String startSar(String receivedOn) throws Exception {
    HttpResponse<String> created =
        Api.at(port).as("officer").post("/api/sars", """
            {"receivedOn": "%s", "channel": "EMAIL", "requester": {"name": "R", "email": "r@example.org", "relationship": "SELF"},
             "subject": {"name": "R", "dateOfBirth": "2012-01-01", "cohort": "CARE_LEAVER"}}
            """.formatted(receivedOn));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String reference = json.readTree(created.body()).get("reference").asText();
    String instance = runtimeService.createProcessInstanceQuery().rootProcessInstances().processInstanceBusinessKey(reference).singleResult().getId();
    managementService.executeJob(
        managementService.createJobQuery().processInstanceId(instance).activityId("Task_SendAcknowledgement")
            .singleResult().getId());
    return reference;
  }

  private static JsonNode row(JsonNode rows, String reference) {
    return StreamSupport.stream(rows.spliterator(), false)
        .filter(r -> r.get("reference").asText().equals(reference))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + reference));
  }

  private JsonNode ok(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private Api manager() {
    return Api.at(port).as("manager");
  }
}
