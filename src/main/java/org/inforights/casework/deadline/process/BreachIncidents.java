package org.inforights.casework.deadline.process;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.stereotype.Component;

/**
 * A breached statutory deadline as a Camunda incident on the case's process instance, which
 * managers see in Cockpit; resolved when the case closes, so Cockpit counts only live breaches and
 * history keeps them all.
 */
@Component
public class BreachIncidents {

  /** The incident type managers filter on in Cockpit. */
  public static final String TYPE = "statutoryDeadlineBreach";

  private final RuntimeService runtimeService;

  BreachIncidents(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  /**
   * Raises the incident on an execution that stays until the case closes; {@code message} names
   * the case and its due date, nothing personal.
   */
  public Incident raise(String executionId, String reference, String message) {
    return runtimeService.createIncident(TYPE, executionId, reference, message);
  }

  /** Resolves the case's open breach incidents, if any, in whichever of its processes they are. */
  public void resolve(String reference) {
    for (Incident incident :
        runtimeService.createIncidentQuery().incidentType(TYPE).configuration(reference).list()) {
      runtimeService.resolveIncident(incident.getId());
    }
  }
}
