package org.inforights.casework;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CompletionCondition;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.inforights.casework.platform.modelrules.GatewayValues;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * The contract between each model, its forms and the Java that reads its variables: the values a
 * gateway compares a variable with are the constants of that variable's {@link GatewayValues}
 * enum, and so are the options its forms offer; a start form's fields are personal data that must
 * never reach the engine's history, so each is an {@code intake…} field (the history level leaves
 * those out) that the process's constants class lists to remove once the case file holds it; and
 * every message a model waits for is one the Java can send — a {@code MESSAGE_…} constant of a
 * constants class — while every such constant is one some model waits for (message names ending
 * {@code _V4}, {@code _V5}, {@code _V1} are kept only for cases still on an earlier version); and
 * every task-form field is read by something: a gateway, an expression of the model, the Java (a
 * name a constants class states), or the case file (a {@code personal…} field).
 */
final class ProcessContract {

  /** A comparison of a variable with a text: {@code identityOutcome == "VERIFIED"}. */
  static final Pattern COMPARISON = Pattern.compile("\\b([a-zA-Z]\\w*)\\s*(?:==|!=)\\s*[\"']([^\"']*)[\"']");
  static final String INTAKE_PREFIX = org.inforights.casework.platform.modelrules.PersonalDataNames.INTAKE_PREFIX;

  /** Values by process, then variable: the enums' constants and their legacy values. */
  private final Map<String, Map<String, Set<String>>> values;
  private final Map<String, Set<String>> intakeFields;
  private final Map<String, JsonNode> forms;
  /** The messages the Java sends, by the constant that names each: {@code SarProcess.MESSAGE_WITHDRAWAL_REQUESTED}. */
  private final Map<String, String> messagesSent;
  /** Every text constant of the application's classes: the variable names the Java knows. */
  private final Set<String> namesJavaKnows;

  ProcessContract(
      Map<String, Map<String, Set<String>>> values,
      Map<String, Set<String>> intakeFields,
      Map<String, JsonNode> forms,
      Map<String, String> messagesSent) {
    this(values, intakeFields, forms, messagesSent, Set.of());
  }

  ProcessContract(
      Map<String, Map<String, Set<String>>> values,
      Map<String, Set<String>> intakeFields,
      Map<String, JsonNode> forms,
      Map<String, String> messagesSent,
      Set<String> namesJavaKnows) {
    this.values = values;
    this.intakeFields = intakeFields;
    this.forms = forms;
    this.messagesSent = messagesSent;
    this.namesJavaKnows = namesJavaKnows;
  }

