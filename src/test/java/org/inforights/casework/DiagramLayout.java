package org.inforights.casework;

import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;

/**
 * The picture analysts see first must be readable: no flow runs through a shape that is not its
 * own source or target (the host of a boundary event counts as its own, an expanded subprocess
 * is a frame that flows may cross), and no label of a shape or of a flow sits on another shape.
 * Touching an edge is allowed: shapes are shrunk by a few pixels before the test.
 */
final class DiagramLayout {

  /** Pixels a flow or label may overlap a shape's rim without it counting. */
  static final double TOLERANCE = 3;

  private DiagramLayout() {}

  static List<String> problems(BpmnModelInstance model) {
    List<String> problems = new ArrayList<>();
    Map<String, Rectangle2D> shapes = new HashMap<>();
    Map<String, BaseElement> elements = new HashMap<>();
    for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
      BaseElement element = shape.getBpmnElement();
      if (element == null || isFrame(element)) {
        continue;
      }
      shapes.put(element.getId(), inner(shape.getBounds()));
      elements.put(element.getId(), element);
    }
    for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
      BaseElement flow = edge.getBpmnElement();
      if (!(flow instanceof SequenceFlow sequenceFlow)) {
        continue;
      }
      List<String> own = own(sequenceFlow);
      List<Waypoint> points = new ArrayList<>(edge.getWaypoints());
      for (int i = 1; i < points.size(); i++) {
        Line2D segment = new Line2D.Double(
            points.get(i - 1).getX(), points.get(i - 1).getY(), points.get(i).getX(), points.get(i).getY());
        for (Map.Entry<String, Rectangle2D> shape : shapes.entrySet()) {
          if (!own.contains(shape.getKey()) && segment.intersects(shape.getValue())) {
            problems.add("flow " + flow.getId() + " crosses " + shape.getKey());
          }
        }
      }
      labelProblems(flow.getId(), edge.getBpmnLabel(), List.of(), shapes.entrySet(), problems);
    }
    for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
      BaseElement element = shape.getBpmnElement();
      if (element != null && !isFrame(element)) {
        labelProblems(element.getId(), shape.getBpmnLabel(), List.of(element.getId()), shapes.entrySet(), problems);
      }
    }
    return problems.stream().distinct().toList();
  }

  private static void labelProblems(
      String owner, BpmnLabel label, List<String> own, Collection<Map.Entry<String, Rectangle2D>> shapes, List<String> problems) {
    if (label == null || label.getBounds() == null) {
      return;
    }
    Rectangle2D bounds = inner(label.getBounds());
    for (Map.Entry<String, Rectangle2D> shape : shapes) {
      if (!own.contains(shape.getKey()) && bounds.intersects(shape.getValue())) {
        problems.add("the label of " + owner + " sits on " + shape.getKey());
      }
    }
  }

  /** The flow's own shapes: its source and target, and the activities their boundary events sit on. */
  private static List<String> own(SequenceFlow flow) {
    List<String> own = new ArrayList<>();
    for (FlowNode end : List.of(flow.getSource(), flow.getTarget())) {
      own.add(end.getId());
      if (end instanceof BoundaryEvent boundary && boundary.getAttachedTo() != null) {
        own.add(boundary.getAttachedTo().getId());
      }
      for (BoundaryEvent boundary : end.getParentElement().getChildElementsByType(BoundaryEvent.class)) {
        if (boundary.getAttachedTo() == end) {
          own.add(boundary.getId());
        }
      }
    }
    return own;
  }

  /** An expanded subprocess is a frame around flows, not an obstacle. */
  private static boolean isFrame(BaseElement element) {
    return element instanceof SubProcess;
  }

  private static Rectangle2D inner(Bounds bounds) {
    return new Rectangle2D.Double(
        bounds.getX() + TOLERANCE,
        bounds.getY() + TOLERANCE,
        Math.max(0, bounds.getWidth() - 2 * TOLERANCE),
        Math.max(0, bounds.getHeight() - 2 * TOLERANCE));
  }
}
