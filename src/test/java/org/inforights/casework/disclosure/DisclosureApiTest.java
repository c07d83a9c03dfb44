package org.inforights.casework.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.inforights.casework.casefile.CaseFileRepository;
import org.inforights.casework.support.Api;
import org.inforights.casework.support.ApplicationTest;
import org.inforights.casework.support.AsUser;
import org.inforights.casework.support.EngineTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code POST /api/disclosure-requests}, the request as staff see it, linked cases, and the
 * published register, which never names a child.
 */
@ApplicationTest
@ExtendWith(EngineTime.class)
class DisclosureApiTest {

  static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

  static final String VALID =
      """
      {"receivedOn": "2026-06-01",
       "requester": {"type": "POLICE", "organisation": "Thames Valley Police", "officerName": "DC Alex Reed",
                     "role": "Detective Constable", "email": "alex.reed@police.example",
                     "authorisingOfficerName": "Insp. Jo Hart", "authorisingOfficerRank": "INSPECTOR"},
       "legalBasis": "CRIME_AND_TAXATION", "purpose": "Investigation of an assault",
       "dataRequested": "Dates of contact", "dataCategories": ["SOCIAL_CARE"],
       "childrenScope": "ONE", "children": [{"name": "%s", "dateOfBirth": "%s"}],
       "sensitivity": "STANDARD", "securityArrangements": "Secure e-mail",
       "retentionArrangements": "Life of the investigation", "urgency": "ROUTINE"}
      """;

  @LocalServerPort int port;
  @Autowired CaseFileRepository cases;
  @Autowired DisclosureRequestRepository requests;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired ObjectMapper json;

  @BeforeEach
  void today() {
    EngineTime.today(TODAY);
  }

  @Test
  void anOfficerRegistersAPoliceRequestAndSeesItsTargetAndDecisionRecord() throws Exception {
    HttpResponse<String> response = api("officer").post("/api/disclosure-requests", VALID.formatted("Robin Vale", "2013-02-03"));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonNode view = json.readTree(response.body());
    String reference = view.get("reference").asText();
    assertThat(reference).matches("DIS-2026-\\d{5}");
    assertThat(response.headers().firstValue("Location")).hasValue("/api/cases/" + reference);
    assertThat(view.get("type").asText()).isEqualTo("DISCLOSURE");
    assertThat(view.get("dueOn").asText()).as("police, standard data: 10 working days").isEqualTo("2026-06-15");
    assertThat(view.get("dueOnExplanation").asText()).isEqualTo("received Mon 1 Jun 2026; 10 working days → Mon 15 Jun 2026");
    assertThat(response.body()).doesNotContain("Robin Vale");

    JsonNode request = json.readTree(api("guardian").get("/api/disclosure-requests/" + reference).body());
    assertThat(request.at("/requester/organisation").asText()).isEqualTo("Thames Valley Police");
    assertThat(request.at("/children/0/name").asText()).isEqualTo("Robin Vale");
    assertThat(request.at("/legalBasisLabel").asText()).startsWith("DPA 2018 Sch 2 Pt 1 para 2");
    assertThat(api("owner").get("/api/disclosure-requests/" + reference).statusCode())
        .as("record owners do not decide disclosures").isEqualTo(403);
    assertThat(api("officer").get("/api/disclosure-requests/DIS-2026-99999").statusCode()).isEqualTo(404);
  }

