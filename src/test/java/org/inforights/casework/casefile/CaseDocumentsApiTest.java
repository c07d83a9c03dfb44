package org.inforights.casework.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.inforights.casework.support.Api;
import org.inforights.casework.support.ApplicationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Notes and documents kept with a case, through the REST API. */
@ApplicationTest
class CaseDocumentsApiTest {

  static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired CaseAttachmentRepository attachments;
  @Autowired CaseNoteRepository notes;

  String reference;

  @BeforeEach
  void aCase() throws Exception {
    HttpResponse<String> created = officer().post("/api/sars", CaseClockApiTest.SarJson.withReceivedOn("2026-03-02"));
    reference = json.readTree(created.body()).get("reference").asText();
  }

  @Test
  void anOfficerKeepsTheRequestLetterWithTheCaseAndDownloadsItAgain() throws Exception {
    HttpResponse<String> uploaded =
        officer().upload(path("/attachments"), Map.of("kind", "REQUEST_LETTER"), "letter.pdf", "application/pdf", PDF);

    assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
    JsonNode document = json.readTree(uploaded.body());
    assertThat(document.get("kind").asText()).isEqualTo("REQUEST_LETTER");
    assertThat(document.get("sizeBytes").asLong()).isEqualTo(PDF.length);
    assertThat(document.get("uploadedBy").asText()).isEqualTo("officer");
    assertThat(uploaded.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/attachments/" + document.get("id").asLong()));

    JsonNode view = json.readTree(officer().get("/api/cases/" + reference).body());
    assertThat(view.get("documents")).hasSize(1);
    assertThat(view.get("documents").get(0).get("fileName").asText()).isEqualTo("letter.pdf");

    HttpResponse<String> download = officer().get(path("/attachments/" + document.get("id").asLong()));
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).startsWith("attachment"));
    assertThat(download.body()).startsWith("%PDF-1.7");
  }

  @Test
  void aDocumentIsKeptAndServedWithTheExtensionOfItsCheckedType() throws Exception {
    HttpResponse<String> uploaded =
        officer().upload(path("/attachments"), Map.of("kind", "OTHER"), "evil.html", "text/plain",
            "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));

    assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
    JsonNode document = json.readTree(uploaded.body());
    assertThat(document.get("fileName").asText()).isEqualTo("evil.txt");
    HttpResponse<String> download = officer().get(path("/attachments/" + document.get("id").asLong()));
    assertThat(download.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).contains("evil.txt").doesNotContain(".html"));
  }

  @Test
  void aNameWithTheRightExtensionOrNoneGetsTheTypes() {
    assertThat(CaseDocuments.nameForType("scan.JPEG", "image/jpeg")).isEqualTo("scan.JPEG");
    assertThat(CaseDocuments.nameForType("letter", "application/pdf")).isEqualTo("letter.pdf");
    assertThat(CaseDocuments.nameForType("photo.png.exe", "image/png")).isEqualTo("photo.png.png");
    assertThat(CaseDocuments.nameForType(".htaccess", "text/plain")).isEqualTo(".htaccess.txt");
    assertThat(CaseDocuments.nameForType("mail.eml", "message/rfc822")).isEqualTo("mail.eml");
  }

  @Test
  void aFileWhoseContentsAreNotItsDeclaredTypeIsRefused() {
    long before = attachments.count();

    HttpResponse<String> response =
        officer().upload(path("/attachments"), Map.of("kind", "IDENTITY_EVIDENCE"), "passport.pdf", "application/pdf",
            "MZ this is a program".getBytes(StandardCharsets.US_ASCII));

    assertThat(response.statusCode()).isEqualTo(415);
    assertThat(response.body()).contains("\"field\":\"file\"");
    assertThat(attachments.count()).isEqualTo(before);
  }

  @Test
  void aTypeNotAcceptedIsRefused() {
    HttpResponse<String> response =
        officer().upload(path("/attachments"), Map.of("kind", "OTHER"), "run.exe", "application/x-msdownload", PDF);

    assertThat(response.statusCode()).isEqualTo(415);
  }

  @Test
  void anEmptyFileAMissingFileAndAnUnknownKindAreNamed() {
    HttpResponse<String> empty =
        officer().upload(path("/attachments"), Map.of("kind", "OTHER"), "empty.txt", "text/plain", new byte[0]);
    HttpResponse<String> missing = officer().upload(path("/attachments"), Map.of("kind", "OTHER"), null, null, null);
    HttpResponse<String> unknownKind =
        officer().upload(path("/attachments"), Map.of("kind", "SELFIE"), "a.txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8));

    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.body()).contains("\"field\":\"file\"", "empty");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body()).contains("\"field\":\"file\"", "is required");
    assertThat(unknownKind.statusCode()).isEqualTo(400);
    assertThat(unknownKind.body()).contains("\"field\":\"kind\"", "must be one of [REQUEST_LETTER");
  }

  @Test
  void aDocumentLargerThanTheLimitIsRefusedWith413() {
    byte[] big = new byte[21 * 1024 * 1024];
    HttpResponse<String> response =
        officer().upload(path("/attachments"), Map.of("kind", "RESPONSE_BUNDLE"), "bundle.txt", "text/plain", big);

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.body()).contains("\"status\":413", "larger than allowed").doesNotContain("Exception");
  }

  @Test
  void notesAreKeptInOrderWithTheirAuthorAndCountedOnTheCase() throws Exception {
    assertThat(officer().post(path("/notes"), "{\"text\": \"Phoned the requester to confirm the address\"}").statusCode())
        .isEqualTo(201);
    assertThat(Api.at(port).as("manager").post(path("/notes"), "{\"text\": \"Agreed\"}").statusCode()).isEqualTo(201);

    JsonNode list = json.readTree(officer().get(path("/notes")).body());
    assertThat(list).hasSize(2);
    assertThat(list.get(0).get("author").asText()).isEqualTo("officer");
    assertThat(list.get(1).get("author").asText()).isEqualTo("manager");
    assertThat(json.readTree(officer().get("/api/cases/" + reference).body()).get("noteCount").asLong()).isEqualTo(2);
  }

  @Test
  void aBlankNoteIsRefusedAndNothingIsSaved() {
    long before = notes.count();

    HttpResponse<String> response = officer().post(path("/notes"), "{\"text\": \"  \"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"text\"");
    assertThat(notes.count()).isEqualTo(before);
  }

  @Test
  void documentsOfAnUnknownCaseAreNotFound() {
    assertThat(officer().get("/api/cases/SAR-1999-00001/attachments").statusCode()).isEqualTo(404);
    assertThat(officer().get(path("/attachments/999999")).statusCode()).isEqualTo(404);
  }

  private String path(String suffix) {
    return "/api/cases/" + reference + suffix;
  }

  private Api officer() {
    return Api.at(port).as("officer");
  }
}
