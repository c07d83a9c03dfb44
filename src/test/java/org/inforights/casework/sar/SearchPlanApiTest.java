package org.inforights.casework.sar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.inforights.casework.support.Api;
import org.inforights.casework.support.ApplicationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A care leaver's request: former names found by search, every place searched on record, supported access. */
@ApplicationTest
class SearchPlanApiTest {

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired SearchRecordRepository records;

  String reference;

  @BeforeEach
  void aCareLeaversRequest() throws Exception {
    HttpResponse<String> created = Api.at(port).as("officer").post("/api/sars", """
        {"receivedOn": "2026-02-02", "channel": "EMAIL",
         "requester": {"name": "Marisol Okonkwo-Hartley", "email": "marisol@example.org", "relationship": "SELF"},
         "subject": {"name": "Marisol Okonkwo-Hartley", "dateOfBirth": "1979-08-14", "cohort": "CARE_LEAVER"},
         "description": "My records from the children's homes, 1984 to 1995"}
        """);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    reference = json.readTree(created.body()).get("reference").asText();
  }

  @Test
  void aFormerNameIsRecordedFoundBySearchAndShownWithTheSubject() throws Exception {
    HttpResponse<String> added =
        Api.at(port).as("officer").post(path("/former-names"), "{\"name\": \"Marisol  Quennell-Barraclough\"}");
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    assertThat(added.body()).contains("Marisol Quennell-Barraclough");
    assertThat(Api.at(port).as("owner").post(path("/former-names"), "{\"name\": \"Someone\"}").statusCode())
        .as("the IG team records names, not every case worker").isEqualTo(403);
    HttpResponse<String> blank = Api.at(port).as("officer").post(path("/former-names"), "{\"name\": \" \"}");
    assertThat(blank.statusCode()).isEqualTo(400);
    assertThat(blank.body()).contains("\"field\":\"name\"");

    JsonNode found = json.readTree(
        Api.at(port).as("officer").get("/api/cases?childName=quennell-barr").body());
    assertThat(found.findValuesAsText("reference")).contains(reference);
    JsonNode bornThen = json.readTree(
        Api.at(port).as("officer").get("/api/cases?childName=quennell&childDateOfBirth=1979-08-14").body());
    assertThat(bornThen.findValuesAsText("reference")).contains(reference);
    JsonNode bornElsewhen = json.readTree(
        Api.at(port).as("officer").get("/api/cases?childName=quennell&childDateOfBirth=1980-08-14").body());
    assertThat(bornElsewhen.findValuesAsText("reference")).doesNotContain(reference);

    JsonNode workspace = json.readTree(Api.at(port).as("officer").get(path("/workspace")).body());
    assertThat(workspace.get("children").get(0).get("formerNames").get(0).asText())
        .isEqualTo("Marisol Quennell-Barraclough");
  }

  @Test
  void formerNamesGivenAtIntakeAreRecordedAndFoundAndBadOnesAreRefusedWithNothingSaved() throws Exception {
    HttpResponse<String> created = Api.at(port).as("officer").post("/api/sars", """
        {"receivedOn": "2026-02-02", "channel": "EMAIL",
         "requester": {"name": "Tobias Wrenfield", "email": "tobias@example.org", "relationship": "SELF"},
         "subject": {"name": "Tobias Wrenfield", "dateOfBirth": "1981-03-09", "cohort": "CARE_LEAVER"},
         "description": "My fostering records", "formerNames": ["Tobias  Ashgrove-Pemberly", "Toby Ashgrove-Pemberly"]}
        """);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String withNames = json.readTree(created.body()).get("reference").asText();
    JsonNode found = json.readTree(Api.at(port).as("officer").get("/api/cases?childName=ashgrove-pem").body());
    assertThat(found.findValuesAsText("reference")).contains(withNames);
    JsonNode workspace = json.readTree(
        Api.at(port).as("officer").get("/api/cases/" + withNames + "/workspace").body());
    assertThat(workspace.get("children").get(0).get("formerNames").toString())
        .contains("Tobias Ashgrove-Pemberly", "Toby Ashgrove-Pemberly");

    HttpResponse<String> blank = Api.at(port).as("officer").post("/api/sars", """
        {"receivedOn": "2026-02-02", "channel": "EMAIL",
         "requester": {"name": "Una Blankname", "email": "una@example.org", "relationship": "SELF"},
         "subject": {"name": "Una Blankname", "dateOfBirth": "1981-03-09", "cohort": "CARE_LEAVER"},
         "formerNames": [" "]}
        """);
    assertThat(blank.statusCode()).as(blank.body()).isEqualTo(400);
    assertThat(blank.body()).contains("formerNames");
    JsonNode none = json.readTree(Api.at(port).as("officer").get("/api/cases?childName=Una%20Blankname").body());
    assertThat(none.findValuesAsText("reference")).as("nothing half-saved").isEmpty();
  }

