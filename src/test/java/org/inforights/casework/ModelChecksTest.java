package org.inforights.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;

/**
 * The house rules catch what they are there for: a model that follows them passes, and each kind of
 * deliberately broken model fails with one message naming the broken element. The checks are the
 * same code the build runs on {@code processes/}, with this application's beans and forms.
 */
class ModelChecksTest {

  static final ModelChecks CHECKS = ModelChecks.ofThisApplication();

  /** A small model that follows every rule: a DPO's review, then a letter. */
  static final String GOOD = """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
          xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
          id="Definitions_Fixture" targetNamespace="http://inforights.org/casework">
        <bpmn:process id="fixture" isExecutable="true" camunda:historyTimeToLive="P30D">
          <bpmn:startEvent id="StartEvent_Received"><bpmn:outgoing>Flow_ToReview</bpmn:outgoing></bpmn:startEvent>
          <bpmn:userTask id="Task_Review" camunda:formRef="breach-review" camunda:candidateGroups="dpo">
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
        <bpmndi:BPMNDiagram id="Diagram_Fixture">
          <bpmndi:BPMNPlane id="Plane_Fixture" bpmnElement="fixture">
            <bpmndi:BPMNShape id="StartEvent_Received_di" bpmnElement="StartEvent_Received"><dc:Bounds x="100" y="100" width="36" height="36" /></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="Task_Review_di" bpmnElement="Task_Review"><dc:Bounds x="200" y="78" width="100" height="80" /></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="Task_SendLetter_di" bpmnElement="Task_SendLetter"><dc:Bounds x="350" y="78" width="100" height="80" /></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="EndEvent_Done_di" bpmnElement="EndEvent_Done"><dc:Bounds x="500" y="100" width="36" height="36" /></bpmndi:BPMNShape>
            <bpmndi:BPMNEdge id="Flow_ToReview_di" bpmnElement="Flow_ToReview"><di:waypoint x="136" y="118" /><di:waypoint x="200" y="118" /></bpmndi:BPMNEdge>
            <bpmndi:BPMNEdge id="Flow_ToLetter_di" bpmnElement="Flow_ToLetter"><di:waypoint x="300" y="118" /><di:waypoint x="350" y="118" /></bpmndi:BPMNEdge>
            <bpmndi:BPMNEdge id="Flow_ToEnd_di" bpmnElement="Flow_ToEnd"><di:waypoint x="450" y="118" /><di:waypoint x="500" y="118" /></bpmndi:BPMNEdge>
          </bpmndi:BPMNPlane>
        </bpmndi:BPMNDiagram>
      </bpmn:definitions>
      """;

  @Test
  void aModelThatFollowsTheRulesPasses() {
    assertThat(problems(GOOD)).isEmpty();
  }

  @Test
  void aGeneratedIdIsRefusedByName() {
    String broken = GOOD.replace("Task_Review", "Activity_0eq284s");

    assertThat(problems(broken)).containsExactly("Activity_0eq284s is not a meaningful id like Task_VerifyIdentity");
  }

  @Test
  void aUserTaskWithoutAFormIsRefused() {
    String broken = GOOD.replace(" camunda:formRef=\"breach-review\"", "");

    assertThat(problems(broken)).containsExactly("Task_Review has no camunda:formRef");
  }

  @Test
  void aFormThatIsNotInFormsIsRefused() {
    String broken = GOOD.replace("camunda:formRef=\"breach-review\"", "camunda:formRef=\"breach-reveiw\"");

    assertThat(problems(broken)).containsExactly("Task_Review names form breach-reveiw, which is neither in this deployment nor deployed");
  }

  @Test
  void aUserTaskWithoutACandidateGroupIsRefused() {
    String broken = GOOD.replace(" camunda:candidateGroups=\"dpo\"", "");

    assertThat(problems(broken)).containsExactly("Task_Review has no candidate group");
  }

  @Test
  void anElementMissingFromTheDiagramIsRefused() {
    String broken =
        GOOD.replace(
            "<bpmndi:BPMNShape id=\"Task_SendLetter_di\" bpmnElement=\"Task_SendLetter\"><dc:Bounds x=\"350\" y=\"78\" width=\"100\" height=\"80\" /></bpmndi:BPMNShape>",
            "");

    assertThat(problems(broken)).containsExactly("Task_SendLetter has no place in the diagram");
  }

  @Test
  void aModelWithoutHistoryTimeToLiveIsRefused() {
    String broken = GOOD.replace(" camunda:historyTimeToLive=\"P30D\"", "");

    assertThat(problems(broken)).containsExactly("fixture has no camunda:historyTimeToLive");
  }

