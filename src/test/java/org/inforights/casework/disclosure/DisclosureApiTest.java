package org.inforights.casework.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.runtime.Job;
import org.inforights.casework.casefile.CaseFileRepository;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.casefile.CaseStatus;
import org.inforights.casework.caseprocess.AskTheRequester;
import org.inforights.casework.caseprocess.CaseProcess;
import org.inforights.casework.support.CalledProcesses;
import org.inforights.casework.support.Api;
import org.inforights.casework.support.ApplicationTest;
import org.inforights.casework.support.AsUser;
import org.inforights.casework.support.EngineTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code POST /api/disclosure-requests}, the request as staff see it, linked cases, withdrawal,
 * the published register, which never names a child nor tips anyone off, and the DPO's register.
 */
@ApplicationTest
@ExtendWith(EngineTime.class)
class DisclosureApiTest {

  static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

  /** The letters the process writes (asking the requester, the decision) go somewhere. */
  @RegisterExtension
  static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

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
  @Autowired CaseFileService caseFiles;
  @Autowired DisclosureRequestRepository requests;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
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

  /** A court order: its target is the order's own date, and the staff see the order beside the request. */
  static final String COURT_ORDER =
      """
      {"receivedOn": "2026-06-01",
       "requester": {"type": "COURT", "organisation": "Family Court at Reading", "officerName": "Sam Clerk",
                     "role": "Court officer", "email": "family.reading@courts.example"},
       "legalBasis": "%s", "purpose": "Care proceedings",
       "dataRequested": "Social care records from 2024", "dataCategories": ["SOCIAL_CARE"],
       "childrenScope": "ONE", "children": [{"name": "Robin Vale", "dateOfBirth": "2013-02-03"}],
       "sensitivity": "SOCIAL_WORK", "securityArrangements": "Court's secure e-mail",
       "retentionArrangements": "Kept on the court file", "urgency": "ROUTINE"%s}
      """;

  @Test
  void aCourtOrderIsRegisteredWithTheOrdersDateAsItsTargetAndBadOrderDatesAreRefused() throws Exception {
    HttpResponse<String> created = api("officer").post("/api/disclosure-requests",
        COURT_ORDER.formatted("COURT_ORDER", ", \"complyBy\": \"2026-06-19\", \"orderReference\": \"RG26C00123\""));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode view = json.readTree(created.body());
    assertThat(view.get("dueOn").asText()).as("the order's own date, not a number of working days").isEqualTo("2026-06-19");
    JsonNode request = json.readTree(api("manager").get("/api/disclosure-requests/" + view.get("reference").asText()).body());
    assertThat(request.at("/order/complyBy").asText()).isEqualTo("2026-06-19");
    assertThat(request.at("/order/reference").asText()).isEqualTo("RG26C00123");
    assertThat(request.at("/legalBasisLabel").asText()).contains("Sch 2 Pt 1 para 5(2)");

    long before = requests.count();
    HttpResponse<String> noDate = api("officer").post("/api/disclosure-requests", COURT_ORDER.formatted("CORONER", ""));
    assertThat(noDate.statusCode()).isEqualTo(400);
    assertThat(noDate.body()).contains("complyBy").contains("is required for CORONER");
    HttpResponse<String> beforeReceived = api("officer").post("/api/disclosure-requests",
        COURT_ORDER.formatted("CAFCASS", ", \"complyBy\": \"2026-05-29\""));
    assertThat(beforeReceived.statusCode()).isEqualTo(400);
    assertThat(beforeReceived.body()).contains("complyBy").contains("must not be before the request was received (2026-06-01)");
    HttpResponse<String> notCompelled = api("officer").post("/api/disclosure-requests",
        COURT_ORDER.formatted("LEGAL_PROCEEDINGS", ", \"complyBy\": \"2026-06-19\""));
    assertThat(notCompelled.statusCode()).isEqualTo(400);
    assertThat(notCompelled.body()).contains("complyBy").contains("is only for a court order");
    HttpResponse<String> notADate = api("officer").post("/api/disclosure-requests",
        COURT_ORDER.formatted("COURT_ORDER", ", \"complyBy\": \"next Friday\""));
    assertThat(notADate.statusCode()).isEqualTo(400);
    assertThat(notADate.body()).contains("complyBy");
    assertThat(requests.count()).as("nothing half-saved").isEqualTo(before);
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
    assertThat(runtimeService.createProcessInstanceQuery().rootProcessInstances().processInstanceBusinessKey(sar).singleResult())
        .satisfies(instance -> assertThat(runtimeService.getVariable(instance.getId(), "linkedCases")).isEqualTo(dis));
    assertThat(runtimeService.createProcessInstanceQuery().rootProcessInstances().processInstanceBusinessKey(dis).singleResult())
        .satisfies(instance -> assertThat(runtimeService.getVariable(instance.getId(), "linkedCases")).isEqualTo(sar));

    String other = json.readTree(api("officer").post("/api/disclosure-requests", VALID.formatted("Kai Grant", "2014-09-10")).body())
        .get("linkedCases").toString();
    assertThat(other).as("another child: another date of birth").isEqualTo("[]");
  }

