package org.inforights.casework.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.inforights.casework.support.Api;
import org.inforights.casework.support.ApplicationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The minimisation matrix of docs/authorization-matrix.md, cell by cell: each group against each
 * part of a case, without and with a task on that case. The documents, notes and redaction log are
 * opened through their own endpoints; the other parts through the case workspace, which leaves out
 * what the caller may not read (a disclosure's own part: CaseWorkspaceAccessTest).
 */
@ApplicationTest
class CasePartAccessTest {

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  static final String LETTER_TEXT = "Dear Jamie Example,\nWe received your request.";

  @Autowired CaseLetters letters;

  String reference;
  long identityEvidence;
  long requestLetter;

  /**
   * A SAR with identity evidence, a request letter, a note, a redaction and a letter sent, and no
   * open task.
   */
  @BeforeEach
  void aCaseWithEveryPart() throws Exception {
    Api officer = Api.at(port).as("officer");
    reference = json.readTree(officer.post("/api/sars", CaseClockApiTest.SarJson.withReceivedOn("2026-03-02")).body())
        .get("reference").asText();
    runtimeService.createProcessInstanceQuery().rootProcessInstances().processInstanceBusinessKey(reference).list()
        .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "set up for the test"));
    identityEvidence = upload(officer, "IDENTITY_EVIDENCE", "passport.pdf");
    requestLetter = upload(officer, "REQUEST_LETTER", "letter.pdf");
    assertThat(officer.post(path("/notes"), "{\"text\": \"Phoned the requester\"}").statusCode()).isEqualTo(201);
    assertThat(officer.post(path("/redactions"), """
        {"location": "Social care file, p. 2", "exemption": "THIRD_PARTY_DATA",
         "reasoning": "Names a sibling", "consentSought": false, "thirdParty": {"role": "PRIVATE_INDIVIDUAL", "consent": "NOT_SOUGHT", "factorsWeighed": ["TYPE_OF_INFORMATION"]}}
        """).statusCode()).isEqualTo(201);
    letters.sent(reference, "ACKNOWLEDGEMENT", "We have received your request", LETTER_TEXT);
  }

  @ParameterizedTest(name = "{0} opens {1}: without a task {2}, with one {3}")
  @CsvSource({
    // officers, managers and administrators oversee every case: every part, task or not
    "officer,  IDENTITY_EVIDENCE, 200, 200",
    "officer,  OTHER_DOCUMENTS,   200, 200",
    "officer,  NOTES,             200, 200",
    "officer,  REDACTION_LOG,     200, 200",
    "manager,  IDENTITY_EVIDENCE, 200, 200",
    "manager,  OTHER_DOCUMENTS,   200, 200",
    "manager,  NOTES,             200, 200",
    "manager,  REDACTION_LOG,     200, 200",
    "admin,    IDENTITY_EVIDENCE, 200, 200",
    "admin,    OTHER_DOCUMENTS,   200, 200",
    "admin,    NOTES,             200, 200",
    "admin,    REDACTION_LOG,     200, 200",
    // record owners search their records: the request and notes of a case they work on only
    "owner,    IDENTITY_EVIDENCE, 403, 403",
    "owner,    OTHER_DOCUMENTS,   403, 200",
    "owner,    NOTES,             403, 200",
    "owner,    REDACTION_LOG,     403, 403",
    // the DPO and the Caldicott Guardian: a case they decide on, never the identity evidence
    "dpo,      IDENTITY_EVIDENCE, 403, 403",
    "dpo,      OTHER_DOCUMENTS,   403, 200",
    "dpo,      NOTES,             403, 200",
    "dpo,      REDACTION_LOG,     403, 200",
    "guardian, IDENTITY_EVIDENCE, 403, 403",
    "guardian, OTHER_DOCUMENTS,   403, 200",
    "guardian, NOTES,             403, 200",
    "guardian, REDACTION_LOG,     403, 200",
    // analysts work on the models, not on cases
    "analyst,  IDENTITY_EVIDENCE, 403, 403",
    "analyst,  OTHER_DOCUMENTS,   403, 403",
    "analyst,  NOTES,             403, 403",
    "analyst,  REDACTION_LOG,     403, 403",
    // the case workspace's parts (GET …/workspace shows a part or leaves it out): officers and
    // administrators everything; managers all but the requester's contact details; record owners the
    // child and what was asked for; the DPO and the Guardian what their decisions need
    "officer,  SUMMARY,           200, 200",
    "officer,  CLOCK,             200, 200",
    "officer,  REQUESTER,         200, 200",
    "officer,  REQUESTER_CONTACT, 200, 200",
    "officer,  CHILD,             200, 200",
    "officer,  REQUEST,           200, 200",
    "officer,  LINKED_CASES,      200, 200",
    "officer,  LETTERS,           200, 200",
    "officer,  AUDIT,             200, 200",
    "manager,  SUMMARY,           200, 200",
    "manager,  CLOCK,             200, 200",
    "manager,  REQUESTER,         200, 200",
    "manager,  REQUESTER_CONTACT, 403, 403",
    "manager,  CHILD,             200, 200",
    "manager,  REQUEST,           200, 200",
    "manager,  LINKED_CASES,      200, 200",
    "manager,  LETTERS,           200, 200",
    "manager,  AUDIT,             200, 200",
    "admin,    SUMMARY,           200, 200",
    "admin,    CLOCK,             200, 200",
    "admin,    REQUESTER,         200, 200",
    "admin,    REQUESTER_CONTACT, 200, 200",
    "admin,    CHILD,             200, 200",
    "admin,    REQUEST,           200, 200",
    "admin,    LINKED_CASES,      200, 200",
    "admin,    LETTERS,           200, 200",
    "admin,    AUDIT,             200, 200",
    "owner,    SUMMARY,           403, 200",
    "owner,    CLOCK,             403, 200",
    "owner,    REQUESTER,         403, 403",
    "owner,    REQUESTER_CONTACT, 403, 403",
    "owner,    CHILD,             403, 200",
    "owner,    REQUEST,           403, 200",
    "owner,    LINKED_CASES,      403, 403",
    "owner,    LETTERS,           403, 403",
    "owner,    AUDIT,             403, 403",
    "dpo,      SUMMARY,           403, 200",
    "dpo,      CLOCK,             403, 200",
    "dpo,      REQUESTER,         403, 200",
    "dpo,      REQUESTER_CONTACT, 403, 403",
    "dpo,      CHILD,             403, 200",
    "dpo,      REQUEST,           403, 200",
    "dpo,      LINKED_CASES,      403, 200",
    "dpo,      LETTERS,           403, 200",
    "dpo,      AUDIT,             403, 200",
    "guardian, SUMMARY,           403, 200",
    "guardian, CLOCK,             403, 200",
    "guardian, REQUESTER,         403, 200",
    "guardian, REQUESTER_CONTACT, 403, 403",
    "guardian, CHILD,             403, 200",
    "guardian, REQUEST,           403, 200",
    "guardian, LINKED_CASES,      403, 200",
    "guardian, LETTERS,           403, 403",
    "guardian, AUDIT,             403, 403",
    "analyst,  SUMMARY,           403, 403",
    "analyst,  CLOCK,             403, 403",
    "analyst,  REQUESTER,         403, 403",
    "analyst,  REQUESTER_CONTACT, 403, 403",
    "analyst,  CHILD,             403, 403",
    "analyst,  REQUEST,           403, 403",
    "analyst,  LINKED_CASES,      403, 403",
    "analyst,  LETTERS,           403, 403",
    "analyst,  AUDIT,             403, 403",
    // a SAR's authority record (parental responsibility, the child's competence, health data):
    // officers, managers and administrators; the DPO with a task; not the record owners or the Guardian
    "officer,  AUTHORITY,         200, 200",
    "manager,  AUTHORITY,         200, 200",
    "admin,    AUTHORITY,         200, 200",
    "owner,    AUTHORITY,         403, 403",
    "dpo,      AUTHORITY,         403, 200",
    "guardian, AUTHORITY,         403, 403",
    "analyst,  AUTHORITY,         403, 403",
  })
  void eachGroupOpensOnlyThePartsItsRowAllowsOfACaseItWorksOn(
      String user, CasePart part, int withoutTask, int withTask) {
    assertThat(open(user, part)).as("without a task").isEqualTo(withoutTask);

    aTaskOfTheCaseFor(groupOf(user));

    assertThat(open(user, part)).as("with a task offered to their group").isEqualTo(withTask);
  }

  @Test
  void aTaskTheUserHadOnTheCaseStillCountsWhenItHasEnded() {
    String taskId = aTaskOfTheCaseFor("some-other-group");
    assertThat(open("owner", CasePart.NOTES)).as("another group's task").isEqualTo(403);
    taskService.setAssignee(taskId, "owner");
    assertThat(open("owner", CasePart.NOTES)).as("assigned to them").isEqualTo(200);

    runtimeService.deleteProcessInstance(
        taskService.createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId(), "test");

    assertThat(open("owner", CasePart.NOTES)).as("had a task on the case").isEqualTo(200);
    assertThat(open("guardian", CasePart.NOTES)).as("never had one").isEqualTo(403);
  }

  @Test
  void listsShowOnlyTheDocumentsTheCallerMayOpen() throws Exception {
    aTaskOfTheCaseFor("record-owners");

    JsonNode ownersList = json.readTree(Api.at(port).as("owner").get(path("/attachments")).body());
    JsonNode ownersView = json.readTree(Api.at(port).as("owner").get("/api/cases/" + reference).body());
    JsonNode officersView = json.readTree(Api.at(port).as("officer").get("/api/cases/" + reference).body());

    assertThat(ownersList).extracting(node -> node.get("kind").asText()).containsExactly("REQUEST_LETTER");
    assertThat(ownersView.get("documents")).extracting(node -> node.get("kind").asText())
        .containsExactly("REQUEST_LETTER");
    assertThat(officersView.get("documents")).hasSize(2);
  }

  private int open(String user, CasePart part) {
    Api api = Api.at(port).as(user);
    HttpResponse<String> response =
        switch (part) {
          case IDENTITY_EVIDENCE -> api.get(path("/attachments/" + identityEvidence));
          case OTHER_DOCUMENTS -> api.get(path("/attachments/" + requestLetter));
          case NOTES -> api.get(path("/notes"));
          case REDACTION_LOG -> api.get(path("/redactions"));
          case DISCLOSURE_REQUEST ->
              throw new IllegalArgumentException("a SAR has none: CaseWorkspaceAccessTest opens it on a disclosure");
          default -> api.get(path("/workspace"));
        };
    if (response.statusCode() != 200 || !path("/workspace").equals(response.request().uri().getPath())) {
      return response.statusCode();
    }
    return workspaceShows(response, part) ? 200 : 403;
  }

  /** Whether the workspace answer holds the part (a part the caller may not read is left out). */
  private boolean workspaceShows(HttpResponse<String> response, CasePart part) {
    try {
      JsonNode workspace = json.readTree(response.body());
      String key =
          switch (part) {
            case REQUESTER_CONTACT -> "requesterContact";
            case CHILD -> "children";
            case LINKED_CASES -> "linkedCases";
            default -> part.name().toLowerCase();
          };
      if (part == CasePart.LETTERS) {
        // the letters part is each letter with its text as sent
        return workspace.has(key) && LETTER_TEXT.equals(workspace.at("/letters/0/text").asText(null));
      }
      return workspace.has(key);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** An open task of the case (the officers' identity check), offered to {@code group} too. */
  private String aTaskOfTheCaseFor(String group) {
    String instance = runtimeService.createProcessInstanceByKey("subject-access-request").businessKey(reference)
        .startBeforeActivity("Task_VerifyIdentity")
        .setVariables(Map.of("caseReference", reference, "dueAt", new Date(), "searchDueAt", new Date(),
            "recordsSystems", "Mosaic"))
        .execute().getId();
    String taskId = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
    taskService.addCandidateGroup(taskId, group);
    return taskId;
  }

  private static String groupOf(String user) {
    return switch (user) {
      case "officer" -> "ig-officers";
      case "owner" -> "record-owners";
      case "manager" -> "ig-managers";
      case "guardian" -> "caldicott-guardian";
      case "analyst" -> "analysts";
      case "admin" -> "camunda-admin";
      default -> user;
    };
  }

  private long upload(Api api, String kind, String name) throws Exception {
    HttpResponse<String> uploaded = api.upload(path("/attachments"), Map.of("kind", kind), name, "application/pdf",
        "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
    return json.readTree(uploaded.body()).get("id").asLong();
  }

  private String path(String suffix) {
    return "/api/cases/" + reference + suffix;
  }
}
