package org.inforights.casework.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.inforights.casework.support.Api;
import org.inforights.casework.support.ApplicationTest;
import org.inforights.casework.support.EngineTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every endpoint of {@code /api} given bad input: malformed JSON, wrong types, missing fields,
 * oversized bodies, dates out of range, unknown references. Each answer is a clear 4xx problem
 * document with no stack trace; nothing is saved; nothing personal reaches the log.
 */
@ApplicationTest
@ExtendWith({EngineTime.class, OutputCaptureExtension.class})
class BadInputTest {

  /** A name in every bad request: it must never reach the log. */
  static final String NAME = "Zebedee Quarrington-Badinput";

  static final String SAR =
      """
      {"receivedOn": "2026-03-02", "channel": "EMAIL",
       "requester": {"name": "%s", "email": "zebedee@example.org", "relationship": "PARENT"},
       "subject": {"name": "%s Junior", "dateOfBirth": "2015-02-01", "cohort": "CHILD_IN_NEED"},
       "description": "About %s"}
      """.formatted(NAME, NAME, NAME);

  static final List<String> TABLES =
      List.of("case_file", "clock_stop", "case_audit", "case_note", "case_attachment", "sar_redaction");

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;

  String reference;

  @BeforeEach
  void aCase() throws Exception {
    EngineTime.today(LocalDate.of(2026, 3, 10));
    HttpResponse<String> created = Api.at(port).as("officer").post("/api/sars", SAR);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    reference = json.readTree(created.body()).get("reference").asText();
  }