  @Test
  void aDelegateExpressionNamingNoBeanIsRefused() {
    String broken = GOOD.replace("${sendLetter}", "${sendLettre}");

    assertThat(problems(broken))
        .containsExactly("Task_SendLetter calls ${sendLettre}, which names no delegate bean of the application");
  }

  @Test
  void aMailStepThatWouldRollBackTheUsersWorkIsRefused() {
    String broken = GOOD.replace(" camunda:asyncBefore=\"true\"", "");

    assertThat(problems(broken)).containsExactly(
        "Task_SendLetter sends mail: it must be camunda:asyncBefore, so that an outage retries (the engine's"
            + " failed-job-retry-time-cycle) and then becomes an incident instead of rolling back the user's work");
  }

  @Test
  void aServiceTaskWithoutADelegateIsRefused() {
    String broken = GOOD.replace(" camunda:delegateExpression=\"${sendLetter}\"", "");

    assertThat(problems(broken)).containsExactly("Task_SendLetter has no delegate expression");
  }

  @Test
  void aTaskNothingLeadsToIsRefused() {
    String broken =
        GOOD.replace("<bpmn:incoming>Flow_ToLetter</bpmn:incoming>", "")
            .replace("targetRef=\"Task_SendLetter\"", "targetRef=\"EndEvent_Done\"");

    assertThat(problems(broken)).containsExactly("Task_SendLetter cannot be reached: it has no incoming flow");
  }

  // --- the rules every deployment must follow, also on the running system (ModelRules) ---------

  @Test
  void aScriptTaskIsRefused() {
    String broken =
        GOOD.replace(
                "<bpmn:serviceTask id=\"Task_SendLetter\" camunda:delegateExpression=\"${sendLetter}\" camunda:asyncBefore=\"true\">",
                "<bpmn:scriptTask id=\"Task_SendLetter\" scriptFormat=\"groovy\">")
            .replace("</bpmn:serviceTask>", "<bpmn:script>'x'.execute()</bpmn:script></bpmn:scriptTask>");

    assertThat(problems(broken))
        .contains(
            "Task_SendLetter is a script task: models may not run scripts; use a service task with a delegate bean",
            "Task_SendLetter uses the expression language groovy: models may not run scripts; use a ${…} expression");
  }

  @Test
  void aScriptInAListenerIsRefused() {
    String broken = GOOD.replace(
        "<bpmn:incoming>Flow_ToLetter</bpmn:incoming>",
        "<bpmn:extensionElements><camunda:executionListener event=\"start\">"
            + "<camunda:script scriptFormat=\"javascript\">java.lang.Runtime.getRuntime()</camunda:script>"
            + "</camunda:executionListener></bpmn:extensionElements><bpmn:incoming>Flow_ToLetter</bpmn:incoming>");

    assertThat(problems(broken))
        .contains("Task_SendLetter has a camunda:script: models may not run scripts; use an expression or a delegate bean");
  }

  @Test
  void aScriptInAnInputMappingIsRefused() {
    String broken = GOOD.replace(
        "<bpmn:incoming>Flow_ToLetter</bpmn:incoming>",
        "<bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name=\"x\">"
            + "<camunda:script scriptFormat=\"groovy\">1</camunda:script>"
            + "</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements><bpmn:incoming>Flow_ToLetter</bpmn:incoming>");

    assertThat(problems(broken))
        .contains("Task_SendLetter has a camunda:script: models may not run scripts; use an expression or a delegate bean");
  }

  @Test
  void aConditionInAScriptLanguageIsRefused() {
    String broken = GOOD.replace(
        "<bpmn:sequenceFlow id=\"Flow_ToEnd\" sourceRef=\"Task_SendLetter\" targetRef=\"EndEvent_Done\" />",
        "<bpmn:sequenceFlow id=\"Flow_ToEnd\" sourceRef=\"Task_SendLetter\" targetRef=\"EndEvent_Done\">"
            + "<bpmn:conditionExpression xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:type=\"bpmn:tFormalExpression\" language=\"javascript\">true</bpmn:conditionExpression></bpmn:sequenceFlow>");

    assertThat(problems(broken))
        .containsExactly("Flow_ToEnd uses the expression language javascript: models may not run scripts; use a ${…} expression");
  }

  @Test
  void aJavaClassDelegateIsRefused() {
    String broken = GOOD.replace("camunda:delegateExpression=\"${sendLetter}\"", "camunda:class=\"java.lang.Object\"");

    assertThat(problems(broken))
        .contains("Task_SendLetter names a Java class (camunda:class): models may not load classes;"
            + " use camunda:delegateExpression with a delegate bean");
  }

