package org.inforights.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.stereotype.Component;

/**
 * The house rules for the models in {@code processes/}, so that an analyst's change that breaks
 * one fails the build with a message saying what and where: meaningful ids, a diagram for every
 * element, a history time to live, a form and a group for every user task, forms that exist, and
 * delegate expressions that name a bean of the application.
 */
class ModelRulesTest {

  static final Path PROCESSES = Path.of("processes");
  static final Path FORMS = Path.of("forms");
  static final Pattern GENERATED_ID = Pattern.compile(".*_[0-9a-z]{7}$");
  static final Pattern MEANINGFUL_ID =
      Pattern.compile("(Process|StartEvent|EndEvent|Task|Gateway|Event|BoundaryEvent|SubProcess|Flow)_[A-Z][A-Za-z]+");
  static final Pattern EXPRESSION_BEAN = Pattern.compile("\\$\\{(\\w+)(?:\\.\\w+\\(.*\\))?}");

  static Stream<Path> models() throws IOException {
    try (Stream<Path> files = Files.list(PROCESSES)) {
      return files.filter(path -> path.toString().endsWith(".bpmn")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyModelFollowsTheHouseRules(Path file) throws IOException {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    List<String> problems = new ArrayList<>();
    Set<String> beans = applicationBeans();
    Set<String> forms = formIds();

    for (Process process : model.getModelElementsByType(Process.class)) {
      if (process.getCamundaHistoryTimeToLiveString() == null) {
        problems.add(process.getId() + " has no camunda:historyTimeToLive");
      }
    }
    for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
      String id = element.getId();
      if (GENERATED_ID.matcher(id).matches() || !MEANINGFUL_ID.matcher(id).matches()) {
        problems.add(id + " is not a meaningful id like Task_VerifyIdentity");
      }
      if (model.getModelElementsByType(BpmnShape.class).stream().noneMatch(s -> element.equals(s.getBpmnElement()))
          && model.getModelElementsByType(BpmnEdge.class).stream().noneMatch(e -> element.equals(e.getBpmnElement()))) {
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
      checkBean(task, task.getCamundaDelegateExpression(), beans, problems);
      if (callsAnotherSystem(task) && !(task.isCamundaAsyncBefore() && hasRetryCycle(task))) {
        problems.add(task.getId() + " sends mail: it must be camunda:asyncBefore with a camunda:failedJobRetryTimeCycle,"
            + " so that an outage retries and then becomes an incident instead of rolling back the user's work");
      }
    }
    for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
      checkBean((BaseElement) listener.getParentElement().getParentElement(), listener.getCamundaDelegateExpression(), beans, problems);
    }
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      if (!(node instanceof StartEvent) && node.getIncoming().isEmpty() && !isBoundaryOrEventSubprocessStart(node)) {
        problems.add(node.getId() + " cannot be reached: it has no incoming flow");
      }
    }
    assertThat(problems).as(file.toString()).isEmpty();
  }

  /** The delegates that send mail: a call to another system that may be down. */
  static final Set<String> MAIL_SENDING_BEANS = Set.of("sendLetter", "stopClockAndAsk", "sendReviewOutcome", "sendDigests");

  private static boolean callsAnotherSystem(ServiceTask task) {
    String expression = task.getCamundaDelegateExpression();
    if (expression == null) {
      return false;
    }
    Matcher matcher = EXPRESSION_BEAN.matcher(expression);
    return matcher.matches() && MAIL_SENDING_BEANS.contains(matcher.group(1));
  }

  private static boolean hasRetryCycle(ServiceTask task) {
    return task.getExtensionElements() != null
        && !task.getExtensionElements()
            .getElementsQuery()
            .filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle.class)
            .list()
            .isEmpty();
  }

  private static boolean isBoundaryOrEventSubprocessStart(FlowNode node) {
    return node instanceof org.camunda.bpm.model.bpmn.instance.BoundaryEvent
        || (node instanceof org.camunda.bpm.model.bpmn.instance.SubProcess sub && sub.triggeredByEvent());
  }

  private static void checkBean(BaseElement element, String expression, Set<String> beans, List<String> problems) {
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
  private static Set<String> applicationBeans() throws IOException {
    Set<String> beans = new java.util.HashSet<>();
    Pattern named = Pattern.compile("@Component\\(\"(\\w+)\"\\)");
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher matcher = named.matcher(Files.readString(source));
        while (matcher.find()) {
          beans.add(matcher.group(1));
        }
      }
    }
    assertThat(beans).as("named beans found; the rule reads " + Component.class.getSimpleName() + " names").isNotEmpty();
    return beans;
  }

  private static Set<String> formIds() throws IOException {
    Set<String> ids = new java.util.HashSet<>();
    Pattern id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"\\s*,\\s*\"type\"\\s*:\\s*\"default\"");
    try (Stream<Path> files = Files.list(FORMS)) {
      for (Path form : files.filter(p -> p.toString().endsWith(".form")).toList()) {
        Matcher matcher = id.matcher(Files.readString(form));
        if (matcher.find()) {
          ids.add(matcher.group(1));
        }
      }
    }
    return ids;
  }
}