  /** A council's safeguarding request: not for crime, so the register may show it at once. */
  static final String COUNCIL =
      VALID.replace("\"type\": \"POLICE\", \"organisation\": \"Thames Valley Police\"",
              "\"type\": \"OTHER_COUNCIL\", \"organisation\": \"Northshire County Council\"")
          .replace("\"authorisingOfficerName\": \"Insp. Jo Hart\", \"authorisingOfficerRank\": \"INSPECTOR\"",
              "\"authorisingOfficerName\": null, \"authorisingOfficerRank\": null")
          .replace("CRIME_AND_TAXATION", "SAFEGUARDING");

  @Test
  void theRegisterGivesTheMonthSuppressesSmallNumbersHoldsBackCrimeAndNeverNamesAChild() throws Exception {
    String[] names = {"Zebedee Quartermaine", "Ottoline Fairweather", "Peregrine Loxley"};
    String approved = disclose(COUNCIL, names[0], "2012-01-01", "Child protection enquiry");
    String police = disclose(VALID, names[2], "2010-01-01", "Investigation of an assault");
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
      assertThat(candidate.get("reference").asText()).as("a police disclosure is held back").isNotEqualTo(police);
    }
    assertThat(entry).as("the approved disclosure is listed").isNotNull();
    assertThat(entry.get("recipientOrganisation").asText()).isEqualTo("Northshire County Council");
    assertThat(entry.get("purpose").asText()).isEqualTo("Child protection enquiry");
    assertThat(entry.get("legalBasis").asText()).startsWith("Safeguarding");
    assertThat(entry.get("numberOfChildren").asText()).as("one child, below the threshold of 5").isEqualTo("<5");
    assertThat(entry.get("decision").asText()).isEqualTo("APPROVED");
    assertThat(entry.get("disclosedIn").asText()).as("the month, not the day").isEqualTo("2026-06");
    assertThat(entry.has("disclosedOn")).isFalse();
    assertThat(asJson.body()).doesNotContain(TODAY.toString());

    HttpResponse<String> asCsv = api("owner").get("/api/disclosure-register?format=csv");
    assertThat(asCsv.statusCode()).isEqualTo(200);
    assertThat(asCsv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
    assertThat(asCsv.body()).startsWith("reference,disclosedIn,recipientOrganisation")
        .contains(approved + ",2026-06,Northshire County Council")
        .contains(",<5,APPROVED")
        .doesNotContain(police)
        .doesNotContain(TODAY.toString());

    for (String name : names) {
      for (String part : (name + " " + name.toLowerCase()).split(" ")) {
        assertThat(asJson.body()).doesNotContainIgnoringCase(part);
        assertThat(asCsv.body()).doesNotContainIgnoringCase(part);
      }
    }
    assertThat(asJson.body()).doesNotContain("2012-01-01").doesNotContain("2011-01-01").doesNotContain("2010-01-01");
  }