  @Test
  void aBadRequestIsRefusedNamingEveryFieldAndNothingIsSaved() throws Exception {
    long casesBefore = cases.count();
    long requestsBefore = requests.count();
    String body =
        """
        {"requester": {"type": "POLICE", "organisation": "", "officerName": "DC Reed", "role": "DC",
                       "email": "not-an-address"},
         "legalBasis": "CRIME_AND_TAXATION", "purpose": "x", "dataRequested": "y", "dataCategories": [],
         "childrenScope": "BULK", "children": [{"name": "A Child", "dateOfBirth": "2014-01-01"}],
         "sensitivity": "STANDARD", "securityArrangements": "s", "retentionArrangements": "r", "urgency": "ROUTINE"}
        """;
    HttpResponse<String> response = api("officer").post("/api/disclosure-requests", body);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    json.readTree(response.body()).get("errors").forEach(error -> fields.add(error.get("field").asText()));
    assertThat(fields).contains(
        "requester.organisation", "requester.email", "requester.authorisingOfficerRank",
        "requester.authorisingOfficerName", "dataCategories", "children");
    assertThat(response.body()).doesNotContain("A Child");
    assertThat(cases.count()).isEqualTo(casesBefore);
    assertThat(requests.count()).isEqualTo(requestsBefore);

    HttpResponse<String> wrongType = api("officer").post("/api/disclosure-requests",
        VALID.formatted("Robin Vale", "2013-02-03").replace("\"ROUTINE\"", "\"WHENEVER\""));
    assertThat(wrongType.statusCode()).isEqualTo(400);
    assertThat(wrongType.body()).contains("urgency");
    assertThat(api("owner").post("/api/disclosure-requests", VALID.formatted("Robin Vale", "2013-02-03")).statusCode())
        .isEqualTo(403);
  }

  @Test
  void aChildBornAfterTheRequestWasReceivedIsRefusedNamingTheChild() throws Exception {
    long casesBefore = cases.count();

    HttpResponse<String> response =
        api("officer").post("/api/disclosure-requests", VALID.formatted("Robin Vale", "2026-05-20")
            .replace("\"receivedOn\": \"2026-06-01\"", "\"receivedOn\": \"2026-05-01\""));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(json.readTree(response.body()).at("/errors/0/field").asText()).isEqualTo("children[0].dateOfBirth");
    assertThat(response.body()).contains("must not be after the request was received (2026-05-01)")
        .doesNotContain("Robin Vale");
    assertThat(cases.count()).isEqualTo(casesBefore);
  }

  @Test
  void theSameRequestSentAgainWithItsKeyGetsTheFirstCase() throws Exception {
    String key = java.util.UUID.randomUUID().toString();
    String body = VALID.formatted("Sky Treharne", "2012-08-09");
    long casesBefore = cases.count();

    HttpResponse<String> first = api("officer").post("/api/disclosure-requests", body, "Idempotency-Key", key);
    HttpResponse<String> again = api("officer").post("/api/disclosure-requests", body, "Idempotency-Key", key);
    HttpResponse<String> changed = api("officer").post("/api/disclosure-requests",
        body.replace("Investigation of an assault", "Another investigation"), "Idempotency-Key", key);

    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    assertThat(json.readTree(again.body()).get("reference").asText())
        .isEqualTo(json.readTree(first.body()).get("reference").asText());
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(422);
    assertThat(cases.count()).isEqualTo(casesBefore + 1);
  }

