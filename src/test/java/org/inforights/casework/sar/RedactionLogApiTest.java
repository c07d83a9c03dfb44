package org.inforights.casework.sar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
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
             "reasoning": "Names a foster sibling; no consent, not reasonable to disclose", "consentSought": true}
            """);

    assertThat(logged.statusCode()).as(logged.body()).isEqualTo(201);
    JsonNode list = json.readTree(Api.at(port).as("manager").get("/api/cases/" + reference + "/redactions").body());
    assertThat(list).hasSize(1);
    assertThat(list.get(0).get("statutoryReference").asText()).isEqualTo("Data Protection Act 2018 Sch 2 Pt 3 para 16");
    assertThat(list.get(0).get("recordedBy").asText()).isEqualTo("officer");
    assertThat(list.get(0).get("consentSought").asBoolean()).isTrue();
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
    assertThat(missing.body()).contains("\"field\":\"reasoning\"", "\"field\":\"consentSought\"");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("\"field\":\"exemption\"", "SERIOUS_HARM");
    assertThat(redactions.count()).isEqualTo(before);
  }

  @Test
  void theLogOfAnUnknownCaseIsNotFound() {
    assertThat(Api.at(port).as("officer").get("/api/cases/SAR-1999-00001/redactions").statusCode()).isEqualTo(404);
  }
}
