package org.inforights.casework.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * Checks a completed task's values against the rules of its own Camunda Form (required, lengths,
 * pattern, number range, the options of a select or radio group), on the server: Camunda Forms
 * check only in the browser, and the REST API takes anything. A broken rule refuses the
 * completion with a message naming each field, which Tasklist shows; the task stays open. The
 * rules are the form's, so an analyst who changes a form changes what the server accepts.
 * Fields that a form hides by a condition are checked only when they have a value. A date field
 * records a day something happened, so it may not be in the future, unless the form allows only
 * dates from today on ({@code disallowPassedDates}).
 */
@Component
class FormSubmissionCheck implements TaskListener {

  private final ObjectMapper json;
  private final java.time.Clock clock;
  /** Forms by deployment id, then by form id. Deployments never change once made. */
  private final Map<String, Map<String, JsonNode>> formsByDeployment = new ConcurrentHashMap<>();

  FormSubmissionCheck(ObjectMapper json, java.time.Clock clock) {
    this.json = json;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    JsonNode form = form(task);
    if (form == null) {
      return;
    }
    List<String> problems = new ArrayList<>();
    check(form.path("components"), task, problems);
    if (!problems.isEmpty()) {
      throw FormInput.rejected("Please correct: " + String.join("; ", problems));
    }
  }

  /** The fields of a task's form a user may fill in, and those it shows but does not let them edit. */
  record TaskForm(Set<String> editable, Set<String> readOnly) {}

  /** The task's form's fields; none for a task without a Camunda Form. */
  TaskForm formOf(DelegateTask task) {
    Set<String> editable = new HashSet<>();
    Set<String> readOnly = new HashSet<>();
    JsonNode form = form(task);
    if (form != null) {
      collectKeys(form.path("components"), editable, readOnly);
    }
    return new TaskForm(editable, readOnly);
  }

  private static void collectKeys(JsonNode components, Set<String> editable, Set<String> readOnly) {
    for (JsonNode component : components) {
      if (component.has("components")) {
        collectKeys(component.get("components"), editable, readOnly);
      }
      String key = component.path("key").asText(null);
      if (key != null) {
        boolean locked = component.path("disabled").asBoolean(false) || component.path("readonly").asBoolean(false);
        (locked ? readOnly : editable).add(key);
      }
    }
  }

  private JsonNode form(DelegateTask task) {
    UserTask userTask = task.getBpmnModelElementInstance();
    if (userTask == null || userTask.getCamundaFormRef() == null) {
      return null;
    }
    // the task's definition from the engine's deployment cache, not through the repository
    // service, whose authorization check would cost a query on every completion
    String deploymentId = ((TaskEntity) task).getProcessDefinition().getDeploymentId();
    // the engine's services come with the task: the plugin that registers this check is part of
    // building the engine, so they cannot be injected
    RepositoryService repositoryService = task.getProcessEngineServices().getRepositoryService();
    return formsByDeployment
        .computeIfAbsent(deploymentId, id -> readForms(repositoryService, id))
        .get(userTask.getCamundaFormRef());
  }

  private void check(JsonNode components, DelegateTask task, List<String> problems) {
    for (JsonNode component : components) {
      if (component.has("components")) {
        check(component.get("components"), task, problems);
      }
      String key = component.path("key").asText(null);
      if (key == null) {
        continue;
      }
      String label = component.path("label").asText(component.path("dateLabel").asText(key));
      Object value = task.getVariable(key);
      boolean empty = value == null || value.toString().isBlank();
      JsonNode rules = component.path("validate");
      if (empty) {
        if (rules.path("required").asBoolean(false) && !component.has("conditional")) {
          problems.add(label + " (" + key + ") is required");
        }
        continue;
      }
      String text = value.toString();
      if (rules.has("maxLength") && text.length() > rules.get("maxLength").asInt()) {
        problems.add(label + " (" + key + ") must be at most " + rules.get("maxLength").asInt() + " characters");
      }
      if (rules.has("minLength") && text.length() < rules.get("minLength").asInt()) {
        problems.add(label + " (" + key + ") must be at least " + rules.get("minLength").asInt() + " characters");
      }
      if (rules.has("pattern") && !Pattern.compile(rules.get("pattern").asText()).matcher(text).find()) {
        problems.add(label + " (" + key + ") is not in the expected form");
      }
      if (value instanceof Number number) {
        if (rules.has("min") && number.doubleValue() < rules.get("min").asDouble()) {
          problems.add(label + " (" + key + ") must be at least " + rules.get("min").asText());
        }
        if (rules.has("max") && number.doubleValue() > rules.get("max").asDouble()) {
          problems.add(label + " (" + key + ") must be at most " + rules.get("max").asText());
        }
      }
      if (inTheFuture(component, value)) {
        problems.add(label + " (" + key + ") must not be in the future");
      }
      if (component.has("values")) {
        List<String> allowed = new ArrayList<>();
        component.get("values").forEach(option -> allowed.add(option.path("value").asText()));
        if (!allowed.contains(text)) {
          problems.add(label + " (" + key + ") must be one of " + allowed);
        }
      }
    }
  }

  /** A date field's value after today, where the form does not ask for a date to come. */
  private boolean inTheFuture(JsonNode component, Object value) {
    if (!"datetime".equals(component.path("type").asText())
        || !"date".equals(component.path("subtype").asText())
        || component.path("disallowPassedDates").asBoolean(false)) {
      return false;
    }
    java.time.LocalDate day;
    if (value instanceof java.util.Date date) {
      day = date.toInstant().atZone(clock.getZone()).toLocalDate();
    } else {
      String text = value.toString().strip();
      try {
        day = java.time.LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
      } catch (java.time.format.DateTimeParseException e) {
        return false; // not a date at all: the step reading it refuses it by name
      }
    }
    return day.isAfter(java.time.LocalDate.now(clock));
  }

  private Map<String, JsonNode> readForms(RepositoryService repositoryService, String deploymentId) {
    Map<String, JsonNode> forms = new HashMap<>();
    for (String name : repositoryService.getDeploymentResourceNames(deploymentId)) {
      if (name.endsWith(".form")) {
        try (InputStream in = repositoryService.getResourceAsStream(deploymentId, name)) {
          JsonNode form = json.readTree(in);
          forms.put(form.path("id").asText(), form);
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot read form " + name, e);
        }
      }
    }
    return forms;
  }
}
