package org.inforights.casework.platform.modelrules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.beans.Introspector;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.ModelInstance;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The house rules every deployment must follow, wherever it comes from: the build's check of
 * {@code processes/} and {@code forms/}, the start-up deployment, and a deployment over the REST API
 * or from Camunda Modeler ({@link HouseRulesDeployer}). One implementation, so that what the build
 * accepts the running system accepts, and what the running system refuses the build refuses.
 *
 * <p>A model is code that the server runs with the engine's own rights (a timer start runs as
 * nobody, without any authorization check), so the rules keep models to what they are for:
 *
 * <ul>
 *   <li>no scripts (script tasks, {@code camunda:script} in listeners or input/output mappings,
 *       conditions in a script language) and no Java classes ({@code camunda:class} or any other
 *       {@code camunda:…Class} attribute);
 *   <li>delegate expressions name a {@link ModelBean}; no expression names another bean of the
 *       application or one of the engine's services, or reaches Java reflection or the engine
 *       ({@code getClass}, {@code forName}, {@code processEngineServices}, …);
 *   <li>decision tables in FEEL only (Camunda runs FEEL without external Java functions);
 *   <li>a {@code camunda:historyTimeToLive} on every process and decision, so history is erased;
 *   <li>forms a model names ({@code camunda:formRef}) exist, and forms render in Tasklist: an id
 *       equal to the file name, unique component ids and field keys, a label for every field;
 *   <li>no CMMN, which this application does not use and these rules do not check.
 * </ul>
 *
 * <p>Each problem is one sentence that starts with the element's id (or the resource's name).
 */
public final class ModelRules {

  static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
  static final String CAMUNDA_DMN_NS = "http://camunda.org/schema/1.0/dmn";

  /**
   * Names that lead from an expression to Java reflection or to the engine itself; refused in
   * every expression at deployment and, whatever the syntax, when an expression runs
   * ({@link ModelExpressionGuard}).
   */
  public static final Set<String> REFUSED_WORDS =
      Set.of(
          "class", "getClass", "forName", "classLoader", "getClassLoader", "contextClassLoader",
          "getContextClassLoader", "getMethod", "getMethods", "getDeclaredMethod", "getDeclaredMethods",
          "getField", "getFields", "getDeclaredField", "getDeclaredFields", "getConstructor",
          "getConstructors", "getDeclaredConstructor", "getDeclaredConstructors", "invoke",
          "invokeExact", "newInstance", "getRuntime", "processEngine", "getProcessEngine",
          "processEngineServices", "getProcessEngineServices", "processEngineConfiguration",
          "getProcessEngineConfiguration");

  /** The engine's services under the names the engine and Spring give them (identityService, …). */
  public static final Set<String> ENGINE_NAMES = engineNames();