  @Test
  void theInternalRegisterIsTheDposWithRefusalsDayDatesAndExactNumbers() throws Exception {
    String[] names = {"Araminta Featherstonehaugh", "Bartholomew Inchcape"};
    String police = disclose(VALID, names[0], "2012-02-02", "Investigation of an assault");
    String refused = refusedAtTriage(names[1], "2011-02-02");

    for (String user : List.of("officer", "owner", "manager", "guardian", "analyst")) {
      HttpResponse<String> denied = api(user).get("/api/disclosure-register/internal");
      assertThat(denied.statusCode()).as(user).isEqualTo(403);
      assertThat(denied.body()).doesNotContain(police);
    }

    HttpResponse<String> internal = api("dpo").get("/api/disclosure-register/internal");
    assertThat(internal.statusCode()).isEqualTo(200);
    JsonNode disclosed = null;
    JsonNode refusal = null;
    for (JsonNode candidate : json.readTree(internal.body())) {
      if (candidate.get("reference").asText().equals(police)) {
        disclosed = candidate;
      } else if (candidate.get("reference").asText().equals(refused)) {
        refusal = candidate;
      }
    }
    assertThat(disclosed).as("the held-back police disclosure").isNotNull();
    assertThat(disclosed.get("disclosedOn").asText()).isEqualTo(TODAY.toString());
    assertThat(disclosed.get("publishedFrom").asText()).as("24 months on").isEqualTo("2028-06-01");
    assertThat(disclosed.get("numberOfChildren").asInt()).isEqualTo(1);
    assertThat(disclosed.get("familyTold").asBoolean()).isTrue();
    assertThat(refusal).as("refusals are on the internal register").isNotNull();
    assertThat(refusal.get("decision").asText()).isEqualTo("REFUSED");
    assertThat(refusal.get("decidedOn").asText()).isEqualTo(TODAY.toString());
    assertThat(refusal.hasNonNull("publishedFrom")).as("a refusal is never published").isFalse();

    HttpResponse<String> asCsv = api("admin").get("/api/disclosure-register/internal?format=csv");
    assertThat(asCsv.statusCode()).isEqualTo(200);
    assertThat(asCsv.body()).startsWith("reference,decidedOn,disclosedOn,publishedFrom").contains(police).contains(refused);
    for (String name : names) {
      for (String part : name.split(" ")) {
        assertThat(internal.body()).doesNotContainIgnoringCase(part);
        assertThat(asCsv.body()).doesNotContainIgnoringCase(part);
      }
    }
  }

