package org.inforights.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inforights.casework.support.BrowserSession.expect;
import static org.inforights.casework.support.BrowserSession.screenshot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.inforights.casework.disclosure.DisclosureProcess;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.inforights.casework.casefile.AuditAction;
import org.inforights.casework.casefile.CaseFile;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.casefile.Cohort;
import org.inforights.casework.casefile.CaseView;
import org.inforights.casework.deadline.process.BreachIncidents;
import org.inforights.casework.sar.SarProcess;
import org.inforights.casework.caseprocess.DeadlineLadder;
import org.inforights.casework.support.CalledProcesses;
import org.inforights.casework.support.Api;
import org.inforights.casework.support.ApplicationTest;
import org.inforights.casework.support.AsUser;
import org.inforights.casework.support.BrowserSession;
import org.inforights.casework.support.Chromium;
import org.inforights.casework.support.EngineTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each role's work in the real Camunda webapps, in the machine's headless Chromium against the
 * running application: no page is mocked. Every journey sets up the cases it needs through the
 * application's API and services, so journeys do not depend on each other or on demo data, and
 * leaves screenshots of its steps in {@code target/browser-screenshots/}. Without Chromium they are
 * skipped, or fail when the build asks for them ({@code -Dcasework.browser-tests=required}).
 */
@ExtendWith(Chromium.Required.class)
@ApplicationTest
class BrowserJourneysIT {


  @RegisterExtension static final BrowserSession browser = new BrowserSession();

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired CaseFileService cases;
  @Autowired TransactionTemplate transaction;

