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
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;

/**
 * The house rules for BPMN models, as one piece of code that both the check of the models in
 * {@code processes/} ({@link ModelRulesTest}) and the test of the rules themselves
 * ({@link ModelChecksTest}) run: meaningful ids, a diagram for every element, a history time to
 * live, a form and a group for every user task, forms that exist, delegate expressions that name a
 * bean of the application. Each problem is one sentence that starts with the element's id.
 */
final class ModelChecks {

  static final Path PROCESSES = Path.of("processes");
  static final Path FORMS = Path.of("forms");
  static final Pattern GENERATED_ID = Pattern.compile(".*_[0-9a-z]{7}$");
  static final Pattern MEANINGFUL_ID =
      Pattern.compile("(Process|StartEvent|EndEvent|Task|Gateway|Event|BoundaryEvent|SubProcess|Flow)_[A-Z][A-Za-z]+");
  static final Pattern EXPRESSION_BEAN = Pattern.compile("\\$\\{(\\w+)(?:\\.\\w+\\(.*\\))?}");

  private final Set<String> beans;
  private final Set<String> forms;

  /** Checks against the given bean names (what delegate expressions may call) and form ids. */
  ModelChecks(Set<String> beans, Set<String> forms) {
    this.beans = Set.copyOf(beans);
    this.forms = Set.copyOf(forms);
  }

  /** Checks against this application's named beans and the forms in {@code forms/}. */
  static ModelChecks ofThisApplication() {
    Set<String> beans = applicationBeans();
    if (beans.isEmpty()) {
      throw new IllegalStateException("no @Component(\"name\") beans found under src/main/java: the bean rule reads them");
    }
    return new ModelChecks(beans, formIds());
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
    List<String> problems = new ArrayList<>();
    for (Process process : model.getModelElementsByType(Process.class)) {
      if (process.getCamundaHistoryTimeToLiveString() == null) {
        problems.add(process.getId() + " has no camunda:historyTimeToLive");
      }
    }
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
      } else if (!forms.contains(task.getCamundaFormRef())) {
        problems.add(task.getId() + " names form " + task.getCamundaFormRef() + ", which is not in forms/");
      }
      if (task.getCamundaCandidateGroups() == null || task.getCamundaCandidateGroups().isBlank()) {
        problems.add(task.getId() + " has no candidate group");
      }
    }
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      if (start.getCamundaFormRef() != null && !forms.contains(start.getCamundaFormRef())) {
        problems.add(start.getId() + " names form " + start.getCamundaFormRef() + ", which is not in forms/");
      }
    }
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      checkBean(task, task.getCamundaDelegateExpression(), problems);
      if (sendsMail(task) && !(task.isCamundaAsyncBefore() && hasRetryCycle(task))) {
        problems.add(task.getId() + " sends mail: it must be camunda:asyncBefore with a camunda:failedJobRetryTimeCycle,"
            + " so that an outage retries and then becomes an incident instead of rolling back the user's work");
      }
    }
    for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
      checkBean((BaseElement) listener.getParentElement().getParentElement(), listener.getCamundaDelegateExpression(), problems);
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

  private static boolean hasRetryCycle(ServiceTask task) {
    return task.getExtensionElements() != null
        && !task.getExtensionElements()
            .getElementsQuery()
            .filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle.class)
            .list()
            .isEmpty();
  }

  private static boolean isBoundaryOrEventSubprocess(FlowNode node) {
    return node instanceof BoundaryEvent || (node instanceof SubProcess sub && sub.triggeredByEvent());
  }

  private void checkBean(BaseElement element, String expression, List<String> problems) {
    if (expression == null) {
      problems.add(element.getId() + " has no delegate expression");
      return;
    }
    Matcher matcher = EXPRESSION_BEAN.matcher(expression);
    if (!matcher.matches() || !beans.contains(matcher.group(1))) {
      problems.add(element.getId() + " calls " + expression + ", which names no bean of the application");
    }
  }

  /** The names of the application's @Component("name") beans: the delegates models may call. */
  private static Set<String> applicationBeans() {
    Set<String> beans = new HashSet<>();
    Pattern named = Pattern.compile("@Component\\(\"(\\w+)\"\\)");
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher matcher = named.matcher(Files.readString(source));
        while (matcher.find()) {
          beans.add(matcher.group(1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return beans;
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
