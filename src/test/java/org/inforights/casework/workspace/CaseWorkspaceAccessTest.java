package org.inforights.casework.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.inforights.casework.casefile.CaseLetters;
import org.inforights.casework.sar.SarProcess;
import org.inforights.casework.support.AsUser;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.support.Api;
import org.inforights.casework.support.ApplicationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each role sees in the case workspace what its steps need, no more (docs/authorization-matrix.md):
 * the parts a disclosure has and a SAR has not, the documents listed by kind, and what the parts
 * hold. The matrix's other cells, with and without a task, are walked by CasePartAccessTest.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseWorkspaceAccessTest {

  static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  /** Who sees a disclosure request's own part (and its requesting officer's e-mail address). */
  static final Map<String, Boolean> SEES_DISCLOSURE =
      Map.of("officer", true, "manager", true, "admin", true, "dpo", true, "guardian", true, "owner", false);

  static final Map<String, Boolean> SEES_CONTACT =
      Map.of("officer", true, "manager", false, "admin", true, "dpo", false, "guardian", false, "owner", false);

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired CaseFileService cases;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired CaseLetters letters;

  TestCases.Sar sar;
  String disclosure;

  /**
   * Once for the class, but in a test's own run: process test coverage records the processes each
   * test starts, and has no run open before the first test.
   */
  @BeforeEach
  void casesAboutOneChild() {
    if (sar != null) {
      return;
    }
    String child = "Ilse " + TestCases.uniqueSurname();
    sar = TestCases.sar(port, child, "2011-01-21", "Pat " + TestCases.uniqueSurname());
    disclosure = TestCases.disclosure(port, child, "2011-01-21");
    Api officer = Api.at(port).as("officer");
    for (String kind : List.of("REQUEST_LETTER", "IDENTITY_EVIDENCE", "RESPONSE_BUNDLE")) {
      assertThat(officer.upload(path(sar.reference(), "/attachments"), Map.of("kind", kind), kind + ".pdf",
          "application/pdf", PDF).statusCode()).isEqualTo(201);
    }
    assertThat(officer.post(path(sar.reference(), "/notes"), "{\"text\": \"Requester prefers e-mail\"}").statusCode())
        .isEqualTo(201);
    assertThat(officer.post(path(sar.reference(), "/redactions"),
        "{\"location\": \"p 3\", \"exemption\": \"THIRD_PARTY_DATA\", \"reasoning\": \"A neighbour's name\","
            + " \"consentSought\": false, \"thirdParty\": {\"role\": \"PRIVATE_INDIVIDUAL\", \"consent\": \"NOT_SOUGHT\","
            + " \"factorsWeighed\": [\"TYPE_OF_INFORMATION\"]}}").statusCode()).isEqualTo(201);
    cases.recordLetterSent(sar.reference(), "ACKNOWLEDGEMENT");
    aTaskOfTheCaseForEveryGroup(sar.reference());
    aTaskOfTheCaseForEveryGroup(disclosure);
  }

  /** An open task of the case offered to the groups that read a case only while they work on it. */
  private void aTaskOfTheCaseForEveryGroup(String reference) {
    String instance = runtimeService.createProcessInstanceByKey("subject-access-request").businessKey(reference)
        .startBeforeActivity("Task_VerifyIdentity")
        .setVariables(Map.of("caseReference", reference, "dueAt", new Date(), "searchDueAt", new Date(),
            "recordsSystems", "Mosaic"))
        .execute().getId();
    taskService.createTaskQuery().processInstanceId(instance).list()
        .forEach(task -> List.of("record-owners", "dpo", "caldicott-guardian")
            .forEach(group -> taskService.addCandidateGroup(task.getId(), group)));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"officer", "manager", "admin", "dpo", "guardian", "owner"})
  void aDisclosuresOwnPartIsShownToTheStaffWhoDecideItAndASarHasNone(String user) throws Exception {
    JsonNode onDisclosure = workspace(user, disclosure);
    JsonNode onSar = workspace(user, sar.reference());

    assertThat(onDisclosure.has("disclosure")).as("the request").isEqualTo(SEES_DISCLOSURE.get(user));
    assertThat(onDisclosure.has("disclosureContact")).as("the officer's e-mail")
        .isEqualTo(SEES_DISCLOSURE.get(user) && SEES_CONTACT.get(user));
    assertThat(onDisclosure.has("redactions")).as("a disclosure has no redaction log").isFalse();
    assertThat(onSar.has("disclosure")).as("a SAR has no disclosure request").isFalse();
    assertThat(onSar.has("requesterContact")).as("the requester's e-mail").isEqualTo(SEES_CONTACT.get(user));
  }

  @Test
  void aRecordOwnerWithoutATaskOnTheCaseSeesNothingOfIt() {
    TestCases.Sar other = TestCases.sar(port, "Olu " + TestCases.uniqueSurname(), "2012-12-12", "Ade Parent");
    runtimeService.createProcessInstanceQuery().rootProcessInstances().processInstanceBusinessKey(other.reference()).list()
        .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "no task for the owners"));

    HttpResponse<String> response = Api.at(port).as("owner").get(path(other.reference(), "/workspace"));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).doesNotContain(other.childName());
  }

  @Test
  void aRecordOwnerSeesTheChildAndWhatToSearchForButNotWhoAskedOrHowToReachThem() throws Exception {
    HttpResponse<String> response = Api.at(port).as("owner").get(path(sar.reference(), "/workspace"));
    JsonNode workspace = json.readTree(response.body());

    assertThat(workspace.get("children").get(0).get("name").asText()).isEqualTo(sar.childName());
    assertThat(workspace.get("children").get(0).get("dateOfBirth").asText()).isEqualTo("2011-01-21");
    assertThat(workspace.get("request").get("description").asText()).contains("placements");
    assertThat(response.body()).doesNotContain(sar.requesterName(), "requester@example.org", "A neighbour's name");
  }

  @Test
  void documentsAreListedByTheKindsEachRoleMaySee() throws Exception {
    assertThat(kinds("officer")).containsExactlyInAnyOrder("REQUEST_LETTER", "IDENTITY_EVIDENCE", "RESPONSE_BUNDLE");
    assertThat(kinds("manager")).containsExactlyInAnyOrder("REQUEST_LETTER", "IDENTITY_EVIDENCE", "RESPONSE_BUNDLE");
    assertThat(kinds("dpo")).doesNotContain("IDENTITY_EVIDENCE");
    assertThat(kinds("owner")).containsExactlyInAnyOrder("REQUEST_LETTER", "RESPONSE_BUNDLE");
    assertThat(kinds("guardian")).containsExactlyInAnyOrder("REQUEST_LETTER", "RESPONSE_BUNDLE");
  }

  @Test
  void theWorkspaceCarriesTheClockTheRedactionLogTheLettersAndTheOtherCaseAboutTheChild() throws Exception {
    JsonNode workspace = workspace("officer", sar.reference());

    assertThat(workspace.get("clock").get("dueOn").asText()).isEqualTo("2026-12-02");
    assertThat(workspace.get("clock").get("dueOnExplanation").asText()).isNotBlank();
    assertThat(workspace.get("requesterContact").get("email").asText()).isEqualTo("requester@example.org");
    assertThat(workspace.get("redactions").get(0).get("statutoryReference").asText())
        .isEqualTo("Data Protection Act 2018 Sch 2 Pt 3 para 16");
    assertThat(workspace.get("exemptions").findValuesAsText("code"))
        .as("a parent's request: the parental-responsibility paragraphs are offered too")
        .contains("THIRD_PARTY_DATA", "EXPECTATIONS_AND_WISHES", "CHILD_ABUSE_DATA", "ADOPTION_RECORDS")
        .doesNotContain("HEALTH_DATA");
    assertThat(workspace.get("letters").get(0).get("letter").asText()).isEqualTo("ACKNOWLEDGEMENT");
    assertThat(workspace.get("linkedCases").get(0).get("reference").asText()).isEqualTo(disclosure);
    assertThat(workspace.get("documents").get(0).get("downloadUrl").asText())
        .startsWith("/api/cases/" + sar.reference() + "/attachments/");
    assertThat(workspace.get("audit").findValues("action").stream().map(JsonNode::asText)).contains("REGISTERED", "NOTE_ADDED");
  }

  @Test
  void theAuditTrailSaysWhoCompletedEachStepAndWhenBesideTheCaseFilesOwnEntries() throws Exception {
    TestCases.Sar worked = TestCases.sar(port, "Uma " + TestCases.uniqueSurname(), "2013-05-06", "Val Parent");
    String instance =
        runtimeService.createProcessInstanceQuery().rootProcessInstances().processInstanceBusinessKey(worked.reference()).singleResult().getId();
    runtimeService.createProcessInstanceModification(instance)
        .cancelAllForActivity(SarProcess.TASK_SEND_ACKNOWLEDGEMENT)
        .startBeforeActivity(SarProcess.TASK_VERIFY_IDENTITY)
        .execute();
    Task verify = taskService.createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey(SarProcess.TASK_VERIFY_IDENTITY).singleResult();
    AsUser.complete(identityService, taskService, verify, "officer", Map.of(SarProcess.IDENTITY_OUTCOME, "VERIFIED",
        SarProcess.PR_BASIS, "BIRTH_MOTHER", SarProcess.CHILD_LEGAL_STATUS, "NO_ORDER"));

    JsonNode audit = workspace("manager", worked.reference()).get("audit");

    assertThat(audit).filteredOn(entry -> entry.get("action").asText().equals("STEP_COMPLETED"))
        .singleElement().satisfies(step -> {
          assertThat(step.get("actor").asText()).isEqualTo("officer");
          assertThat(step.get("detail").asText()).isEqualTo("Verify identity and authority");
          assertThat(step.get("occurredAt").asText()).isNotBlank();
        });
    assertThat(audit.get(0).get("action").asText()).as("the earliest first").isEqualTo("REGISTERED");
  }

  @Test
  void eachLetterSentIsShownWithItsTextAsSentAndItsDate() throws Exception {
    TestCases.Sar written = TestCases.sar(port, "Wyn " + TestCases.uniqueSurname(), "2013-05-06", "Xan Parent");
    letters.sent(written.reference(), "EVIDENCE_REQUEST", "Please send proof of your identity",
        "Dear Xan Parent,\nPlease send us proof of your identity.");

    JsonNode letter = workspace("officer", written.reference()).get("letters").get(0);

    assertThat(letter.get("letter").asText()).isEqualTo("EVIDENCE_REQUEST");
    assertThat(letter.get("subject").asText()).isEqualTo("Please send proof of your identity");
    assertThat(letter.get("text").asText()).isEqualTo("Dear Xan Parent,\nPlease send us proof of your identity.");
    assertThat(letter.get("sentAt").asText()).isNotBlank();
    assertThat(letter.get("sentBy").asText()).isNotBlank();
  }

  @Test
  void aLetterRecordedBeforeLettersWereKeptWholeIsShownWithoutText() throws Exception {
    JsonNode letter = workspace("officer", sar.reference()).get("letters").get(0);

    assertThat(letter.get("letter").asText()).isEqualTo("ACKNOWLEDGEMENT");
    assertThat(letter.has("text")).isFalse();
  }

  @Test
  void theGuardianSeesTheDisclosureRequestTheyAreAskedToDecide() throws Exception {
    JsonNode workspace = workspace("guardian", disclosure);

    assertThat(workspace.get("disclosure").get("organisation").asText()).isEqualTo("Thames Valley Police");
    assertThat(workspace.get("disclosure").get("legalBasisLabel").asText()).isNotBlank();
    assertThat(workspace.get("disclosure").get("purpose").asText()).isEqualTo("Investigation of an assault");
    assertThat(workspace.get("disclosure").get("dataRequested").asText()).isEqualTo("Dates of contact");
    assertThat(workspace.get("children").get(0).get("name").asText()).isEqualTo(sar.childName());
    assertThat(workspace.toString()).doesNotContain("alex.reed@police.example");
  }

  @ParameterizedTest
  @ValueSource(strings = {"analyst"})
  void groupsThatWorkNoCasesAreRefused(String user) {
    assertThat(Api.at(port).as(user).get(path(sar.reference(), "/workspace")).statusCode()).isEqualTo(403);
  }

  @Test
  void withoutSigningInTheWorkspaceIsUnauthorizedAndAnUnknownCaseIsNotFound() {
    assertThat(Api.at(port).get(path(sar.reference(), "/workspace")).statusCode()).isEqualTo(401);
    assertThat(Api.at(port).as("officer").get(path("SAR-1999-00001", "/workspace")).statusCode()).isEqualTo(404);
  }

  private List<String> kinds(String user) throws Exception {
    return workspace(user, sar.reference()).get("documents").findValues("kind").stream().map(JsonNode::asText).toList();
  }

  private JsonNode workspace(String user, String reference) throws Exception {
    HttpResponse<String> response = Api.at(port).as(user).get(path(reference, "/workspace"));
    assertThat(response.statusCode()).as(user + ": " + response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private static String path(String reference, String suffix) {
    return "/api/cases/" + reference + suffix;
  }
}
