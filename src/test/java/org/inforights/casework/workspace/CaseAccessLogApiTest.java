package org.inforights.casework.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.inforights.casework.support.Api;
import org.inforights.casework.support.ApplicationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every view of a case file's personal data is on its access log; the DPO reads the log. */
@ApplicationTest
class CaseAccessLogApiTest {

  static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  TestCases.Sar sar;

  @BeforeEach
  void aCase() {
    sar = TestCases.sar(port, "Noor " + TestCases.uniqueSurname(), "2013-08-09", "Sam Parent");
  }

  @Test
  void theCaseViewIsRecordedWithWhoWhenAndWhichPart() throws Exception {
    Instant before = Instant.now().minusSeconds(1);
    assertThat(as("manager").get(path("")).statusCode()).isEqualTo(200);

    JsonNode log = accessLog();

    JsonNode view = only(log, "SUMMARY");
    assertThat(view.get("viewedBy").asText()).isEqualTo("manager");
    assertThat(Instant.parse(view.get("viewedAt").asText())).isBetween(before, Instant.now().plusSeconds(1));
    assertThat(view.get("via").asText()).isEqualTo("GET /api/cases/" + sar.reference());
  }

  @Test
  void notesDocumentsADownloadAndTheRedactionLogAreEachRecorded() throws Exception {
    String document =
        json.readTree(as("officer").upload(path("/attachments"), Map.of("kind", "REQUEST_LETTER"), "l.pdf",
                "application/pdf", PDF).body())
            .get("id").asText();
    as("officer").post(path("/notes"), "{\"text\": \"Called back\"}");

    assertThat(as("officer").get(path("/notes")).statusCode()).isEqualTo(200);
    assertThat(as("officer").get(path("/attachments")).statusCode()).isEqualTo(200);
    assertThat(as("admin").get(path("/attachments/" + document)).statusCode()).isEqualTo(200);
    assertThat(as("manager").get(path("/redactions")).statusCode()).isEqualTo(200);

    JsonNode log = accessLog();
    assertThat(only(log, "NOTES").get("viewedBy").asText()).isEqualTo("officer");
    assertThat(log.findValues("via").stream().map(JsonNode::asText))
        .contains(
            "GET /api/cases/" + sar.reference() + "/attachments",
            "GET /api/cases/" + sar.reference() + "/attachments/" + document,
            "GET /api/cases/" + sar.reference() + "/redactions");
    assertThat(byVia(log, "/attachments/" + document).get("viewedBy").asText()).isEqualTo("admin");
    assertThat(only(log, "REDACTION_LOG").get("viewedBy").asText()).isEqualTo("manager");
  }

  @Test
  void aSearchThatShowsTheCaseIsRecordedWithoutTheSearchTerms() throws Exception {
    as("officer").get("/api/cases?childName=" + sar.childName().replace(" ", "%20"));

    JsonNode view = only(accessLog(), "CHILD");
    assertThat(view.get("viewedBy").asText()).isEqualTo("officer");
    assertThat(view.get("via").asText()).isEqualTo("GET /api/cases (search)");
  }

  @Test
  void theWorkspaceRecordsEachPartItShowed() throws Exception {
    TestCases.taskFor(runtimeService, taskService, sar.reference(), "record-owners");
    assertThat(as("owner").get(path("/workspace")).statusCode()).isEqualTo(200);

    JsonNode log = accessLog();
    assertThat(log.findValues("part").stream().map(JsonNode::asText)).contains("CHILD", "REQUEST");
    assertThat(log.findValues("part").stream().map(JsonNode::asText))
        .as("a record owner is not shown the requester, so no view of it is recorded")
        .doesNotContain("REQUESTER", "REQUESTER_CONTACT");
    assertThat(log.findValues("viewedBy").stream().map(JsonNode::asText)).containsOnly("owner");
  }

  @Test
  void readingTheLogIsNotAViewOfPersonalDataAndAnUnknownCaseIsNotFound() throws Exception {
    assertThat(accessLog()).isEmpty();
    assertThat(accessLog()).isEmpty();
    assertThat(as("dpo").get("/api/cases/SAR-1999-00001/access-log").statusCode()).isEqualTo(404);
  }

  @Test
  void anAdministratorMayReadTheLogToo() {
    assertThat(as("admin").get(path("/access-log")).statusCode()).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"officer", "manager", "owner", "guardian", "analyst"})
  void onlyTheDpoAndAdministratorsReadTheLog(String user) {
    HttpResponse<String> response = as(user).get(path("/access-log"));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).doesNotContain("viewedBy");
  }

  @Test
  void withoutSigningInTheLogIsUnauthorized() {
    assertThat(Api.at(port).get(path("/access-log")).statusCode()).isEqualTo(401);
  }

  private JsonNode accessLog() throws Exception {
    HttpResponse<String> response = as("dpo").get(path("/access-log"));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private static JsonNode only(JsonNode log, String part) {
    JsonNode found = null;
    for (JsonNode view : log) {
      if (view.get("part").asText().equals(part)) {
        assertThat(found).as("one view of " + part).isNull();
        found = view;
      }
    }
    assertThat(found).as("a view of " + part + " in " + log).isNotNull();
    return found;
  }

  private static JsonNode byVia(JsonNode log, String suffix) {
    for (JsonNode view : log) {
      if (view.get("via").asText().endsWith(suffix)) {
        return view;
      }
    }
    throw new AssertionError("no view through " + suffix + " in " + log);
  }

  private String path(String suffix) {
    return "/api/cases/" + sar.reference() + suffix;
  }

  private Api as(String user) {
    return Api.at(port).as(user);
  }
}
