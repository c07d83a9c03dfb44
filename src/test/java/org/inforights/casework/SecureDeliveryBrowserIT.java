package org.inforights.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inforights.casework.support.BrowserSession.expect;
import static org.inforights.casework.support.BrowserSession.screenshot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Date;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.inforights.casework.sar.SarProcess;
import org.inforights.casework.support.Api;
import org.inforights.casework.support.ApplicationTest;
import org.inforights.casework.support.AsUser;
import org.inforights.casework.support.BrowserSession;
import org.inforights.casework.support.Chromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The requester's side of secure delivery in the machine's headless Chromium: the page the e-mailed
 * link opens, with no sign-in, refuses a wrong code in its alert region and downloads the approved
 * pack for the right one. The case is set up through the application's API and process, as
 * {@link BrowserJourneysIT} does; screenshots go to {@code target/browser-screenshots/}.
 */
@ExtendWith(Chromium.Required.class)
@ApplicationTest
class SecureDeliveryBrowserIT {

  static final Pattern LINK = Pattern.compile("(/response/[A-Za-z0-9_-]{43})");
  static final Pattern CODE = Pattern.compile("\\b([2-9A-Z]{4}-[2-9A-Z]{4})\\b");

  @RegisterExtension static final BrowserSession browser = new BrowserSession();

  @RegisterExtension static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;

  @Test
  void theRequesterTypesTheCodeOnThePageTheLinkOpensAndDownloadsTheApprovedPack() throws Exception {
    String reference = approvedAndSentByLink();
    MimeMessage[] sent = mail.getReceivedMessagesForDomain("delivery-browser@example.org");
    Matcher link = LINK.matcher(GreenMailUtil.getBody(sent[0]));
    Matcher code = CODE.matcher(GreenMailUtil.getBody(sent[1]));
    assertThat(link.find()).isTrue();
    assertThat(code.find()).isTrue();
    String approved = json.readTree(Api.at(port).as("officer").get("/api/cases/" + reference + "/delivery").body())
        .get("approval").get("sha256").asText();

    Page page = browser.newPage();
    page.navigate("http://localhost:" + port + link.group(1));
    expect(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Download your response"))).isVisible();
    screenshot(page, "requester-1-download-page");

    page.getByLabel("One-time code").fill("AAAA-AAAA");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Download")).click();
    expect(page.getByRole(AriaRole.ALERT)).containsText("That code is not right");
    expect(page.getByRole(AriaRole.ALERT)).containsText("Tries left before the link stops working: 4");
    screenshot(page, "requester-2-wrong-code");

    page.getByLabel("One-time code").fill(code.group(1).toLowerCase());
    Download download = page.waitForDownload(() ->
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Download")).click());
    Path saved = download.path();
    assertThat(download.suggestedFilename()).isEqualTo("response.pdf");
    assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(saved))))
        .isEqualTo(approved);
    expect(page.getByRole(AriaRole.ALERT)).containsText("Your response has been downloaded");
    screenshot(page, "requester-3-downloaded");

    HttpResponse<String> status = Api.at(port).as("officer").get("/api/cases/" + reference + "/delivery");
    assertThat(json.readTree(status.body()).get("downloads").asInt()).isEqualTo(1);
    assertThat(page.context().cookies()).as("the page sets no cookie").isEmpty();
  }

  /** A SAR with one response document, approved, dispatched by secure link, the link issued. */
  private String approvedAndSentByLink() throws Exception {
    HttpResponse<String> created = Api.at(port).as("officer").post("/api/sars", """
        {"channel": "EMAIL",
         "requester": {"name": "Browser Requester", "email": "delivery-browser@example.org", "relationship": "SELF"},
         "subject": {"name": "Browser Requester", "dateOfBirth": "2009-02-01", "cohort": "CARE_LEAVER"}}
        """);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String reference = json.readTree(created.body()).get("reference").asText();
    runtimeService.createProcessInstanceQuery().rootProcessInstances().processInstanceBusinessKey(reference).list()
        .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "set up for the test"));
    String instance = runtimeService.createProcessInstanceByKey(SarProcess.KEY).businessKey(reference)
        .startBeforeActivity(SarProcess.TASK_APPROVE_RESPONSE)
        .setVariables(Map.of(SarProcess.CASE_REFERENCE, reference, "dueAt", new Date()))
        .execute().getId();
    HttpResponse<String> uploaded = Api.at(port).as("officer").upload("/api/cases/" + reference + "/attachments",
        Map.of("kind", "RESPONSE_BUNDLE"), "records.pdf", "application/pdf", onePagePdf());
    assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
    AsUser.complete(identityService, taskService, task(instance, SarProcess.TASK_APPROVE_RESPONSE), "manager",
        Map.of(SarProcess.APPROVAL_DECISION, "APPROVED"));
    AsUser.complete(identityService, taskService, task(instance, SarProcess.TASK_DISPATCH_RESPONSE), "officer",
        Map.of(SarProcess.DISPATCH_METHOD, SarProcess.DISPATCH_BY_SECURE_LINK, SarProcess.RESPONSE_OUTCOME, "DISCLOSED"));
    managementService.executeJob(managementService.createJobQuery().processInstanceId(instance)
        .activityId(SarProcess.TASK_ISSUE_SECURE_LINK).singleResult().getId());
    return reference;
  }

  private static byte[] onePagePdf() throws IOException {
    try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
      document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  private Task task(String instance, String activity) {
    return taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(activity).singleResult();
  }



}
