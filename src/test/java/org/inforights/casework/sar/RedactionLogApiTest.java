package org.inforights.casework.sar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import org.inforights.casework.support.Api;
import org.inforights.casework.support.ApplicationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ApplicationTest
class RedactionLogApiTest {

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired RedactionRepository redactions;
  @Autowired ChildAuthorities childAuthorities;

  String reference;

  @BeforeEach
  void aCase() throws Exception {
    reference = json.readTree(Api.at(port).as("officer").post("/api/sars", SarIntakeApiTest.VALID).body())
        .get("reference").asText();
  }

  @Test
  void eachRedactionIsLoggedWithItsExemptionsStatutoryReference() throws Exception {
    HttpResponse<String> logged =
        Api.at(port).as("officer").post("/api/cases/" + reference + "/redactions", """
            {"location": "Social care file, p. 14, para 3", "exemption": "THIRD_PARTY_DATA",
             "reasoning": "Names a foster sibling; no consent, not reasonable to disclose", "consentSought": true, "thirdParty": {"role": "PRIVATE_INDIVIDUAL", "consent": "NO_REPLY", "factorsWeighed": ["STEPS_TO_SEEK_CONSENT", "DUTY_OF_CONFIDENTIALITY"]}}
            """);

    assertThat(logged.statusCode()).as(logged.body()).isEqualTo(201);
    JsonNode list = json.readTree(Api.at(port).as("manager").get("/api/cases/" + reference + "/redactions").body());
    assertThat(list).hasSize(1);
    assertThat(list.get(0).get("statutoryReference").asText()).isEqualTo("Data Protection Act 2018 Sch 2 Pt 3 para 16");
    assertThat(list.get(0).get("recordedBy").asText()).isEqualTo("officer");
    assertThat(list.get(0).get("consentSought").asBoolean()).isTrue();
    assertThat(list.get(0).get("thirdParty").get("consent").asText()).isEqualTo("NO_REPLY");
    assertThat(list.get(0).get("thirdParty").get("factorsWeighed").toString())
        .isEqualTo("[\"DUTY_OF_CONFIDENTIALITY\",\"STEPS_TO_SEEK_CONSENT\"]");
    assertThat(list.get(0).get("warnings")).isEmpty();
  }

  @Test
  void aThirdPartysConsentIsRecordedWithItsOutcomeAndTheFactorsWeighedNotAsAYesOrNo() {
    long before = redactions.count();

    HttpResponse<String> yesOrNoOnly = post("""
        {"location": "p. 4", "exemption": "THIRD_PARTY_DATA", "reasoning": "Names an aunt", "consentSought": true}
        """);
    HttpResponse<String> nothingWeighed = post("""
        {"location": "p. 4", "exemption": "THIRD_PARTY_DATA", "reasoning": "Names an aunt",
         "thirdParty": {"role": "PRIVATE_INDIVIDUAL", "consent": "NOT_SOUGHT", "factorsWeighed": []}}
        """);
    HttpResponse<String> consented = post("""
        {"location": "p. 4", "exemption": "THIRD_PARTY_DATA", "reasoning": "Names an aunt",
         "thirdParty": {"role": "PRIVATE_INDIVIDUAL", "consent": "GIVEN", "factorsWeighed": ["STEPS_TO_SEEK_CONSENT"]}}
        """);
    HttpResponse<String> refusalNotWeighed = post("""
        {"location": "p. 4", "exemption": "THIRD_PARTY_DATA", "reasoning": "Names an aunt",
         "thirdParty": {"role": "PRIVATE_INDIVIDUAL", "consent": "REFUSED", "factorsWeighed": ["STEPS_TO_SEEK_CONSENT"]}}
        """);
    HttpResponse<String> contradicting = post("""
        {"location": "p. 4", "exemption": "THIRD_PARTY_DATA", "reasoning": "Names an aunt", "consentSought": true,
         "thirdParty": {"role": "PRIVATE_INDIVIDUAL", "consent": "NOT_SOUGHT", "factorsWeighed": ["TYPE_OF_INFORMATION"]}}
        """);
    HttpResponse<String> consentOnAnotherExemption = post("""
        {"location": "p. 4", "exemption": "CRIME", "reasoning": "Live police enquiry", "consentSought": false,
         "thirdParty": {"role": "PRIVATE_INDIVIDUAL", "consent": "NOT_SOUGHT", "factorsWeighed": ["TYPE_OF_INFORMATION"]}}
        """);

    assertThat(yesOrNoOnly.statusCode()).isEqualTo(400);
    assertThat(yesOrNoOnly.body()).contains("\"field\":\"thirdParty\"", "para 16(3)");
    assertThat(nothingWeighed.statusCode()).isEqualTo(400);
    assertThat(nothingWeighed.body()).contains("\"field\":\"thirdParty.factorsWeighed\"");
    assertThat(consented.statusCode()).isEqualTo(400);
    assertThat(consented.body()).contains("\"field\":\"thirdParty.consent\"", "para 16(2)(a)");
    assertThat(refusalNotWeighed.statusCode()).isEqualTo(400);
    assertThat(refusalNotWeighed.body()).contains("EXPRESS_REFUSAL");
    assertThat(contradicting.statusCode()).isEqualTo(400);
    assertThat(contradicting.body()).contains("\"field\":\"consentSought\"");
    assertThat(consentOnAnotherExemption.statusCode()).isEqualTo(400);
    assertThat(consentOnAnotherExemption.body()).contains("\"field\":\"thirdParty\"");
    assertThat(redactions.count()).isEqualTo(before);

    HttpResponse<String> refused = post("""
        {"location": "p. 4", "exemption": "THIRD_PARTY_DATA", "reasoning": "The aunt said no; she fears the father",
         "thirdParty": {"role": "PRIVATE_INDIVIDUAL", "consent": "REFUSED",
                        "factorsWeighed": ["EXPRESS_REFUSAL", "STEPS_TO_SEEK_CONSENT", "DUTY_OF_CONFIDENTIALITY"]}}
        """);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(201);
    assertThat(refused.body()).contains("\"consentSought\":true", "\"consent\":\"REFUSED\"");
  }

