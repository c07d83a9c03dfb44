package org.inforights.casework.platform.modelrules;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;

/**
 * Checks every new deployment against the {@link ModelRules} before Camunda parses it, whichever way
 * it arrives (start-up, REST API, Modeler, a test), and refuses the whole deployment with the first
 * broken rules of a resource as a {@link ParseException}: Camunda's REST API answers it with a 400
 * whose message and details name the resource and the rules, which Modeler shows as they are.
 *
 * <p>A deployer rather than a BPMN parse listener, because the rules need the whole deployment (a
 * model's forms may come with it) and cover DMN, forms and CMMN, which BPMN parse listeners never
 * see. Deployments already in the database are not checked again when the engine loads them.
 */
public final class HouseRulesDeployer implements Deployer {

  private final Supplier<ModelRules> rules;

  public HouseRulesDeployer(Supplier<ModelRules> rules) {
    this.rules = rules;
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew() || deployment.getResources() == null) {
      return;
    }
    Map<String, ResourceEntity> resources = new TreeMap<>(deployment.getResources());
    Set<String> formsHere = new HashSet<>();
    ObjectMapper json = new ObjectMapper();
    resources.forEach(
        (name, resource) -> {
          if (name.endsWith(".form")) {
            try {
              formsHere.add(json.readTree(resource.getBytes()).path("id").asText());
            } catch (IOException e) {
              // an unreadable form is reported by the form rules below
            }
          }
        });
    Predicate<String> formExists =
        id -> formsHere.contains(id)
            || Context.getCommandContext().getCamundaFormDefinitionManager().findLatestDefinitionByKey(id) != null;
    ModelRules modelRules = rules.get();
    for (ResourceEntity resource : resources.values()) {
      List<String> problems = modelRules.resourceProblems(resource.getName(), resource.getBytes(), formExists);
      if (!problems.isEmpty()) {
        List<Problem> errors = new ArrayList<>();
        problems.forEach(problem -> errors.add(new RuleProblem(problem)));
        throw new ParseException(
            "The deployment breaks the house rules in " + resource.getName() + ": " + String.join("; ", problems),
            resource.getName(),
            errors,
            List.of());
      }
    }
  }

  /** A broken rule as Camunda reports a parse error; the element id is the message's first word. */
  private record RuleProblem(String message) implements Problem {

    @Override
    public String getMessage() {
      return message;
    }

    @Override
    public int getLine() {
      return 0;
    }

    @Override
    public int getColumn() {
      return 0;
    }

    @Override
    public String getMainElementId() {
      return message.split(" ", 2)[0];
    }

    @Override
    public List<String> getElementIds() {
      return List.of(getMainElementId());
    }
  }
}
