package org.inforights.casework.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.Variables;
import org.inforights.casework.support.Api;
import org.inforights.casework.support.ApplicationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who may reach what, group by group: the tasks each sees and may complete, the cases each may
 * read through Camunda's REST API, and the operations of our API each may call. (Webapp sign-in
 * is walked in {@link AccessTest}; the actuator in OperationsEndpointsTest.)
 */
@ApplicationTest
class AuthorizationMatrixTest {

  static final String SAR_PROCESS = "subject-access-request";
  static final String BREACH_REVIEW = "statutory-breach-review";

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  String reference;

  /**
   * One case with a task for each of four groups waiting: the officers', owners', managers' and
   * DPO's, each in a process of its own with the case's reference as business key.
   */
  @BeforeEach
  void aCaseWithATaskForEachGroup() throws Exception {
    HttpResponse<String> created = Api.at(port).as("officer").post("/api/sars", """
        {"receivedOn": "2026-03-02", "channel": "EMAIL",
         "requester": {"name": "Matrix Requester", "email": "matrix@example.org", "relationship": "SELF"},
         "subject": {"name": "Matrix Requester", "dateOfBirth": "2009-02-01", "cohort": "CARE_LEAVER"}}
        """);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    reference = json.readTree(created.body()).get("reference").asText();
    runtimeService.createProcessInstanceQuery().rootProcessInstances().processInstanceBusinessKey(reference).list()
        .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "set up for the test"));
    Map<String, Object> variables = Map.of(
        "caseReference", reference, "dueAt", new Date(), "reviewDueAt", new Date(), "searchDueAt", new Date(),
        "recordsSystems", "Mosaic");
    for (String task : List.of("Task_VerifyIdentity", "Task_SearchRecords", "Task_ApproveResponse")) {
      runtimeService.createProcessInstanceByKey(SAR_PROCESS).businessKey(reference)
          .startBeforeActivity(task)
          .setVariables(variables)
          .execute();
    }
    runtimeService.createProcessInstanceByKey(BREACH_REVIEW).businessKey(reference)
        .startBeforeActivity("Task_ReviewBreach")
        .setVariables(variables)
        .execute();
  }

  @ParameterizedTest(name = "{0} sees {1}: {2}; may complete it: {3}")
  @CsvSource({
    // officers: their own work only; not the owners' searches, the managers' approvals or the DPO's reviews
    "officer,  Task_VerifyIdentity,  true,  true",
    "officer,  Task_SearchRecords,   false, false",
    "officer,  Task_ApproveResponse, false, false",
    "officer,  Task_ReviewBreach,    false, false",
    // record owners: only the searches of their records
    "owner,    Task_VerifyIdentity,  false, false",
    "owner,    Task_SearchRecords,   true,  true",
    "owner,    Task_ApproveResponse, false, false",
    "owner,    Task_ReviewBreach,    false, false",
    // managers oversee every case's tasks, but complete only their own
    "manager,  Task_VerifyIdentity,  true,  false",
    "manager,  Task_SearchRecords,   true,  false",
    "manager,  Task_ApproveResponse, true,  true",
    "manager,  Task_ReviewBreach,    true,  false",
    // the DPO oversees too, and alone reviews breaches
    "dpo,      Task_VerifyIdentity,  true,  false",
    "dpo,      Task_ApproveResponse, true,  false",
    "dpo,      Task_ReviewBreach,    true,  true",
    // the Caldicott Guardian and analysts see no SAR task
    "guardian, Task_VerifyIdentity,  false, false",
    "guardian, Task_ReviewBreach,    false, false",
    "analyst,  Task_VerifyIdentity,  false, false",
    "analyst,  Task_ReviewBreach,    false, false",
  })
  void eachGroupSeesAndCompletesOnlyTheTasksItsRoleGivesIt(
      String user, String task, boolean sees, boolean mayComplete) throws Exception {
    String taskId = taskService.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(task)
        .singleResult().getId();

    JsonNode visible = json.readTree(Api.at(port).as(user)
        .get("/engine-rest/task?processInstanceBusinessKey=" + reference + "&taskDefinitionKey=" + task).body());
    assertThat(visible.size()).as("%s sees %s", user, task).isEqualTo(sees ? 1 : 0);

    // an empty submission: a permitted user completes it or is refused for missing form values
    // (204 or 400); anyone else is refused for their groups (403) and the task stays
    HttpResponse<String> complete =
        Api.at(port).as(user).post("/engine-rest/task/" + taskId + "/complete", "{\"variables\": {}}");
    if (mayComplete) {
      assertThat(complete.statusCode()).as(complete.body()).isIn(204, 400);
    } else {
      assertThat(complete.statusCode()).as(complete.body()).isEqualTo(403);
      assertThat(taskService.createTaskQuery().taskId(taskId).count()).as("the task is still there").isEqualTo(1);
    }
  }

  @ParameterizedTest(name = "{0} reads the case's processes through /engine-rest: {1}")
  @CsvSource({
    "officer,  false",
    "owner,    false",
    "guardian, false",
    "analyst,  false",
    "manager,  true",
    "dpo,      true",
    "admin,    true",
  })
  void nobodyReadsACaseThroughEngineRestWithoutPermission(String user, boolean reads) throws Exception {
    Api api = Api.at(port).as(user);
    JsonNode instances = json.readTree(api.get("/engine-rest/process-instance?businessKey=" + reference).body());
    assertThat(instances.size()).isEqualTo(reads ? 4 : 0);

    String instanceId = runtimeService.createProcessInstanceQuery().rootProcessInstances().processInstanceBusinessKey(reference)
        .processDefinitionKey(SAR_PROCESS).list().get(0).getId();
    HttpResponse<String> variables = api.get("/engine-rest/process-instance/" + instanceId + "/variables");
    assertThat(variables.statusCode()).as(variables.body()).isEqualTo(reads ? 200 : 403);
    HttpResponse<String> delete = api.send("DELETE", "/engine-rest/process-instance/" + instanceId);
    assertThat(delete.statusCode()).as("only an administrator may delete a case's process: " + delete.body())
        .isEqualTo("admin".equals(user) ? 204 : 403);
    if ("admin".equals(user)) {
      return;
    }
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).count()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0} reads the case's history: instances and activities {1}, variable values {2}")
  @CsvSource({
    // analysts improve the models from counts, durations and paths, never from case contents
    "analyst,  true,  false",
    "manager,  true,  true",
    "dpo,      true,  true",
    "admin,    true,  true",
    "officer,  false, false",
    "owner,    false, false",
    "guardian, false, false",
  })
  void analystsReadTheHistorysShapeButNotItsValues(String user, boolean activities, boolean values) throws Exception {
    String instanceId = runtimeService.createProcessInstanceQuery().rootProcessInstances().processInstanceBusinessKey(reference)
        .processDefinitionKey(SAR_PROCESS).list().get(0).getId();
    Api api = Api.at(port).as(user);

    HttpResponse<String> activityInstances =
        api.get("/engine-rest/history/activity-instance?processInstanceId=" + instanceId);
    assertThat(activityInstances.statusCode()).isEqualTo(200);
    assertThat(json.readTree(activityInstances.body()).size() > 0).as("activities").isEqualTo(activities);
    HttpResponse<String> processInstances =
        api.get("/engine-rest/history/process-instance?processInstanceId=" + instanceId);
    assertThat(json.readTree(processInstances.body()).size()).as("instances").isEqualTo(activities ? 1 : 0);

    HttpResponse<String> variableInstances =
        api.get("/engine-rest/history/variable-instance?processInstanceId=" + instanceId);
    assertThat(variableInstances.statusCode()).isIn(200, 403);
    if (variableInstances.statusCode() == 200) {
      assertThat(json.readTree(variableInstances.body()).size() > 0).as("variable values").isEqualTo(values);
    } else {
      assertThat(values).as("refused variable values").isFalse();
    }
    HttpResponse<String> details = api.get("/engine-rest/history/detail?processInstanceId=" + instanceId);
    if (details.statusCode() == 200 && !values) {
      assertThat(json.readTree(details.body()).size()).as("variable updates").isZero();
    }
  }

  /**
   * Every operation of our API against every group, as docs/authorization-matrix.md tabulates it.
   * A permitted call with an empty body gets past authorization to validation (400, or 415 for an
   * upload that is not multipart; 409 for a withdrawal, as removing the case's processes above
   * closed it; 404 for a disclosure's withdrawal, as the case is a SAR) and changes nothing; a read of the matrix's parts follows the
   * case's tasks set up above (officers, owners, managers and the DPO have one; the Caldicott
   * Guardian none); document 999999 does not exist (404 once permitted).
   */
  static final List<String> EVERY_API_OPERATION = List.of(
      "GET  /api/cases/{ref}                    | officer=200 owner=200 manager=200 dpo=200 guardian=200 analyst=403 admin=200",
      "POST /api/cases/{ref}/clock-stops        | officer=400 owner=403 manager=400 dpo=400 guardian=403 analyst=403 admin=400",
      "POST /api/cases/{ref}/clock-stops/resolve | officer=400 owner=403 manager=400 dpo=403 guardian=403 analyst=403 admin=400",
      "POST /api/cases/{ref}/extension          | officer=403 owner=403 manager=400 dpo=403 guardian=403 analyst=403 admin=400",
      "POST /api/cases/{ref}/withdrawal         | officer=409 owner=403 manager=409 dpo=403 guardian=403 analyst=403 admin=409",
      "POST /api/cases/{ref}/complaints         | officer=400 owner=403 manager=400 dpo=403 guardian=403 analyst=403 admin=400",
      "POST /api/cases/{ref}/notes              | officer=400 owner=400 manager=400 dpo=400 guardian=400 analyst=403 admin=400",
      "GET  /api/cases/{ref}/notes              | officer=200 owner=200 manager=200 dpo=200 guardian=403 analyst=403 admin=200",
      "POST /api/cases/{ref}/attachments        | officer=415 owner=415 manager=415 dpo=415 guardian=415 analyst=403 admin=415",
      "GET  /api/cases/{ref}/attachments        | officer=200 owner=200 manager=200 dpo=200 guardian=403 analyst=403 admin=200",
      "GET  /api/cases/{ref}/attachments/999999 | officer=404 owner=404 manager=404 dpo=404 guardian=404 analyst=403 admin=404",
      "POST /api/cases/{ref}/redactions         | officer=400 owner=400 manager=400 dpo=400 guardian=400 analyst=403 admin=400",
      "GET  /api/cases/{ref}/redactions         | officer=200 owner=403 manager=200 dpo=200 guardian=403 analyst=403 admin=200",
      "GET  /api/cases/{ref}/redactions/exemptions | officer=200 owner=200 manager=200 dpo=200 guardian=200 analyst=403 admin=200",
      "GET  /api/cases/{ref}/search-plan | officer=200 owner=200 manager=200 dpo=200 guardian=200 analyst=403 admin=200",
      "POST /api/cases/{ref}/search-plan | officer=400 owner=400 manager=400 dpo=400 guardian=400 analyst=403 admin=400",
      "POST /api/cases/{ref}/supported-access | officer=400 owner=400 manager=400 dpo=400 guardian=400 analyst=403 admin=400",
      "POST /api/cases/{ref}/former-names | officer=400 owner=403 manager=400 dpo=403 guardian=403 analyst=403 admin=400",
      "POST /api/sars                           | officer=400 owner=403 manager=400 dpo=403 guardian=403 analyst=403 admin=400",
      "POST /api/disclosure-requests            | officer=400 owner=403 manager=400 dpo=403 guardian=403 analyst=403 admin=400",
      "GET  /api/disclosure-requests/{ref}      | officer=404 owner=403 manager=404 dpo=404 guardian=404 analyst=403 admin=404",
      "POST /api/disclosure-requests/{ref}/withdrawal | officer=404 owner=403 manager=404 dpo=403 guardian=403 analyst=403 admin=404",
      "GET  /api/disclosure-register            | officer=200 owner=200 manager=200 dpo=200 guardian=200 analyst=403 admin=200",
      "GET  /api/disclosure-register/internal   | officer=403 owner=403 manager=403 dpo=200 guardian=403 analyst=403 admin=200",
      "POST /api/sharing-agreements             | officer=403 owner=403 manager=403 dpo=400 guardian=403 analyst=403 admin=400",
      "GET  /api/sharing-agreements             | officer=200 owner=403 manager=200 dpo=200 guardian=403 analyst=403 admin=200",
      "GET  /api/sharing-agreements/999999      | officer=404 owner=403 manager=404 dpo=404 guardian=403 analyst=403 admin=404",
      "PUT  /api/sharing-agreements/999999      | officer=403 owner=403 manager=403 dpo=400 guardian=403 analyst=403 admin=400",
      "POST /api/sharing-agreements/999999/end  | officer=403 owner=403 manager=403 dpo=400 guardian=403 analyst=403 admin=400",
      "GET  /api/reports/deadlines              | officer=403 owner=403 manager=200 dpo=200 guardian=403 analyst=403 admin=200",
      "GET  /api/reports/compliance?from=2026-01-01&to=2026-03-31 | officer=403 owner=403 manager=200 dpo=200 guardian=403 analyst=403 admin=200",
      "POST /api/cases/{ref}/documents/999999/redaction-marks | officer=404 owner=403 manager=404 dpo=403 guardian=403 analyst=403 admin=404",
      "GET  /api/cases/{ref}/documents/999999/redaction-marks | officer=404 owner=403 manager=404 dpo=403 guardian=403 analyst=403 admin=404",
      "DELETE /api/cases/{ref}/documents/999999/redaction-marks/999999 | officer=404 owner=403 manager=404 dpo=403 guardian=403 analyst=403 admin=404",
      "POST /api/cases/{ref}/documents/999999/redacted-copy | officer=404 owner=403 manager=404 dpo=403 guardian=403 analyst=403 admin=404",
      "GET  /api/cases/{ref}/redacted-copies/999999 | officer=404 owner=403 manager=404 dpo=403 guardian=403 analyst=403 admin=404",
      "GET  /api/cases/{ref}/response-pack | officer=200 owner=403 manager=200 dpo=403 guardian=403 analyst=403 admin=200",
      "GET  /api/cases/{ref}/response-pack/summary | officer=200 owner=403 manager=200 dpo=403 guardian=403 analyst=403 admin=200",
      "GET  /api/cases/{ref}/delivery | officer=200 owner=403 manager=200 dpo=403 guardian=403 analyst=403 admin=200",
      "POST /api/cases/{ref}/delivery/links | officer=409 owner=403 manager=409 dpo=403 guardian=403 analyst=403 admin=409",
      "GET  /api/cases/{ref}/delivery/code-letter | officer=404 owner=403 manager=404 dpo=403 guardian=403 analyst=403 admin=404",
      "GET  /api/cases/{ref}/delivery/postal-pack | officer=409 owner=403 manager=409 dpo=403 guardian=403 analyst=403 admin=409",
      "GET  /api/cases?reference={ref} | officer=200 owner=403 manager=200 dpo=200 guardian=403 analyst=403 admin=200",
      "GET  /api/cases/{ref}/access-log | officer=403 owner=403 manager=403 dpo=200 guardian=403 analyst=403 admin=200",
      "POST /api/cases/{ref}/legal-holds | officer=403 owner=403 manager=403 dpo=400 guardian=403 analyst=403 admin=400",
      "GET  /api/cases/{ref}/legal-holds | officer=403 owner=403 manager=403 dpo=200 guardian=403 analyst=403 admin=200",
      "POST /api/cases/{ref}/legal-holds/999999/release | officer=403 owner=403 manager=403 dpo=400 guardian=403 analyst=403 admin=400",
      "GET  /api/cases/{ref}/workspace | officer=200 owner=200 manager=200 dpo=200 guardian=403 analyst=403 admin=200",
      "GET  /api/tasks/999999/case | officer=404 owner=404 manager=404 dpo=404 guardian=404 analyst=403 admin=404");

  /**
   * The list above is every operation of our API: a new endpoint without its row (and so without
   * its groups decided and tested) fails here. Path variables and ids compare as "*".
   */
  @org.junit.jupiter.api.Test
  void theMatrixListsEveryApiOperation(
      @Autowired
          @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
          org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping mappings) {
    java.util.Set<String> listed = new java.util.TreeSet<>();
    for (String row : EVERY_API_OPERATION) {
      String[] operation = row.split("\\|")[0].trim().split("\\s+");
      listed.add(operation[0] + " " + operation[1].replaceAll("\\?.*", "").replaceAll("\\{ref}|\\b\\d+\\b", "*"));
    }
    java.util.Set<String> served = new java.util.TreeSet<>();
    mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
        .filter(pattern -> pattern.startsWith("/api/"))
        .forEach(pattern -> info.getMethodsCondition().getMethods().forEach(method ->
            served.add(method + " " + pattern.replaceAll("\\{[^}]+}", "*")))));

    assertThat(served).as("the operations the application serves").contains("POST /api/sars", "GET /api/cases/*");
    assertThat(listed).as("docs/authorization-matrix.md and EVERY_API_OPERATION").containsAll(served);
  }

  static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> everyGroupAgainstEveryApiOperation() {
    return EVERY_API_OPERATION.stream().flatMap(row -> {
      String[] operation = row.split("\\|")[0].trim().split("\\s+");
      return java.util.Arrays.stream(row.split("\\|")[1].trim().split("\\s+"))
          .map(cell -> cell.split("="))
          .map(cell -> org.junit.jupiter.params.provider.Arguments.of(
              cell[0], operation[0], operation[1], Integer.parseInt(cell[1])));
    });
  }

  /**
   * The engine REST resources each group reaches, as docs/authorization-matrix.md says: whether a
   * count of each is above zero (the engine answers what a user may not read with nothing, not 403).
   */
  @ParameterizedTest(name = "{0} counts {1}: some {2}")
  @CsvSource(delimiter = '|', textBlock = """
      officer  | process-definition/count | true
      owner    | process-definition/count | true
      manager  | process-definition/count | true
      dpo      | process-definition/count | true
      guardian | process-definition/count | true
      analyst  | process-definition/count | true
      admin    | process-definition/count | true
      officer  | deployment/count | false
      owner    | deployment/count | false
      manager  | deployment/count | true
      dpo      | deployment/count | true
      guardian | deployment/count | false
      analyst  | deployment/count | true
      admin    | deployment/count | true
      officer  | filter/count | true
      owner    | filter/count | true
      manager  | filter/count | true
      dpo      | filter/count | true
      guardian | filter/count | true
      analyst  | filter/count | false
      admin    | filter/count | true
      officer  | history/process-instance/count?processInstanceBusinessKey={ref} | false
      owner    | history/process-instance/count?processInstanceBusinessKey={ref} | false
      manager  | history/process-instance/count?processInstanceBusinessKey={ref} | true
      dpo      | history/process-instance/count?processInstanceBusinessKey={ref} | true
      guardian | history/process-instance/count?processInstanceBusinessKey={ref} | false
      analyst  | history/process-instance/count?processInstanceBusinessKey={ref} | true
      admin    | history/process-instance/count?processInstanceBusinessKey={ref} | true
      officer  | task/count?processInstanceBusinessKey={ref} | true
      owner    | task/count?processInstanceBusinessKey={ref} | true
      manager  | task/count?processInstanceBusinessKey={ref} | true
      dpo      | task/count?processInstanceBusinessKey={ref} | true
      guardian | task/count?processInstanceBusinessKey={ref} | false
      analyst  | task/count?processInstanceBusinessKey={ref} | false
      admin    | task/count?processInstanceBusinessKey={ref} | true
      officer  | authorization/count | false
      owner    | authorization/count | false
      manager  | authorization/count | false
      dpo      | authorization/count | false
      guardian | authorization/count | false
      analyst  | authorization/count | false
      admin    | authorization/count | true
      """)
  void eachGroupReachesTheEngineResourcesItsRoleGivesIt(String user, String resource, boolean some) throws Exception {
    HttpResponse<String> response = Api.at(port).as(user).get("/engine-rest/" + resource.replace("{ref}", reference));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(json.readTree(response.body()).get("count").asLong() > 0).as(response.body()).isEqualTo(some);
  }

  @ParameterizedTest(name = "{0} {1} {2} → {3}")
  @org.junit.jupiter.params.provider.MethodSource("everyGroupAgainstEveryApiOperation")
  void everyGroupAgainstEveryApiOperationAsTheMatrixSays(String user, String method, String path, int status) {
    eachGroupCallsOnlyTheApiOperationsItsRoleGivesIt(user, method, path, status);
  }

  @ParameterizedTest(name = "{0} {1} {2} → {3}")
  @CsvSource(delimiter = '|', textBlock = """
      # reading a case: every case-working group; not analysts, whose work is the models
      officer  | GET  | /api/cases/{ref}            | 200
      owner    | GET  | /api/cases/{ref}            | 200
      manager  | GET  | /api/cases/{ref}            | 200
      dpo      | GET  | /api/cases/{ref}            | 200
      guardian | GET  | /api/cases/{ref}            | 200
      admin    | GET  | /api/cases/{ref}            | 200
      analyst  | GET  | /api/cases/{ref}            | 403
      # registering a request: officers and managers
      officer  | POST | /api/sars                   | 400
      manager  | POST | /api/sars                   | 400
      owner    | POST | /api/sars                   | 403
      dpo      | POST | /api/sars                   | 403
      analyst  | POST | /api/sars                   | 403
      # stopping the clock: officers and managers, and the DPO (who alone may date a stop before today)
      officer  | POST | /api/cases/{ref}/clock-stops | 400
      dpo      | POST | /api/cases/{ref}/clock-stops | 400
      dpo      | POST | /api/cases/{ref}/clock-stops/resolve | 403
      owner    | POST | /api/cases/{ref}/clock-stops | 403
      guardian | POST | /api/cases/{ref}/clock-stops | 403
      # an extension: managers only
      manager  | POST | /api/cases/{ref}/extension  | 400
      admin    | POST | /api/cases/{ref}/extension  | 400
      officer  | POST | /api/cases/{ref}/extension  | 403
      owner    | POST | /api/cases/{ref}/extension  | 403
      dpo      | POST | /api/cases/{ref}/extension  | 403
      # finding a case: the IG team and administrators; not record owners, the Guardian or analysts
      officer  | GET  | /api/cases?reference={ref} | 200
      manager  | GET  | /api/cases?reference={ref} | 200
      dpo      | GET  | /api/cases?reference={ref} | 200
      admin    | GET  | /api/cases?reference={ref} | 200
      owner    | GET  | /api/cases?reference={ref} | 403
      guardian | GET  | /api/cases?reference={ref} | 403
      analyst  | GET  | /api/cases?reference={ref} | 403
      # who viewed the case file: the DPO and administrators
      dpo      | GET  | /api/cases/{ref}/access-log | 200
      admin    | GET  | /api/cases/{ref}/access-log | 200
      officer  | GET  | /api/cases/{ref}/access-log | 403
      manager  | GET  | /api/cases/{ref}/access-log | 403
      owner    | GET  | /api/cases/{ref}/access-log | 403
      guardian | GET  | /api/cases/{ref}/access-log | 403
      analyst  | GET  | /api/cases/{ref}/access-log | 403
      # the case workspace: case workers, by the minimisation matrix (the Guardian has no task on this case)
      officer  | GET  | /api/cases/{ref}/workspace  | 200
      owner    | GET  | /api/cases/{ref}/workspace  | 200
      manager  | GET  | /api/cases/{ref}/workspace  | 200
      dpo      | GET  | /api/cases/{ref}/workspace  | 200
      admin    | GET  | /api/cases/{ref}/workspace  | 200
      guardian | GET  | /api/cases/{ref}/workspace  | 403
      analyst  | GET  | /api/cases/{ref}/workspace  | 403
      # reports: managers and the DPO
      manager  | GET  | /api/reports/deadlines      | 200
      dpo      | GET  | /api/reports/deadlines      | 200
      officer  | GET  | /api/reports/deadlines      | 403
      owner    | GET  | /api/reports/compliance?from=2026-01-01&to=2026-03-31 | 403
      analyst  | GET  | /api/reports/deadlines      | 403
      """)
  void eachGroupCallsOnlyTheApiOperationsItsRoleGivesIt(String user, String method, String path, int status) {
    Api api = Api.at(port).as(user);
    String target = path.replace("{ref}", reference);
    // an empty body: a permitted caller gets past authorization to validation (400) and changes nothing
    HttpResponse<String> response =
        switch (method) {
          case "GET" -> api.get(target);
          case "POST" -> api.post(target, "{}");
          default -> api.send(method, target);
        };

    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
  }
}