  @Test
  void aDisclosureAboutAChildWithAnOpenSarIsFlaggedOnBoth() throws Exception {
    String sar =
        json.readTree(api("officer").post("/api/sars",
                """
                {"channel": "EMAIL", "requester": {"name": "Mo Grant", "email": "mo@example.org", "relationship": "PARENT"},
                 "subject": {"name": "Kai Grant", "dateOfBirth": "2014-09-09", "cohort": "CHILD_IN_NEED"}}
                """).body())
            .get("reference").asText();

    JsonNode disclosure =
        json.readTree(api("officer").post("/api/disclosure-requests", VALID.formatted("kai  grant ".strip(), "2014-09-09")).body());
    String dis = disclosure.get("reference").asText();

    assertThat(disclosure.get("linkedCases")).extracting(JsonNode::asText).containsExactly(sar);
    JsonNode sarView = json.readTree(api("officer").get("/api/cases/" + sar).body());
    assertThat(sarView.get("linkedCases")).extracting(JsonNode::asText).containsExactly(dis);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(sar).singleResult())
        .satisfies(instance -> assertThat(runtimeService.getVariable(instance.getId(), "linkedCases")).isEqualTo(dis));
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(dis).singleResult())
        .satisfies(instance -> assertThat(runtimeService.getVariable(instance.getId(), "linkedCases")).isEqualTo(sar));

    String other = json.readTree(api("officer").post("/api/disclosure-requests", VALID.formatted("Kai Grant", "2014-09-10")).body())
        .get("linkedCases").toString();
    assertThat(other).as("another child: another date of birth").isEqualTo("[]");
  }

  @Test
  void theRegisterListsApprovedDisclosuresAndNeverAChildsName() throws Exception {
    String[] names = {"Zebedee Quartermaine", "Ottoline Fairweather"};
    String approved = disclose(names[0], "2012-01-01", "Investigation of an assault");
    String refused = json.readTree(api("officer").post("/api/disclosure-requests", VALID.formatted(names[1], "2011-01-01")).body())
        .get("reference").asText();

    HttpResponse<String> asJson = api("officer").get("/api/disclosure-register");
    assertThat(asJson.statusCode()).isEqualTo(200);
    JsonNode entries = json.readTree(asJson.body());
    JsonNode entry = null;
    for (JsonNode candidate : entries) {
      if (candidate.get("reference").asText().equals(approved)) {
        entry = candidate;
      }
      assertThat(candidate.get("reference").asText()).isNotEqualTo(refused);
    }
    assertThat(entry).as("the approved disclosure is listed").isNotNull();
    assertThat(entry.get("recipientOrganisation").asText()).isEqualTo("Thames Valley Police");
    assertThat(entry.get("purpose").asText()).isEqualTo("Investigation of an assault");
    assertThat(entry.get("legalBasis").asText()).startsWith("DPA 2018 Sch 2 Pt 1 para 2");
    assertThat(entry.get("numberOfChildren").asInt()).isEqualTo(1);
    assertThat(entry.get("decision").asText()).isEqualTo("APPROVED");
    assertThat(entry.has("disclosedOn")).isTrue();

    HttpResponse<String> asCsv = api("owner").get("/api/disclosure-register?format=csv");
    assertThat(asCsv.statusCode()).isEqualTo(200);
    assertThat(asCsv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
    assertThat(asCsv.body()).startsWith("reference,disclosedOn,recipientOrganisation").contains(approved);

    for (String name : names) {
      for (String part : (name + " " + name.toLowerCase()).split(" ")) {
        assertThat(asJson.body()).doesNotContainIgnoringCase(part);
        assertThat(asCsv.body()).doesNotContainIgnoringCase(part);
      }
      assertThat(asJson.body()).doesNotContain("2012-01-01").doesNotContain("2011-01-01");
    }
  }

  /** Registers a request about a child and takes it to an approved disclosure, as its users. */
  private String disclose(String child, String born, String publishedPurpose) throws Exception {
    String reference = json.readTree(api("officer").post("/api/disclosure-requests", VALID.formatted(child, born)).body())
        .get("reference").asText();
    String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult().getId();
    // the acknowledgement letter is an asynchronous job (no mail server here): move past it
    runtimeService.createProcessInstanceModification(instance)
        .cancelAllForActivity(DisclosureProcess.TASK_SEND_ACKNOWLEDGEMENT)
        .startBeforeActivity(DisclosureProcess.TASK_TRIAGE_REQUEST)
        .execute();
    complete(instance, DisclosureProcess.TASK_TRIAGE_REQUEST, "officer",
        Map.of(DisclosureProcess.TRIAGE_OUTCOME, "ACCEPT", DisclosureProcess.NECESSITY, "Needed for the investigation"));
    for (String user : List.of("officer", "manager")) {
      complete(instance, DisclosureProcess.TASK_APPROVE_DISCLOSURE, user,
          Map.of(DisclosureProcess.APPROVAL_DECISION, "APPROVE", DisclosureProcess.DECISION_REASONS, "Necessary"));
    }
    complete(instance, DisclosureProcess.TASK_PREPARE_EXTRACT, "officer",
        Map.of(DisclosureProcess.EXTRACT_DESCRIPTION, "Contact dates", DisclosureProcess.PUBLISHED_PURPOSE, publishedPurpose,
            DisclosureProcess.DISPATCHED_ON, TODAY.toString()));
    return reference;
  }

  private void complete(String instance, String activity, String user, Map<String, Object> variables) {
    Task task = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(activity).singleResult();
    assertThat(task).as("open %s", activity).isNotNull();
    AsUser.complete(identityService, taskService, task, user, variables);
  }

  private Api api(String user) {
    return Api.at(port).as(user);
  }
}