  @Test
  void aSocialWorkerActingInTheirRoleIsNormallyDisclosedSoWithholdingOneNeedsAReasonAndIsFlagged() throws Exception {
    HttpResponse<String> noReason = post("""
        {"location": "Core assessment, p. 2", "exemption": "THIRD_PARTY_DATA", "reasoning": "Names the social worker",
         "thirdParty": {"role": "SOCIAL_WORKER", "consent": "NOT_SOUGHT", "factorsWeighed": ["TYPE_OF_INFORMATION"]}}
        """);
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("\"field\":\"thirdParty.professionalReason\"", "para 17");

    HttpResponse<String> withReason = post("""
        {"location": "Core assessment, p. 2", "exemption": "THIRD_PARTY_DATA", "reasoning": "Home address of the worker",
         "thirdParty": {"role": "SOCIAL_WORKER", "consent": "NOT_SOUGHT", "factorsWeighed": ["TYPE_OF_INFORMATION"],
                        "professionalReason": "The passage gives her home address, not what she did in her role"}}
        """);
    assertThat(withReason.statusCode()).as(withReason.body()).isEqualTo(201);
    JsonNode line = json.readTree(withReason.body());
    assertThat(line.get("warnings").get(0).asText()).contains("social worker", "Sch 2 Pt 3 para 17");
    assertThat(line.get("thirdParty").get("professionalReason").asText()).contains("home address");
  }

  @Test
  void theExpectationsAndWishesAndChildAbuseParagraphsAreOnlyForARequestBySomeoneWithParentalResponsibility()
      throws Exception {
    // SarIntakeApiTest.VALID: the young person asks about themselves
    for (String exemption : new String[] {"EXPECTATIONS_AND_WISHES", "HEALTH_DATA_EXPECTATIONS_AND_WISHES", "CHILD_ABUSE_DATA"}) {
      HttpResponse<String> refused = post("""
          {"location": "p. 9", "exemption": "%s", "reasoning": "Told the worker in confidence", "consentSought": false}
          """.formatted(exemption));
      assertThat(refused.statusCode()).as(exemption).isEqualTo(400);
      assertThat(refused.body()).contains("\"field\":\"exemption\"", "parental responsibility");
    }
    JsonNode offeredToTheChild = json.readTree(
        Api.at(port).as("officer").get("/api/cases/" + reference + "/redactions/exemptions").body());
    assertThat(offeredToTheChild.findValuesAsText("code"))
        .contains("THIRD_PARTY_DATA", "SERIOUS_HARM", "HEALTH_DATA_SERIOUS_HARM", "EDUCATION_DATA_SERIOUS_HARM",
            "ADOPTION_RECORDS", "SPECIAL_EDUCATIONAL_NEEDS", "PARENTAL_ORDER_RECORDS", "COURT_DATA")
        .doesNotContain("EXPECTATIONS_AND_WISHES", "HEALTH_DATA_EXPECTATIONS_AND_WISHES", "CHILD_ABUSE_DATA",
            "HEALTH_DATA");
    assertThat(offeredToTheChild.get(0).get("statutoryReference").asText()).startsWith("Data Protection Act 2018 Sch");

    String parents = json.readTree(Api.at(port).as("officer").post("/api/sars", """
        {"receivedOn": "2026-01-31", "channel": "EMAIL",
         "requester": {"name": "Alex Parent", "email": "alex@example.org", "relationship": "PARENT"},
         "subject": {"name": "Robin Parent", "dateOfBirth": "2015-05-04", "cohort": "CHILD_IN_NEED"},
         "description": "Everything about Robin"}
        """).body()).get("reference").asText();
    JsonNode offeredToTheParent = json.readTree(
        Api.at(port).as("officer").get("/api/cases/" + parents + "/redactions/exemptions").body());
    assertThat(offeredToTheParent.findValuesAsText("code"))
        .contains("EXPECTATIONS_AND_WISHES", "HEALTH_DATA_EXPECTATIONS_AND_WISHES", "CHILD_ABUSE_DATA");
    HttpResponse<String> accepted = Api.at(port).as("officer").post("/api/cases/" + parents + "/redactions", """
        {"location": "p. 9", "exemption": "CHILD_ABUSE_DATA", "reasoning": "Not in Robin's best interests", "consentSought": false}
        """);
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
    assertThat(json.readTree(accepted.body()).get("statutoryReference").asText())
        .isEqualTo("Data Protection Act 2018 Sch 3 Pt 5 para 21");
  }

