package org.inforights.casework.sar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;
import org.inforights.casework.casefile.CaseFileRepository;
import org.inforights.casework.support.EngineTime;
import org.inforights.casework.support.Api;
import org.inforights.casework.support.ApplicationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ApplicationTest
@ExtendWith(EngineTime.class)
class SarIntakeApiTest {

  static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
  static final String VALID =
      """
      {"receivedOn": "2026-01-31", "channel": "DESIGNATED_TEACHER",
       "requester": {"name": "Sam Taylor", "email": "sam@example.org", "relationship": "SELF"},
       "subject": {"name": "Sam Taylor", "dateOfBirth": "2011-05-04", "cohort": "LOOKED_AFTER"},
       "description": "My file from when I came into care"}
      """;

  @LocalServerPort int port;
  @Autowired CaseFileRepository repository;
  @Autowired ObjectMapper json;

  @BeforeEach
  void today() {
    EngineTime.today(TODAY);
  }

  @Test
  void anOfficerRegistersASarAndSeesItsDueDateExplained() throws Exception {
    HttpResponse<String> response = officer().post("/api/sars", VALID);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonNode view = json.readTree(response.body());
    String reference = view.get("reference").asText();
    assertThat(reference).matches("SAR-2026-\\d{5}");
    assertThat(response.headers().firstValue("Location")).hasValue("/api/cases/" + reference);
    assertThat(view.get("type").asText()).isEqualTo("SAR");
    assertThat(view.get("status").asText()).isEqualTo("OPEN");
    assertThat(view.get("receivedOn").asText()).isEqualTo("2026-01-31");
    assertThat(view.get("clockStartsOn").asText()).isEqualTo("2026-01-31");
    assertThat(view.get("dueOn").asText()).isEqualTo("2026-03-02");
    assertThat(view.get("dueOnExplanation").asText())
        .isEqualTo("received Sat 31 Jan 2026; one month → Sat 28 Feb 2026; weekend → Mon 2 Mar 2026");
    assertThat(view.get("daysPaused").asInt()).isZero();
    assertThat(view.get("deadlineState").asText()).isEqualTo("OVERDUE");
    assertThat(response.body()).doesNotContain("Sam Taylor", "sam@example.org");

    assertThat(officer().get("/api/cases/" + reference).body()).isEqualTo(response.body());
  }

  @Test
  void aRequestWithoutAReceivedDateWasReceivedToday() throws Exception {
    JsonNode view =
        json.readTree(officer().post("/api/sars", VALID.replace("\"receivedOn\": \"2026-01-31\",", "")).body());

    assertThat(view.get("receivedOn").asText()).isEqualTo("2026-03-10");
    assertThat(view.get("dueOn").asText()).isEqualTo("2026-04-10");
    assertThat(view.get("deadlineState").asText()).isEqualTo("ON_TRACK");
  }

  @Test
  void aRequestGivenToTheChildsSocialWorkerCountsAsReceivedTheDayTheSocialWorkerHadIt() throws Exception {
    String passedOn = VALID
        .replace("\"receivedOn\": \"2026-01-31\", \"channel\": \"DESIGNATED_TEACHER\"",
            "\"receivedOn\": \"2026-03-09\", \"channel\": \"SOCIAL_WORKER\"")
        .replace("\"description\"", "\"intermediary\": {\"name\": \"Pat Worker\", \"organisation\": \"Children in care team\","
            + " \"email\": \"pat.worker@council.example\", \"receivedOn\": \"2026-03-02\"}, \"description\"");

    HttpResponse<String> response = officer().post("/api/sars", passedOn);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonNode view = json.readTree(response.body());
    // the social worker is the council's own: received Mon 2 Mar, though it reached the team on the 9th
    assertThat(view.get("receivedOn").asText()).isEqualTo("2026-03-02");
    assertThat(view.get("dueOn").asText()).isEqualTo("2026-04-02");
    assertThat(response.body()).doesNotContain("Pat Worker");
  }

  @Test
  void aRequestPassedOnByASchoolsDesignatedTeacherIsReceivedWhenItReachesTheCouncil() throws Exception {
    String passedOn = VALID.replace("\"description\"",
        "\"intermediary\": {\"name\": \"Ms Head\", \"organisation\": \"Hill School\", \"receivedOn\": \"2026-01-20\"},"
            + " \"description\"");

    HttpResponse<String> response = officer().post("/api/sars", passedOn);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    assertThat(json.readTree(response.body()).get("receivedOn").asText()).isEqualTo("2026-01-31");
  }

