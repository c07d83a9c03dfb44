package org.inforights.casework.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.casefile.CasePart;
import org.inforights.casework.support.Api;
import org.inforights.casework.support.ApplicationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each role sees in the case workspace what its steps need, no more (docs/access-matrix.md): every
 * role against every part, for a SAR and for a disclosure request about the same child. The
 * expected matrix is written out here, not read from the policy class.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseWorkspaceAccessTest {

  static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  /** The matrix: which parts each demo user's group sees. */
  static final Map<String, Set<CasePart>> EXPECTED =
      Map.of(
          "officer", EnumSet.allOf(CasePart.class),
          "owner",
          EnumSet.of(CasePart.SUMMARY, CasePart.CLOCK, CasePart.CHILD, CasePart.REQUEST, CasePart.DOCUMENTS,
              CasePart.REDACTIONS),
          "manager", EnumSet.complementOf(EnumSet.of(CasePart.REQUESTER_CONTACT)),
          "dpo", EnumSet.complementOf(EnumSet.of(CasePart.REQUESTER_CONTACT)),
          "guardian",
          EnumSet.of(CasePart.SUMMARY, CasePart.CLOCK, CasePart.REQUESTER, CasePart.CHILD, CasePart.REQUEST,
              CasePart.DISCLOSURE_REQUEST, CasePart.DOCUMENTS, CasePart.NOTES, CasePart.LINKED_CASES),
          "admin", EnumSet.of(CasePart.SUMMARY, CasePart.CLOCK, CasePart.AUDIT));

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired CaseFileService cases;

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
            + " \"consentSought\": false}").statusCode()).isEqualTo(201);
    cases.recordLetterSent(sar.reference(), "ACKNOWLEDGEMENT");
  }

  static Stream<Arguments> everyRoleAndPart() {
    List<Arguments> cells = new ArrayList<>();
    EXPECTED.keySet().stream().sorted()
        .forEach(user -> EnumSet.allOf(CasePart.class).forEach(part -> cells.add(Arguments.of(user, part))));
    return cells.stream();
  }

  @ParameterizedTest(name = "{0} sees {1} of a SAR: as the matrix says")
  @MethodSource("everyRoleAndPart")
  void eachRoleSeesTheSarsPartsTheMatrixGivesIt(String user, CasePart part) throws Exception {
    JsonNode workspace = workspace(user, sar.reference());
    boolean expected = EXPECTED.get(user).contains(part) && part != CasePart.DISCLOSURE_REQUEST;

    assertThat(present(workspace, part, true)).as(user + " sees " + part).isEqualTo(expected);
    assertThat(names(workspace.get("parts")).contains(part.name())).as("the parts listed").isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} sees {1} of a disclosure: as the matrix says")
  @MethodSource("everyRoleAndPart")
  void eachRoleSeesTheDisclosuresPartsTheMatrixGivesIt(String user, CasePart part) throws Exception {
    JsonNode workspace = workspace(user, disclosure);
    boolean expected = EXPECTED.get(user).contains(part) && part != CasePart.REDACTIONS;

    assertThat(present(workspace, part, false)).as(user + " sees " + part).isEqualTo(expected);
  }

  @Test
  void aRecordOwnerSeesTheChildAndWhatToSearchForButNotWhoAskedOrHowToReachThem() throws Exception {
    HttpResponse<String> response = Api.at(port).as("owner").get(path(sar.reference(), "/workspace"));
    JsonNode workspace = json.readTree(response.body());

    assertThat(workspace.get("children").get(0).get("name").asText()).isEqualTo(sar.childName());
    assertThat(workspace.get("children").get(0).get("dateOfBirth").asText()).isEqualTo("2011-01-21");
    assertThat(workspace.get("request").get("description").asText()).contains("placements");
    assertThat(response.body()).doesNotContain(sar.requesterName(), "requester@example.org", "prefers e-mail");
  }

  @Test
  void documentsAreListedByTheKindsEachRoleMaySee() throws Exception {
    assertThat(kinds("officer")).containsExactlyInAnyOrder("REQUEST_LETTER", "IDENTITY_EVIDENCE", "RESPONSE_BUNDLE");
    assertThat(kinds("manager")).containsExactlyInAnyOrder("REQUEST_LETTER", "IDENTITY_EVIDENCE", "RESPONSE_BUNDLE");
    assertThat(kinds("dpo")).containsExactlyInAnyOrder("REQUEST_LETTER", "IDENTITY_EVIDENCE", "RESPONSE_BUNDLE");
    assertThat(kinds("owner")).containsExactly("RESPONSE_BUNDLE");
    assertThat(kinds("guardian")).containsExactly("REQUEST_LETTER");
  }

  @Test
  void theWorkspaceCarriesTheClockTheRedactionLogTheLettersAndTheOtherCaseAboutTheChild() throws Exception {
    JsonNode workspace = workspace("officer", sar.reference());

    assertThat(workspace.get("clock").get("dueOn").asText()).isEqualTo("2026-12-02");
    assertThat(workspace.get("clock").get("dueOnExplanation").asText()).isNotBlank();
    assertThat(workspace.get("requesterContact").get("email").asText()).isEqualTo("requester@example.org");
    assertThat(workspace.get("redactions").get(0).get("statutoryReference").asText())
        .isEqualTo("Data Protection Act 2018 Sch 2 Pt 3 para 16");
    assertThat(workspace.get("exemptions")).hasSize(7);
    assertThat(workspace.get("letters").get(0).get("letter").asText()).isEqualTo("ACKNOWLEDGEMENT");
    assertThat(workspace.get("linkedCases").get(0).get("reference").asText()).isEqualTo(disclosure);
    assertThat(workspace.get("documents").get(0).get("downloadUrl").asText())
        .startsWith("/api/cases/" + sar.reference() + "/attachments/");
    assertThat(workspace.get("audit").findValues("action").stream().map(JsonNode::asText)).contains("REGISTERED", "NOTE_ADDED");
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

  private boolean present(JsonNode workspace, CasePart part, boolean isSar) {
    String key =
        switch (part) {
          case SUMMARY -> "summary";
          case CLOCK -> "clock";
          case REQUESTER -> "requester";
          case REQUESTER_CONTACT -> isSar ? "requesterContact" : "disclosureContact";
          case CHILD -> "children";
          case REQUEST -> "request";
          case DISCLOSURE_REQUEST -> "disclosure";
          case DOCUMENTS -> "documents";
          case NOTES -> "notes";
          case REDACTIONS -> "redactions";
          case LINKED_CASES -> "linkedCases";
          case LETTERS -> "letters";
          case AUDIT -> "audit";
        };
    return workspace.has(key);
  }

  private List<String> kinds(String user) throws Exception {
    return workspace(user, sar.reference()).get("documents").findValues("kind").stream().map(JsonNode::asText).toList();
  }

  private static List<String> names(JsonNode array) {
    List<String> names = new ArrayList<>();
    array.forEach(node -> names.add(node.asText()));
    return names;
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