  @Test
  void anExpressionThatReachesReflectionIsRefused() {
    String broken = GOOD.replace(
        "camunda:candidateGroups=\"dpo\"",
        "camunda:candidateGroups=\"${''.getClass().forName('java.lang.Runtime')}\"");

    assertThat(problems(broken))
        .containsExactly("Task_Review uses getClass in ${''.getClass().forName('java.lang.Runtime')}:"
            + " expressions may not reach Java reflection or the engine itself");
  }

  @Test
  void anExpressionThatReachesTheEngineThroughTheExecutionIsRefused() {
    String broken = GOOD.replace(
        "camunda:candidateGroups=\"dpo\"",
        "camunda:candidateGroups=\"${execution.getProcessEngineServices().getIdentityService()}\"");

    assertThat(problems(broken))
        .containsExactly("Task_Review uses getProcessEngineServices in ${execution.getProcessEngineServices().getIdentityService()}:"
            + " expressions may not reach Java reflection or the engine itself");
  }

  @Test
  void anExpressionThatNamesAnEngineServiceIsRefused() {
    String broken = GOOD.replace(
        "camunda:candidateGroups=\"dpo\"",
        "camunda:candidateGroups=\"${identityService.createUserQuery().count()}\"");

    assertThat(problems(broken))
        .containsExactly("Task_Review names identityService in ${identityService.createUserQuery().count()},"
            + " which models may not use: only the application's delegate beans (@ModelBean)");
  }

  @Test
  void variablesAndModelBeansInExpressionsPass() {
    String fine = GOOD.replace(
        "camunda:candidateGroups=\"dpo\"",
        "camunda:candidateGroups=\"${approverGroup}\" camunda:dueDate=\"${execution.getVariable('dueAt')}\"");

    assertThat(problems(fine)).isEmpty();
  }

  @Test
  void aDecisionInJuelIsRefused() {
    String dmn = DECISION.replace("<inputExpression id=\"InputExpression_Urgency\" typeRef=\"string\">",
        "<inputExpression id=\"InputExpression_Urgency\" typeRef=\"string\" expressionLanguage=\"juel\">");

    assertThat(resourceProblems("processes/routing.dmn", dmn))
        .containsExactly("InputExpression_Urgency uses the expression language juel: decisions use FEEL only");
  }

  @Test
  void aDecisionWithoutHistoryTimeToLiveIsRefused() {
    assertThat(resourceProblems("processes/routing.dmn", DECISION)).isEmpty();
    String dmn = DECISION.replace(" camunda:historyTimeToLive=\"P30D\"", "");

    assertThat(resourceProblems("processes/routing.dmn", dmn)).containsExactly("Decision_Routing has no camunda:historyTimeToLive");
  }

  @Test
  void aFormThatTasklistCannotRenderIsRefused() {
    String form = """
        {"id": "breach-review", "type": "default", "components": [
          {"id": "Field_A", "key": "outcome", "label": "Outcome", "type": "textfield"},
          {"id": "Field_A", "key": "outcome", "type": "textfield"}]}
        """;

    assertThat(resourceProblems("forms/breach-reveiw.form", form))
        .containsExactly(
            "form id breach-review is not its file name breach-reveiw",
            "component id Field_A is missing or repeated",
            "field key outcome is missing or repeated",
            "field outcome has no label");
  }

  @Test
  void aCmmnModelIsRefused() {
    assertThat(resourceProblems("processes/case.cmmn", "<definitions/>"))
        .containsExactly("processes/case.cmmn is a CMMN model: this application runs BPMN processes and DMN decisions only");
  }

  /** A small decision table in FEEL, as processes/disclosure-routing.dmn is written. */
  static final String DECISION = """
      <?xml version="1.0" encoding="UTF-8"?>
      <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn"
          id="Definitions_Routing" name="Routing" namespace="http://inforights.org/casework">
        <decision id="Decision_Routing" name="Routing" camunda:historyTimeToLive="P30D">
          <decisionTable id="DecisionTable_Routing">
            <input id="Input_Urgency" label="Urgency">
              <inputExpression id="InputExpression_Urgency" typeRef="string"><text>urgency</text></inputExpression>
            </input>
            <output id="Output_Approvals" name="approvals" typeRef="string" />
            <rule id="Rule_Urgent">
              <inputEntry id="UnaryTests_Urgent"><text>"RISK_TO_LIFE"</text></inputEntry>
              <outputEntry id="LiteralExpression_Urgent"><text>"MANAGER"</text></outputEntry>
            </rule>
          </decisionTable>
        </decision>
      </definitions>
      """;

  private static List<String> resourceProblems(String name, String content) {
    return CHECKS.rules().resourceProblems(name, content.getBytes(StandardCharsets.UTF_8), id -> true);
  }

  private static List<String> problems(String xml) {
    return CHECKS.problems(Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
  }
}
