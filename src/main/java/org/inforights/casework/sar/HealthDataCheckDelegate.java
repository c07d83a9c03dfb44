package org.inforights.casework.sar;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.inforights.casework.platform.modelrules.ModelBean;

/**
 * Before a response goes to a manager for approval: may it include the health data the review found?
 * Only if the review said there is none, or the case has a clearance that allows it today (DPA 2018
 * Sch 3 Pt 2 para 6, {@link HealthClearances}). Anything else, an unanswered question included (a
 * case reviewed on an earlier version of the model), sends the case to "Settle the health data",
 * which loops back here: no response with health data reaches approval and dispatch without an
 * opinion or the child's knowledge on record.
 */
@ModelBean("healthDataCheck")
class HealthDataCheckDelegate implements JavaDelegate {

  private final HealthClearances clearances;
  private final Clock clock;

  HealthDataCheckDelegate(HealthClearances clearances, Clock clock) {
    this.clearances = clearances;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean none = SarProcess.NO.equals(execution.getVariable(SarProcess.HEALTH_DATA_INVOLVED));
    String reference = (String) execution.getVariable(SarProcess.CASE_REFERENCE);
    execution.setVariable(
        SarProcess.HEALTH_DATA_CLEARED, none || clearances.clearedFor(reference, LocalDate.now(clock)));
  }
}
