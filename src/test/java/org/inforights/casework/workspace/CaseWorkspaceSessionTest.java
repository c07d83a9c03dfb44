package org.inforights.casework.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.inforights.casework.sar.SarProcess;
import org.inforights.casework.support.Api;
import org.inforights.casework.support.ApplicationTest;
import org.inforights.casework.support.Webapp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tasklist's "Case" tab works with the Tasklist session: it finds the task's case, reads the
 * workspace, and adds notes with the webapps' CSRF token; without the token nothing changes.
 */
@ApplicationTest
class CaseWorkspaceSessionTest {

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  TestCases.Sar sar;
  Webapp officer;

  @BeforeEach
  void anOfficerSignedInToTasklist() {
    sar = TestCases.sar(port, "Kit " + TestCases.uniqueSurname(), "2016-06-06", "Lee Parent");
    officer = Webapp.at(port);
    assertThat(officer.signIn("tasklist", "officer", "officer")).isEqualTo(200);
    // the signed-in session's token is handed out with the next webapp request, as Tasklist loads
    // after sign-in; only the token matters here, not the page
    officer.get("/camunda/app/tasklist/default/");
  }

  @Test
  void theTabFindsTheTasksCaseAndReadsItsWorkspaceWithTheSession() throws Exception {
    Task verify = TestCases.atTask(runtimeService, taskService, sar.reference(), SarProcess.TASK_VERIFY_IDENTITY);

    HttpResponse<String> taskCase = officer.get("/api/tasks/" + verify.getId() + "/case");
    assertThat(taskCase.statusCode()).as(taskCase.body()).isEqualTo(200);
    assertThat(json.readTree(taskCase.body()).get("reference").asText()).isEqualTo(sar.reference());

    HttpResponse<String> workspace = officer.get("/api/cases/" + sar.reference() + "/workspace");
    assertThat(workspace.statusCode()).isEqualTo(200);
    assertThat(json.readTree(workspace.body()).get("children").get(0).get("name").asText()).isEqualTo(sar.childName());
  }

  @Test
  void aTaskTheUserMayNotSeeHasNoCaseForThem() {
    Task verify = TestCases.atTask(runtimeService, taskService, sar.reference(), SarProcess.TASK_VERIFY_IDENTITY);
    Webapp owner = Webapp.at(port);
    assertThat(owner.signIn("tasklist", "owner", "owner")).isEqualTo(200);

    assertThat(owner.get("/api/tasks/" + verify.getId() + "/case").statusCode()).isEqualTo(404);
    assertThat(officer.get("/api/tasks/no-such-task/case").statusCode()).isEqualTo(404);
  }

  @Test
  void aNoteFromTheSessionWithTheCsrfTokenIsSaved() throws Exception {
    HttpResponse<String> response = officer.post(notes(), "{\"text\": \"Spoke to the school\"}", true);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    assertThat(json.readTree(response.body()).get("author").asText()).isEqualTo("officer");
    assertThat(noteTexts()).containsExactly("Spoke to the school");
  }

  @Test
  void aNoteFromTheSessionWithoutTheCsrfTokenIsRefusedAndNothingIsSaved() throws Exception {
    HttpResponse<String> response = officer.post(notes(), "{\"text\": \"Forged\"}", false);

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("CSRF");
    assertThat(noteTexts()).isEmpty();
  }

  @Test
  void aRedactionLineFromTheSessionWithoutTheCsrfTokenIsRefusedToo() throws Exception {
    HttpResponse<String> response = officer.post("/api/cases/" + sar.reference() + "/redactions",
        "{\"location\": \"p 1\", \"exemption\": \"CRIME\", \"reasoning\": \"r\", \"consentSought\": false}", false);

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(Api.at(port).as("officer").get("/api/cases/" + sar.reference() + "/redactions").body()).isEqualTo("[]");
  }

  @Test
  void anApiClientWithHttpBasicNeedsNoCsrfToken() throws Exception {
    HttpResponse<String> response = Api.at(port).as("officer").post(notes(), "{\"text\": \"From the API\"}");

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(noteTexts()).containsExactly("From the API");
  }

  @Test
  void aPdfIsSentToBeShownInPlaceForThePreviewAndOnlyThisSiteMayFrameIt() throws Exception {
    Api api = Api.at(port).as("officer");
    String pdf = json.readTree(api.upload("/api/cases/" + sar.reference() + "/attachments", java.util.Map.of("kind", "OTHER"),
        "scan.pdf", "application/pdf", "%PDF-1.7\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).body())
        .get("id").asText();
    String text = json.readTree(api.upload("/api/cases/" + sar.reference() + "/attachments", java.util.Map.of("kind", "OTHER"),
        "call.txt", "text/plain", "notes of a call".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).body())
        .get("id").asText();

    HttpResponse<String> preview = officer.get("/api/cases/" + sar.reference() + "/attachments/" + pdf + "?inline=true");
    HttpResponse<String> download = officer.get("/api/cases/" + sar.reference() + "/attachments/" + pdf);
    HttpResponse<String> textPreview = officer.get("/api/cases/" + sar.reference() + "/attachments/" + text + "?inline=true");

    assertThat(preview.statusCode()).isEqualTo(200);
    assertThat(preview.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).startsWith("inline"));
    assertThat(preview.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
    assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).startsWith("attachment"));
    assertThat(textPreview.headers().firstValue("Content-Disposition"))
        .as("only PDFs and images are shown in place").hasValueSatisfying(d -> assertThat(d).startsWith("attachment"));
  }

  private String notes() {
    return "/api/cases/" + sar.reference() + "/notes";
  }

  private java.util.List<String> noteTexts() throws Exception {
    HttpResponse<String> response = Api.at(port).as("officer").get(notes());
    return json.readTree(response.body()).findValues("text").stream().map(node -> node.asText()).toList();
  }
}