  @Test
  void everyBadFieldIsNamedAndNothingIsSaved() throws Exception {
    long before = repository.count();
    String bad =
        """
        {"receivedOn": "2026-03-11",
         "requester": {"name": " ", "email": "not-an-address"},
         "subject": {"name": "A Child", "dateOfBirth": "2030-01-01"}}
        """;

    HttpResponse<String> response = officer().post("/api/sars", bad);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(fields(response))
        .containsExactly(
            "channel",
            "receivedOn",
            "requester.email",
            "requester.name",
            "requester.relationship",
            "subject.cohort",
            "subject.dateOfBirth");
    assertThat(response.body()).contains("must not be in the future").doesNotContain("not-an-address");
    assertThat(repository.count()).isEqualTo(before);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "unknown relationship   | \"relationship\": \"SELF\"      | \"relationship\": \"AUNT\"       | requester.relationship | must be one of [SELF",
        "date not ISO           | \"receivedOn\": \"2026-01-31\"  | \"receivedOn\": \"31/01/2026\"   | receivedOn             | must be an ISO date",
        "date before calendar   | \"receivedOn\": \"2026-01-31\"  | \"receivedOn\": \"2018-12-31\"   | receivedOn             | must not be before 2019-01-01",
        "unknown field          | \"channel\"                     | \"colour\": \"red\", \"channel\" | colour                 | is not a known field",
        "wrong type             | \"requester\": {                | \"requester\": 42, \"x\": {      | requester              | must be an object",
        "blank requester name   | \"name\": \"Sam Taylor\", \"email\" | \"name\": \"\", \"email\"  | requester.name    | must not be blank",
        "bad e-mail address     | sam@example.org               | sam at example                 | requester.email        | well-formed email address",
        "born after received    | \"dateOfBirth\": \"2011-05-04\" | \"dateOfBirth\": \"2026-02-15\" | subject.dateOfBirth | must not be after the request was received (2026-01-31)",
        "born after today       | \"dateOfBirth\": \"2011-05-04\" | \"dateOfBirth\": \"2026-03-11\" | subject.dateOfBirth | must not be in the future",
        "teacher as requester   | \"relationship\": \"SELF\"      | \"relationship\": \"DESIGNATED_TEACHER\" | requester.relationship | must not be DESIGNATED_TEACHER: a designated teacher passes on the child's or the parent's request",
        "intermediary, direct   | \"channel\": \"DESIGNATED_TEACHER\", | \"channel\": \"EMAIL\", \"intermediary\": {\"name\": \"Ms Head\"}, | intermediary | is only for a request passed on by a designated teacher or a social worker",
        "intermediary no name   | \"description\"                 | \"intermediary\": {\"organisation\": \"Hill School\"}, \"description\" | intermediary.name | must not be blank",
        "intermediary too late  | \"description\"                 | \"intermediary\": {\"name\": \"Ms Head\", \"receivedOn\": \"2026-02-02\"}, \"description\" | intermediary.receivedOn | must not be after the request reached the council (2026-01-31)",
      })
  void aBadValueIsRefusedNamingItsField(String story, String from, String to, String field, String message)
      throws Exception {
    long before = repository.count();

    HttpResponse<String> response = officer().post("/api/sars", VALID.replace(from, to));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(fields(response)).contains(field);
    assertThat(response.body()).contains(message);
    assertThat(repository.count()).isEqualTo(before);
  }

  @Test
  void malformedJsonIsRefusedWithoutAStackTrace() {
    HttpResponse<String> response = officer().post("/api/sars", "{\"receivedOn\": ");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("not well-formed JSON").doesNotContain("Exception", "at org.");
  }

  @Test
  void recordOwnersAndAnalystsMayNotRegisterRequests() {
    assertThat(Api.at(port).as("owner").post("/api/sars", VALID).statusCode()).isEqualTo(403);
    assertThat(Api.at(port).as("analyst").post("/api/sars", VALID).statusCode()).isEqualTo(403);
  }

  @Test
  void anUnknownCaseIsNotFound() {
    HttpResponse<String> response = officer().get("/api/cases/SAR-1999-99999");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("No case with reference SAR-1999-99999");
  }

  private Api officer() {
    return Api.at(port).as("officer");
  }

  private List<String> fields(HttpResponse<String> response) throws Exception {
    JsonNode errors = json.readTree(response.body()).get("errors");
    return StreamSupport.stream(errors.spliterator(), false)
        .map(error -> error.get("field").asText())
        .toList();
  }
}
