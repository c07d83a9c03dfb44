package org.inforights.casework.response;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.inforights.casework.support.Api;
import org.inforights.casework.support.ApplicationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

/** Redaction marks, redacted copies and the response pack, through the REST API. */
@ApplicationTest
class ResponsePackApiTest {

  static final TestPdfs.Word SECRET = new TestPdfs.Word(1, "Zanzisecret", 72, 600);

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired RedactionMarkRepository marks;
  @Autowired RedactedCopyRepository copies;
  @Autowired ResponsePack pack;
  @Autowired ResponseErasure erasure;
  @Autowired org.inforights.casework.casefile.CaseFileService cases;

  String reference;
  long redactionId;

  @BeforeEach
  void aCaseWithALineInItsRedactionLog() throws Exception {
    reference = newCase("Pat Parent", "PARENT");
    redactionId = logLine(reference);
  }

  @Test
  void aMarkOverAWordRemovesItFromTheRedactedCopyWhileTheOriginalIsKeptUnchanged() throws Exception {
    byte[] original = TestPdfs.pdf(3, List.of(SECRET, new TestPdfs.Word(2, "Keptword", 72, 500)));
    long document = upload(reference, "records.pdf", "application/pdf", original);

    HttpResponse<String> marked = officer().post(marksPath(reference, document), markJson(SECRET.cover(), redactionId));
    assertThat(marked.statusCode()).as(marked.body()).isEqualTo(201);
    HttpResponse<String> produced = officer().post(path(reference, "/documents/" + document + "/redacted-copy"), "");
    assertThat(produced.statusCode()).as(produced.body()).isEqualTo(201);
    long copyId = json.readTree(produced.body()).get("id").asLong();

    byte[] copy = bytes("officer", path(reference, "/redacted-copies/" + copyId)).body();
    assertThat(TestPdfs.pages(copy)).isEqualTo(3);
    TestPdfs.assertGone(copy, "Zanzisecret");
    TestPdfs.assertGone(copy, "Titlexyzzy");
    TestPdfs.assertGone(copy, "Authorplugh");
    TestPdfs.assertGone(copy, "Xmpquux");
    assertThat(TestPdfs.text(copy, 2)).contains("Keptword", "Page2marker");
    assertThat(TestPdfs.text(copy, 3)).contains("Page3marker");
    // the original, for the case file, is byte for byte what was uploaded
    assertThat(bytes("officer", path(reference, "/attachments/" + document)).body()).isEqualTo(original);
    JsonNode list = json.readTree(officer().get(marksPath(reference, document)).body());
    assertThat(list).hasSize(1);
    assertThat(list.get(0).get("redactionId").asLong()).isEqualTo(redactionId);
    assertThat(list.get(0).get("markedBy").asText()).isEqualTo("officer");
  }

  @Test
  void aWholePageWithheldLeavesTheReleaseAndIsScheduledWithItsExemption() throws Exception {
    long document = upload(reference, "records.pdf", "application/pdf", TestPdfs.pdf(3, List.of()));

    HttpResponse<String> withheld =
        officer().post(marksPath(reference, document), "{\"page\": 2, \"wholePage\": true, \"redactionId\": " + redactionId + "}");
    assertThat(withheld.statusCode()).as(withheld.body()).isEqualTo(201);

    long copyId = json.readTree(officer().post(path(reference, "/documents/" + document + "/redacted-copy"), "").body())
        .get("id").asLong();
    byte[] copy = bytes("officer", path(reference, "/redacted-copies/" + copyId)).body();
    assertThat(TestPdfs.pages(copy)).isEqualTo(2);
    assertThat(TestPdfs.text(copy)).contains("Page1marker", "Page3marker").doesNotContain("Page2marker");

    JsonNode summary = json.readTree(officer().get(path(reference, "/response-pack/summary")).body());
    assertThat(summary.get("schedule")).hasSize(1);
    JsonNode line = summary.get("schedule").get(0);
    assertThat(line.get("page").asInt()).isEqualTo(2);
    assertThat(line.get("wholePage").asBoolean()).isTrue();
    assertThat(line.get("statutoryReference").asText()).isEqualTo("Data Protection Act 2018 Sch 2 Pt 3 para 16");
    assertThat(line.get("reason").asText()).contains("another person");
    assertThat(summary.get("documents").get(0).get("released").asInt()).isEqualTo(2);
    assertThat(summary.get("documents").get(0).get("withheld").asInt()).isEqualTo(1);

    byte[] packPdf = bytes("officer", path(reference, "/response-pack")).body();
    String text = TestPdfs.text(packPdf);
    assertThat(text).contains("Document 1, page 2: whole page withheld", "Sch 2 Pt 3 para 16")
        .doesNotContain("Page2marker");
  }