  @Test
  void aRequestIsWithdrawnOnceAndClosedAsWithdrawn() throws Exception {
    String reference = json.readTree(api("officer").post("/api/disclosure-requests", VALID.formatted("Hero Pendragon", "2013-03-03")).body())
        .get("reference").asText();

    HttpResponse<String> withdrawn = api("officer").post("/api/disclosure-requests/" + reference + "/withdrawal", "");
    assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
    JsonNode view = json.readTree(withdrawn.body());
    assertThat(view.get("status").asText()).isEqualTo("CLOSED");
    assertThat(view.get("outcome").asText()).isEqualTo("WITHDRAWN");

    HttpResponse<String> again = api("manager").post("/api/disclosure-requests/" + reference + "/withdrawal", "");
    assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
    assertThat(again.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(api("owner").post("/api/disclosure-requests/" + reference + "/withdrawal", "").statusCode()).isEqualTo(403);
    assertThat(api("officer").post("/api/disclosure-requests/DIS-2026-99999/withdrawal", "").statusCode()).isEqualTo(404);
  }

  @Test
  void aDecidedRequestCanNoLongerBeWithdrawn() throws Exception {
    String refused = refusedAtTriage("Imogen Tallis", "2014-04-04");

    HttpResponse<String> late = api("officer").post("/api/disclosure-requests/" + refused + "/withdrawal", "");

    assertThat(late.statusCode()).as(late.body()).isEqualTo(409);
    assertThat(late.body()).contains("already decided");
  }

  @RepeatedTest(3)
  void tenWithdrawalsAtOnceOneWithdrawsTheOthersHear409() throws Exception {
    String reference = json.readTree(api("officer").post("/api/disclosure-requests", VALID.formatted("Cosmo Ferrers", "2013-05-05")).body())
        .get("reference").asText();
    ExecutorService threads = Executors.newFixedThreadPool(10);
    try {
      CyclicBarrier start = new CyclicBarrier(10);
      List<Future<HttpResponse<String>>> running = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        running.add(threads.submit(() -> {
          start.await();
          return api("officer").post("/api/disclosure-requests/" + reference + "/withdrawal", "");
        }));
      }
      List<HttpResponse<String>> responses = new ArrayList<>();
      for (Future<HttpResponse<String>> response : running) {
        responses.add(response.get(60, TimeUnit.SECONDS));
      }
      List<String> answers = responses.stream().map(r -> r.statusCode() + " " + r.body()).toList();
      assertThat(responses).as("%s", answers).filteredOn(r -> r.statusCode() == 200).hasSize(1);
      assertThat(responses).as("%s", answers).filteredOn(r -> r.statusCode() != 200).hasSize(9)
          .allSatisfy(loser -> assertThat(loser.statusCode()).as(loser.body()).isEqualTo(409));
    } finally {
      threads.shutdownNow();
    }
    String instance = runtimeService.createProcessInstanceQuery().rootProcessInstances().processInstanceBusinessKey(reference).singleResult().getId();
    assertThat(managementService.createJobQuery().processInstanceId(instance)
            .activityId(DisclosureProcess.TASK_CONFIRM_WITHDRAWAL).count())
        .as("one withdrawal, confirmed once").isEqualTo(1);
  }

