package org.inforights.casework.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Header;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.inforights.casework.casefile.AuditAction;
import org.inforights.casework.casefile.AuditEntry;
import org.inforights.casework.casefile.CaseAccessLog;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.response.TestPdfs;
import org.inforights.casework.sar.SarProcess;
import org.inforights.casework.support.Api;
import org.inforights.casework.support.ApplicationTest;
import org.inforights.casework.support.AsUser;
import org.inforights.casework.support.EngineTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The response's approval and secure delivery, end to end through the API, the process and the
 * requester's public download page: the approved hash, a change after approval sending the case
 * back, the link and code e-mails, downloads recorded, wrong codes locking, expiry, reissue, and
 * the day the response counts as made.
 */
@ApplicationTest
@ExtendWith(EngineTime.class)
class SecureDeliveryApiTest {

  static final String REQUESTER = "Robin Requesterson";
  static final String CHILD = "Sasha Childsworth";
  static final Pattern LINK = Pattern.compile("(/response/[A-Za-z0-9_-]{43})");
  static final Pattern CODE = Pattern.compile("\\b([2-9A-Z]{4}-[2-9A-Z]{4})\\b");
  static final AtomicInteger CLIENTS = new AtomicInteger();

  @RegisterExtension static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired CaseFileService cases;
  @Autowired CaseAccessLog accessLog;
  @Autowired PackApprovalRepository approvalRows;
  @Autowired TransactionTemplate transactions;

  String client;

  @BeforeEach
  void aClientAddressOfItsOwn() {
    EngineTime.today(LocalDate.of(2026, 3, 20));
    client = "10.77.0." + CLIENTS.incrementAndGet();
  }

  // --- approval -------------------------------------------------------------------------------

  @Test
  void approvingRecordsTheHashOfThePackAsItStandsWithWhoAndWhen() throws Exception {
    String reference = atApproval();
    String hash = packHash(reference);

    approve(reference);

    JsonNode status = status(reference);
    assertThat(status.get("approval").get("sha256").asText()).isEqualTo(hash);
    assertThat(status.get("approval").get("approvedBy").asText()).isEqualTo("manager");
    assertThat(status.get("approval").get("approvedAt").asText()).startsWith("2026-03-20");
    assertThat(status.get("changedSinceApproval").asBoolean()).isFalse();
    assertThat(audit(reference)).anySatisfy(entry -> {
      assertThat(entry.action()).isEqualTo(AuditAction.RESPONSE_APPROVED);
      assertThat(entry.actor()).isEqualTo("manager");
      assertThat(entry.detail()).contains(hash);
    });
    assertThat(waitingAt(reference)).containsExactly(SarProcess.TASK_DISPATCH_RESPONSE);
  }

  @Test
  void aPackWithNothingEnclosedIsStillTheApprovedPackTheNextDay() throws Exception {
    String reference = atApproval(false);
    approve(reference);

    EngineTime.today(LocalDate.of(2026, 3, 23));

    assertThat(status(reference).get("changedSinceApproval").asBoolean()).isFalse();
    assertThat(status(reference).get("approval").get("sha256").asText()).isEqualTo(packHash(reference));
  }

  @Test
  void aDocumentAddedAfterApprovalSendsTheCaseBackForApprovalAndNothingCanBeSentMeanwhile() throws Exception {
    String reference = atApproval();
    approve(reference);
    Task dispatch = task(reference, SarProcess.TASK_DISPATCH_RESPONSE);

    upload(reference, TestPdfs.pdf(1, List.of()));

    assertThat(waitingAt(reference)).containsExactly(SarProcess.TASK_APPROVE_RESPONSE);
    assertThat(taskService.createTaskQuery().taskId(dispatch.getId()).count()).isZero();
    JsonNode status = status(reference);
    assertThat(status.get("approval")).isNull();
    assertThat(status.get("approvals").get(0).get("withdrawnReason").asText())
        .startsWith("the pack changed after approval: document");
    assertThat(audit(reference)).anySatisfy(entry -> assertThat(entry.action()).isEqualTo(AuditAction.RESPONSE_APPROVAL_WITHDRAWN));
    HttpResponse<String> postal = officer().get("/api/cases/" + reference + "/delivery/postal-pack");
    assertThat(postal.statusCode()).isEqualTo(409);
    assertThat(postal.body()).contains("is not approved");

    // approved again: the new pack goes
    approve(reference);
    assertThat(status(reference).get("approval").get("sha256").asText()).isEqualTo(packHash(reference));
    assertThat(waitingAt(reference)).containsExactly(SarProcess.TASK_DISPATCH_RESPONSE);
  }