  /** This application's contract: every {@code @GatewayValues} enum, the intake lists, the forms in {@code forms/}. */
  static ProcessContract ofThisApplication() {
    Map<String, Map<String, Set<String>>> values = new HashMap<>();
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(GatewayValues.class));
    for (BeanDefinition candidate : scanner.findCandidateComponents("org.inforights.casework")) {
      Class<?> type = load(candidate.getBeanClassName());
      GatewayValues contract = type.getAnnotation(GatewayValues.class);
      Set<String> allowed = new LinkedHashSet<>();
      Arrays.stream(type.getEnumConstants()).map(constant -> ((Enum<?>) constant).name()).forEach(allowed::add);
      allowed.addAll(List.of(contract.legacy()));
      Set<String> previous = values.computeIfAbsent(contract.process(), key -> new HashMap<>()).put(contract.variable(), allowed);
      if (previous != null) {
        throw new IllegalStateException("Two @GatewayValues enums for " + contract.process() + " " + contract.variable());
      }
    }
    return new ProcessContract(values, intakeFields(), forms(), messagesSent(), Set.copyOf(textConstants().values()));
  }

  /** The application's own classes (not its tests'), loaded. */
  private static List<Class<?>> applicationClasses() {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(ProcessContract::applicationClass);
    return scanner.findCandidateComponents("org.inforights.casework").stream()
        .<Class<?>>map(candidate -> load(candidate.getBeanClassName()))
        .toList();
  }

  /** A class of the application itself, not of its tests. */
  private static boolean applicationClass(
      org.springframework.core.type.classreading.MetadataReader reader,
      org.springframework.core.type.classreading.MetadataReaderFactory factory) {
    try {
      return !reader.getResource().getURL().toString().contains("/test-classes/");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A constant naming a message the Java sends to a process: {@code MESSAGE_…}, not a legacy {@code …_V4}. */
  static final Pattern MESSAGE_CONSTANT = Pattern.compile("MESSAGE_[A-Z_]+");

  /** Every {@code MESSAGE_…} text constant of the application's classes, by {@code Class.CONSTANT}. */
  private static Map<String, String> messagesSent() {
    Map<String, String> sent = new java.util.TreeMap<>();
    textConstants().forEach((constant, value) -> {
      if (MESSAGE_CONSTANT.matcher(constant.substring(constant.indexOf('.') + 1)).matches()) {
        sent.put(constant, value);
      }
    });
    return sent;
  }

  /** Every {@code static final String} of the application's classes, by {@code Class.CONSTANT}. */
  private static Map<String, String> textConstants() {
    Map<String, String> constants = new java.util.TreeMap<>();
    for (Class<?> type : applicationClasses()) {
      for (Field field : type.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (java.lang.reflect.Modifier.isStatic(modifiers)
            && java.lang.reflect.Modifier.isFinal(modifiers)
            && field.getType() == String.class) {
          try {
            field.setAccessible(true);
            constants.put(type.getSimpleName() + "." + field.getName(), (String) field.get(null));
          } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
          }
        }
      }
    }
    return constants;
  }

  /**
   * The {@code MESSAGE_…} constants no model in {@code models} waits for: a message the Java sends
   * into nothing. Empty when every one is heard.
   */
  List<String> messagesNoModelHears(List<BpmnModelInstance> models) {
    Set<String> heard = new LinkedHashSet<>();
    for (BpmnModelInstance model : models) {
      heard.addAll(messagesWaitedFor(model).values());
    }
    List<String> unheard = new ArrayList<>();
    messagesSent.forEach((constant, message) -> {
      if (!heard.contains(message)) {
        unheard.add(constant + " = \"" + message + "\" is sent, but no model waits for it");
      }
    });
    return unheard;
  }

  /** The message each catching event of the model waits for, by the event's id. */
  private static Map<String, String> messagesWaitedFor(BpmnModelInstance model) {
    Map<String, String> waited = new java.util.TreeMap<>();
    for (org.camunda.bpm.model.bpmn.instance.MessageEventDefinition definition :
        model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.MessageEventDefinition.class)) {
      if (definition.getParentElement() instanceof org.camunda.bpm.model.bpmn.instance.CatchEvent event
          && definition.getMessage() != null) {
        waited.put(event.getId(), definition.getMessage().getName());
      }
    }
    return waited;
  }

  /** Every way the model, or a form it names, breaks the contract; empty when it keeps it. */
  List<String> problems(BpmnModelInstance model) {
    List<String> problems = new ArrayList<>();
    Set<String> sendable = new LinkedHashSet<>(messagesSent.values());
    messagesWaitedFor(model).forEach((event, message) -> {
      if (!sendable.contains(message)) {
        problems.add(event + " waits for message \"" + message + "\", which nothing sends:"
            + " no MESSAGE_ constant of a constants class names it");
      }
    });
    for (Process process : model.getModelElementsByType(Process.class)) {
      Map<String, Set<String>> known = values.getOrDefault(process.getId(), Map.of());
      for (SequenceFlow flow : process.getChildElementsByType(SequenceFlow.class)) {
        check(process.getId(), flow.getId(), flow.getConditionExpression(), known, problems);
      }
      for (org.camunda.bpm.model.bpmn.instance.ExclusiveGateway gateway :
          process.getChildElementsByType(org.camunda.bpm.model.bpmn.instance.ExclusiveGateway.class)) {
        checkEveryValueHasAWayOut(process.getId(), gateway, known, problems);
      }
      for (ModelElementInstance condition : model.getModelElementsByType(CompletionCondition.class)) {
        String owner = ((org.camunda.bpm.model.bpmn.instance.BaseElement) condition.getParentElement().getParentElement()).getId();
        check(process.getId(), owner, condition.getTextContent(), known, problems);
      }
      Set<String> readByModel = namesReadBy(model);
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        JsonNode form = forms.get(task.getCamundaFormRef());
        if (form != null) {
          checkOptions(process.getId(), task.getCamundaFormRef(), form, known, problems);
          checkTaskFormFields(process.getId(), task.getCamundaFormRef(), form, known, readByModel, problems);
        }
      }
      for (StartEvent start : process.getChildElementsByType(StartEvent.class)) {
        JsonNode form = forms.get(start.getCamundaFormRef());
        if (form != null) {
          checkStartForm(process.getId(), start.getCamundaFormRef(), form, problems);
        }
      }
    }
    return problems;
  }

  private static void check(String process, String element, ConditionExpression condition, Map<String, Set<String>> known, List<String> problems) {
    if (condition != null) {
      check(process, element, condition.getTextContent(), known, problems);
    }
  }

  private static void check(String process, String element, String text, Map<String, Set<String>> known, List<String> problems) {
    Matcher comparison = COMPARISON.matcher(text == null ? "" : text);
    while (comparison.find()) {
      String variable = comparison.group(1);
      String value = comparison.group(2);
      Set<String> allowed = known.get(variable);
      if (allowed == null) {
        problems.add(process + ": " + element + " compares " + variable + " with \"" + value
            + "\", but no @GatewayValues enum declares " + variable + "'s values");
      } else if (!allowed.contains(value)) {
        problems.add(process + ": " + element + " compares " + variable + " with \"" + value
            + "\", which is not one of " + allowed);
      }
    }
  }

  /**
   * A gateway that routes on one variable's values with {@code ==} only, and no default flow, must
   * have a way out for each of them: a value with none stops the case with an incident. A gateway
   * with a default flow, a {@code !=} branch, or conditions on anything else is not judged here.
   */
  private static void checkEveryValueHasAWayOut(
      String process, org.camunda.bpm.model.bpmn.instance.ExclusiveGateway gateway, Map<String, Set<String>> known, List<String> problems) {
    if (gateway.getDefault() != null || gateway.getOutgoing().size() < 2) {
      return;
    }
    String variable = null;
    Set<String> routed = new LinkedHashSet<>();
    for (SequenceFlow flow : gateway.getOutgoing()) {
      String text = flow.getConditionExpression() == null ? "" : flow.getConditionExpression().getTextContent();
      Matcher comparison = COMPARISON.matcher(text);
      if (!comparison.find() || text.contains("!=") || text.contains("&&")) {
        return;
      }
      do {
        if (variable != null && !variable.equals(comparison.group(1))) {
          return;
        }
        variable = comparison.group(1);
        routed.add(comparison.group(2));
      } while (comparison.find());
    }
    Set<String> allowed = known.get(variable);
    if (allowed != null) {
      for (String value : allowed) {
        if (!routed.contains(value)) {
          problems.add(process + ": " + gateway.getId() + " has no way out for " + variable + " = \"" + value
              + "\": give it a flow or make one the default");
        }
      }
    }
  }

  private static void checkOptions(String process, String formId, JsonNode form, Map<String, Set<String>> known, List<String> problems) {
    for (JsonNode field : fields(form)) {
      Set<String> allowed = known.get(field.path("key").asText());
      if (allowed != null && field.has("values")) {
        for (JsonNode option : field.get("values")) {
          if (!allowed.contains(option.path("value").asText())) {
            problems.add(process + ": form " + formId + " offers " + field.path("key").asText() + " = \""
                + option.path("value").asText() + "\", which is not one of " + allowed);
          }
        }
      }
    }
  }

  /** An expression of a model: {@code ${…}} or {@code #{…}}. */
  static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)\\}");
  /** An attribute that names a variable: a call's {@code source}, a conditional event's {@code variableName}. */
  static final Pattern VARIABLE_ATTRIBUTE = Pattern.compile("(?:source|variableName)=\"([^\"]+)\"");
  static final Pattern NAME = Pattern.compile("[a-zA-Z_]\\w*");

  /** The names the model's expressions and variable attributes use. */
  private static Set<String> namesReadBy(BpmnModelInstance model) {
    String text = org.camunda.bpm.model.bpmn.Bpmn.convertToString(model);
    Set<String> names = new java.util.HashSet<>();
    Matcher expression = EXPRESSION.matcher(text);
    while (expression.find()) {
      Matcher name = NAME.matcher(expression.group(1));
      while (name.find()) {
        names.add(name.group());
      }
    }
    Matcher attribute = VARIABLE_ATTRIBUTE.matcher(text);
    while (attribute.find()) {
      names.add(attribute.group(1));
    }
    return names;
  }

  /**
   * A task form's field is read by something: a gateway's variable (its values are an enum's), a
   * name the model's expressions use, a name a constants class states (Java reads it, or it is
   * stated there as kept for the case's history only), or a {@code personal…} field, which its
   * task's listener moves into the case file. A field none of these knows — a mistyped key, a field
   * left over from a removed gateway — is saved into the process and read by nothing.
   */
  private void checkTaskFormFields(
      String process, String formId, JsonNode form, Map<String, Set<String>> known, Set<String> readByModel, List<String> problems) {
    for (JsonNode field : fields(form)) {
      String key = field.path("key").asText();
      if (!known.containsKey(key)
          && !readByModel.contains(key)
          && !namesJavaKnows.contains(key)
          && !key.startsWith(org.inforights.casework.platform.modelrules.PersonalDataNames.PERSONAL_PREFIX)) {
        problems.add(process + ": form " + formId + " field " + key + " is read by nothing: no expression of the"
            + " model uses it and no constants class names it (state it in the process's constants, as a"
            + " variable kept for the case's history if nothing reads it, or correct the key)");
      }
    }
  }

  private void checkStartForm(String process, String formId, JsonNode form, List<String> problems) {
    Set<String> listed = intakeFields.get(process);
    Set<String> onForm = new LinkedHashSet<>();
    for (JsonNode field : fields(form)) {
      String key = field.path("key").asText();
      onForm.add(key);
      if (!key.startsWith(INTAKE_PREFIX)) {
        problems.add(process + ": start form " + formId + " field " + key + " would reach the engine's history:"
            + " a start form's fields are personal data; name it " + INTAKE_PREFIX + "…");
      } else if (listed == null || !listed.contains(key)) {
        problems.add(process + ": start form " + formId + " field " + key
            + " is not in the process's INTAKE_FIELDS, so it would stay in the running process");
      }
    }
    if (listed != null) {
      for (String key : listed) {
        if (!onForm.contains(key)) {
          problems.add(process + ": INTAKE_FIELDS lists " + key + ", which start form " + formId + " does not have");
        }
      }
    }
  }

  /** Every field of a form with a key (text, images and groups have none), nested ones included. */
  static List<JsonNode> fields(JsonNode form) {
    List<JsonNode> fields = new ArrayList<>();
    for (JsonNode component : form.path("components")) {
      if (component.hasNonNull("key")) {
        fields.add(component);
      }
      fields.addAll(fields(component));
    }
    return fields;
  }

  private static Map<String, JsonNode> forms() {
    Map<String, JsonNode> forms = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    try (var files = Files.list(Path.of("forms"))) {
      for (Path file : files.filter(path -> path.toString().endsWith(".form")).toList()) {
        JsonNode form = json.readTree(file.toFile());
        forms.put(form.path("id").asText(), form);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return forms;
  }

  /**
   * The start-form fields each process lists for removal, by process key: every constants class of
   * the application with a {@code KEY} and an {@code INTAKE_FIELDS}, found, not listed by hand.
   */
  @SuppressWarnings("unchecked")
  private static Map<String, Set<String>> intakeFields() {
    Map<String, Set<String>> intake = new HashMap<>();
    for (Class<?> type : applicationClasses()) {
      try {
        Field fields = type.getDeclaredField("INTAKE_FIELDS");
        Field key = type.getDeclaredField("KEY");
        fields.setAccessible(true);
        key.setAccessible(true);
        intake.put((String) key.get(null), new LinkedHashSet<>((List<String>) fields.get(null)));
      } catch (NoSuchFieldException notAConstantsClassWithAStartForm) {
        // not a process's constants class with a start form
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    return intake;
  }


  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
