package org.inforights.casework.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.repository.Deployment;
import org.inforights.casework.platform.modelrules.ModelRules;
import org.inforights.casework.support.Api;
import org.inforights.casework.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Deployments to the running system, whoever sends them and however: a model that would run code in
 * the server is refused with the broken rule, for an analyst and an administrator alike; a model that
 * follows the house rules deploys; analysts deploy only where the configuration says so.
 */
@ApplicationTest
class DeploymentRulesTest {

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired AuthorizationService authorizationService;
  @Autowired ApplicationContext applicationContext;

  @ParameterizedTest
  @ValueSource(strings = {"analyst", "admin"})
  void theProbeIsRefusedOverRestWithTheRulesMessage(String user) throws IOException {
    HttpResponse<String> response = deployOverRest(user, "probe.bpmn", probe());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("\"type\":\"ParseException\"")
        .contains("The deployment breaks the house rules in probe.bpmn")
        .contains("Task_Reflection uses getClass in ${''.getClass().forName(")
        .contains("Task_Users names identityService in ${identityService.createUserQuery().count()}")
        .contains("Task_Grants names authorizationService in ${authorizationService.createAuthorizationQuery().count()}");
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("probe").count()).isZero();
    assertThat(repositoryService.createDeploymentQuery().deploymentName("probe-" + user).count()).isZero();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "${execution.getProcessEngineServices().getIdentityService().createUserQuery().count()}",
        "${execution.processEngine}",
        "${runtimeService}",
        "${processEngineConfiguration}",
        "${caseworkEnginePlugin}",
        "${dailyDigest.getClass()}",
      })
  void everyRouteToTheEngineOrReflectionIsRefusedThroughTheJavaApiToo(String expression) throws IOException {
    String model = probe().replace("${identityService.createUserQuery().count()}", expression)
        .replace("${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).availableProcessors()}", "${true}")
        .replace("${authorizationService.createAuthorizationQuery().count()}", "${true}");

    assertThatThrownBy(() -> repositoryService.createDeployment().addString("probe.bpmn", model).deploy())
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("Task_Users")
        .hasMessageContaining(expression);
  }

  @Test
  void aScriptTaskIsRefusedOverRest() throws IOException {
    String model = probe()
        .replace("<bpmn:serviceTask id=\"Task_Users\" camunda:expression=\"${identityService.createUserQuery().count()}\">",
            "<bpmn:scriptTask id=\"Task_Users\" scriptFormat=\"javascript\">")
        .replace("<bpmn:outgoing>Flow_ToGrants</bpmn:outgoing>\n    </bpmn:serviceTask>",
            "<bpmn:outgoing>Flow_ToGrants</bpmn:outgoing>\n      <bpmn:script>1</bpmn:script>\n    </bpmn:scriptTask>");

    HttpResponse<String> response = deployOverRest("admin", "probe.bpmn", model);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("Task_Users is a script task: models may not run scripts");
  }

  @Test
  void aFormRefThatExistsNowhereIsRefusedAndOneAlreadyDeployedIsFound() throws IOException {
    String withForm = FOLLOWS_THE_RULES.replace("camunda:candidateGroups=\"dpo\"",
        "camunda:candidateGroups=\"dpo\" camunda:formRef=\"%s\" camunda:formRefBinding=\"latest\"");

    HttpResponse<String> missing = deployOverRest("analyst", "fine.bpmn", withForm.formatted("breach-reveiw"));
    HttpResponse<String> deployed = deployOverRest("analyst", "fine.bpmn", withForm.formatted("breach-review"));

    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body()).contains("Task_Review names form breach-reveiw, which is neither in this deployment nor deployed");
    assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
    undeploy("fine-analyst");
  }

  @Test
  void aModelThatFollowsTheRulesDeploysOverRestAsAnAnalyst() {
    HttpResponse<String> response = deployOverRest("analyst", "fine.bpmn", FOLLOWS_THE_RULES);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("fine").count()).isEqualTo(1);
    undeploy("fine-analyst");
  }

  @Test
  void theShippedModelsAndFormsFollowTheRulesAsTheEngineAppliesThem() throws IOException {
    ModelRules rules = CaseworkEnginePlugin.houseRules(applicationContext);
    List<Path> files = new ArrayList<>();
    for (String folder : List.of("processes", "forms")) {
      try (Stream<Path> listing = Files.list(Path.of(folder))) {
        files.addAll(listing.sorted().toList());
      }
    }
    List<String> problems = new ArrayList<>();
    for (Path file : files) {
      problems.addAll(rules.resourceProblems(file.toString(), Files.readAllBytes(file), id -> true));
    }

    assertThat(files).hasSizeGreaterThan(20);
    assertThat(problems).isEmpty();
    assertThat(repositoryService.createDeploymentQuery().deploymentName("inforights-casework").count()).isPositive();
  }

  @Test
  void analystsMayDeployOnlyWhereTheConfigurationSaysSo() {
    try {
      new AuthorizationSetup(authorizationService, new DeploymentProperties(null, null, false)).afterPropertiesSet();
      assertThat(analystMay(Permissions.CREATE)).isFalse();
      assertThat(analystMay(Permissions.READ)).isTrue();
      assertThat(deployOverRest("analyst", "fine.bpmn", FOLLOWS_THE_RULES).statusCode()).isEqualTo(403);
    } finally {
      new AuthorizationSetup(authorizationService, new DeploymentProperties(null, null, true)).afterPropertiesSet();
    }
    assertThat(analystMay(Permissions.CREATE)).isTrue();
  }

  private boolean analystMay(Permissions permission) {
    return authorizationService.isUserAuthorized(
        "analyst", List.of(CaseworkGroup.ANALYSTS.id()), permission, Resources.DEPLOYMENT);
  }

  private HttpResponse<String> deployOverRest(String user, String fileName, String model) {
    return Api.at(port)
        .as(user)
        .upload(
            "/engine-rest/deployment/create",
            Map.of("deployment-name", fileName.replace(".bpmn", "") + "-" + user),
            fileName,
            "application/octet-stream",
            model.getBytes(StandardCharsets.UTF_8));
  }

  private void undeploy(String name) {
    for (Deployment deployment : repositoryService.createDeploymentQuery().deploymentName(name).list()) {
      repositoryService.deleteDeployment(deployment.getId(), true);
    }
  }

  private static String probe() throws IOException {
    try (InputStream in = DeploymentRulesTest.class.getResourceAsStream("/modelrules/probe.bpmn")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** A model an analyst may deploy: a DPO's review and a letter, through the application's delegate. */
  static final String FOLLOWS_THE_RULES = """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Fine" targetNamespace="http://inforights.org/casework">
        <bpmn:process id="fine" isExecutable="true" camunda:historyTimeToLive="P1D">
          <bpmn:startEvent id="StartEvent_Received"><bpmn:outgoing>Flow_ToReview</bpmn:outgoing></bpmn:startEvent>
          <bpmn:userTask id="Task_Review" camunda:candidateGroups="dpo" camunda:dueDate="${dueAt}">
            <bpmn:incoming>Flow_ToReview</bpmn:incoming><bpmn:outgoing>Flow_ToLetter</bpmn:outgoing>
          </bpmn:userTask>
          <bpmn:serviceTask id="Task_SendLetter" camunda:delegateExpression="${sendLetter}" camunda:asyncBefore="true">
            <bpmn:incoming>Flow_ToLetter</bpmn:incoming><bpmn:outgoing>Flow_ToEnd</bpmn:outgoing>
          </bpmn:serviceTask>
          <bpmn:endEvent id="EndEvent_Done"><bpmn:incoming>Flow_ToEnd</bpmn:incoming></bpmn:endEvent>
          <bpmn:sequenceFlow id="Flow_ToReview" sourceRef="StartEvent_Received" targetRef="Task_Review" />
          <bpmn:sequenceFlow id="Flow_ToLetter" sourceRef="Task_Review" targetRef="Task_SendLetter" />
          <bpmn:sequenceFlow id="Flow_ToEnd" sourceRef="Task_SendLetter" targetRef="EndEvent_Done" />
        </bpmn:process>
      </bpmn:definitions>
      """;
}
