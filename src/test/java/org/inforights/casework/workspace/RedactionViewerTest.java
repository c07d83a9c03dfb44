package org.inforights.casework.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.inforights.casework.support.Api;
import org.inforights.casework.support.ApplicationTest;
import org.inforights.casework.support.Webapp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Case tab's redaction viewer: its scripts and PDF.js (module, worker, fonts) are served by the
 * application itself, and its changes to marks from the Tasklist session need the webapps' CSRF token.
 */
@ApplicationTest
class RedactionViewerTest {

  @LocalServerPort int port;
  @Autowired ObjectMapper json;

  @Test
  void pdfJsItsWorkerAndItsFontsAreServedByTheApplicationAsTheViewerAsksForThem() {
    Webapp browser = Webapp.at(port);
    HttpResponse<String> viewer = browser.get("/camunda/app/tasklist/case-workspace/redaction.js");
    HttpResponse<String> styles = browser.get("/camunda/app/tasklist/case-workspace/redaction.css");
    HttpResponse<String> workspace = browser.get("/camunda/app/tasklist/case-workspace/workspace.js");

    assertThat(viewer.statusCode()).isEqualTo(200);
    assertThat(viewer.body()).contains("const PDFJS = '/webjars/pdfjs-dist/'", "'build/pdf.min.mjs'",
        "'build/pdf.worker.min.mjs'", "isEvalSupported: false", "/redaction-marks", "X-XSRF-TOKEN", "ws.exemptions");
    assertThat(styles.statusCode()).isEqualTo(200);
    assertThat(styles.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
    assertThat(workspace.body()).contains("import {redactButton} from './redaction.js'");

    // the paths redaction.js asks for, without a version: the WebJars locator finds it
    for (String script : new String[] {"build/pdf.min.mjs", "build/pdf.worker.min.mjs"}) {
      HttpResponse<String> served = browser.get("/webjars/pdfjs-dist/" + script);
      assertThat(served.statusCode()).as(script).isEqualTo(200);
      // a module script or module worker with another type is refused by the browser
      assertThat(served.headers().firstValue("Content-Type")).as(script)
          .hasValueSatisfying(type -> assertThat(type).startsWith("text/javascript"));
      assertThat(served.body()).as(script).contains("pdfjs");
    }
    assertThat(browser.get("/webjars/pdfjs-dist/standard_fonts/LiberationSans-Regular.ttf").statusCode()).isEqualTo(200);
    assertThat(browser.get("/webjars/pdfjs-dist/cmaps/Adobe-Japan1-UCS2.bcmap").statusCode()).isEqualTo(200);
  }

  @Test
  void aMarkFromTheSessionNeedsTheCsrfTokenToBeAddedOrRemoved() throws Exception {
    TestCases.Sar sar = TestCases.sar(port, "Ash " + TestCases.uniqueSurname(), "2017-07-07", "Lee Parent");
    Api api = Api.at(port).as("officer");
    long document = json.readTree(api.upload("/api/cases/" + sar.reference() + "/attachments",
        Map.of("kind", "RESPONSE_BUNDLE"), "records.pdf", "application/pdf", onePage()).body()).get("id").asLong();
    long line = json.readTree(api.post("/api/cases/" + sar.reference() + "/redactions",
        "{\"location\": \"p 1\", \"exemption\": \"CRIME\", \"reasoning\": \"an open investigation\", \"consentSought\": false}")
        .body()).get("id").asLong();
    String marks = "/api/cases/" + sar.reference() + "/documents/" + document + "/redaction-marks";
    String mark = "{\"page\": 1, \"x\": 72, \"y\": 600, \"width\": 100, \"height\": 14, \"redactionId\": " + line + "}";
    Webapp officer = Webapp.at(port);
    assertThat(officer.signIn("tasklist", "officer", "officer")).isEqualTo(200);
    officer.get("/camunda/app/tasklist/default/");

    HttpResponse<String> forged = officer.post(marks, mark, false);
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(json.readTree(officer.get(marks).body())).isEmpty();

    HttpResponse<String> added = officer.post(marks, mark, true);
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    JsonNode saved = json.readTree(added.body());
    assertThat(saved.get("markedBy").asText()).isEqualTo("officer");
    String one = marks + "/" + saved.get("id").asLong();

    assertThat(officer.delete(one, false).statusCode()).isEqualTo(403);
    assertThat(json.readTree(officer.get(marks).body())).hasSize(1);
    assertThat(officer.delete(one, true).statusCode()).isEqualTo(204);
    assertThat(json.readTree(officer.get(marks).body())).isEmpty();
  }

  private static byte[] onePage() throws IOException {
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }
}