  @Test
  void onceVerifiedTheParentalResponsibilityRecordedDecidesNotTheRelationshipGivenAtIntake() throws Exception {
    // a birth parent after adoption: asked as a parent, recorded as holding none (ACA 2002 s.46(2)(a))
    String birthParents = requestFor("PARENT");
    childAuthorities.recordResponsibility(birthParents, ParentalResponsibilityBasis.NONE, ChildLegalStatus.ADOPTED, false);
    assertThat(offered(birthParents)).doesNotContain("EXPECTATIONS_AND_WISHES", "CHILD_ABUSE_DATA");
    HttpResponse<String> refused = Api.at(port).as("officer").post("/api/cases/" + birthParents + "/redactions", """
        {"location": "p. 9", "exemption": "CHILD_ABUSE_DATA", "reasoning": "Not in the child's interests", "consentSought": false}
        """);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);

    // a relative the child lives with under a child arrangements order holds it (Children Act 1989 s.12(2))
    String carers = requestFor("OTHER");
    assertThat(offered(carers)).doesNotContain("EXPECTATIONS_AND_WISHES");
    childAuthorities.recordResponsibility(
        carers, ParentalResponsibilityBasis.CHILD_ARRANGEMENTS_ORDER, ChildLegalStatus.NO_ORDER, false);
    assertThat(offered(carers)).contains("EXPECTATIONS_AND_WISHES", "HEALTH_DATA_EXPECTATIONS_AND_WISHES", "CHILD_ABUSE_DATA");
  }

  private String requestFor(String relationship) throws Exception {
    return json.readTree(Api.at(port).as("officer").post("/api/sars", """
        {"receivedOn": "2026-01-31", "channel": "EMAIL",
         "requester": {"name": "Sam Asker", "email": "sam@example.org", "relationship": "%s"},
         "subject": {"name": "Robin Asker", "dateOfBirth": "2015-05-04", "cohort": "LOOKED_AFTER"},
         "description": "Everything about Robin"}
        """.formatted(relationship)).body()).get("reference").asText();
  }

  private List<String> offered(String reference) throws Exception {
    return json.readTree(Api.at(port).as("officer").get("/api/cases/" + reference + "/redactions/exemptions").body())
        .findValuesAsText("code");
  }

  @Test
  void theHealthParagraphsAreNamedOneByOne() {
    HttpResponse<String> unsplit = post("""
        {"location": "p. 5", "exemption": "HEALTH_DATA", "reasoning": "GP letter", "consentSought": false}
        """);
    HttpResponse<String> seriousHarm = post("""
        {"location": "p. 5", "exemption": "HEALTH_DATA_SERIOUS_HARM", "reasoning": "GP advised", "consentSought": false}
        """);

    assertThat(unsplit.statusCode()).isEqualTo(400);
    assertThat(unsplit.body()).contains("\"field\":\"exemption\"", "HEALTH_DATA_SERIOUS_HARM");
    assertThat(seriousHarm.statusCode()).as(seriousHarm.body()).isEqualTo(201);
    assertThat(seriousHarm.body()).contains("Sch 3 Pt 2 para 5");
  }

  private HttpResponse<String> post(String body) {
    return Api.at(port).as("officer").post("/api/cases/" + reference + "/redactions", body);
  }

  @Test
  void aRedactionWithoutItsReasoningOrWithAnUnknownExemptionIsRefused() {
    long before = redactions.count();

    HttpResponse<String> missing =
        Api.at(port).as("officer").post("/api/cases/" + reference + "/redactions", "{\"location\": \"p. 2\", \"exemption\": \"CRIME\"}");
    HttpResponse<String> unknown =
        Api.at(port).as("officer").post("/api/cases/" + reference + "/redactions",
            "{\"location\": \"p. 2\", \"exemption\": \"EMBARRASSING\", \"reasoning\": \"x\", \"consentSought\": false}");

    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body()).contains("\"field\":\"reasoning\"");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("\"field\":\"exemption\"", "SERIOUS_HARM");
    assertThat(redactions.count()).isEqualTo(before);
  }

  @Test
  void theLogOfAnUnknownCaseIsNotFound() {
    assertThat(Api.at(port).as("officer").get("/api/cases/SAR-1999-00001/redactions").statusCode()).isEqualTo(404);
  }
}