  @ParameterizedTest(name = "[{index}] {0} {1} {2} → {3}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      # malformed JSON
      officer | /api/sars | `{"receivedOn": "2026-03-02", "channel": ` | 400
      officer | /api/cases/{ref}/clock-stops | `{"reason": IDENTITY}` | 400
      officer | /api/cases/{ref}/clock-stops/resolve | `not json at all` | 400
      manager | /api/cases/{ref}/extension | `[` | 400
      officer | /api/cases/{ref}/notes | `{"text": "NAME` | 400
      officer | /api/cases/{ref}/redactions | `{"location": }` | 400
      officer | /api/cases/{ref}/complaints | `{,}` | 400
      # wrong types
      officer | /api/sars | `{"receivedOn": 20260302, "channel": "EMAIL", "requester": "NAME", "subject": ["NAME"]}` | 400
      officer | /api/cases/{ref}/clock-stops | `{"reason": 7, "askedOn": true}` | 400
      officer | /api/cases/{ref}/clock-stops/resolve | `{"receivedOn": {"day": 3}}` | 400
      manager | /api/cases/{ref}/extension | `{"reason": ["NAME"], "decidedOn": 5}` | 400
      officer | /api/cases/{ref}/notes | `{"text": {"name": "NAME"}}` | 400
      officer | /api/cases/{ref}/redactions | `{"location": "p. 3", "exemption": "THIRD_PARTY_DATA", "reasoning": "NAME", "consentSought": "maybe"}` | 400
      officer | /api/cases/{ref}/complaints | `{"receivedOn": "2026-03-05", "grounds": 3.5}` | 400
      # missing fields
      officer | /api/sars | `{}` | 400
      officer | /api/sars | `` | 400
      officer | /api/cases/{ref}/clock-stops | `{}` | 400
      officer | /api/cases/{ref}/clock-stops/resolve | `{}` | 400
      manager | /api/cases/{ref}/extension | `{}` | 400
      officer | /api/cases/{ref}/notes | `{}` | 400
      officer | /api/cases/{ref}/redactions | `{"reasoning": "NAME"}` | 400
      officer | /api/cases/{ref}/complaints | `{}` | 400
      # unknown fields and values
      officer | /api/sars | `{"receivedOn": "2026-03-02", "channel": "EMAIL", "requester": {"name": "NAME", "relationship": "NEIGHBOUR"}, "subject": {"name": "NAME", "dateOfBirth": "2015-02-01", "cohort": "CHILD_IN_NEED"}}` | 400
      officer | /api/sars | `{"receivedOn": "2026-03-02", "channel": "EMAIL", "admin": true, "requester": {"name": "NAME", "relationship": "PARENT"}, "subject": {"name": "NAME", "dateOfBirth": "2015-02-01", "cohort": "CHILD_IN_NEED"}}` | 400
      officer | /api/cases/{ref}/clock-stops | `{"reason": "HOLIDAY", "askedOn": "2026-03-05"}` | 400
      officer | /api/cases/{ref}/redactions | `{"location": "p. 3", "exemption": "BECAUSE", "reasoning": "NAME", "consentSought": false}` | 400
      # dates out of range
      officer | /api/sars | `{"receivedOn": "2026-02-30", "channel": "EMAIL", "requester": {"name": "NAME", "relationship": "PARENT"}, "subject": {"name": "NAME", "dateOfBirth": "2015-02-01", "cohort": "CHILD_IN_NEED"}}` | 400
      officer | /api/sars | `{"receivedOn": "2099-01-01", "channel": "EMAIL", "requester": {"name": "NAME", "relationship": "PARENT"}, "subject": {"name": "NAME", "dateOfBirth": "2015-02-01", "cohort": "CHILD_IN_NEED"}}` | 400
      officer | /api/sars | `{"receivedOn": "1066-10-14", "channel": "EMAIL", "requester": {"name": "NAME", "relationship": "PARENT"}, "subject": {"name": "NAME", "dateOfBirth": "2015-02-01", "cohort": "CHILD_IN_NEED"}}` | 400
      officer | /api/sars | `{"receivedOn": "+999999999-12-31", "channel": "EMAIL", "requester": {"name": "NAME", "relationship": "PARENT"}, "subject": {"name": "NAME", "dateOfBirth": "2015-02-01", "cohort": "CHILD_IN_NEED"}}` | 400
      officer | /api/cases/{ref}/clock-stops | `{"reason": "IDENTITY", "askedOn": "2026-13-01"}` | 400
      officer | /api/cases/{ref}/clock-stops | `{"reason": "IDENTITY", "askedOn": "2020-01-01"}` | 400
      officer | /api/cases/{ref}/clock-stops | `{"reason": "IDENTITY", "askedOn": "2031-01-01"}` | 400
      manager | /api/cases/{ref}/extension | `{"reason": "NAME", "decidedOn": "2019-01-01"}` | 400
      # backdated: an extension decided, or a clock stop asked, before today (only the DPO may date a stop earlier)
      manager | /api/cases/{ref}/extension | `{"ground": "COMPLEX", "reason": "NAME", "decidedOn": "2026-03-09"}` | 400
      manager | /api/cases/{ref}/extension | `{"ground": "URGENT", "reason": "NAME"}` | 400
      officer | /api/cases/{ref}/clock-stops | `{"reason": "CLARIFICATION", "askedOn": "2026-03-09"}` | 400
      officer | /api/cases/{ref}/complaints | `{"receivedOn": "0000-00-00", "grounds": "LATE_RESPONSE"}` | 400
      # unknown references
      officer | /api/cases/SAR-2026-99999/clock-stops | `{"reason": "IDENTITY", "askedOn": "2026-03-10"}` | 404
      officer | /api/cases/SAR-2026-99999/clock-stops/resolve | `{"receivedOn": "2026-03-05"}` | 404
      manager | /api/cases/SAR-2026-99999/extension | `{"ground": "COMPLEX", "reason": "NAME", "decidedOn": "2026-03-10"}` | 404
      officer | /api/cases/SAR-2026-99999/notes | `{"text": "NAME"}` | 404
      officer | /api/cases/SAR-2026-99999/redactions | `{"location": "p. 3", "exemption": "THIRD_PARTY_DATA", "reasoning": "NAME", "consentSought": false}` | 404
      officer | /api/cases/SAR-2026-99999/withdrawal | `` | 404
      officer | /api/cases/SAR-2026-00001' or '1'='1/notes | `{"text": "NAME"}` | 404
      # the case is not in a state for it
      officer | /api/cases/{ref}/clock-stops/resolve | `{"receivedOn": "2026-03-05"}` | 409
      """)
  void badInputIsRefusedClearlyAndNothingIsSaved(
      String user, String path, String body, int status, CapturedOutput log) {
    Map<String, Long> before = counts();

    HttpResponse<String> response =
        Api.at(port).as(user).post(
            path.replace("{ref}", reference).replace(" ", "%20").replace("'", "%27"),
            body == null ? "" : body.replace("NAME", NAME));

    assertRefused(response, status);
    assertThat(counts()).as("nothing saved").isEqualTo(before);
    assertThat(log.getAll()).doesNotContain(NAME, "Quarrington", "zebedee@example.org");
  }

  @Test
  void anOversizedBodyIsRefusedBeforeItIsRead(CapturedOutput log) {
    Map<String, Long> before = counts();
    String huge = "{\"text\": \"" + NAME.repeat(20_000) + "\"}"; // about 560 KB

    assertRefused(Api.at(port).as("officer").post("/api/cases/" + reference + "/notes", huge), 413);
    assertRefused(Api.at(port).as("officer").post("/api/sars", SAR.replace("\"About ", "\"" + "x".repeat(70_000))), 413);
    assertRefused(
        Api.at(port).as("officer").post("/api/cases/" + reference + "/notes", "{\"text\": \"" + "n".repeat(4001) + "\"}"),
        400);
    assertThat(counts()).isEqualTo(before);
    assertThat(log.getAll()).doesNotContain(NAME, "Quarrington");
  }

  @Test
  void anOversizedBodySentInChunksIsRefusedAs413NotAsMalformed(CapturedOutput log) {
    Map<String, Long> before = counts();
    String huge = "{\"text\": \"" + NAME.repeat(3_000) + "\"}"; // about 84 KB, no Content-Length

    assertRefused(Api.at(port).as("officer").postChunked("/api/cases/" + reference + "/notes", huge), 413);
    assertRefused(Api.at(port).as("officer").postChunked("/api/sars", SAR.replace("\"About ", "\"" + "x".repeat(70_000))), 413);
    assertThat(Api.at(port).as("officer").postChunked("/api/cases/" + reference + "/notes", "{\"text\": \"short\"}")
            .statusCode())
        .as("a small chunked body is read as usual").isEqualTo(201);
    assertThat(counts().get("case_file")).isEqualTo(before.get("case_file"));
    assertThat(log.getAll()).doesNotContain(NAME, "Quarrington");
  }

  @Test
  void retryingAJobThatDoesNotExistIs404() throws Exception {
    HttpResponse<String> unknown =
        Api.at(port).as("admin").put("/engine-rest/job/01jx0000000000000000000000/retries", "{\"retries\": 1}");

    assertRefused(unknown, 404);
    assertThat(unknown.body()).contains("no job with this id");

    String job = json.readTree(Api.at(port).as("admin").get("/engine-rest/job?maxResults=1").body()).get(0).get("id").asText();
    assertThat(Api.at(port).as("admin").put("/engine-rest/job/" + job + "/retries", "{\"retries\": 3}").statusCode())
        .as("a job that exists has its retries set").isEqualTo(204);
  }

  @ParameterizedTest(name = "GET {0} → {1}")
  @CsvSource({
    "/api/cases/SAR-2026-99999, 404",
    "/api/cases/{ref}/attachments/not-a-number, 400",
    "/api/cases/{ref}/attachments/99999999, 404",
    "/api/cases/SAR-2026-99999/notes, 404",
    "/api/cases/SAR-2026-99999/redactions, 404",
    "/api/reports/deadlines?type=PARKING, 400",
    "/api/reports/deadlines?state=LATE, 400",
    "/api/reports/compliance?from=%2B999999999-01-01&to=%2B999999999-12-31, 400",
    "/api/reports/compliance?from=2026-01-01&to=%2B10000-01-01, 400",
    "/api/reports/compliance?from=yesterday&to=today, 400",
    "/api/reports/compliance?from=2026-13-01&to=2026-12-31, 400",
    "/api/reports/compliance?from=1900-01-01&to=2026-12-31, 400",
    "/api/reports/compliance?from=2026-12-31&to=2026-01-01, 400",
    "/api/reports/compliance?from=2026-01-01&to=2026-12-31&groupBy=fortnight, 400",
  })
  void badQueriesAndUnknownReferencesAreRefusedClearly(String path, int status) {
    assertRefused(Api.at(port).as("manager").get(path.replace("{ref}", reference)), status);
  }

  @Test
  void aDocumentUploadWithoutAFileOrWithAnUnknownKindIsRefused() {
    Map<String, Long> before = counts();
    String path = "/api/cases/" + reference + "/attachments";

    assertRefused(Api.at(port).as("officer").upload(path, Map.of("kind", "REQUEST_LETTER"), null, null, null), 400);
    assertRefused(
        Api.at(port).as("officer").upload(path, Map.of("kind", "HOLIDAY_SNAPS"), "a.pdf", "application/pdf",
            "%PDF-1.7\n%%EOF\n".getBytes()),
        400);
    assertRefused(
        Api.at(port).as("officer").upload("/api/cases/SAR-2026-99999/attachments", Map.of("kind", "OTHER"), "a.pdf",
            "application/pdf", "%PDF-1.7\n%%EOF\n".getBytes()),
        404);
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void aBodyThatIsNotJsonIsRefusedAs415() {
    HttpResponse<String> response =
        Api.at(port).as("officer").postForm("/api/sars", "requester=" + NAME.replace(' ', '+'));

    assertRefused(response, 415);
  }

  private void assertRefused(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .as(response.body())
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.body())
        .contains("\"status\":" + status)
        .doesNotContain("Exception", "\tat ", "java.", "org.springframework", "org.hibernate", "SQL", NAME,
            "zebedee@example.org");
  }

  private Map<String, Long> counts() {
    Map<String, Long> counts = new java.util.TreeMap<>();
    for (String table : TABLES) {
      counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
    }
    return counts;
  }
}