  /** A delegate expression: {@code ${bean}} or {@code ${bean.method(…)}}. */
  static final Pattern DELEGATE_EXPRESSION = Pattern.compile("\\$\\{\\s*(\\w+)\\s*(?:\\..*)?}");
  static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
  static final Pattern WORD = Pattern.compile("[A-Za-z_$][\\w$]*");
  static final Pattern STRING_LITERAL = Pattern.compile("'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"");
  static final Set<String> EL_KEYWORDS =
      Set.of("true", "false", "null", "empty", "not", "and", "or", "eq", "ne", "lt", "gt", "le", "ge",
          "div", "mod", "instanceof");

  private final Set<String> modelBeans;
  private final Set<String> refusedNames;

  /**
   * Rules for an application whose model beans are {@code modelBeans}; {@code otherBeans} are the
   * application's other bean names, which expressions may not name (the engine's services are
   * always refused).
   */
  public ModelRules(Set<String> modelBeans, Set<String> otherBeans) {
    this.modelBeans = Set.copyOf(modelBeans);
    Set<String> refused = new HashSet<>(otherBeans);
    refused.addAll(ENGINE_NAMES);
    refused.removeAll(modelBeans);
    this.refusedNames = Set.copyOf(refused);
  }

  /**
   * The problems of one deployment resource, chosen by its name's ending; resources of other kinds
   * (diagrams as images) have none. {@code formExists} says whether a form id can be found.
   */
  public List<String> resourceProblems(String name, byte[] content, Predicate<String> formExists) {
    String lower = name.toLowerCase(Locale.ROOT);
    try {
      if (lower.endsWith(".bpmn") || lower.endsWith(".bpmn20.xml")) {
        return bpmnProblems(Bpmn.readModelFromStream(new ByteArrayInputStream(content)), formExists);
      }
      if (lower.endsWith(".dmn") || lower.endsWith(".dmn11.xml")) {
        return dmnProblems(Dmn.readModelFromStream(new ByteArrayInputStream(content)));
      }
      if (lower.endsWith(".form")) {
        return formProblems(formIdOfFile(name), new ObjectMapper().readTree(content));
      }
    } catch (IOException | RuntimeException e) {
      return List.of(name + " cannot be read: " + e.getMessage());
    }
    if (lower.endsWith(".cmmn") || lower.endsWith(".cmmn10.xml") || lower.endsWith(".cmmn11.xml")) {
      return List.of(name + " is a CMMN model: this application runs BPMN processes and DMN decisions only");
    }
    return List.of();
  }

  /** Every broken runtime rule in a BPMN model; empty when it follows them all. */
  public List<String> bpmnProblems(BpmnModelInstance model, Predicate<String> formExists) {
    List<String> problems = new ArrayList<>();
    for (Process process : model.getModelElementsByType(Process.class)) {
      if (process.getCamundaHistoryTimeToLiveString() == null) {
        problems.add(process.getId() + " has no camunda:historyTimeToLive");
      }
    }
    walk(model, problems, formExists, false);
    return problems;
  }

  /** Every broken runtime rule in a DMN model; empty when it follows them all. */
  public List<String> dmnProblems(DmnModelInstance model) {
    List<String> problems = new ArrayList<>();
    for (Decision decision : model.getModelElementsByType(Decision.class)) {
      if (decision.getCamundaHistoryTimeToLiveString() == null) {
        problems.add(decision.getId() + " has no camunda:historyTimeToLive");
      }
    }
    walk(model, problems, id -> true, true);
    return problems;
  }

  /**
   * Every reason Tasklist would not render a form (or a model could not find it): its id must be
   * {@code expectedId}, the file name; component ids and field keys unique; every field labelled.
   */
  public static List<String> formProblems(String expectedId, JsonNode form) {
    List<String> problems = new ArrayList<>();
    if (!expectedId.equals(form.path("id").asText())) {
      problems.add("form id " + form.path("id").asText() + " is not its file name " + expectedId);
    }
    checkComponents(form.path("components"), new HashSet<>(), new HashSet<>(), problems);
    return problems;
  }

  /** {@code forms/sar-intake.form} → {@code sar-intake}. */
  public static String formIdOfFile(String name) {
    String file = name.substring(name.lastIndexOf('/') + 1);
    return file.endsWith(".form") ? file.substring(0, file.length() - ".form".length()) : file;
  }

  private static void checkComponents(JsonNode components, Set<String> ids, Set<String> keys, List<String> problems) {
    for (JsonNode component : components) {
      String id = component.path("id").asText(null);
      if (id == null || !ids.add(id)) {
        problems.add("component id " + id + " is missing or repeated");
      }
      String type = component.path("type").asText();
      if (!type.equals("text") && !type.equals("group")) {
        String key = component.path("key").asText(null);
        if (key == null || !keys.add(key)) {
          problems.add("field key " + key + " is missing or repeated");
        }
        if (component.path("label").asText(component.path("dateLabel").asText("")).isBlank()) {
          problems.add("field " + key + " has no label");
        }
      }
      if (component.has("components")) {
        checkComponents(component.get("components"), ids, keys, problems);
      }
    }
  }

  /** Looks at every element, attribute and text of the model: expressions hide in all of them. */
  private void walk(ModelInstance model, List<String> problems, Predicate<String> formExists, boolean decisions) {
    Node root = model.getDocument().getDomSource().getNode();
    Element element = root instanceof org.w3c.dom.Document document ? document.getDocumentElement() : (Element) root;
    walk(element, null, problems, formExists, decisions);
  }

  private void walk(Element element, String ownerId, List<String> problems, Predicate<String> formExists, boolean decisions) {
    String id = element.hasAttribute("id") ? element.getAttribute("id") : ownerId;
    String where = id == null ? element.getLocalName() : id;
    String name = element.getLocalName();
    boolean camunda = CAMUNDA_NS.equals(element.getNamespaceURI()) || CAMUNDA_DMN_NS.equals(element.getNamespaceURI());
    if ("scriptTask".equals(name)) {
      problems.add(where + " is a script task: models may not run scripts; use a service task with a delegate bean");
    } else if (camunda && "script".equals(name)) {
      problems.add(where + " has a camunda:script: models may not run scripts; use an expression or a delegate bean");
    }
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      checkAttribute(element, attribute, where, problems, formExists, decisions);
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        walk(childElement, id, problems, formExists, decisions);
      } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        checkExpressions(where, child.getNodeValue(), problems);
      }
    }
  }

  private void checkAttribute(
      Element element, Attr attribute, String where, List<String> problems, Predicate<String> formExists, boolean decisions) {
    String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
    String value = attribute.getValue();
    boolean camunda = CAMUNDA_NS.equals(attribute.getNamespaceURI()) || CAMUNDA_DMN_NS.equals(attribute.getNamespaceURI());
    if ("http://www.w3.org/2000/xmlns/".equals(attribute.getNamespaceURI())) {
      return;
    }
    if (camunda && (name.equals("class") || name.endsWith("Class"))) {
      problems.add(where + " names a Java class (camunda:" + name + "): models may not load classes;"
          + " use camunda:delegateExpression with a delegate bean");
      return;
    }
    if (name.equals("language") || name.equals("scriptFormat") || name.equals("expressionLanguage")) {
      if (!"definitions".equals(element.getLocalName()) || decisions) {
        checkLanguage(where, value, problems, decisions);
      }
      return;
    }
    if (camunda && name.equals("delegateExpression")) {
      Matcher matcher = DELEGATE_EXPRESSION.matcher(value);
      if (!matcher.matches() || !modelBeans.contains(matcher.group(1))) {
        problems.add(where + " calls " + value + ", which names no delegate bean of the application");
        return;
      }
    }
    if (camunda && name.equals("formRef") && !value.contains("{") && !formExists.test(value)) {
      problems.add(where + " names form " + value + ", which is neither in this deployment nor deployed");
    }
    checkExpressions(where, value, problems);
  }

  private static void checkLanguage(String where, String language, List<String> problems, boolean decisions) {
    String lower = language.toLowerCase(Locale.ROOT);
    boolean feel = lower.contains("feel");
    boolean juel = lower.equals("juel");
    if (decisions ? !feel : !juel) {
      problems.add(where + " uses the expression language " + language + ": "
          + (decisions ? "decisions use FEEL only" : "models may not run scripts; use a ${…} expression"));
    }
  }

  /** Every {@code ${…}} and {@code #{…}} in the text: no reflection, no bean but a model bean. */
  private void checkExpressions(String where, String text, List<String> problems) {
    if (text == null || (!text.contains("${") && !text.contains("#{"))) {
      return;
    }
    Matcher expressions = EXPRESSION.matcher(text);
    while (expressions.find()) {
      String expression = expressions.group();
      String body = expressions.group(1);
      String refused = firstWord(body, REFUSED_WORDS::contains);
      if (refused != null) {
        problems.add(where + " uses " + refused + " in " + expression
            + ": expressions may not reach Java reflection or the engine itself");
        continue;
      }
      String bean = firstRootName(STRING_LITERAL.matcher(body).replaceAll("''"));
      if (bean != null) {
        problems.add(where + " names " + bean + " in " + expression
            + ", which models may not use: only the application's delegate beans (@ModelBean)");
      }
    }
  }

  private static String firstWord(String body, Predicate<String> test) {
    Matcher words = WORD.matcher(body);
    while (words.find()) {
      if (test.test(words.group())) {
        return words.group();
      }
    }
    return null;
  }

  /** The first name at the start of a path (not after a dot) that is a refused bean. */
  private String firstRootName(String body) {
    Matcher words = WORD.matcher(body);
    while (words.find()) {
      int before = words.start() - 1;
      while (before >= 0 && Character.isWhitespace(body.charAt(before))) {
        before--;
      }
      boolean member = before >= 0 && body.charAt(before) == '.';
      String word = words.group();
      if (!member && !EL_KEYWORDS.contains(word) && refusedNames.contains(word)) {
        return word;
      }
    }
    return null;
  }

  private static Set<String> engineNames() {
    Set<String> names = new HashSet<>(Set.of("processEngine", "processEngineConfiguration"));
    for (Method method : ProcessEngineServices.class.getMethods()) {
      if (method.getName().startsWith("get") && method.getParameterCount() == 0) {
        names.add(Introspector.decapitalize(method.getName().substring(3)));
      }
    }
    return Set.copyOf(names);
  }
}