  @Test
  void triageCorrectsTheUrgencyAndTheRequestAsStaffSeeItIsRoutedAgain() throws Exception {
    HttpResponse<String> created = api("officer").post("/api/disclosure-requests", VALID.formatted("Sky Moss", "2013-02-03"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String reference = json.readTree(created.body()).get("reference").asText();
    String instance = pastAcknowledgement(reference);

    Map<String, Object> unknown = Map.of(DisclosureProcess.TRIAGE_OUTCOME, "ACCEPT", DisclosureProcess.NECESSITY, "Needed",
        DisclosureProcess.CORRECTED_SENSITIVITY, "SECRET");
    assertThatThrownBy(() -> complete(instance, DisclosureProcess.TASK_TRIAGE_REQUEST, "officer", unknown))
        .hasMessageContaining("correctedSensitivity");
    JsonNode unchanged = json.readTree(api("officer").get("/api/disclosure-requests/" + reference).body());
    assertThat(unchanged.get("sensitivity").asText()).isEqualTo("STANDARD");

    complete(instance, DisclosureProcess.TASK_TRIAGE_REQUEST, "officer",
        Map.of(DisclosureProcess.TRIAGE_OUTCOME, "ACCEPT", DisclosureProcess.NECESSITY, "Needed",
            DisclosureProcess.CORRECTED_URGENCY, "URGENT"));

    JsonNode request = json.readTree(api("officer").get("/api/disclosure-requests/" + reference).body());
    assertThat(request.get("urgency").asText()).isEqualTo("URGENT");
    assertThat(request.get("decisionRecord").get("steps").toString())
        .contains("TRIAGE_CORRECTION", "urgency ROUTINE → URGENT", "target 24 hours");
    JsonNode view = json.readTree(api("officer").get("/api/cases/" + reference).body());
    assertThat(view.get("dueOnExplanation").asText()).contains("24 hours, calendar time");
    assertThat(view.get("dueOn").asText()).isEqualTo("2026-06-02");
    assertThat(request.get("dueAt").asText()).as("the moment the 24 hours run out").isEqualTo("2026-06-02T09:00:00Z");
    Task approval = taskService.createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey(DisclosureProcess.TASK_APPROVE_DISCLOSURE).singleResult();
    assertThat(approval.getTaskDefinitionKey()).isEqualTo(DisclosureProcess.TASK_APPROVE_DISCLOSURE);
    assertThat(taskService.getIdentityLinksForTask(approval.getId()))
        .extracting(link -> link.getGroupId()).containsExactly("ig-managers");
  }

  @Test
  void aPoliceRequestWithARiskToLifeIsRegisteredWithoutSignOffAndAnOrdinaryOneIsNot() throws Exception {
    String unsigned = VALID.replace("\"authorisingOfficerName\": \"Insp. Jo Hart\", \"authorisingOfficerRank\": \"INSPECTOR\"",
        "\"authorisingOfficerName\": null");
    HttpResponse<String> ordinary = api("officer").post("/api/disclosure-requests", unsigned.formatted("Kit Vale", "2014-03-04"));
    assertThat(ordinary.statusCode()).as(ordinary.body()).isEqualTo(400);
    assertThat(ordinary.body()).contains("requester.authorisingOfficerRank", "requester.authorisingOfficerName");

    HttpResponse<String> urgent = api("officer").post("/api/disclosure-requests",
        unsigned.replace("\"urgency\": \"ROUTINE\"", "\"urgency\": \"RISK_TO_LIFE\"").formatted("Kit Vale", "2014-03-04"));
    assertThat(urgent.statusCode()).as(urgent.body()).isEqualTo(201);
    String reference = json.readTree(urgent.body()).get("reference").asText();
    String instance = runtimeService.createProcessInstanceQuery().rootProcessInstances().processInstanceBusinessKey(reference).singleResult().getId();
    assertThat(taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(DisclosureProcess.TASK_SHARE_NOW)
        .taskCandidateGroup("out-of-hours").count()).isEqualTo(1);
  }

  @Test
  void aClockStoppedThroughTheApiGivesAnOfficerTheAnswerToRecordAndItsResolutionLetsTheCaseFinish() throws Exception {
    String reference = json.readTree(api("officer").post("/api/disclosure-requests", VALID.formatted("Quill Ashdown", "2013-06-06")).body())
        .get("reference").asText();
    String instance = pastAcknowledgement(reference);

    HttpResponse<String> stopped = api("officer").post("/api/cases/" + reference + "/clock-stops",
        "{\"reason\": \"CLARIFICATION\", \"askedOn\": \"" + TODAY + "\"}");
    assertThat(stopped.statusCode()).as(stopped.body()).isEqualTo(200);
    // the process heard of it: an officer is given the answer to record, beside triage
    assertThat(openTasks(instance)).containsExactlyInAnyOrder(
        DisclosureProcess.TASK_TRIAGE_REQUEST, AskTheRequester.TASK_RECORD_ANSWER);

    HttpResponse<String> resolved = api("officer").post("/api/cases/" + reference + "/clock-stops/resolve",
        "{\"receivedOn\": \"" + TODAY + "\"}");
    assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(200);
    assertThat(json.readTree(resolved.body()).get("status").asText()).isEqualTo("OPEN");
    // the answer recorded through the API ends the step that waited for it
    assertThat(openTasks(instance)).containsExactly(DisclosureProcess.TASK_TRIAGE_REQUEST);

    approveAndExtract(instance, "Needed for the investigation");
    // the register entry and the decision letter are asynchronous steps
    for (Job job = nextJob(instance); job != null; job = nextJob(instance)) {
      managementService.executeJob(job.getId());
    }
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    assertThat(cases.findByReference(reference).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);
  }

  @Test
  void anAnswerRecordedThroughTheApiEndsTheProcesssOwnWaitAtTriageAndAStopWhileWaitingIsRefused() throws Exception {
    String reference = json.readTree(api("officer").post("/api/disclosure-requests", VALID.formatted("Rue Fenwick", "2013-07-07")).body())
        .get("reference").asText();
    String instance = pastAcknowledgement(reference);
    complete(instance, DisclosureProcess.TASK_TRIAGE_REQUEST, "officer",
        Map.of(DisclosureProcess.TRIAGE_OUTCOME, "MORE_INFORMATION", DisclosureProcess.DECISION_REASONS, "Which dates?"));
    // stopping the clock and writing is an asynchronous step
    Job ask = CalledProcesses.job(managementService, runtimeService, instance, AskTheRequester.TASK_STOP_CLOCK_AND_ASK, false);
    managementService.executeJob(ask.getId());
    assertThat(openTasks(instance)).containsExactly(AskTheRequester.TASK_RECORD_ANSWER);

    HttpResponse<String> again = api("officer").post("/api/cases/" + reference + "/clock-stops",
        "{\"reason\": \"CLARIFICATION\", \"askedOn\": \"" + TODAY + "\"}");
    assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
    assertThat(openTasks(instance)).containsExactly(AskTheRequester.TASK_RECORD_ANSWER);

    HttpResponse<String> resolved = api("officer").post("/api/cases/" + reference + "/clock-stops/resolve",
        "{\"receivedOn\": \"" + TODAY + "\"}");
    assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(200);
    assertThat(openTasks(instance)).containsExactly(DisclosureProcess.TASK_TRIAGE_REQUEST);
  }

  @Test
  void recordingTheAnswerAfterTheClockWasResumedElsewhereDoesNotLeaveTheStepImpossibleToComplete() throws Exception {
    String reference = json.readTree(api("officer").post("/api/disclosure-requests", VALID.formatted("Sorrel Brant", "2013-08-08")).body())
        .get("reference").asText();
    String instance = pastAcknowledgement(reference);
    complete(instance, DisclosureProcess.TASK_TRIAGE_REQUEST, "officer",
        Map.of(DisclosureProcess.TRIAGE_OUTCOME, "MORE_INFORMATION", DisclosureProcess.DECISION_REASONS, "Which dates?"));
    Job ask = CalledProcesses.job(managementService, runtimeService, instance, AskTheRequester.TASK_STOP_CLOCK_AND_ASK, false);
    managementService.executeJob(ask.getId());
    // the clock resumed by another way than the API (no message reaches the process)
    caseFiles.resolveClockStop(reference, TODAY);

    complete(instance, AskTheRequester.TASK_RECORD_ANSWER, "officer",
        Map.of(AskTheRequester.ANSWER_RECEIVED_ON, TODAY.toString()));

    assertThat(openTasks(instance)).containsExactly(DisclosureProcess.TASK_TRIAGE_REQUEST);
    assertThat(cases.findByReference(reference).orElseThrow().status()).isEqualTo(CaseStatus.OPEN);
  }

  private Job nextJob(String instance) {
    return managementService.createJobQuery().processInstanceId(instance).executable().listPage(0, 1).stream()
        .findFirst().orElse(null);
  }

  private List<String> openTasks(String instance) {
    return CalledProcesses.tasks(taskService, runtimeService, instance)
        .list().stream().map(Task::getTaskDefinitionKey).toList();
  }

  /** Accepts the request at triage, has it approved by both approvers and records the extract. */
  private void approveAndExtract(String instance, String necessity) {
    complete(instance, DisclosureProcess.TASK_TRIAGE_REQUEST, "officer",
        Map.of(DisclosureProcess.TRIAGE_OUTCOME, "ACCEPT", DisclosureProcess.NECESSITY, necessity));
    for (String user : List.of("officer", "manager")) {
      complete(instance, DisclosureProcess.TASK_APPROVE_DISCLOSURE, user,
          Map.of(DisclosureProcess.APPROVAL_DECISION, "APPROVE", DisclosureProcess.DECISION_REASONS, "Necessary",
              DisclosureProcess.COUNCIL_LAWFUL_BASIS, "PUBLIC_TASK",
              DisclosureProcess.SPECIAL_DATA_CONDITION, "SAFEGUARDING_CHILDREN"));
    }
    complete(instance, DisclosureProcess.TASK_PREPARE_EXTRACT, "officer",
        Map.of(DisclosureProcess.EXTRACT_DESCRIPTION, "Contact dates", DisclosureProcess.PUBLISHED_PURPOSE, "Investigation",
            DisclosureProcess.DISPATCHED_ON, TODAY.toString(), DisclosureProcess.FAMILY_TOLD, true));
  }

  /** Registers a police request and refuses it at triage. */
  private String refusedAtTriage(String child, String born) throws Exception {
    String reference = json.readTree(api("officer").post("/api/disclosure-requests", VALID.formatted(child, born)).body())
        .get("reference").asText();
    String instance = pastAcknowledgement(reference);
    complete(instance, DisclosureProcess.TASK_TRIAGE_REQUEST, "officer",
        Map.of(DisclosureProcess.TRIAGE_OUTCOME, "REFUSE", DisclosureProcess.DECISION_REASONS, "A trawl"));
    return reference;
  }

  private String pastAcknowledgement(String reference) {
    String instance = runtimeService.createProcessInstanceQuery().rootProcessInstances().processInstanceBusinessKey(reference).singleResult().getId();
    // the acknowledgement letter is an asynchronous job (no mail server here): move past it
    runtimeService.createProcessInstanceModification(instance)
        .cancelAllForActivity(DisclosureProcess.TASK_SEND_ACKNOWLEDGEMENT)
        .startBeforeActivity(DisclosureProcess.TASK_TRIAGE_REQUEST)
        .execute();
    return instance;
  }

  /** Registers a request about a child and takes it to an approved disclosure, as its users. */
  private String disclose(String template, String child, String born, String publishedPurpose) throws Exception {
    HttpResponse<String> created = api("officer").post("/api/disclosure-requests", template.formatted(child, born));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String reference = json.readTree(created.body()).get("reference").asText();
    String instance = pastAcknowledgement(reference);
    complete(instance, DisclosureProcess.TASK_TRIAGE_REQUEST, "officer",
        Map.of(DisclosureProcess.TRIAGE_OUTCOME, "ACCEPT", DisclosureProcess.NECESSITY, "Needed for the investigation"));
    for (String user : List.of("officer", "manager")) {
      complete(instance, DisclosureProcess.TASK_APPROVE_DISCLOSURE, user,
          Map.of(DisclosureProcess.APPROVAL_DECISION, "APPROVE", DisclosureProcess.DECISION_REASONS, "Necessary",
              DisclosureProcess.COUNCIL_LAWFUL_BASIS, "PUBLIC_TASK",
              DisclosureProcess.SPECIAL_DATA_CONDITION, "SAFEGUARDING_CHILDREN"));
    }
    complete(instance, DisclosureProcess.TASK_PREPARE_EXTRACT, "officer",
        Map.of(DisclosureProcess.EXTRACT_DESCRIPTION, "Contact dates", DisclosureProcess.PUBLISHED_PURPOSE, publishedPurpose,
            DisclosureProcess.DISPATCHED_ON, TODAY.toString(), DisclosureProcess.FAMILY_TOLD, true));
    return reference;
  }

  private void complete(String instance, String activity, String user, Map<String, Object> variables) {
    Task task = CalledProcesses.tasks(taskService, runtimeService, instance)
        .taskDefinitionKey(activity).singleResult();
    assertThat(task).as("open %s", activity).isNotNull();
    AsUser.complete(identityService, taskService, task, user, variables);
  }

  private Api api(String user) {
    return Api.at(port).as(user);
  }
}
