package org.inforights.casework.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.HistoryService;
import org.inforights.casework.support.Api;
import org.inforights.casework.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The disclosure intake's start form submitted as Tasklist submits it: Camunda Forms send a
 * checklist's value (the kinds of data) as a variable of type {@code Json}, which the engine knows
 * only with Camunda Spin.
 */
@ApplicationTest
class DisclosureStartFormTest {

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired HistoryService historyService;
  @Autowired DisclosureParticulars particulars;

  @Test
  void aRequestStartedFromTasklistsFormKeepsTheKindsOfDataTickedInItsChecklist() throws Exception {
    HttpResponse<String> started = Api.at(port).as("officer").post(
        "/engine-rest/process-definition/key/" + DisclosureProcess.KEY + "/submit-form", """
        {"variables": {
          "intakeRequesterType": {"value": "POLICE", "type": "String"},
          "intakeOrganisation": {"value": "Example Constabulary", "type": "String"},
          "intakeOfficerName": {"value": "DC Checklist", "type": "String"},
          "intakeOfficerRole": {"value": "Detective Constable", "type": "String"},
          "intakeOfficerEmail": {"value": "dc.checklist@police.example", "type": "String"},
          "intakeAuthorisingOfficerName": {"value": "Insp Checklist", "type": "String"},
          "intakeAuthorisingOfficerRank": {"value": "INSPECTOR", "type": "String"},
          "intakeLegalBasis": {"value": "CRIME_AND_TAXATION", "type": "String"},
          "intakePurpose": {"value": "Investigation of an assault", "type": "String"},
          "intakeDataRequested": {"value": "Dates of contact", "type": "String"},
          "intakeDataCategories": {"value": "[\\"SOCIAL_CARE\\",\\"EDUCATION\\"]", "type": "Json"},
          "intakeChildrenScope": {"value": "ONE", "type": "String"},
          "intakeChildName": {"value": "Tick Boxley", "type": "String"},
          "intakeChildDateOfBirth": {"value": "2014-09-15", "type": "String"},
          "intakeSensitivity": {"value": "STANDARD", "type": "String"},
          "intakeSecurityArrangements": {"value": "Secure police e-mail", "type": "String"},
          "intakeRetentionArrangements": {"value": "Life of the investigation", "type": "String"},
          "intakeUrgency": {"value": "ROUTINE", "type": "String"}}}
        """);

    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    JsonNode instance = json.readTree(started.body());
    String reference = instance.get("businessKey").asText();
    assertThat(particulars.of(reference)).hasValueSatisfying(request ->
        assertThat(request.dataCategories()).containsExactly("EDUCATION", "SOCIAL_CARE"));
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.get("id").asText())
            .variableName("intakeDataCategories").count())
        .as("the form's fields stay out of the history").isZero();
  }
}
