package org.inforights.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

/** Every diagram in {@code processes/} is readable; a crossing or a covered label is named. */
class DiagramLayoutTest {

  @Test
  void noFlowCrossesAShapeAndNoLabelSitsOnOne() {
    java.util.List<String> problems = new java.util.ArrayList<>();
    for (Path model : ModelChecks.models()) {
      DiagramLayout.problems(Bpmn.readModelFromFile(model.toFile())).forEach(problem -> problems.add(model.getFileName() + ": " + problem));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void aFlowDrawnThroughATaskIsNamed() {
    BpmnModelInstance model = goodModelWith(
        "<di:waypoint x=\"136\" y=\"118\" /><di:waypoint x=\"200\" y=\"118\" />",
        "<di:waypoint x=\"136\" y=\"118\" /><di:waypoint x=\"136\" y=\"200\" /><di:waypoint x=\"400\" y=\"200\" /><di:waypoint x=\"400\" y=\"118\" /><di:waypoint x=\"200\" y=\"118\" />");

    assertThat(DiagramLayout.problems(model)).containsExactly("flow Flow_ToReview crosses Task_SendLetter");
  }

  @Test
  void aLabelOnAShapeIsNamed() {
    BpmnModelInstance model = goodModelWith(
        "<dc:Bounds x=\"500\" y=\"100\" width=\"36\" height=\"36\" /></bpmndi:BPMNShape>",
        "<dc:Bounds x=\"500\" y=\"100\" width=\"36\" height=\"36\" /><bpmndi:BPMNLabel><dc:Bounds x=\"420\" y=\"100\" width=\"60\" height=\"14\" /></bpmndi:BPMNLabel></bpmndi:BPMNShape>");

    assertThat(DiagramLayout.problems(model)).containsExactly("the label of EndEvent_Done sits on Task_SendLetter");
  }

  /** The house rules' good model with one piece of its picture drawn differently. */
  private static BpmnModelInstance goodModelWith(String drawn, String redrawn) {
    String xml = ModelChecksTest.GOOD.replace(drawn, redrawn);
    assertThat(xml).as("the fixture changed").isNotEqualTo(ModelChecksTest.GOOD);
    return Bpmn.readModelFromStream(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }
}
