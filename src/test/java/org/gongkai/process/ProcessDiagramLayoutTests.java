package org.gongkai.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.DiagramElement;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every process model in {@code bpmn/} is drawn so that people can read it, as Camunda Modeler's
 * auto-layout draws one: every element has its shape or edge, no shape lies on another, no flow
 * runs through a shape or along another flow, flows are orthogonal and start and end on the borders
 * of their source and target, and no label covers a shape, a flow or another label.
 *
 * <p>The checks read only the diagram interchange (DI) of the files, so they need no engine. Shapes
 * are compared by their bounds; a gateway's diamond and an event's circle touch the borders of
 * their bounds where the layout docks flows (corners and mid-points).
 */
class ProcessDiagramLayoutTests {

  /** How far, in pixels, a flow's end may lie off its shape's border. */
  private static final double DOCKING_TOLERANCE = 3;

  /** Shorter overlaps, in pixels, are rounding, not one line drawn over another. */
  private static final double OVERLAP_TOLERANCE = 1;

  static Stream<Path> models() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
      List<Path> models = files.filter(file -> file.toString().endsWith(".bpmn")).sorted().toList();
      assertThat(models).as("BPMN models in bpmn/").isNotEmpty();
      return models.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void everyFlowNodeAndSequenceFlowIsDrawn(Path model) {
    Diagram diagram = Diagram.read(model);
    List<String> problems = new ArrayList<>();
    for (FlowElement element : diagram.model.getModelElementsByType(FlowElement.class)) {
      if (element instanceof FlowNode && !diagram.shapes.containsKey(element.getId())) {
        problems.add(element.getId() + " has no shape");
      }
      if (element instanceof SequenceFlow && !diagram.edges.containsKey(element.getId())) {
        problems.add(element.getId() + " has no edge");
      }
    }
    assertNone(model, problems);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void shapesDoNotOverlap(Path model) {
    Diagram diagram = Diagram.read(model);
    List<String> problems = new ArrayList<>();
    List<Shape> shapes = List.copyOf(diagram.shapes.values());
    for (int i = 0; i < shapes.size(); i++) {
      Shape a = shapes.get(i);
      for (int j = i + 1; j < shapes.size(); j++) {
        Shape b = shapes.get(j);
        if (a.plane != b.plane || !a.box.overlaps(b.box)) {
          continue;
        }
        if (isBoundaryEventOf(a, b) || isBoundaryEventOf(b, a)) {
          continue;
        }
        if (isInside(a.element, b.element) || isInside(b.element, a.element)) {
          continue;
        }
        problems.add(a.id() + " " + a.box + " overlaps " + b.id() + " " + b.box);
      }
      if (a.element instanceof BoundaryEvent event) {
        Shape host = diagram.shapes.get(event.getAttachedTo().getId());
        if (host != null && host.box.distanceToBorder(a.box.center()) > DOCKING_TOLERANCE) {
          problems.add(
              "boundary event " + a.id() + " does not sit on the border of its host " + host.id());
        }
      }
      for (Shape container : enclosingSubProcesses(diagram, a)) {
        if (!container.box.contains(a.box)) {
          problems.add(a.id() + " " + a.box + " sticks out of its subprocess " + container.id());
        }
      }
    }
    assertNone(model, problems);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void flowsAreOrthogonalAndStartAndEndOnTheirShapes(Path model) {
    Diagram diagram = Diagram.read(model);
    List<String> problems = new ArrayList<>();
    for (Edge edge : diagram.edges.values()) {
      if (edge.points.size() < 2) {
        problems.add(edge.id() + " has fewer than two waypoints");
        continue;
      }
      for (Segment segment : edge.segments()) {
        if (!segment.horizontal() && !segment.vertical()) {
          problems.add(edge.id() + " has a slanted segment " + segment);
        }
      }
      Shape source = diagram.shapes.get(edge.flow.getSource().getId());
      Shape target = diagram.shapes.get(edge.flow.getTarget().getId());
      Point first = edge.points.get(0);
      Point last = edge.points.get(edge.points.size() - 1);
      if (source != null && source.box.distanceToBorder(first) > DOCKING_TOLERANCE) {
        problems.add(edge.id() + " starts at " + first + ", off its source " + source.id());
      }
      if (target != null && target.box.distanceToBorder(last) > DOCKING_TOLERANCE) {
        problems.add(edge.id() + " ends at " + last + ", off its target " + target.id());
      }
    }
    assertNone(model, problems);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void flowsDoNotRunThroughShapes(Path model) {
    Diagram diagram = Diagram.read(model);
    List<String> problems = new ArrayList<>();
    for (Edge edge : diagram.edges.values()) {
      for (Shape shape : diagram.shapes.values()) {
        if (shape.plane != edge.plane || isInside(edge.flow, shape.element)) {
          continue;
        }
        for (Segment segment : edge.segments()) {
          Segment inside = segment.clippedTo(shape.box.shrunk(OVERLAP_TOLERANCE));
          if (inside == null || leavesItsBoundaryEvent(diagram, edge, shape, inside)) {
            continue;
          }
          problems.add(edge.id() + " runs through " + shape.id() + " along " + inside);
        }
      }
    }
    assertNone(model, problems);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void flowsDoNotRunAlongOneAnother(Path model) {
    Diagram diagram = Diagram.read(model);
    List<String> problems = new ArrayList<>();
    List<Edge> edges = List.copyOf(diagram.edges.values());
    for (int i = 0; i < edges.size(); i++) {
      Edge a = edges.get(i);
      List<Segment> own = a.segments();
      for (int s = 0; s < own.size(); s++) {
        for (int t = s + 1; t < own.size(); t++) {
          if (own.get(s).collinearOverlap(own.get(t)) > OVERLAP_TOLERANCE) {
            problems.add(a.id() + " runs back over itself along " + own.get(t));
          }
        }
      }
      for (int j = i + 1; j < edges.size(); j++) {
        Edge b = edges.get(j);
        if (a.plane != b.plane) {
          continue;
        }
        for (Segment sa : own) {
          for (Segment sb : b.segments()) {
            if (sa.collinearOverlap(sb) > OVERLAP_TOLERANCE) {
              problems.add(a.id() + " " + sa + " runs along " + b.id() + " " + sb);
            }
          }
        }
      }
    }
    assertNone(model, problems);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void labelsCoverNoShapeFlowOrOtherLabel(Path model) {
    Diagram diagram = Diagram.read(model);
    List<String> problems = new ArrayList<>();
    List<Label> labels = new ArrayList<>();
    for (Shape shape : diagram.shapes.values()) {
      if (hasExternalLabel(shape.element)) {
        if (shape.label == null) {
          problems.add(shape.id() + " is named but its label has no bounds");
        } else {
          labels.add(new Label(shape.id(), shape.element, shape.plane, shape.label));
        }
      }
    }
    for (Edge edge : diagram.edges.values()) {
      if (hasExternalLabel(edge.flow)) {
        if (edge.label == null) {
          problems.add(edge.id() + " is named but its label has no bounds");
        } else {
          labels.add(new Label(edge.id(), edge.flow, edge.plane, edge.label));
        }
      }
    }
    for (int i = 0; i < labels.size(); i++) {
      Label label = labels.get(i);
      Box inner = label.box.shrunk(OVERLAP_TOLERANCE);
      for (Shape shape : diagram.shapes.values()) {
        if (shape.plane == label.plane
            && !isInside(label.element, shape.element)
            && inner.overlaps(shape.box)) {
          problems.add("the label of " + label.id + " " + label.box + " covers " + shape.id());
        }
      }
      for (Edge edge : diagram.edges.values()) {
        if (edge.plane != label.plane) {
          continue;
        }
        for (Segment segment : edge.segments()) {
          if (segment.clippedTo(inner) != null) {
            problems.add(
                "the label of "
                    + label.id
                    + " "
                    + label.box
                    + " covers "
                    + edge.id()
                    + " "
                    + segment);
          }
        }
      }
      for (int j = i + 1; j < labels.size(); j++) {
        Label other = labels.get(j);
        if (other.plane == label.plane && inner.overlaps(other.box)) {
          problems.add(
              "the label of " + label.id + " " + label.box + " covers the label of " + other.id);
        }
      }
    }
    assertNone(model, problems);
  }

  private static void assertNone(Path model, List<String> problems) {
    assertThat(problems)
        .as("%s:%n  %s", model.getFileName(), String.join(System.lineSeparator() + "  ", problems))
        .isEmpty();
  }

  /**
   * Events, gateways and sequence flows with a name show it beside them, in a label of their own.
   */
  private static boolean hasExternalLabel(BaseElement element) {
    String name = element.getAttributeValue("name");
    return name != null
        && !name.isBlank()
        && (element instanceof Event
            || element instanceof Gateway
            || element instanceof SequenceFlow);
  }

  private static boolean isBoundaryEventOf(Shape event, Shape host) {
    return event.element instanceof BoundaryEvent boundary
        && boundary.getAttachedTo() != null
        && boundary.getAttachedTo().getId().equals(host.id());
  }

  /** Whether {@code element} lies, at any depth, within the subprocess {@code container}. */
  private static boolean isInside(ModelElementInstance element, BaseElement container) {
    if (!(container instanceof SubProcess)) {
      return false;
    }
    for (ModelElementInstance parent = element.getParentElement();
        parent != null;
        parent = parent.getParentElement()) {
      if (parent == container) {
        return true;
      }
    }
    return false;
  }

  private static List<Shape> enclosingSubProcesses(Diagram diagram, Shape shape) {
    List<Shape> containers = new ArrayList<>();
    for (ModelElementInstance parent = shape.element.getParentElement();
        parent != null;
        parent = parent.getParentElement()) {
      if (parent instanceof SubProcess subProcess) {
        Shape container = diagram.shapes.get(subProcess.getId());
        if (container != null && container.plane == shape.plane && container.expanded) {
          containers.add(container);
        }
      }
    }
    return containers;
  }

  /** A flow from a boundary event may cross its host where it still lies within its event. */
  private static boolean leavesItsBoundaryEvent(
      Diagram diagram, Edge edge, Shape shape, Segment inside) {
    if (!(edge.flow.getSource() instanceof BoundaryEvent event)
        || event.getAttachedTo() == null
        || !event.getAttachedTo().getId().equals(shape.id())) {
      return false;
    }
    Box eventBox = diagram.shapes.get(event.getId()).box.grown(OVERLAP_TOLERANCE);
    return eventBox.contains(inside.from) && eventBox.contains(inside.to);
  }

  /** The shapes and edges of one model, by the id of the element they draw. */
  private static final class Diagram {

    final BpmnModelInstance model;
    final Map<String, Shape> shapes = new LinkedHashMap<>();
    final Map<String, Edge> edges = new LinkedHashMap<>();

    private Diagram(BpmnModelInstance model) {
      this.model = model;
    }

    static Diagram read(Path file) {
      Diagram diagram = new Diagram(Bpmn.readModelFromFile(file.toFile()));
      for (BpmnDiagram bpmnDiagram : diagram.model.getModelElementsByType(BpmnDiagram.class)) {
        Object plane = bpmnDiagram.getBpmnPlane();
        for (DiagramElement element : bpmnDiagram.getBpmnPlane().getDiagramElements()) {
          if (element instanceof BpmnShape shape && shape.getBpmnElement() != null) {
            diagram.shapes.put(
                shape.getBpmnElement().getId(),
                new Shape(
                    shape.getBpmnElement(),
                    plane,
                    Box.of(shape.getBounds()),
                    Boolean.TRUE.equals(shape.isExpanded()),
                    labelBox(shape.getBpmnLabel())));
          } else if (element instanceof BpmnEdge edge
              && edge.getBpmnElement() instanceof SequenceFlow flow) {
            diagram.edges.put(
                flow.getId(),
                new Edge(flow, plane, points(edge.getWaypoints()), labelBox(edge.getBpmnLabel())));
          }
        }
      }
      return diagram;
    }

    private static Box labelBox(BpmnLabel label) {
      return label == null || label.getBounds() == null ? null : Box.of(label.getBounds());
    }

    private static List<Point> points(Collection<Waypoint> waypoints) {
      return waypoints.stream().map(w -> new Point(w.getX(), w.getY())).toList();
    }
  }

  private record Shape(BaseElement element, Object plane, Box box, boolean expanded, Box label) {
    String id() {
      return element.getId();
    }
  }

  private record Edge(SequenceFlow flow, Object plane, List<Point> points, Box label) {
    String id() {
      return flow.getId();
    }

    List<Segment> segments() {
      List<Segment> segments = new ArrayList<>();
      for (int i = 1; i < points.size(); i++) {
        segments.add(new Segment(points.get(i - 1), points.get(i)));
      }
      return segments;
    }
  }

  private record Label(String id, BaseElement element, Object plane, Box box) {}

  private record Point(double x, double y) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "(%.0f,%.0f)", x, y);
    }
  }

  private record Box(double x, double y, double width, double height) {

    static Box of(Bounds bounds) {
      return new Box(bounds.getX(), bounds.getY(), bounds.getWidth(), bounds.getHeight());
    }

    double right() {
      return x + width;
    }

    double bottom() {
      return y + height;
    }

    Point center() {
      return new Point(x + width / 2, y + height / 2);
    }

    /** Whether the interiors of the two boxes share any area. */
    boolean overlaps(Box other) {
      return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
    }

    boolean contains(Box other) {
      return other.x >= x && other.y >= y && other.right() <= right() && other.bottom() <= bottom();
    }

    boolean contains(Point point) {
      return point.x >= x && point.x <= right() && point.y >= y && point.y <= bottom();
    }

    Box shrunk(double by) {
      return new Box(x + by, y + by, width - 2 * by, height - 2 * by);
    }

    Box grown(double by) {
      return shrunk(-by);
    }

    double distanceToBorder(Point p) {
      if (contains(p)) {
        return Math.min(Math.min(p.x - x, right() - p.x), Math.min(p.y - y, bottom() - p.y));
      }
      double dx = Math.max(Math.max(x - p.x, 0), p.x - right());
      double dy = Math.max(Math.max(y - p.y, 0), p.y - bottom());
      return Math.hypot(dx, dy);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "[%.0f,%.0f %.0f×%.0f]", x, y, width, height);
    }
  }

  private record Segment(Point from, Point to) {

    boolean horizontal() {
      return Math.abs(from.y - to.y) < 0.5;
    }

    boolean vertical() {
      return Math.abs(from.x - to.x) < 0.5;
    }

    /** How long the two segments run on one line, over each other; 0 if they do not. */
    double collinearOverlap(Segment other) {
      if (horizontal() && other.horizontal() && Math.abs(from.y - other.from.y) < 0.5) {
        return overlap(from.x, to.x, other.from.x, other.to.x);
      }
      if (vertical() && other.vertical() && Math.abs(from.x - other.from.x) < 0.5) {
        return overlap(from.y, to.y, other.from.y, other.to.y);
      }
      return 0;
    }

    private static double overlap(double a1, double a2, double b1, double b2) {
      return Math.min(Math.max(a1, a2), Math.max(b1, b2))
          - Math.max(Math.min(a1, a2), Math.min(b1, b2));
    }

    /** The part of this segment inside the box (Liang–Barsky clipping), or null if none. */
    Segment clippedTo(Box box) {
      if (box.width <= 0 || box.height <= 0) {
        return null;
      }
      double dx = to.x - from.x;
      double dy = to.y - from.y;
      double[] p = {-dx, dx, -dy, dy};
      double[] q = {from.x - box.x, box.right() - from.x, from.y - box.y, box.bottom() - from.y};
      double enter = 0;
      double leave = 1;
      for (int i = 0; i < 4; i++) {
        if (p[i] == 0) {
          if (q[i] <= 0) {
            return null;
          }
        } else {
          double r = q[i] / p[i];
          if (p[i] < 0) {
            enter = Math.max(enter, r);
          } else {
            leave = Math.min(leave, r);
          }
        }
      }
      if (enter >= leave) {
        return null;
      }
      return new Segment(
          new Point(from.x + enter * dx, from.y + enter * dy),
          new Point(from.x + leave * dx, from.y + leave * dy));
    }

    @Override
    public String toString() {
      return from + "→" + to;
    }
  }
}
