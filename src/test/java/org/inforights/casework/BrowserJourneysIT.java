package org.inforights.casework;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.inforights.casework.casefile.CaseFile;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.casefile.Cohort;
import org.inforights.casework.casefile.CaseView;
import org.inforights.casework.deadline.process.BreachIncidents;
import org.inforights.casework.sar.SarProcess;
import org.inforights.casework.support.Api;
import org.inforights.casework.support.ApplicationTest;
import org.inforights.casework.support.AsUser;
import org.inforights.casework.support.Chromium;
import org.inforights.casework.support.EngineTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

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

  static final Path SCREENSHOTS = Path.of("target/browser-screenshots");

  static Chromium chromium;
  static Page lastPage;

  /** A failed journey leaves a screenshot of where it stopped. */
  @RegisterExtension
  static final AfterTestExecutionCallback screenshotOnFailure =
      context -> {
        if (context.getExecutionException().isPresent() && lastPage != null && !lastPage.isClosed()) {
          String name = "failed-" + context.getRequiredTestMethod().getName();
          screenshot(lastPage, name);
          Files.writeString(SCREENSHOTS.resolve(name + ".html"), lastPage.url() + "\n" + lastPage.content());
        }
      };

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired CaseFileService cases;

  @BeforeAll
  static void startChromium() throws IOException {
    Files.createDirectories(SCREENSHOTS);
    chromium = Chromium.start();
    // the webapps load many scripts; a build machine shared with other builds can be slow
    PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
  }

  @AfterAll
  static void stopChromium() {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  void anOfficerStartsARequestFromTasklistSeesItsDueDateAndVerifiesIdentityThroughTheForm() {
    Date before = new Date(System.currentTimeMillis() - 1000);
    Page page = signIn("tasklist", "officer");

    page.getByText("Start process").click();
    page.getByText("Subject access request").first().click();
    page.locator(".fjs-container").waitFor();
    choose(page, "How it reached us", "E-mail");
    page.getByLabel("Requester's name").fill("Robin Example");
    page.getByLabel("Requester's e-mail").fill("robin@example.org");
    choose(page, "Requester is", "The child or young person");
    page.getByLabel("Child's name").fill("Robin Example");
    page.getByLabel("Child's date of birth").fill("06/01/2010");
    // moving on to another field closes the date picker
    page.getByLabel("What is asked for").click();
    choose(page, "Child's relationship with children's services", "Care leaver");
    page.getByLabel("What is asked for").fill("My records from when I was in care");
    expect(page.getByLabel("Child's date of birth")).hasValue("6/1/2010");
    expect(page.getByLabel("What is asked for")).hasValue("My records from when I was in care");
    screenshot(page, "officer-1-start-form");
    // the Community Edition's "migrate to Camunda 8" banner is for operators, hidden by user-styles.css
    assertThat(page.locator(".ce-eol-banner").count() == 0 || !page.locator(".ce-eol-banner").first().isVisible())
        .as("the migration banner is hidden").isTrue();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start")).click();
    expect(page.getByText("The process has been started.")).isVisible();

    HistoricProcessInstance started =
        historyService
            .createHistoricProcessInstanceQuery()
            .processDefinitionKey(SarProcess.KEY)
            .startedBy("officer")
            .startedAfter(before)
            .singleResult();
    assertThat(started).as("the request the officer started").isNotNull();
    String reference = started.getBusinessKey();
    CaseView registered = cases.view(reference);
    assertThat(registered.receivedOn()).isEqualTo(LocalDate.now(EngineTime.LONDON));
    CaseFile file = cases.get(reference);
    assertThat(file.subject().dateOfBirth()).isEqualTo(LocalDate.of(2010, 6, 1));
    assertThat(file.subject().cohort()).isEqualTo(Cohort.CARE_LEAVER);
    assertThat(file.description()).isEqualTo("My records from when I was in care");
    pastAcknowledgement(started.getId());

    Task verify = task(started.getId(), SarProcess.TASK_VERIFY_IDENTITY);
    openTask(page, verify);
    expect(page.getByText("Case " + reference)).isVisible();
    expect(page.getByText("Due: " + registered.dueOnExplanation())).isVisible();
    page.getByText("Claim").click();
    page.getByText("Identity and authority verified").click();
    screenshot(page, "officer-2-verify-identity");
    complete(page);

    assertThat(taskService.createTaskQuery().taskId(verify.getId()).count()).isZero();
    assertThat(historyService.createHistoricTaskInstanceQuery().taskId(verify.getId()).singleResult().getAssignee())
        .isEqualTo("officer");
    assertThat(tasks(started.getId(), SarProcess.TASK_SEARCH_RECORDS)).isNotEmpty();
  }

  @Test
  void aRecordOwnerSearchesTheirSystemAndRecordsWhatWasFound() {
    String instance = verifiedRequest(LocalDate.now(EngineTime.LONDON));
    Task search = tasks(instance, SarProcess.TASK_SEARCH_RECORDS).get(0);
    Page page = signIn("tasklist", "owner");

    openTask(page, search);
    page.getByText("Claim").click();
    page.getByText("Records found").click();
    page.getByLabel("Number of records located").fill("7");
    screenshot(page, "owner-1-search-records");
    complete(page);

    assertThat(taskService.createTaskQuery().taskId(search.getId()).count()).isZero();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName("recordsCount").list())
        .anyMatch(variable -> Long.valueOf(7).equals(((Number) variable.getValue()).longValue()));
  }

  @Test
  void anOfficerOpensATasksCaseTabAndSeesTheChild() {
    String instance = newRequest(LocalDate.now(EngineTime.LONDON));
    Page page = signIn("tasklist", "officer");

    openTask(page, task(instance, SarProcess.TASK_VERIFY_IDENTITY));
    page.locator(".nav-tabs").getByText("Case", new Locator.GetByTextOptions().setExact(true)).click();

    expect(page.locator(".case-workspace #case-children")).containsText("Jamie Example");
    expect(page.locator(".case-workspace #case-clock")).containsText("Why that date");
    screenshot(page, "officer-3-case-tab");
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
  void aManagerApprovesTheResponseForDispatch() {
    String instance = verifiedRequest(LocalDate.now(EngineTime.LONDON));
    for (Task search : tasks(instance, SarProcess.TASK_SEARCH_RECORDS)) {
      AsUser.complete(identityService, taskService, search, "owner", Map.of("recordsFound", true, "recordsCount", 3));
    }
    AsUser.complete(identityService, taskService, task(instance, SarProcess.TASK_REVIEW_AND_REDACT), "officer",
        Map.of(SarProcess.SERIOUS_HARM_CONSULTATION_NEEDED, false, SarProcess.HEALTH_DATA_INVOLVED, SarProcess.NO, "redactionLogComplete", true));
    Task approve = task(instance, SarProcess.TASK_APPROVE_RESPONSE);
    Page page = signIn("tasklist", "manager");

    openTask(page, approve);
    page.getByText("Claim").click();
    page.getByText("Approve for dispatch").click();
    screenshot(page, "manager-1-approve-response");
    complete(page);

    assertThat(taskService.createTaskQuery().taskId(approve.getId()).count()).isZero();
    assertThat(tasks(instance, SarProcess.TASK_DISPATCH_RESPONSE)).hasSize(1);
  }

  @Test
  void aManagerSeesTheBreachedCaseInCockpitWithItsIncidentAndTheStatutoryDeadlines() {
    String instance = verifiedRequest(LocalDate.now(EngineTime.LONDON).minusDays(40));
    String reference = runtimeService.createProcessInstanceQuery().processInstanceId(instance).singleResult().getBusinessKey();
    runJob(instance, SarProcess.EVENT_BREACH_DUE);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(instance).incidentType(BreachIncidents.TYPE).count())
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
      Page page = newPage();
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

  private Page signIn(String app, String user) {
    Page page = newPage();
    page.navigate(url("/camunda/app/" + app + "/"));
    page.locator("input[type=text]").fill(user);
    page.locator("input[type=password]").fill(user);
    page.locator("button[type=submit]").click();
    expect(page.locator("input[type=password]")).isHidden();
    return page;
  }

  private static Page newPage() {
    lastPage = chromium.newPage();
    return lastPage;
  }

  /** Tasklist opens a task from its address, as a link in a digest e-mail would. */
  private void openTask(Page page, Task task) {
    page.navigate(url("/camunda/app/tasklist/default/#/?task=" + task.getId()));
    page.locator(".fjs-container").waitFor();
    expect(page.locator(".task-card h2.task")).containsText(task.getName());
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

  private static LocatorAssertions expect(Locator locator) {
    return PlaywrightAssertions.assertThat(locator);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private static void screenshot(Page page, String name) {
    page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
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
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult().getId();
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
    Job job = managementService.createJobQuery().processInstanceId(instance).activityId(activity).singleResult();
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
}