  @Test
  void everyConfiguredPlaceIsInThePlanAndEachSearchSaysWhoWhenAndWhatWasFound() throws Exception {
    JsonNode empty = json.readTree(Api.at(port).as("officer").get(path("/search-plan")).body());
    assertThat(empty.get("places").findValuesAsText("code"))
        .contains("CURRENT_SYSTEMS", "LEGACY_SYSTEMS", "ARCHIVED_PAPER_FILES", "ADOPTION_RECORDS", "FOSTERING_RECORDS",
            "RESIDENTIAL_RECORDS");
    assertThat(empty.get("everyPlaceSearched").asBoolean()).isFalse();

    HttpResponse<String> recorded = Api.at(port).as("owner").post(path("/search-plan"), """
        {"place": "RESIDENTIAL_RECORDS", "searchedOn": "2026-02-03", "outcome": "FOUND",
         "found": "Log books of two children's homes, 1984-1990"}
        """);
    assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
    JsonNode residential = place(json.readTree(recorded.body()), "RESIDENTIAL_RECORDS");
    assertThat(residential.get("searches").get(0).get("searchedBy").asText()).isEqualTo("owner");
    assertThat(residential.get("searches").get(0).get("searchedOn").asText()).isEqualTo("2026-02-03");
    assertThat(residential.get("searches").get(0).get("found").asText()).contains("Log books");
  }

  @Test
  void aSearchOfAnUnknownPlaceInTheFutureBeforeTheRequestOrFoundButNotSaidWhatIsRefused() {
    long before = records.count();

    HttpResponse<String> unknown = post("{\"place\": \"THE_MOON\", \"outcome\": \"NOTHING_FOUND\"}");
    HttpResponse<String> future =
        post("{\"place\": \"LEGACY_SYSTEMS\", \"outcome\": \"NOTHING_FOUND\", \"searchedOn\": \"2999-01-01\"}");
    HttpResponse<String> early =
        post("{\"place\": \"LEGACY_SYSTEMS\", \"outcome\": \"NOTHING_FOUND\", \"searchedOn\": \"2026-02-01\"}");
    HttpResponse<String> unsaid = post("{\"place\": \"LEGACY_SYSTEMS\", \"outcome\": \"FOUND\"}");
    HttpResponse<String> noOutcome = post("{\"place\": \"LEGACY_SYSTEMS\"}");
    HttpResponse<String> badChoice =
        Api.at(port).as("officer").post(path("/supported-access"), "{\"choice\": \"MAYBE\"}");

    assertThat(unknown.body()).contains("\"field\":\"place\"");
    assertThat(future.body()).contains("\"field\":\"searchedOn\"");
    assertThat(early.body()).contains("\"field\":\"searchedOn\"");
    assertThat(unsaid.body()).contains("\"field\":\"found\"");
    assertThat(noOutcome.body()).contains("\"field\":\"outcome\"");
    assertThat(badChoice.body()).contains("\"field\":\"choice\"");
    for (HttpResponse<String> refused : java.util.List.of(unknown, future, early, unsaid, noOutcome, badChoice)) {
      assertThat(refused.statusCode()).isEqualTo(400);
    }
    assertThat(records.count()).isEqualTo(before);
    assertThat(Api.at(port).as("analyst").get(path("/search-plan")).statusCode()).isEqualTo(403);
  }

  @Test
  void theRequestersChoiceOfSupportedAccessIsRecorded() throws Exception {
    HttpResponse<String> chosen =
        Api.at(port).as("officer").post(path("/supported-access"), "{\"choice\": \"DECLINED\"}");
    assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(200);
    assertThat(json.readTree(Api.at(port).as("manager").get(path("/search-plan")).body())
            .get("supportedAccess").asText()).isEqualTo("DECLINED");
  }

  private HttpResponse<String> post(String body) {
    return Api.at(port).as("officer").post(path("/search-plan"), body);
  }

  private static JsonNode place(JsonNode plan, String code) {
    for (JsonNode place : plan.get("places")) {
      if (place.get("code").asText().equals(code)) {
        return place;
      }
    }
    throw new AssertionError(code + " not in the plan");
  }

  private String path(String suffix) {
    return "/api/cases/" + reference + suffix;
  }
}