  @Test
  void aDocumentOfAnotherKindLeavesThePackAndItsApprovalAsTheyWere() throws Exception {
    String reference = atApproval();
    approve(reference);

    HttpResponse<String> uploaded = officer().upload("/api/cases/" + reference + "/attachments",
        Map.of("kind", "REQUEST_LETTER"), "letter.pdf", "application/pdf", TestPdfs.pdf(1, List.of()));
    assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);

    assertThat(waitingAt(reference)).containsExactly(SarProcess.TASK_DISPATCH_RESPONSE);
    assertThat(status(reference).get("approval")).isNotNull();
  }

  @Test
  void dispatchIsRefusedWhenThePackDiffersFromTheOneApproved() throws Exception {
    String reference = atApproval();
    approve(reference);
    // an approval of another pack, as if the pack had changed without the case being sent back
    transactions.executeWithoutResult(status -> {
      approvalRows.findFirstByCaseReferenceAndWithdrawnAtIsNullOrderByIdDesc(reference).orElseThrow()
          .withdraw(Instant.now(), "test");
      approvalRows.save(new PackApproval(reference, "0".repeat(64), "manager", Instant.now()));
    });

    HttpResponse<String> refused = officer().post(
        "/engine-rest/task/" + task(reference, SarProcess.TASK_DISPATCH_RESPONSE).getId() + "/complete", """
        {"variables": {"dispatchMethod": {"value": "SECURE_LINK"}, "responseOutcome": {"value": "DISCLOSED"}}}
        """);

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
    assertThat(refused.body()).contains("has changed since manager approved it");
    assertThat(waitingAt(reference)).containsExactly(SarProcess.TASK_DISPATCH_RESPONSE);
  }

  // --- secure delivery ------------------------------------------------------------------------

  @Test
  void theLinkAndTheCodeGoSeparatelyAndNeitherEmailNamesTheRequesterTheChildOrTheCase() throws Exception {
    String reference = atApproval();
    approve(reference);
    Delivered delivered = dispatchBySecureLink(reference);

    List<MimeMessage> sent = delivered.emails();
    assertThat(sent).hasSize(2);
    for (MimeMessage email : sent) {
      // the whole message, headers included (the address is the requester's own, chosen here without their name)
      String whole = GreenMailUtil.getWholeMessage(email);
      assertThat(whole).doesNotContainIgnoringCase("Robin").doesNotContainIgnoringCase("Requesterson")
          .doesNotContainIgnoringCase("Sasha").doesNotContainIgnoringCase("Childsworth")
          .doesNotContain(reference).doesNotContain("SAR-").doesNotContain("2010-02-01")
          .doesNotContainIgnoringCase("subject access");
      for (Header header : Collections.list(email.getAllHeaders())) {
        assertThat(header.getName()).isNotEqualToIgnoringCase("X-Casework-Reference");
      }
    }
    String linkMail = GreenMailUtil.getBody(sent.get(0));
    String codeMail = GreenMailUtil.getBody(sent.get(1));
    assertThat(linkMail).contains(delivered.link()).doesNotContain(delivered.code());
    assertThat(codeMail).contains(delivered.code()).doesNotContain(delivered.link());
  }

  @Test
  void theRightCodeDownloadsTheApprovedPackAndTheDownloadIsRecordedAsProofOfDelivery() throws Exception {
    String reference = atApproval();
    approve(reference);
    String approved = packHash(reference);
    Delivered delivered = dispatchBySecureLink(reference);

    HttpResponse<String> page = raw("GET", delivered.link(), null, null);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<form method=\"post\"", "One-time code", "autocomplete=\"one-time-code\"");
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
        assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'"));
    assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    assertThat(page.headers().firstValue("Set-Cookie")).isEmpty();

    HttpResponse<byte[]> pdf = download(delivered.link(), delivered.code().toLowerCase().replace("-", " "));
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf.body()))).isEqualTo(approved);

    JsonNode status = status(reference);
    assertThat(status.get("downloads").asInt()).isEqualTo(1);
    assertThat(status.get("links").get(0).get("state").asText()).isEqualTo("ACTIVE");
    assertThat(audit(reference)).anySatisfy(entry -> {
      assertThat(entry.action()).isEqualTo(AuditAction.RESPONSE_PACK_DOWNLOADED);
      assertThat(entry.actor()).startsWith("requester (link ");
      assertThat(entry.detail()).contains(approved);
    });
    assertThat(accessLog.of(reference)).anySatisfy(view -> {
      assertThat(view.viewedBy()).startsWith("requester (link ");
      assertThat(view.via()).isEqualTo("secure link download");
    });
  }

  @Test
  void fiveWrongCodesLockTheLinkAndAnOfficersNewLinkReplacesIt() throws Exception {
    String reference = atApproval();
    approve(reference);
    Delivered delivered = dispatchBySecureLink(reference);

    for (int left = 4; left >= 1; left--) {
      HttpResponse<byte[]> wrong = download(delivered.link(), "AAAA-AAAA");
      assertThat(wrong.statusCode()).isEqualTo(403);
      assertThat(new String(wrong.body(), StandardCharsets.UTF_8)).contains("Tries left before the link stops working: " + left);
    }
    HttpResponse<String> blank = raw("POST", delivered.link(), "code=+", null);
    assertThat(blank.statusCode()).as("nothing typed costs no try").isEqualTo(400);
    assertThat(blank.body()).contains("Type the code we sent you");
    HttpResponse<byte[]> fifth = download(delivered.link(), "AAAA-AAAA");
    assertThat(fifth.statusCode()).isEqualTo(423);
    assertThat(new String(fifth.body(), StandardCharsets.UTF_8)).contains("stopped working");
    assertThat(download(delivered.link(), delivered.code()).statusCode()).as("the right code, too late").isEqualTo(423);
    assertThat(status(reference).get("links").get(0).get("state").asText()).isEqualTo("LOCKED");

    mail.reset();
    HttpResponse<String> reissued = officer().post("/api/cases/" + reference + "/delivery/links", "");
    assertThat(reissued.statusCode()).as(reissued.body()).isEqualTo(201);
    Delivered fresh = sentLinkAndCode();

    HttpResponse<byte[]> old = download(delivered.link(), delivered.code());
    assertThat(old.statusCode()).isEqualTo(410);
    assertThat(new String(old.body(), StandardCharsets.UTF_8)).contains("replaced by a newer one");
    assertThat(download(fresh.link(), fresh.code()).statusCode()).isEqualTo(200);
  }

  @Test
  void aLinkAnswers410OnceItsDaysArePast() throws Exception {
    String reference = atApproval();
    approve(reference);
    Delivered delivered = dispatchBySecureLink(reference);

    EngineTime.today(LocalDate.of(2026, 4, 18)); // 29 days on
    assertThat(download(delivered.link(), delivered.code()).statusCode()).isEqualTo(200);
    EngineTime.today(LocalDate.of(2026, 4, 20)); // 31 days on
    HttpResponse<byte[]> expired = download(delivered.link(), delivered.code());

    assertThat(expired.statusCode()).isEqualTo(410);
    assertThat(new String(expired.body(), StandardCharsets.UTF_8)).contains("expired");
    assertThat(status(reference).get("links").get(0).get("state").asText()).isEqualTo("EXPIRED");
  }

  @Test
  void aLinkOpensOnlyItsOwnCasesPackAnotherCasesCodeIsAWrongCode() throws Exception {
    String first = atApproval();
    approve(first);
    Delivered firstLink = dispatchBySecureLink(first);
    String second = atApproval();
    approve(second);
    Delivered secondLink = dispatchBySecureLink(second);

    HttpResponse<byte[]> crossed = download(firstLink.link(), secondLink.code());

    assertThat(crossed.statusCode()).isEqualTo(403);
    assertThat(status(first).get("links").get(0).get("failedAttempts").asInt()).isEqualTo(1);
    assertThat(status(second).get("downloads").asInt()).isZero();
    HttpResponse<byte[]> own = download(secondLink.link(), secondLink.code());
    assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(own.body())))
        .isEqualTo(status(second).get("approval").get("sha256").asText());
  }

  @Test
  void guessingFromOneAddressIsThrottledAndAPostFromAnotherSiteIsRefused() throws Exception {
    for (int i = 0; i < 20; i++) {
      assertThat(download("/response/" + "x".repeat(43), "AAAA-AAAA").statusCode()).isEqualTo(404);
    }
    HttpResponse<byte[]> throttled = download("/response/" + "x".repeat(43), "AAAA-AAAA");
    assertThat(throttled.statusCode()).isEqualTo(429);
    assertThat(throttled.headers().firstValue("Retry-After")).isPresent();

    client = "10.78.0." + CLIENTS.incrementAndGet();
    HttpResponse<String> crossSite = raw("POST", "/response/" + "y".repeat(43), "code=AAAAAAAA", "https://elsewhere.example");
    assertThat(crossSite.statusCode()).isEqualTo(403);
  }

  @Test
  void withTheCodeByLetterOnlyTheLinkIsEmailedAndTheOfficerPrintsTheCodeOnce(
      @Autowired DeliveryLinkRepository linkRows, @Autowired ResponseApprovals approvals,
      @Autowired org.inforights.casework.response.ResponsePack pack,
      @Autowired org.inforights.casework.response.ResponseLetters printed,
      @Autowired org.inforights.casework.letters.Letters letters, @Autowired java.time.Clock clock,
      @Autowired org.springframework.transaction.PlatformTransactionManager transactionManager) throws Exception {
    String reference = atApproval();
    approve(reference);
    SecureDelivery byLetter = new SecureDelivery(linkRows, approvals, pack, printed, letters, cases, accessLog,
        new DeliveryProperties(CodeRoute.LETTER, 30, URI.create("https://casework.council.example"), 5, 20,
            java.time.Duration.ofMinutes(15)),
        clock, transactionManager);

    SecureDelivery.Issued issued = byLetter.issue(reference, "officer");

    assertThat(issued.codeRoute()).isEqualTo(CodeRoute.LETTER);
    MimeMessage[] sent = mail.getReceivedMessagesForDomain("contact-7@example.org");
    assertThat(sent).hasSize(1);
    String linkMail = GreenMailUtil.getBody(sent[0]);
    assertThat(linkMail).contains("https://casework.council.example/response/");
    assertThat(CODE.matcher(linkMail).find()).as("no code in the link's e-mail").isFalse();
    byte[] letter = byLetter.takeCodeLetter(reference).orElseThrow();
    String text = TestPdfs.text(letter);
    assertThat(text).contains("Your access code", REQUESTER, "19 April 2026");
    assertThat(byLetter.takeCodeLetter(reference)).as("printed once").isEmpty();
    Matcher code = CODE.matcher(text);
    assertThat(code.find()).isTrue();
    Matcher link = LINK.matcher(linkMail);
    assertThat(link.find()).isTrue();
    assertThat(download(link.group(1), code.group(1)).statusCode()).isEqualTo(200);
    assertThat(audit(reference)).anySatisfy(entry -> {
      assertThat(entry.action()).isEqualTo(AuditAction.SECURE_CODE_LETTER_PRINTED);
      assertThat(entry.actor()).isEqualTo("system");
    });
  }

  // --- closing and the compliance report --------------------------------------------------------

  @Test
  void theResponseCountsAsMadeOnTheDayTheLinkMadeItAvailable() throws Exception {
    String reference = atApproval();
    approve(reference);
    long aprilBefore = closedIn("2026-04-01", "2026-04-30");
    // the officer dispatches on a Tuesday; the link is issued (the pack made available) on Wednesday
    EngineTime.today(LocalDate.of(2026, 3, 31));
    completeDispatch(reference, Map.of(SarProcess.DISPATCH_METHOD, "SECURE_LINK", SarProcess.DISPATCHED_ON, "2026-03-25",
        SarProcess.RESPONSE_OUTCOME, "DISCLOSED"));
    EngineTime.today(LocalDate.of(2026, 4, 1));
    runIssueJob(reference);

    JsonNode view = json.readTree(officer().get("/api/cases/" + reference).body());
    assertThat(view.get("status").asText()).isEqualTo("CLOSED");
    assertThat(view.get("closedOn").asText()).isEqualTo("2026-04-01");
    assertThat(closedIn("2026-04-01", "2026-04-30")).isEqualTo(aprilBefore + 1);
  }

  @Test
  void aResponseSentAnotherWayIsDatedByTheOfficerButNeverBeforeItsApprovalNorInTheFuture() throws Exception {
    String reference = atApproval();
    approve(reference);
    Task dispatch = task(reference, SarProcess.TASK_DISPATCH_RESPONSE);
    for (String day : List.of("2026-03-19", "2026-03-21")) {
      HttpResponse<String> refused = officer().post("/engine-rest/task/" + dispatch.getId() + "/complete", """
          {"variables": {"dispatchMethod": {"value": "POST"}, "dispatchedOn": {"value": "%s"},
                         "responseOutcome": {"value": "DISCLOSED"}}}
          """.formatted(day));
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
      assertThat(refused.body()).contains("Sent on (dispatchedOn) must not be");
    }
    HttpResponse<byte[]> postal = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/cases/" + reference + "/delivery/postal-pack"))
            .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                "officer:officer".getBytes(StandardCharsets.UTF_8)))
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(postal.statusCode()).isEqualTo(200);
    String text = TestPdfs.text(postal.body());
    assertThat(text).contains("Our response to your request", REQUESTER, "sent by post on 20 March 2026");

    completeDispatch(reference, Map.of(SarProcess.DISPATCH_METHOD, "POST", SarProcess.DISPATCHED_ON, "2026-03-20",
        SarProcess.RESPONSE_OUTCOME, "DISCLOSED"));
    assertThat(json.readTree(officer().get("/api/cases/" + reference).body()).get("closedOn").asText())
        .isEqualTo("2026-03-20");
  }

  @Test
  void theCaseTabShowsTheResponsePackSectionFromItsOwnScript() {
    org.inforights.casework.support.Webapp webapp = org.inforights.casework.support.Webapp.at(port);
    HttpResponse<String> section = webapp.get("/camunda/app/tasklist/case-workspace/response.js");
    HttpResponse<String> workspace = webapp.get("/camunda/app/tasklist/case-workspace/workspace.js");

    assertThat(section.statusCode()).isEqualTo(200);
    assertThat(section.body()).contains("export function responsePack", "/delivery", "/response-pack", "/delivery/links",
        "/delivery/code-letter", "/delivery/postal-pack");
    assertThat(workspace.body()).contains("from './response.js'", "responsePack(ws.reference");
  }

  // --- the case, its process and the requester's client ----------------------------------------

  /** A SAR with one response document, waiting for the manager's approval. */
  private String atApproval() throws Exception {
    return atApproval(true);
  }

  private String atApproval(boolean withDocument) throws Exception {
    HttpResponse<String> created = officer().post("/api/sars", """
        {"receivedOn": "2026-03-02", "channel": "EMAIL",
         "requester": {"name": "%s", "email": "contact-7@example.org", "relationship": "PARENT"},
         "subject": {"name": "%s", "dateOfBirth": "2010-02-01", "cohort": "LOOKED_AFTER"}}
        """.formatted(REQUESTER, CHILD));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String reference = json.readTree(created.body()).get("reference").asText();
    runtimeService.createProcessInstanceQuery().rootProcessInstances().processInstanceBusinessKey(reference).list()
        .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "set up for the test"));
    runtimeService.createProcessInstanceByKey(SarProcess.KEY).businessKey(reference)
        .startBeforeActivity(SarProcess.TASK_APPROVE_RESPONSE)
        .setVariables(Map.of(SarProcess.CASE_REFERENCE, reference, "dueAt", new Date()))
        .execute();
    if (withDocument) {
      upload(reference, TestPdfs.pdf(2, List.of()));
    }
    mail.reset();
    return reference;
  }

  private void approve(String reference) {
    AsUser.complete(identityService, taskService, task(reference, SarProcess.TASK_APPROVE_RESPONSE), "manager",
        Map.of(SarProcess.APPROVAL_DECISION, "APPROVED"));
  }

  record Delivered(String link, String code, List<MimeMessage> emails) {}

  private Delivered dispatchBySecureLink(String reference) throws Exception {
    mail.reset();
    completeDispatch(reference, Map.of(SarProcess.DISPATCH_METHOD, "SECURE_LINK", SarProcess.RESPONSE_OUTCOME, "DISCLOSED"));
    runIssueJob(reference);
    return sentLinkAndCode();
  }

  private Delivered sentLinkAndCode() throws Exception {
    List<MimeMessage> sent = new ArrayList<>(List.of(mail.getReceivedMessagesForDomain("contact-7@example.org")));
    assertThat(sent).hasSize(2);
    Matcher link = LINK.matcher(GreenMailUtil.getBody(sent.get(0)));
    Matcher code = CODE.matcher(GreenMailUtil.getBody(sent.get(1)));
    assertThat(link.find()).as("a link in %s", GreenMailUtil.getBody(sent.get(0))).isTrue();
    assertThat(code.find()).as("a code in %s", GreenMailUtil.getBody(sent.get(1))).isTrue();
    return new Delivered(link.group(1), code.group(1), sent);
  }

  private void completeDispatch(String reference, Map<String, Object> variables) {
    AsUser.complete(identityService, taskService, task(reference, SarProcess.TASK_DISPATCH_RESPONSE), "officer", variables);
  }

  private void runIssueJob(String reference) {
    String instance =
        runtimeService.createProcessInstanceQuery().rootProcessInstances().processInstanceBusinessKey(reference).singleResult().getId();
    Job job = managementService.createJobQuery().processInstanceId(instance)
        .activityId(SarProcess.TASK_ISSUE_SECURE_LINK).singleResult();
    assertThat(job).as("the link's job").isNotNull();
    managementService.executeJob(job.getId());
  }

  private Task task(String reference, String activity) {
    return taskService.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(activity).singleResult();
  }

  private List<String> waitingAt(String reference) {
    return taskService.createTaskQuery().processInstanceBusinessKey(reference).list().stream()
        .map(Task::getTaskDefinitionKey).toList();
  }

  private void upload(String reference, byte[] pdf) {
    HttpResponse<String> uploaded = officer().upload("/api/cases/" + reference + "/attachments",
        Map.of("kind", "RESPONSE_BUNDLE"), "records.pdf", "application/pdf", pdf);
    assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
  }

  private String packHash(String reference) throws Exception {
    return json.readTree(officer().get("/api/cases/" + reference + "/response-pack/summary").body()).get("sha256").asText();
  }

  private JsonNode status(String reference) throws Exception {
    HttpResponse<String> status = officer().get("/api/cases/" + reference + "/delivery");
    assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
    return json.readTree(status.body());
  }

  private long closedIn(String from, String to) throws Exception {
    HttpResponse<String> report =
        Api.at(port).as("manager").get("/api/reports/compliance?type=SAR&from=" + from + "&to=" + to);
    assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
    long closed = 0;
    for (JsonNode row : json.readTree(report.body())) {
      closed += row.get("closed").asLong();
    }
    return closed;
  }

  private List<AuditEntry> audit(String reference) {
    return transactions.execute(status -> List.copyOf(cases.get(reference).audit()));
  }

  private Api officer() {
    return Api.at(port).as("officer");
  }

  private HttpResponse<byte[]> download(String link, String code) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + link))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-Forwarded-For", client)
        .POST(HttpRequest.BodyPublishers.ofString("code=" + URLEncoder.encode(code, StandardCharsets.UTF_8)))
        .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpResponse<String> raw(String method, String path, String form, String origin) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("X-Forwarded-For", client);
    if (origin != null) {
      request.header("Origin", origin);
    }
    if (form != null) {
      request.header("Content-Type", "application/x-www-form-urlencoded");
    }
    request.method(method, form == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(form));
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