  @Test
  void thePackHasTheCoverLetterTheArticle15InformationTheScheduleAndStampedNumberedPages() throws Exception {
    long first = upload(reference, "first.pdf", "application/pdf", TestPdfs.pdf(2, List.of(SECRET)));
    upload(reference, "second.pdf", "application/pdf", TestPdfs.pdf(3, List.of()));
    upload(reference, "letter.pdf", "application/pdf", TestPdfs.pdf(1, List.of()), "REQUEST_LETTER");
    assertThat(officer().post(marksPath(reference, first), markJson(SECRET.cover(), redactionId)).statusCode()).isEqualTo(201);

    HttpResponse<byte[]> response = bytes("manager", path(reference, "/response-pack"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
    byte[] pdf = response.body();
    String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
    assertThat(response.headers().firstValue("X-Pack-Hash")).hasValue(hash);
    assertThat(response.headers().firstValue("ETag")).hasValue("\"" + hash + "\"");
    int total = TestPdfs.pages(pdf);
    String text = TestPdfs.text(pdf);
    // cover letter: the reference, what was searched, what is enclosed, their rights
    assertThat(text).contains("Your subject access request: " + reference, "Dear Pat Parent", "What we searched",
        "Document 1: 2 page(s) disclosed, 1 page(s) with parts removed", "Document 2: 3 page(s) disclosed",
        "Your rights", "Information Commissioner").doesNotContain("Childline");
    // the Article 15 information, as the shipped configuration words it
    assertThat(text).contains(firstHeading("response/article-15.md.mustache"), "Department for Education (DfE)",
        "How long we keep it");
    assertThat(text).contains("Schedule of information not disclosed", "Document 1, page 1: parts of the page removed");
    // the released pages: 2 + 3 of the bundle, not the request letter, marked word burnt out
    assertThat(text).contains("Page2marker").doesNotContain("Zanzisecret");
    assertThat(text.split("Page1marker", -1)).hasSize(2); // the unmarked first page of the second document
    for (int page = 1; page <= total; page++) {
      assertThat(TestPdfs.text(pdf, page)).as("page %d", page)
          .contains("Page " + page + " of " + total, reference, "Disclosed to Pat Parent on");
    }
    assertThat(TestPdfs.text(pdf, total)).contains("Document 2, page 3");
    TestPdfs.assertGone(pdf, "Zanzisecret");

    JsonNode summary = json.readTree(officer().get(path(reference, "/response-pack/summary")).body());
    assertThat(summary.get("sha256").asText()).isEqualTo(hash);
    assertThat(summary.get("pageCount").asInt()).isEqualTo(total);
    assertThat(summary.get("documents")).hasSize(2);
    assertThat(summary.get("documents").get(1).get("firstPackPage").asInt()).isEqualTo(total - 2);
  }

  @Test
  void aChildAskingAboutThemselvesGetsTheChildFriendlyLetter() throws Exception {
    String childCase = newCase("Sam Child", "SELF");

    String text = TestPdfs.text(bytes("officer", path(childCase, "/response-pack")).body());

    assertThat(text).contains("Your records: " + childCase, "Dear Sam Child", "Thank you for asking", "Childline",
        "Disclosed to Sam Child on").doesNotContain("Your subject access request");
  }

  @Test
  void aCareLeaverAskingAsAnAdultGetsTheAdultLetterAboutThemselvesWithThePlacesSearchedAndSupportedAccess()
      throws Exception {
    String adultCase = newCase("Jordan Grownup", "SELF", "1994-07-01");
    assertThat(officer().post(path(adultCase, "/search-plan"), """
        {"place": "ARCHIVED_PAPER_FILES", "outcome": "FOUND", "found": "Three boxes of care files, 1996-2012"}
        """).statusCode()).isEqualTo(201);
    assertThat(Api.at(port).as("owner").post(path(adultCase, "/search-plan"), """
        {"place": "FOSTERING_RECORDS", "outcome": "NOTHING_FOUND"}
        """).statusCode()).isEqualTo(201);
    assertThat(officer().post(path(adultCase, "/supported-access"), "{\"choice\": \"ACCEPTED\"}").statusCode())
        .isEqualTo(200);

    String text = TestPdfs.text(bytes("officer", path(adultCase, "/response-pack")).body());

    assertThat(text).contains("Your subject access request: " + adultCase, "Dear Jordan Grownup",
            "holds about you on", "the archived paper files held by Records Management", "records found",
            "the fostering service's records", "nothing found", "one of our workers will go through the records with you")
        .doesNotContain("Childline", "about the child", "the e-mail and shared drives");
  }

  @Test
  void thePackHashChangesWhenAMarkChangesAndComesBackWhenItIsUndone() throws Exception {
    long document = upload(reference, "records.pdf", "application/pdf", TestPdfs.pdf(2, List.of(SECRET)));
    String approved = hash(reference);
    assertThat(pack.currentPackHash(reference)).isEqualTo(approved);
    pack.forget();
    assertThat(pack.currentPackHash(reference)).as("the same inputs make the same bytes").isEqualTo(approved);
    assertThat(pack.changedSince(reference, approved)).isFalse();

    long markId = json.readTree(officer().post(marksPath(reference, document), markJson(SECRET.cover(), redactionId)).body())
        .get("id").asLong();

    assertThat(hash(reference)).isNotEqualTo(approved);
    assertThat(pack.changedSince(reference, approved)).isTrue();

    assertThat(officer().send("DELETE", marksPath(reference, document) + "/" + markId).statusCode()).isEqualTo(204);
    assertThat(hash(reference)).isEqualTo(approved);
    assertThat(marks.findById(markId)).isEmpty();
  }

  @Test
  void erasingTheCaseAtTheEndOfRetentionRemovesItsMarksAndRedactedCopiesAndNoOtherCases() throws Exception {
    long document = upload(reference, "records.pdf", "application/pdf", TestPdfs.pdf(1, List.of(SECRET)));
    assertThat(officer().post(marksPath(reference, document), markJson(SECRET.cover(), redactionId)).statusCode()).isEqualTo(201);
    assertThat(officer().post(path(reference, "/documents/" + document + "/redacted-copy"), "").statusCode()).isEqualTo(201);
    String other = newCase("Olly Other", "PARENT");
    long othersDocument = upload(other, "theirs.pdf", "application/pdf", TestPdfs.pdf(1, List.of()));
    assertThat(officer().post(path(other, "/documents/" + othersDocument + "/redacted-copy"), "").statusCode()).isEqualTo(201);

    erasure.erase(cases.get(reference));

    assertThat(marks.findByCaseReferenceOrderByIdAsc(reference)).isEmpty();
    assertThat(copies.findAll()).noneMatch(copy -> copy.documentId() == document)
        .anyMatch(copy -> copy.documentId() == othersDocument);
  }

  @Test
  void malformedAndPasswordProtectedPdfsAreRefusedNamingTheDocumentAndNothingIsSaved() throws Exception {
    long broken = upload(reference, "broken.pdf", "application/pdf",
        "%PDF-1.7\nthis is not a PDF at all".getBytes(StandardCharsets.US_ASCII));
    long locked = upload(reference, "locked.pdf", "application/pdf", TestPdfs.passwordProtected());
    long marksBefore = marks.count();
    long copiesBefore = copies.count();

    HttpResponse<String> brokenMark = officer().post(marksPath(reference, broken), markJson(SECRET.cover(), redactionId));
    HttpResponse<String> lockedMark = officer().post(marksPath(reference, locked), markJson(SECRET.cover(), redactionId));
    HttpResponse<String> brokenCopy = officer().post(path(reference, "/documents/" + broken + "/redacted-copy"), "");
    HttpResponse<String> lockedCopy = officer().post(path(reference, "/documents/" + locked + "/redacted-copy"), "");

    for (HttpResponse<String> refused : List.of(brokenMark, brokenCopy)) {
      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
      assertThat(refused.body()).contains("broken.pdf", "not a readable PDF", "\"field\":\"documentId\"");
    }
    for (HttpResponse<String> refused : List.of(lockedMark, lockedCopy)) {
      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(refused.body()).contains("locked.pdf", "password-protected");
    }
    assertThat(marks.count()).isEqualTo(marksBefore);
    assertThat(copies.count()).isEqualTo(copiesBefore);
    HttpResponse<String> packRefused = officer().get(path(reference, "/response-pack/summary"));
    assertThat(packRefused.statusCode()).isEqualTo(400);
    assertThat(packRefused.body()).contains("broken.pdf");
  }

  @Test
  void aDocumentThatIsNotAPdfOrAnImageIsRefusedWithAdviceToConvertIt() throws Exception {
    long text = upload(reference, "notes.txt", "text/plain", "Zanzisecret lives here".getBytes(StandardCharsets.UTF_8));

    HttpResponse<String> refused = officer().post(marksPath(reference, text), markJson(SECRET.cover(), redactionId));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("notes.txt", "convert it to PDF first");
  }

  @Test
  void anImageIsRedactedLikeAPage() throws Exception {
    long image = upload(reference, "photo.png", "image/png", TestPdfs.png(400, 300, java.awt.Color.RED, 100, 40, 80, 50));

    HttpResponse<String> marked = officer().post(marksPath(reference, image),
        markJson(Map.of("page", 1, "x", 100, "y", 210, "width", 80, "height", 50), redactionId));
    HttpResponse<String> produced = officer().post(path(reference, "/documents/" + image + "/redacted-copy"), "");

    assertThat(marked.statusCode()).as(marked.body()).isEqualTo(201);
    assertThat(produced.statusCode()).as(produced.body()).isEqualTo(201);
    assertThat(json.readTree(produced.body()).get("pageCount").asInt()).isEqualTo(1);
  }

  @Test
  void aMarkCitingAnotherCasesLogLineOrOnAnotherCasesDocumentIsRefused() throws Exception {
    long document = upload(reference, "records.pdf", "application/pdf", TestPdfs.pdf(1, List.of(SECRET)));
    String other = newCase("Olly Other", "PARENT");
    long othersLine = logLine(other);
    long othersDocument = upload(other, "theirs.pdf", "application/pdf", TestPdfs.pdf(1, List.of()));
    long before = marks.count();

    HttpResponse<String> foreignLine = officer().post(marksPath(reference, document), markJson(SECRET.cover(), othersLine));
    HttpResponse<String> foreignDocument =
        officer().post(marksPath(reference, othersDocument), markJson(SECRET.cover(), redactionId));

    assertThat(foreignLine.statusCode()).isEqualTo(400);
    assertThat(foreignLine.body()).contains("\"field\":\"redactionId\"", "not a line of this case's redaction log");
    assertThat(foreignDocument.statusCode()).isEqualTo(404);
    assertThat(marks.count()).isEqualTo(before);
  }

  @Test
  void aMarkOffThePageOrWithoutSizeIsRefusedNamingTheField() throws Exception {
    long document = upload(reference, "records.pdf", "application/pdf", TestPdfs.pdf(2, List.of()));
    long before = marks.count();

    HttpResponse<String> noPage = officer().post(marksPath(reference, document),
        markJson(Map.of("page", 5, "x", 10, "y", 10, "width", 10, "height", 10), redactionId));
    HttpResponse<String> flat = officer().post(marksPath(reference, document),
        markJson(Map.of("page", 1, "x", 10, "y", 10, "width", 0, "height", 10), redactionId));
    HttpResponse<String> offPage = officer().post(marksPath(reference, document),
        markJson(Map.of("page", 1, "x", 500, "y", 10, "width", 400, "height", 10), redactionId));
    HttpResponse<String> missing = officer().post(marksPath(reference, document), "{\"page\": 1, \"redactionId\": " + redactionId + "}");

    assertThat(noPage.statusCode()).isEqualTo(400);
    assertThat(noPage.body()).contains("\"field\":\"page\"", "between 1 and 2");
    assertThat(flat.statusCode()).isEqualTo(400);
    assertThat(flat.body()).contains("\"field\":\"width\"");
    assertThat(offPage.statusCode()).isEqualTo(400);
    assertThat(offPage.body()).contains("\"field\":\"x\"", "must lie on the page");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body()).contains("\"field\":\"x\"");
    assertThat(marks.count()).isEqualTo(before);
  }

  @Test
  void aMarkOnAPageThatIsNotThereOrPastAnEdgeIsRefusedNamingTheFieldAndLeavesNoTrace() throws Exception {
    long document = upload(reference, "records.pdf", "application/pdf", TestPdfs.pdf(2, List.of()));
    long image = upload(reference, "photo.png", "image/png", TestPdfs.png(400, 300, java.awt.Color.RED, 0, 0, 1, 1));
    long before = marks.count();
    int auditBefore = audit(reference).size();

    HttpResponse<String> pageZero = officer().post(marksPath(reference, document),
        markJson(Map.of("page", 0, "x", 10, "y", 10, "width", 10, "height", 10), redactionId));
    HttpResponse<String> withheldPageNotThere = officer().post(marksPath(reference, document),
        "{\"page\": 3, \"wholePage\": true, \"redactionId\": " + redactionId + "}");
    // A4 is 595 x 842 points
    HttpResponse<String> pastTheTop = officer().post(marksPath(reference, document),
        markJson(Map.of("page", 1, "x", 72, "y", 830, "width", 100, "height", 20), redactionId));
    HttpResponse<String> belowTheBottom = officer().post(marksPath(reference, document),
        markJson(Map.of("page", 2, "x", 72, "y", -30, "width", 100, "height", 20), redactionId));
    HttpResponse<String> leftOfThePage = officer().post(marksPath(reference, document),
        markJson(Map.of("page", 1, "x", -20, "y", 400, "width", 100, "height", 20), redactionId));
    HttpResponse<String> pastTheImage = officer().post(marksPath(reference, image),
        markJson(Map.of("page", 1, "x", 350, "y", 10, "width", 80, "height", 20), redactionId));
    HttpResponse<String> imagePage2 = officer().post(marksPath(reference, image),
        markJson(Map.of("page", 2, "x", 10, "y", 10, "width", 10, "height", 10), redactionId));

    for (HttpResponse<String> refused : List.of(pageZero, withheldPageNotThere)) {
      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(refused.body()).contains("\"field\":\"page\"", "between 1 and 2");
    }
    for (HttpResponse<String> refused : List.of(pastTheTop, belowTheBottom)) {
      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(refused.body()).contains("\"field\":\"y\"", "must lie on the page", "(0.0, 0.0) to (595.3, 841.9)");
    }
    assertThat(leftOfThePage.statusCode()).isEqualTo(400);
    assertThat(leftOfThePage.body()).contains("\"field\":\"x\"");
    assertThat(pastTheImage.statusCode()).isEqualTo(400);
    assertThat(pastTheImage.body()).contains("\"field\":\"x\"", "(0.0, 0.0) to (400.0, 300.0)");
    assertThat(imagePage2.statusCode()).isEqualTo(400);
    assertThat(imagePage2.body()).contains("\"field\":\"page\"", "between 1 and 1");
    assertThat(marks.count()).isEqualTo(before);
    assertThat(audit(reference)).hasSize(auditBefore);
  }

  @Test
  void everyMarkAddedOrRemovedAndEveryCopyMadeIsOnTheCasesAuditTrail() throws Exception {
    long document = upload(reference, "records.pdf", "application/pdf", TestPdfs.pdf(2, List.of(SECRET)));
    HttpResponse<String> refused = officer().post(marksPath(reference, document),
        markJson(Map.of("page", 3, "x", 10, "y", 10, "width", 10, "height", 10), redactionId));
    assertThat(refused.statusCode()).isEqualTo(400);

    long area = json.readTree(officer().post(marksPath(reference, document),
        markJson(Map.of("page", 1, "x", 70, "y", 596, "width", 80.25, "height", 17), redactionId)).body()).get("id").asLong();
    long page = json.readTree(Api.at(port).as("manager").post(marksPath(reference, document),
        "{\"page\": 2, \"wholePage\": true, \"redactionId\": " + redactionId + "}").body()).get("id").asLong();
    assertThat(officer().send("DELETE", marksPath(reference, document) + "/" + area).statusCode()).isEqualTo(204);
    JsonNode copy = json.readTree(officer().post(path(reference, "/documents/" + document + "/redacted-copy"), "").body());

    List<String> trail = audit(reference).stream()
        .filter(entry -> entry.get("action").asText().startsWith("REDACT"))
        .map(entry -> entry.get("actor").asText() + " " + entry.get("action").asText() + ": " + entry.get("detail").asText())
        .toList();
    String line = ", redaction log line " + redactionId;
    assertThat(trail).containsExactly(
        "officer REDACTION_MARK_ADDED: mark " + area + " on document " + document
            + ", page 1, area x 70.0, y 596.0, width 80.3, height 17.0" + line,
        "manager REDACTION_MARK_ADDED: mark " + page + " on document " + document + ", page 2, whole page withheld" + line,
        "officer REDACTION_MARK_REMOVED: mark " + area + " on document " + document
            + ", page 1, area x 70.0, y 596.0, width 80.3, height 17.0" + line,
        "officer REDACTED_COPY_MADE: copy " + copy.get("id").asLong() + " of document " + document
            + ", 1 page(s), SHA-256 " + copy.get("sha256").asText());
  }

  @Test
  void recordOwnersAndAnalystsMayNotRedactOrReadThePackAndStrangersMustSignIn() throws Exception {
    long document = upload(reference, "records.pdf", "application/pdf", TestPdfs.pdf(1, List.of(SECRET)));
    String mark = markJson(SECRET.cover(), redactionId);

    for (String user : List.of("owner", "analyst")) {
      assertThat(Api.at(port).as(user).post(marksPath(reference, document), mark).statusCode()).as(user).isEqualTo(403);
      assertThat(Api.at(port).as(user).get(marksPath(reference, document)).statusCode()).as(user).isEqualTo(403);
      assertThat(Api.at(port).as(user).post(path(reference, "/documents/" + document + "/redacted-copy"), "")
          .statusCode()).as(user).isEqualTo(403);
      assertThat(Api.at(port).as(user).get(path(reference, "/response-pack")).statusCode()).as(user).isEqualTo(403);
      assertThat(Api.at(port).as(user).get(path(reference, "/response-pack/summary")).statusCode()).as(user).isEqualTo(403);
    }
    assertThat(Api.at(port).post(marksPath(reference, document), mark).statusCode()).isEqualTo(401);
    assertThat(Api.at(port).get(path(reference, "/response-pack")).statusCode()).isEqualTo(401);
    assertThat(Api.at(port).as("manager").post(marksPath(reference, document), mark).statusCode()).isEqualTo(201);
  }

  private String newCase(String requester, String relationship) throws IOException {
    return newCase(requester, relationship, "2010-02-01");
  }

  private String newCase(String requester, String relationship, String born) throws IOException {
    HttpResponse<String> created = officer().post("/api/sars", """
        {"receivedOn": "2026-03-02", "channel": "EMAIL",
         "requester": {"name": "%s", "email": "requester@example.org", "relationship": "%s"},
         "subject": {"name": "Sam Child", "dateOfBirth": "%s", "cohort": "CARE_LEAVER"}}
        """.formatted(requester, relationship, born));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json.readTree(created.body()).get("reference").asText();
  }

  private long logLine(String caseReference) throws IOException {
    HttpResponse<String> logged = officer().post(path(caseReference, "/redactions"), """
        {"location": "Social care file", "exemption": "THIRD_PARTY_DATA",
         "reasoning": "Names a sibling; no consent", "consentSought": true, "thirdParty": {"role": "PRIVATE_INDIVIDUAL", "consent": "NO_REPLY", "factorsWeighed": ["STEPS_TO_SEEK_CONSENT", "DUTY_OF_CONFIDENTIALITY"]}}
        """);
    assertThat(logged.statusCode()).as(logged.body()).isEqualTo(201);
    return json.readTree(logged.body()).get("id").asLong();
  }

  private long upload(String caseReference, String name, String type, byte[] content) throws IOException {
    return upload(caseReference, name, type, content, "RESPONSE_BUNDLE");
  }

  private long upload(String caseReference, String name, String type, byte[] content, String kind) throws IOException {
    HttpResponse<String> uploaded = officer().upload(path(caseReference, "/attachments"), Map.of("kind", kind), name, type, content);
    assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
    return json.readTree(uploaded.body()).get("id").asLong();
  }

  /** The case's audit trail, oldest first, as the officer's workspace shows it. */
  private List<JsonNode> audit(String caseReference) throws IOException {
    HttpResponse<String> workspace = officer().get(path(caseReference, "/workspace"));
    assertThat(workspace.statusCode()).as(workspace.body()).isEqualTo(200);
    List<JsonNode> entries = new java.util.ArrayList<>();
    json.readTree(workspace.body()).get("audit").forEach(entries::add);
    return entries;
  }

  private String hash(String caseReference) throws IOException {
    HttpResponse<String> summary = officer().get(path(caseReference, "/response-pack/summary"));
    assertThat(summary.statusCode()).as(summary.body()).isEqualTo(200);
    return json.readTree(summary.body()).get("sha256").asText();
  }

  private String markJson(Map<String, Object> area, long line) throws IOException {
    Map<String, Object> body = new java.util.HashMap<>(area);
    body.put("redactionId", line);
    return json.writeValueAsString(body);
  }

  private static String firstHeading(String resource) throws IOException {
    try (InputStream in = new ClassPathResource(resource).getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElseThrow().substring(2);
    }
  }

  private HttpResponse<byte[]> bytes(String user, String path) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
        .header("Accept", "application/pdf, application/problem+json")
        .GET().build();
    HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
    return response;
  }

  private static String path(String caseReference, String suffix) {
    return "/api/cases/" + caseReference + suffix;
  }

  private static String marksPath(String caseReference, long document) {
    return path(caseReference, "/documents/" + document + "/redaction-marks");
  }

  private Api officer() {
    return Api.at(port).as("officer");
  }
}
