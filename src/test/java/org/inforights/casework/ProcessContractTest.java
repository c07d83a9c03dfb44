package org.inforights.casework;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

/**
 * The build holds every model in {@code processes/} and its forms to the contract with the Java
 * ({@link ProcessContract}); deliberately broken models and forms show each way of breaking it is
 * caught and named.
 */
class ProcessContractTest {

  /** A process comparing {@code identityOutcome}, with a start form and a task form. */
  static final String MODEL = """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          id="Definitions_Contract" targetNamespace="http://inforights.org/casework">
        <bpmn:process id="contract-probe" isExecutable="true" camunda:historyTimeToLive="P30D">
          <bpmn:startEvent id="StartEvent_Received" camunda:formRef="probe-intake"><bpmn:outgoing>Flow_ToVerify</bpmn:outgoing></bpmn:startEvent>
          <bpmn:userTask id="Task_Verify" camunda:formRef="probe-verify" camunda:candidateGroups="ig-officers">
            <bpmn:incoming>Flow_ToVerify</bpmn:incoming><bpmn:outgoing>Flow_ToGateway</bpmn:outgoing>
          </bpmn:userTask>
          <bpmn:boundaryEvent id="BoundaryEvent_Withdrawn" attachedToRef="Task_Verify">
            <bpmn:outgoing>Flow_Withdrawn</bpmn:outgoing>
            <bpmn:messageEventDefinition messageRef="Message_Withdrawn" />
          </bpmn:boundaryEvent>
          <bpmn:endEvent id="EndEvent_Withdrawn"><bpmn:incoming>Flow_Withdrawn</bpmn:incoming></bpmn:endEvent>
          <bpmn:sequenceFlow id="Flow_Withdrawn" sourceRef="BoundaryEvent_Withdrawn" targetRef="EndEvent_Withdrawn" />
          <bpmn:exclusiveGateway id="Gateway_Verified"><bpmn:incoming>Flow_ToGateway</bpmn:incoming>
            <bpmn:outgoing>Flow_Verified</bpmn:outgoing><bpmn:outgoing>Flow_NotVerified</bpmn:outgoing></bpmn:exclusiveGateway>
          <bpmn:endEvent id="EndEvent_Done"><bpmn:incoming>Flow_Verified</bpmn:incoming><bpmn:incoming>Flow_NotVerified</bpmn:incoming></bpmn:endEvent>
          <bpmn:sequenceFlow id="Flow_ToVerify" sourceRef="StartEvent_Received" targetRef="Task_Verify" />
          <bpmn:sequenceFlow id="Flow_ToGateway" sourceRef="Task_Verify" targetRef="Gateway_Verified" />
          <bpmn:sequenceFlow id="Flow_Verified" sourceRef="Gateway_Verified" targetRef="EndEvent_Done">
            <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${identityOutcome == "VERIFIED"}</bpmn:conditionExpression>
          </bpmn:sequenceFlow>
          <bpmn:sequenceFlow id="Flow_NotVerified" sourceRef="Gateway_Verified" targetRef="EndEvent_Done">
            <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${identityOutcome != "VERIFIED"}</bpmn:conditionExpression>
          </bpmn:sequenceFlow>
        </bpmn:process>
        <bpmn:message id="Message_Withdrawn" name="ProbeWithdrawn" />
      </bpmn:definitions>
      """;

  /** What the probe's Java sends. */
  static final Map<String, String> SENT = Map.of("ProbeProcess.MESSAGE_WITHDRAWN", "ProbeWithdrawn");

  static final String INTAKE_FORM = """
      {"id": "probe-intake", "components": [
        {"type": "text", "text": "# New"},
        {"type": "textfield", "key": "intakeSubjectName", "label": "Child's name"}]}
      """;

  static final String VERIFY_FORM = """
      {"id": "probe-verify", "components": [
        {"type": "radio", "key": "identityOutcome", "values": [{"value": "VERIFIED"}, {"value": "EVIDENCE_REQUESTED"}]}]}
      """;