  /**
   * One subject access request from the start form to dispatch, every step by its role in Tasklist
   * and its Case tab: nothing is done through the API. The test reads results back from the
   * engine and the case file, and moves past the acknowledgement letter (no mail server here).
   */
  @Test
  void aSubjectAccessRequestIsWorkedFromTheStartFormToDispatchInTasklistOnly() {
    // 1. the officer registers the request from Tasklist's start form
    Date before = new Date(System.currentTimeMillis() - 1000);
    Page officer = signIn("tasklist", "officer");
    officer.getByText("Start process").click();
    officer.getByText("Subject access request").first().click();
    officer.locator(".fjs-container").waitFor();
    choose(officer, "How it reached us", "E-mail");
    officer.getByLabel("Requester's name").fill("Morgan Journey");
    officer.getByLabel("Requester's e-mail").fill("morgan.journey@example.org");
    choose(officer, "Requester is", "Parent");
    officer.getByLabel("Child's name").fill("Riley Journey");
    officer.getByLabel("Child's date of birth").fill("04/01/2018");
    // moving on to another field closes the date picker
    officer.getByLabel("What is asked for").click();
    choose(officer, "Child's relationship with children's services", "Child in need");
    officer.getByLabel("What is asked for").fill("Riley's social care file since 2020");
    expect(officer.getByLabel("Child's date of birth")).hasValue("4/1/2018");
    screenshot(officer, "sar-1-officer-start-form");
    // the Community Edition's "migrate to Camunda 8" banner is for operators, hidden by user-styles.css
    assertThat(officer.locator(".ce-eol-banner").count() == 0 || !officer.locator(".ce-eol-banner").first().isVisible())
        .as("the migration banner is hidden").isTrue();
    officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start")).click();
    expect(officer.getByText("The process has been started.")).isVisible();

    HistoricProcessInstance started =
        historyService.createHistoricProcessInstanceQuery().processDefinitionKey(SarProcess.KEY).startedBy("officer")
            .startedAfter(before).singleResult();
    assertThat(started).as("the request the officer started").isNotNull();
    String instance = started.getId();
    String reference = started.getBusinessKey();
    CaseView registered = cases.view(reference);
    assertThat(registered.receivedOn()).isEqualTo(LocalDate.now(EngineTime.LONDON));
    CaseFile file = cases.get(reference);
    assertThat(file.subject().dateOfBirth()).isEqualTo(LocalDate.of(2018, 4, 1));
    assertThat(file.subject().cohort()).isEqualTo(Cohort.CHILD_IN_NEED);
    pastAcknowledgement(instance);

    // 2. the officer verifies identity: uploads the evidence in the Case tab, sees who asks and how,
    // opens the evidence in place, then completes the form
    openTask(officer, task(instance, SarProcess.TASK_VERIFY_IDENTITY));
    expect(officer.getByText("Case " + reference)).isVisible();
    expect(officer.getByText("Due: " + registered.dueOnExplanation())).isVisible();
    officer.getByText("Claim").click();
    Locator workspace = caseTab(officer);
    Locator requester = workspace.locator("#case-people");
    expect(requester).containsText("Morgan Journey");
    expect(requester).containsText("parent");
    expect(requester).containsText("morgan.journey@example.org");
    expect(requester).containsText("email");
    upload(officer, "IDENTITY_EVIDENCE", "passport.png", "image/png", Documents.png());
    Locator evidence = officer.locator("#case-documents-list tr").filter(new Locator.FilterOptions().setHasText("passport.png"));
    expect(evidence).containsText("identity evidence");
    evidence.getByText("Preview").click();
    Locator preview = officer.locator(".case-preview-area img.case-preview");
    expect(preview).isVisible();
    assertThat(((Number) preview.evaluate("image => image.decode().then(() => image.naturalWidth)")).intValue())
        .as("the evidence is shown, not a broken image").isEqualTo(Documents.PNG_WIDTH);
    preview.scrollIntoViewIfNeeded();
    screenshot(officer, "sar-2-officer-case-tab-identity-evidence");
    formTab(officer);
    officer.getByText("Identity and authority verified").click();
    // a parent asks for a child: who holds parental responsibility, and the child's legal status
    choose(officer, "The requester's parental responsibility", "Birth mother");
    choose(officer, "The child's legal status", "No order");
    screenshot(officer, "sar-3-officer-verify-identity");
    complete(officer);
    assertThat(finishedBy(instance, SarProcess.TASK_VERIFY_IDENTITY)).isEqualTo("officer");

    // the child's competence is assessed whatever the age (England and Wales)
    openTask(officer, task(instance, SarProcess.TASK_ASSESS_COMPETENCE));
    officer.getByText("Claim").click();
    officer.getByText("The child's level of maturity").click();
    officer.getByText("The child cannot yet understand their rights").click();
    complete(officer);
    assertThat(finishedBy(instance, SarProcess.TASK_ASSESS_COMPETENCE)).isEqualTo("officer");
    assertThat(transaction.<Boolean>execute(status -> cases.get(reference).audit().stream().anyMatch(entry ->
        entry.action() == AuditAction.DOCUMENT_ADDED && entry.actor().equals("officer")
            && entry.detail().startsWith("IDENTITY_EVIDENCE"))))
        .as("the upload is on the audit trail as the officer's").isTrue();

    // 3. the record owners search their systems: the child's name and date of birth in the Case tab,
    // the records found uploaded there; never the requester or the identity evidence
    Page owner = signIn("tasklist", "owner");
    List<Task> searches = tasks(instance, SarProcess.TASK_SEARCH_RECORDS);
    assertThat(searches).hasSize(4);
    for (int i = 0; i < searches.size(); i++) {
      openTask(owner, searches.get(i));
      owner.getByText("Claim").click();
      if (i == 0) {
        Locator ownersView = caseTab(owner);
        expect(ownersView.locator("#case-children")).containsText("Riley Journey");
        expect(ownersView.locator("#case-children")).containsText("2018-04-01");
        expect(ownersView).not().containsText("Morgan Journey");
        expect(ownersView).not().containsText("passport.png");
        assertThat(owner.locator(".case-upload select[name=kind] option[value=IDENTITY_EVIDENCE]").count())
            .as("a record owner is not offered a kind of document they could not open again").isZero();
        upload(owner, "RESPONSE_BUNDLE", "social-care-file.pdf", "application/pdf", Documents.pdf("Riley's social care file"));
        expect(owner.locator("#case-documents-list")).containsText("social-care-file.pdf");
        ownersView.locator("#case-children").scrollIntoViewIfNeeded();
        screenshot(owner, "sar-4-owner-case-tab-child-and-records");
        formTab(owner);
        owner.getByText("Records found").click();
        owner.getByLabel("Number of records located").fill("12");
        screenshot(owner, "sar-5-owner-search-records");
      }
      complete(owner);
    }
    assertThat(tasks(instance, SarProcess.TASK_SEARCH_RECORDS)).isEmpty();

    // 4. the officer reviews the records and logs each redaction beside the documents
    officer = signIn("tasklist", "officer");
    openTask(officer, task(instance, SarProcess.TASK_REVIEW_AND_REDACT));
    officer.getByText("Claim").click();
    caseTab(officer);
    expect(officer.locator("#case-documents-list")).containsText("social-care-file.pdf");
    Locator line = officer.locator("form.case-redaction-form");
    line.locator("input[name=location]").fill("Social care file, page 1, paragraph 2");
    line.locator("select[name=exemption]").selectOption("THIRD_PARTY_DATA");
    line.locator("textarea[name=reasoning]").fill("Names a neighbour who reported a concern");
    // a third party's line says who they are and what was weighed (DPA 2018 Sch 2 Pt 3 para 16(3))
    line.locator("select[name=thirdPartyRole]").selectOption("PRIVATE_INDIVIDUAL");
    line.locator("select[name=thirdPartyConsent]").selectOption("NOT_SOUGHT");
    line.locator("input[name=factorsWeighed][value=TYPE_OF_INFORMATION]").check();
    line.locator("input[name=factorsWeighed][value=DUTY_OF_CONFIDENTIALITY]").check();
    line.getByText("Add line").click();
    Locator log = officer.locator("#case-redactions");
    expect(log).containsText("Social care file, page 1, paragraph 2");
    expect(log).containsText("Names a neighbour who reported a concern");
    expect(log).containsText("not sought (private individual)");
    log.scrollIntoViewIfNeeded();
    screenshot(officer, "sar-6-officer-redaction-log");
    formTab(officer);
    officer.locator(".fjs-form-field-radio").filter(new Locator.FilterOptions().setHasText("data concerning health"))
        .getByText("No", new Locator.GetByTextOptions().setExact(true)).click();
    officer.getByText("Every redaction is in the redaction log").click();
    complete(officer);

    // 5. the manager sees the documents and the redaction log before approving
    Page manager = signIn("tasklist", "manager");
    openTask(manager, task(instance, SarProcess.TASK_APPROVE_RESPONSE));
    manager.getByText("Claim").click();
    caseTab(manager);
    expect(manager.locator("#case-documents-list")).containsText("social-care-file.pdf");
    expect(manager.locator("#case-redactions")).containsText("Names a neighbour who reported a concern");
    expect(manager.locator("#case-redactions")).containsText("Sch 2 Pt 3 para 16");
    // the audit trail: who did what, when
    Locator audit = manager.locator("#case-audit");
    expect(audit.locator("tr").filter(new Locator.FilterOptions().setHasText("owner")).filter(
        new Locator.FilterOptions().setHasText("document added"))).containsText("RESPONSE_BUNDLE");
    expect(audit.locator("tr").filter(new Locator.FilterOptions().setHasText("step completed")).filter(
        new Locator.FilterOptions().setHasText("Review and redact"))).containsText("officer");
    expect(audit.locator("tr").filter(new Locator.FilterOptions().setHasText("step completed")).filter(
        new Locator.FilterOptions().setHasText("Search records system")).first()).containsText("owner");
    manager.locator("#case-redactions").evaluate("log => log.scrollIntoView({block: 'center'})");
    screenshot(manager, "sar-7-manager-case-tab-documents-and-redactions");
    formTab(manager);
    manager.getByText("Approve for dispatch").click();
    screenshot(manager, "sar-8-manager-approve-response");
    complete(manager);

    // 6. the officer dispatches; the case closes
    officer = signIn("tasklist", "officer");
    openTask(officer, task(instance, SarProcess.TASK_DISPATCH_RESPONSE));
    officer.getByText("Claim").click();
    choose(officer, "Sent by", "Secure e-mail");
    LocalDate today = LocalDate.now(EngineTime.LONDON);
    officer.getByLabel("Sent on").fill(today.getMonthValue() + "/" + today.getDayOfMonth() + "/" + today.getYear());
    choose(officer, "Outcome", "Disclosed with redactions or exemptions");
    screenshot(officer, "sar-9-officer-dispatch");
    complete(officer);

    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance).finished().count())
        .as("the case's process ended").isEqualTo(1);
    CaseFile closed = cases.get(reference);
    assertThat(closed.status().name()).isEqualTo("CLOSED");
    assertThat(closed.closedOn()).isEqualTo(today);
    for (String[] step : new String[][] {
        {SarProcess.TASK_VERIFY_IDENTITY, "officer"}, {SarProcess.TASK_REVIEW_AND_REDACT, "officer"},
        {SarProcess.TASK_APPROVE_RESPONSE, "manager"}, {SarProcess.TASK_DISPATCH_RESPONSE, "officer"}}) {
      assertThat(finishedBy(instance, step[0])).as(step[0]).isEqualTo(step[1]);
    }
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(instance)
        .taskDefinitionKey(SarProcess.TASK_SEARCH_RECORDS).finished().list())
        .hasSize(4).allMatch(search -> "owner".equals(search.getAssignee()));
  }

  /**
   * One police request through triage and two approvals (the routing table names an officer, then a
   * manager), every step in Tasklist: each approver sees in the Case tab who asks for what, about
   * whom, under which power, before deciding.
   */
  @Test
  void aDisclosureRequestIsTriagedAndApprovedTwiceInTasklistOnly() {
    // 1. the officer registers the request from the start form
    Date before = new Date(System.currentTimeMillis() - 1000);
    Page officer = signIn("tasklist", "officer");
    officer.getByText("Start process").click();
    officer.getByText("Disclosure approval").first().click();
    officer.locator(".fjs-container").waitFor();
    choose(officer, "Requester type", "Police");
    field(officer, "Requesting organisation").fill("Example Constabulary");
    field(officer, "Requesting officer").fill("DC Alex Journey");
    field(officer, "Officer's role").fill("Detective Constable");
    field(officer, "Officer's e-mail").fill("alex.journey@police.example");
    field(officer, "Authorising officer").fill("Insp Sam Journey");
    choose(officer, "Authorising officer's rank", "Inspector");
    choose(officer, "Legal power or exemption relied on", "prevention or detection of crime");
    field(officer, "Purpose").fill("Investigation of an assault on the child");
    field(officer, "Data asked for").fill("Dates of contact with children's social care in 2025");
    officer.getByText("Social care", new Page.GetByTextOptions().setExact(true)).click();
    officer.getByText("One child", new Page.GetByTextOptions().setExact(true)).click();
    field(officer, "Child's name").fill("Jesse Journey");
    field(officer, "Child's date of birth").fill("09/15/2014");
    field(officer, "How the requester will keep it secure").click();
    choose(officer, "Most sensitive data asked for", "Standard");
    field(officer, "How the requester will keep it secure").fill("Secure police e-mail, case file only");
    field(officer, "How long the requester will keep it").fill("The life of the investigation");
    officer.getByText("Routine", new Page.GetByTextOptions().setExact(true)).click();
    screenshot(officer, "disclosure-1-officer-start-form");
    officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start")).click();
    expect(officer.getByText("The process has been started.")).isVisible();

    HistoricProcessInstance started =
        historyService.createHistoricProcessInstanceQuery().processDefinitionKey(DisclosureProcess.KEY).startedBy("officer")
            .startedAfter(before).singleResult();
    assertThat(started).as("the request the officer started").isNotNull();
    String instance = started.getId();
    String reference = started.getBusinessKey();
    runtimeService.createProcessInstanceModification(instance)
        .cancelAllForActivity(DisclosureProcess.TASK_SEND_ACKNOWLEDGEMENT)
        .startBeforeActivity(DisclosureProcess.TASK_TRIAGE_REQUEST)
        .execute();

    // 2. triage: the officer accepts it, saying why sharing is necessary
    openTask(officer, task(instance, DisclosureProcess.TASK_TRIAGE_REQUEST));
    officer.getByText("Claim").click();
    Locator request = caseTab(officer).locator("#case-people");
    expect(request).containsText("Example Constabulary");
    expect(request).containsText("Jesse Journey");
    formTab(officer);
    officer.getByText("Accept: complete and specific").click();
    field(officer, "Why is sharing necessary and proportionate for the purpose?")
        .fill("The dates are needed to establish when the child was seen");
    screenshot(officer, "disclosure-2-officer-triage");
    complete(officer);

    // 3. two approvals, officer then manager, each after reading the request in the Case tab
    for (String approver : List.of("officer", "manager")) {
      Page page = signIn("tasklist", approver);
      openTask(page, task(instance, DisclosureProcess.TASK_APPROVE_DISCLOSURE));
      page.getByText("Claim").click();
      Locator asked = caseTab(page).locator("#case-people");
      expect(asked).containsText("Example Constabulary (police)");
      expect(asked.locator("h5").first()).hasText("Requesting organisation");
      expect(asked).containsText("DC Alex Journey, Detective Constable");
      expect(asked).containsText("Insp Sam Journey (inspector)");
      expect(asked).containsText("Sch 2 Pt 1 para 2");
      expect(asked).containsText("Investigation of an assault on the child");
      expect(asked).containsText("Dates of contact with children's social care in 2025");
      expect(asked.locator("#case-children")).containsText("Jesse Journey");
      expect(asked.locator("#case-children")).containsText("2014-09-15");
      screenshot(page, "disclosure-" + (approver.equals("officer") ? 3 : 4) + "-" + approver + "-case-tab-the-request");
      formTab(page);
      page.getByText("Approve", new Page.GetByTextOptions().setExact(true)).click();
      choose(page, "The council's lawful basis for sharing", "Public task");
      choose(page, "Condition for special category or criminal offence data", "None: no special category");
      field(page, "Reasons for your decision").fill("Necessary and proportionate for the investigation");
      complete(page);
      assertThat(finishedBy(instance, DisclosureProcess.TASK_APPROVE_DISCLOSURE, approver)).isTrue();
    }

    // 4. the officer prepares and sends the minimum extract
    officer = signIn("tasklist", "officer");
    openTask(officer, task(instance, DisclosureProcess.TASK_PREPARE_EXTRACT));
    officer.getByText("Claim").click();
    field(officer, "What was extracted and sent").fill("Dates of the four visits in 2025");
    field(officer, "Purpose as published in the disclosure register (no names)").fill("Investigation of an assault");
    // check(), not a click on the label: it waits until the box is really ticked (a busy machine's
    // form may still be settling when the first click lands)
    officer.getByLabel("The child's family is told of this disclosure").check();
    expect(officer.getByLabel("The child's family is told of this disclosure")).isChecked();
    LocalDate today = LocalDate.now(EngineTime.LONDON);
    field(officer, "Sent on").fill(today.getMonthValue() + "/" + today.getDayOfMonth() + "/" + today.getYear());
    // moving on to another field closes the date picker
    field(officer, "What was extracted and sent").click();
    screenshot(officer, "disclosure-5-officer-prepare-extract");
    complete(officer);

    assertThat(finishedBy(instance, DisclosureProcess.TASK_PREPARE_EXTRACT, "officer")).isTrue();
    assertThat(tasks(instance, DisclosureProcess.TASK_APPROVE_DISCLOSURE)).isEmpty();
    assertThat(managementService.createJobQuery().processInstanceId(instance)
        .activityId(DisclosureProcess.TASK_NOTIFY_REQUESTER).count())
        .as("the decision letter is next").isEqualTo(1);
  }

  @Test
  void anOfficerFindsACaseByTheChildsNameFromTasklistsHeader() {
    String instance = newRequest(LocalDate.now(EngineTime.LONDON));
    String reference = runtimeService.createProcessInstanceQuery().processInstanceId(instance).singleResult().getBusinessKey();
    Page page = signIn("tasklist", "officer");

    page.locator("#find-a-case").click();
    page.locator("#case-search-reference").fill(reference);
    page.locator("#case-search-form button[type=submit]").click();

    expect(page.locator("#case-search-results")).containsText("Jamie Example");
    expect(page.locator("#case-search-results")).containsText("Verify identity");
    screenshot(page, "officer-4-find-a-case");
  }

  @Test
  void aManagerSeesTheBreachedCaseInCockpitWithItsIncidentAndTheStatutoryDeadlines() {
    String instance = verifiedRequest(LocalDate.now(EngineTime.LONDON).minusDays(40));
    String reference = runtimeService.createProcessInstanceQuery().processInstanceId(instance).singleResult().getBusinessKey();
    runJob(instance, DeadlineLadder.EVENT_BREACH_DUE);
    assertThat(runtimeService.createIncidentQuery().configuration(reference).incidentType(BreachIncidents.TYPE).count())
        .isEqualTo(1);
    Page page = signIn("cockpit", "manager");

    expect(page.getByText("Statutory deadlines").first()).isVisible();
    Locator breachedRow = page.locator("tr").filter(new Locator.FilterOptions().setHasText(reference));
    expect(breachedRow.first()).isVisible();
    expect(breachedRow.first()).containsText("over");
    // the plugin at the top of the screenshot
    page.getByText("Statutory deadlines").first().evaluate("heading => heading.scrollIntoView()");
    screenshot(page, "manager-2-cockpit-statutory-deadlines");

    page.navigate(url("/camunda/app/cockpit/default/#/process-instance/" + instance + "/runtime?tab=incidents-tab"));
    Locator incident = page.locator("tr").filter(new Locator.FilterOptions().setHasText(BreachIncidents.TYPE));
    expect(incident.first()).isVisible();
    expect(incident.first()).containsText(reference + " breached");
    screenshot(page, "manager-3-cockpit-breach-incident");
  }

  @Test
  void aRecordOwnerIsRefusedCockpitAndAdminAndAnOfficerIsRefusedAdmin() {
    // their passwords are right: both work in Tasklist
    signIn("tasklist", "owner");
    signIn("tasklist", "officer");

    for (String[] refused : List.of(new String[] {"owner", "cockpit"}, new String[] {"owner", "admin"}, new String[] {"officer", "admin"})) {
      Page page = browser.newPage();
      page.navigate(url("/camunda/app/" + refused[1] + "/"));
      page.locator("input[type=text]").fill(refused[0]);
      page.locator("input[type=password]").fill(refused[0]);
      page.locator("button[type=submit]").click();

      // Camunda's own answer to a user whose groups have no access to the application
      expect(page.getByText("missing access rights to application")).isVisible();
      expect(page.locator("input[type=password]")).isVisible();
      screenshot(page, "refused-" + refused[0] + "-" + refused[1]);
    }
  }

  // --- the browser ---------------------------------------------------------------------------

  /**
   * Signs in on the webapp's own page. Typed before the page's scripts have bound the fields, a
   * user name and password are wiped when they do, as a person typing fast into a page still
   * loading would see: so the page finishes loading first, and what was typed is checked.
   */
  private Page signIn(String app, String user) {
    return browser.signIn(url(""), app, user);
  }


  /** Tasklist opens a task from its address, as a link in a digest e-mail would. */
  private void openTask(Page page, Task task) {
    page.navigate(url("/camunda/app/tasklist/default/#/?task=" + task.getId()));
    page.locator(".fjs-container").waitFor();
    expect(page.locator(".task-card h2.task")).containsText(task.getName());
  }

  /**
   * A form field by its whole label (a required field's ends in an asterisk): "Data asked for" is
   * also part of "Most sensitive data asked for".
   */
  private static Locator field(Page page, String label) {
    // written out for the browser's regular expressions, which know no \\Q…\\E
    String literal = label.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
    return page.getByLabel(Pattern.compile("^" + literal + "\\*?$"));
  }

  /** Tasklist's "Case" tab of the open task, once the case has loaded. */
  private static Locator caseTab(Page page) {
    page.locator(".nav-tabs").getByText("Case", new Locator.GetByTextOptions().setExact(true)).click();
    Locator workspace = page.locator(".case-workspace");
    expect(workspace).isVisible();
    return workspace;
  }

  private static void formTab(Page page) {
    page.locator(".nav-tabs").getByText("Form", new Locator.GetByTextOptions().setExact(true)).click();
    page.locator(".fjs-container").waitFor();
  }

  /** Uploads a document in the Case tab, as a user picks a file. */
  private static void upload(Page page, String kind, String name, String type, byte[] content) {
    Locator form = page.locator("form.case-upload");
    form.locator("select[name=kind]").selectOption(kind);
    form.locator("input[type=file]").setInputFiles(new FilePayload(name, type, content));
    form.getByText("Upload").click();
    expect(page.locator("#case-documents-list")).containsText(name);
  }

  private String finishedBy(String instance, String activity) {
    List<HistoricTaskInstance> done = historyService.createHistoricTaskInstanceQuery().processInstanceId(instance)
        .taskDefinitionKey(activity).finished().list();
    assertThat(done).as("finished %s tasks", activity).hasSize(1);
    return done.get(0).getAssignee();
  }

  private boolean finishedBy(String instance, String activity, String user) {
    return historyService.createHistoricTaskInstanceQuery().processInstanceId(instance).taskDefinitionKey(activity)
        .taskAssignee(user).finished().count() == 1;
  }

  private static void complete(Page page) {
    Locator complete = page.getByRole(AriaRole.BUTTON,
        new Page.GetByRoleOptions().setName("Complete").setExact(true));
    expect(complete).isEnabled();
    complete.click();
    // Tasklist closes the form once the engine has completed the task
    expect(page.locator(".fjs-container")).isHidden();
  }

  /** A Camunda Forms select: open the list under the field's label, pick the option. */
  private static void choose(Page page, String label, String option) {
    page.locator(".fjs-form-field-select")
        .filter(new Locator.FilterOptions().setHas(page.locator("label", new Page.LocatorOptions().setHasText(label))))
        .locator(".fjs-input-group")
        .click();
    page.locator(".fjs-dropdownlist-item", new Page.LocatorOptions().setHasText(option)).first().click();
  }


  private String url(String path) {
    return "http://localhost:" + port + path;
  }


  // --- the cases each journey needs, set up through the application ------------------------

  /** A request registered through the API, acknowledged and verified: the searches are open. */
  private String verifiedRequest(LocalDate receivedOn) {
    String instance = newRequest(receivedOn);
    AsUser.complete(identityService, taskService, task(instance, SarProcess.TASK_VERIFY_IDENTITY), "officer",
        Map.of(SarProcess.IDENTITY_OUTCOME, "VERIFIED"));
    return instance;
  }

  /** A request registered through the API and acknowledged: its identity check is open. */
  private String newRequest(LocalDate receivedOn) {
    HttpResponse<String> created =
        Api.at(port)
            .as("officer")
            .post("/api/sars", """
                {"receivedOn": "%s", "channel": "POST",
                 "requester": {"name": "Jamie Example", "email": "jamie@example.org", "relationship": "SELF"},
                 "subject": {"name": "Jamie Example", "dateOfBirth": "2009-02-03", "cohort": "LOOKED_AFTER"},
                 "description": "Everything from my time in care"}
                """.formatted(receivedOn));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String reference = reference(created.body());
    String instance =
        runtimeService.createProcessInstanceQuery().rootProcessInstances().processInstanceBusinessKey(reference).singleResult().getId();
    pastAcknowledgement(instance);
    return instance;
  }

  /**
   * Moves a new case on to identity verification without sending the acknowledgement: the letters
   * are the process tests' subject, and the journeys then need no mail server (whose fixed test
   * port another build on the same machine may hold).
   */
  private void pastAcknowledgement(String instance) {
    runtimeService
        .createProcessInstanceModification(instance)
        .cancelAllForActivity(SarProcess.TASK_SEND_ACKNOWLEDGEMENT)
        .startBeforeActivity(SarProcess.TASK_VERIFY_IDENTITY)
        .execute();
  }

  private static String reference(String caseView) {
    try {
      return new ObjectMapper().readTree(caseView).path("reference").asText();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private void runJob(String instance, String activity) {
    Job job = CalledProcesses.job(managementService, runtimeService, instance, activity, false);
    assertThat(job).as("a job at %s", activity).isNotNull();
    managementService.executeJob(job.getId());
  }

  private Task task(String instance, String activity) {
    List<Task> tasks = tasks(instance, activity);
    assertThat(tasks).as("open %s tasks", activity).hasSize(1);
    return tasks.get(0);
  }

  private List<Task> tasks(String instance, String activity) {
    return taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(activity).list();
  }

  /** Small real documents for the uploads: a PNG the browser draws and a one-page PDF. */
  static final class Documents {
    static final int PNG_WIDTH = 240;

    static byte[] png() {
      try {
        BufferedImage image = new BufferedImage(PNG_WIDTH, 150, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, PNG_WIDTH, 150);
        graphics.setColor(Color.DARK_GRAY);
        graphics.drawString("PASSPORT (specimen)", 20, 40);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    static byte[] pdf(String text) {
      try (PDDocument document = new PDDocument()) {
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          content.beginText();
          content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
          content.newLineAtOffset(72, 700);
          content.showText(text);
          content.endText();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
