package org.inforights.casework;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.inforights.casework.platform.modelrules.ModelBeans;
import org.inforights.casework.platform.modelrules.ModelRules;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;

/**
 * The house rules for BPMN models, as one piece of code that both the check of the models in
 * {@code processes/} ({@link ModelRulesTest}) and the test of the rules themselves
 * ({@link ModelChecksTest}) run. The rules every deployment must follow, also on the running system
 * (no scripts or Java classes, expressions that reach only the application's delegate beans, a
 * history time to live, forms that exist), are {@link ModelRules}, the same code the engine runs;
 * the build adds what makes a model readable and complete: meaningful ids, a diagram for every
 * element, a form and a group for every user task, a delegate for every service task, mail steps
 * that retry, no unreachable step. Each problem is one sentence that starts with the element's id.
 */
final class ModelChecks {

  static final Path PROCESSES = Path.of("processes");
  static final Path FORMS = Path.of("forms");
  static final Pattern GENERATED_ID = Pattern.compile(".*_[0-9a-z]{7}$");
  static final Pattern MEANINGFUL_ID =
      Pattern.compile("(Process|StartEvent|EndEvent|Task|Gateway|Event|BoundaryEvent|SubProcess|CallActivity|Flow)_[A-Z][A-Za-z]+");
  static final Pattern EXPRESSION_BEAN = Pattern.compile("\\$\\{(\\w+)(?:\\.\\w+\\(.*\\))?}");

  private final ModelRules rules;
  private final Set<String> forms;

  /** Checks against the given bean names (what expressions may call) and form ids. */
  ModelChecks(Set<String> beans, Set<String> forms) {
    this.rules = new ModelRules(beans, Set.of());
    this.forms = Set.copyOf(forms);
  }

  /** Checks against this application's {@code @ModelBean}s and the forms in {@code forms/}. */
  static ModelChecks ofThisApplication() {
    Set<String> beans = ModelBeans.names();
    if (beans.isEmpty()) {
      throw new IllegalStateException("no @ModelBean found on the class path: the bean rule needs them");
    }
    return new ModelChecks(beans, formIds());
  }

  /** The rules every deployment must follow, as the running engine applies them. */
  ModelRules rules() {
    return rules;
  }

  static List<Path> models() {
    try (Stream<Path> files = Files.list(PROCESSES)) {
      return files.filter(path -> path.toString().endsWith(".bpmn")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every broken rule in the model; empty when it follows them all. */
  List<String> problems(BpmnModelInstance model) {
    List<String> problems = new ArrayList<>(rules.bpmnProblems(model, forms::contains));
    Set<BaseElement> drawn = new HashSet<>();
    model.getModelElementsByType(BpmnShape.class).forEach(shape -> drawn.add(shape.getBpmnElement()));
    model.getModelElementsByType(BpmnEdge.class).forEach(edge -> drawn.add(edge.getBpmnElement()));
    for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
      String id = element.getId();
      if (GENERATED_ID.matcher(id).matches() || !MEANINGFUL_ID.matcher(id).matches()) {
        problems.add(id + " is not a meaningful id like Task_VerifyIdentity");
      }
      if (!drawn.contains(element)) {
        problems.add(id + " has no place in the diagram");
      }
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      if (task.getCamundaFormRef() == null) {
        problems.add(task.getId() + " has no camunda:formRef");
      }
      if (task.getCamundaCandidateGroups() == null || task.getCamundaCandidateGroups().isBlank()) {
        problems.add(task.getId() + " has no candidate group");
      }
    }
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      hasDelegate(task, task.getCamundaDelegateExpression(), problems);
      if (sendsMail(task) && !task.isCamundaAsyncBefore()) {
        problems.add(task.getId() + " sends mail: it must be camunda:asyncBefore, so that an outage retries (the engine's"
            + " failed-job-retry-time-cycle) and then becomes an incident instead of rolling back the user's work");
      }
    }
    for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
      if (listener.getCamundaClass() == null && listener.getCamundaExpression() == null) {
        hasDelegate((BaseElement) listener.getParentElement().getParentElement(), listener.getCamundaDelegateExpression(), problems);
      }
    }
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      if (!(node instanceof StartEvent) && node.getIncoming().isEmpty() && !isBoundaryOrEventSubprocess(node)) {
        problems.add(node.getId() + " cannot be reached: it has no incoming flow");
      }
    }
    return problems;
  }

  /** The delegates that send mail: a call to another system that may be down. */
  static final Set<String> MAIL_SENDING_BEANS = Set.of("sendLetter", "stopClockAndAsk", "sendReviewOutcome", "dailyDigest");

  private static boolean sendsMail(ServiceTask task) {
    String expression = task.getCamundaDelegateExpression();
    Matcher matcher = expression == null ? null : EXPRESSION_BEAN.matcher(expression);
    return matcher != null && matcher.matches() && MAIL_SENDING_BEANS.contains(matcher.group(1));
  }


  private static boolean isBoundaryOrEventSubprocess(FlowNode node) {
    return node instanceof BoundaryEvent || (node instanceof SubProcess sub && sub.triggeredByEvent());
  }

  private static void hasDelegate(BaseElement element, String expression, List<String> problems) {
    if (expression == null) {
      problems.add(element.getId() + " has no delegate expression");
    }
  }

  private static Set<String> formIds() {
    Set<String> ids = new HashSet<>();
    Pattern id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"\\s*,\\s*\"type\"\\s*:\\s*\"default\"");
    try (Stream<Path> files = Files.list(FORMS)) {
      for (Path form : files.filter(p -> p.toString().endsWith(".form")).toList()) {
        Matcher matcher = id.matcher(Files.readString(form));
        if (matcher.find()) {
          ids.add(matcher.group(1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ids;
  }
}
