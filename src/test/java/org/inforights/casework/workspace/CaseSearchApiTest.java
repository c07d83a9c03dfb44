package org.inforights.casework.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.inforights.casework.sar.SarProcess;
import org.inforights.casework.support.Api;
import org.inforights.casework.support.ApplicationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Finding a case in Tasklist's search: by reference, by the child, by the requester. */
@ApplicationTest
class CaseSearchApiTest {

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  TestCases.Sar sar;
  String surname;

  @BeforeEach
  void aCase() {
    surname = TestCases.uniqueSurname();
    sar = TestCases.sar(port, "Maya " + surname, "2014-05-17", "Robin " + surname + "son");
  }

  @Test
  void anOfficerFindsTheCaseByItsReferenceInAnyCaseWithItsOpenTasks() throws Exception {
    Task verify = TestCases.atTask(runtimeService, taskService, sar.reference(), SarProcess.TASK_VERIFY_IDENTITY);

    JsonNode found = ok(officer().get("/api/cases?reference=" + sar.reference().toLowerCase()));

    assertThat(found).hasSize(1);
    JsonNode result = found.get(0);
    assertThat(result.get("reference").asText()).isEqualTo(sar.reference());
    assertThat(result.get("type").asText()).isEqualTo("SAR");
    assertThat(result.get("status").asText()).isEqualTo("OPEN");
    assertThat(result.get("receivedOn").asText()).isEqualTo("2026-11-02");
    assertThat(result.get("dueOn").asText()).isEqualTo("2026-12-02");
    assertThat(result.get("children").get(0).asText()).isEqualTo("Maya " + surname);
    assertThat(result.get("openTasks")).hasSize(1);
    assertThat(result.get("openTasks").get(0).get("id").asText()).isEqualTo(verify.getId());
    assertThat(result.get("openTasks").get(0).get("name").asText()).isEqualTo(verify.getName());
  }

  @Test
  void aPartOfTheChildsNameInAnyCaseFindsTheCase() throws Exception {
    assertThat(references(ok(officer().get("/api/cases?childName=" + surname.toUpperCase()))))
        .containsExactly(sar.reference());
    assertThat(references(ok(manager().get("/api/cases?childName=maya%20" + surname.substring(0, 4)))))
        .contains(sar.reference());
  }

  @Test
  void theChildsNameAndDateOfBirthTogetherFindOnlyThatChild() throws Exception {
    assertThat(references(ok(officer().get("/api/cases?childName=" + surname + "&childDateOfBirth=2014-05-17"))))
        .containsExactly(sar.reference());
    assertThat(ok(officer().get("/api/cases?childName=" + surname + "&childDateOfBirth=2014-05-18"))).isEmpty();
    assertThat(references(ok(dpo().get("/api/cases?childDateOfBirth=2014-05-17")))).contains(sar.reference());
  }

  @Test
  void theRequestersNameFindsTheCase() throws Exception {
    assertThat(references(ok(officer().get("/api/cases?requesterName=" + surname + "SON"))))
        .containsExactly(sar.reference());
  }

  @Test
  void aDisclosureIsFoundByTheChildItNames() throws Exception {
    String child = "Ezra " + TestCases.uniqueSurname();
    String disclosure = TestCases.disclosure(port, child, "2012-03-04");

    JsonNode found = ok(officer().get("/api/cases?childName=" + child.replace(" ", "%20")));

    assertThat(references(found)).containsExactly(disclosure);
    assertThat(found.get(0).get("type").asText()).isEqualTo("DISCLOSURE");
    assertThat(found.get(0).get("children").get(0).asText()).isEqualTo(child);
  }

  @Test
  void wildcardsInASearchTermAreTakenLiterally() throws Exception {
    assertThat(ok(officer().get("/api/cases?childName=%25%25"))).isEmpty();
    assertThat(ok(officer().get("/api/cases?requesterName=__"))).isEmpty();
  }

  @Test
  void anAdministratorSearchesToo() throws Exception {
    JsonNode found = ok(Api.at(port).as("admin").get("/api/cases?reference=" + sar.reference()));

    assertThat(found.get(0).get("children").get(0).asText()).isEqualTo("Maya " + surname);
  }

  @ParameterizedTest
  @ValueSource(strings = {"owner", "guardian", "analyst"})
  void recordOwnersTheCaldicottGuardianAndAnalystsMayNotSearch(String user) {
    HttpResponse<String> response = Api.at(port).as(user).get("/api/cases?reference=" + sar.reference());

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).doesNotContain(sar.reference());
  }

  @Test
  void withoutSigningInTheSearchIsUnauthorized() {
    assertThat(Api.at(port).get("/api/cases?reference=" + sar.reference()).statusCode()).isEqualTo(401);
  }

  @Test
  void aSearchWithoutAnyKeyIsRefusedNamingTheKeys() throws Exception {
    HttpResponse<String> response = officer().get("/api/cases");
    HttpResponse<String> blank = officer().get("/api/cases?childName=%20%20");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("reference", "childName", "childDateOfBirth", "requesterName");
    assertThat(blank.statusCode()).isEqualTo(400);
  }

  @Test
  void aDateThatIsNotADateAndATooShortNameAreNamed() throws Exception {
    HttpResponse<String> date = officer().get("/api/cases?childDateOfBirth=17/05/2014");
    HttpResponse<String> shortName = officer().get("/api/cases?requesterName=R");

    assertThat(date.statusCode()).isEqualTo(400);
    assertThat(date.body()).contains("\"field\":\"childDateOfBirth\"").doesNotContain("17/05/2014");
    assertThat(shortName.statusCode()).isEqualTo(400);
    assertThat(shortName.body()).contains("\"field\":\"requesterName\"");
  }

  private List<String> references(JsonNode found) {
    List<String> references = new ArrayList<>();
    found.forEach(result -> references.add(result.get("reference").asText()));
    return references;
  }

  private JsonNode ok(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private Api officer() {
    return Api.at(port).as("officer");
  }

  private Api manager() {
    return Api.at(port).as("manager");
  }

  private Api dpo() {
    return Api.at(port).as("dpo");
  }
}