  @Test
  void everyModelInProcessesKeepsTheContract() {
    ProcessContract contract = ProcessContract.ofThisApplication();
    List<String> problems = new ArrayList<>();
    for (Path model : ModelChecks.models()) {
      problems.addAll(contract.problems(Bpmn.readModelFromFile(model.toFile())));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyMessageTheApplicationSendsIsOneAModelInProcessesWaitsFor() {
    List<BpmnModelInstance> models =
        ModelChecks.models().stream().map(model -> Bpmn.readModelFromFile(model.toFile())).toList();
    assertThat(ProcessContract.ofThisApplication().messagesNoModelHears(models)).isEmpty();
  }

  @Test
  void aModelWaitingForAMessageNothingSendsIsNamed() {
    String broken = MODEL.replace("name=\"ProbeWithdrawn\"", "name=\"ProbeWithdrawnByRequester\"");

    assertThat(probe(broken, INTAKE_FORM, VERIFY_FORM, Set.of("intakeSubjectName"))).containsExactly(
        "BoundaryEvent_Withdrawn waits for message \"ProbeWithdrawnByRequester\", which nothing sends:"
            + " no MESSAGE_ constant of a constants class names it");
  }

  @Test
  void aMessageTheJavaSendsThatNoModelWaitsForIsNamed() {
    ProcessContract contract = new ProcessContract(Map.of(), Map.of(), Map.of(),
        Map.of("ProbeProcess.MESSAGE_WITHDRAWN", "ProbeWithdrawn", "ProbeProcess.MESSAGE_REOPENED", "ProbeReopened"));

    assertThat(contract.messagesNoModelHears(List.of(model(MODEL)))).containsExactly(
        "ProbeProcess.MESSAGE_REOPENED = \"ProbeReopened\" is sent, but no model waits for it");
  }

  @Test
  void aGatewayWithNoWayOutForAValueIsNamed() {
    String routedByValue = MODEL
        .replace("${identityOutcome != \"VERIFIED\"}", "${identityOutcome == \"EVIDENCE_REQUESTED\"}");
    assertThat(probe(routedByValue, INTAKE_FORM, VERIFY_FORM, Set.of("intakeSubjectName"))).isEmpty();

    String broken = routedByValue.replace("${identityOutcome == \"EVIDENCE_REQUESTED\"}", "${identityOutcome == \"VERIFIED\"}");

    assertThat(probe(broken, INTAKE_FORM, VERIFY_FORM, Set.of("intakeSubjectName"))).containsExactly(
        "contract-probe: Gateway_Verified has no way out for identityOutcome = \"EVIDENCE_REQUESTED\":"
            + " give it a flow or make one the default");
  }

  @Test
  void aTaskFormFieldNothingReadsIsNamed() {
    String mistyped = VERIFY_FORM.replace(
        "\"values\": [{\"value\": \"VERIFIED\"}, {\"value\": \"EVIDENCE_REQUESTED\"}]}]}",
        "\"values\": [{\"value\": \"VERIFIED\"}, {\"value\": \"EVIDENCE_REQUESTED\"}]},"
            + " {\"type\": \"textfield\", \"key\": \"evidenceNeded\"},"
            + " {\"type\": \"textarea\", \"key\": \"personalNotes\"}]}");
    assertThat(mistyped).isNotEqualTo(VERIFY_FORM);

    assertThat(probe(MODEL, INTAKE_FORM, mistyped, Set.of("intakeSubjectName"))).containsExactly(
        "contract-probe: form probe-verify field evidenceNeded is read by nothing: no expression of the"
            + " model uses it and no constants class names it (state it in the process's constants, as a"
            + " variable kept for the case's history if nothing reads it, or correct the key)");
  }

  @Test
  void aProbeThatKeepsTheContractPasses() {
    assertThat(probe(MODEL, INTAKE_FORM, VERIFY_FORM, Set.of("intakeSubjectName"))).isEmpty();
  }

  @Test
  void aGatewayComparingAValueTheEnumDoesNotHaveIsNamed() {
    String broken = MODEL.replace("${identityOutcome == \"VERIFIED\"}", "${identityOutcome == \"VERIFED\"}");

    assertThat(probe(broken, INTAKE_FORM, VERIFY_FORM, Set.of("intakeSubjectName"))).containsExactly(
        "contract-probe: Flow_Verified compares identityOutcome with \"VERIFED\", which is not one of [VERIFIED, EVIDENCE_REQUESTED]");
  }

  @Test
  void aGatewayComparingAVariableNoEnumDeclaresIsNamed() {
    String broken = MODEL.replace("${identityOutcome != \"VERIFIED\"}", "${evidenceOutcome != \"RECEIVED\"}");

    assertThat(probe(broken, INTAKE_FORM, VERIFY_FORM, Set.of("intakeSubjectName"))).containsExactly(
        "contract-probe: Flow_NotVerified compares evidenceOutcome with \"RECEIVED\", but no @GatewayValues enum declares"
            + " evidenceOutcome's values");
  }

  @Test
  void aFormOfferingAValueTheGatewaysDoNotKnowIsNamed() {
    String broken = VERIFY_FORM.replace("EVIDENCE_REQUESTED", "PARTLY_VERIFIED");

    assertThat(probe(MODEL, INTAKE_FORM, broken, Set.of("intakeSubjectName"))).containsExactly(
        "contract-probe: form probe-verify offers identityOutcome = \"PARTLY_VERIFIED\", which is not one of [VERIFIED, EVIDENCE_REQUESTED]");
  }

  @Test
  void aStartFormFieldThatWouldReachHistoryIsNamed() {
    String broken = INTAKE_FORM.replace("intakeSubjectName", "subjectName");

    assertThat(probe(MODEL, broken, VERIFY_FORM, Set.of("intakeSubjectName"))).containsExactly(
        "contract-probe: start form probe-intake field subjectName would reach the engine's history: a start form's"
            + " fields are personal data; name it intake…",
        "contract-probe: INTAKE_FIELDS lists intakeSubjectName, which start form probe-intake does not have");
  }

  @Test
  void aStartFormFieldTheProcessWouldKeepIsNamed() {
    assertThat(probe(MODEL, INTAKE_FORM, VERIFY_FORM, Set.of())).containsExactly(
        "contract-probe: start form probe-intake field intakeSubjectName is not in the process's INTAKE_FIELDS,"
            + " so it would stay in the running process");
  }

  private static List<String> probe(String model, String intakeForm, String verifyForm, Set<String> intakeFields) {
    ObjectMapper json = new ObjectMapper();
    try {
      JsonNode intake = json.readTree(intakeForm);
      JsonNode verify = json.readTree(verifyForm);
      ProcessContract contract = new ProcessContract(
          Map.of("contract-probe", Map.of("identityOutcome", new java.util.LinkedHashSet<>(List.of("VERIFIED", "EVIDENCE_REQUESTED")))),
          Map.of("contract-probe", intakeFields),
          Map.of("probe-intake", intake, "probe-verify", verify),
          SENT);
      return contract.problems(model(model));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static BpmnModelInstance model(String xml) {
    return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }
}
