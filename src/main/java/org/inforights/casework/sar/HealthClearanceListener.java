package org.inforights.casework.sar;

import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.inforights.casework.casefile.InvalidCaseInputException;
import org.inforights.casework.caseprocess.FormValues;
import org.inforights.casework.platform.FormInput;
import org.inforights.casework.platform.modelrules.ModelBean;

/**
 * Completing "Settle the health data": the officer's record goes into the case file
 * ({@link HealthClearances#settle}) and its personal fields (the professional's name and profession,
 * the opinion and its date, the reasons the child already knows) leave the process in the same
 * transaction. A value the law does not allow refuses the completion, naming the field; the task
 * stays open and nothing is saved.
 */
@ModelBean("healthClearanceRecord")
class HealthClearanceListener implements TaskListener {

  private final HealthClearances clearances;

  HealthClearanceListener(HealthClearances clearances) {
    this.clearances = clearances;
  }

  @Override
  public void notify(DelegateTask task) {
    HealthDataRoute route = choice(task, SarProcess.HEALTH_ROUTE, HealthDataRoute::valueOf);
    String givenOn = text(task, SarProcess.HEALTH_OPINION_GIVEN_ON);
    HealthClearances.Settlement settlement =
        new HealthClearances.Settlement(
            route,
            text(task, SarProcess.HEALTH_PROFESSIONAL_NAME),
            choice(task, SarProcess.HEALTH_PROFESSION, HealthProfession::valueOf),
            route == HealthDataRoute.NEW_OPINION && givenOn != null
                ? FormValues.date(givenOn, SarProcess.HEALTH_OPINION_GIVEN_ON)
                : null,
            choice(task, SarProcess.HEALTH_OPINION, HealthOpinion::valueOf),
            Boolean.TRUE.equals(task.getVariable(SarProcess.HEALTH_RECONSULT_NOT_REASONABLE))
                || "true".equals(String.valueOf(task.getVariable(SarProcess.HEALTH_RECONSULT_NOT_REASONABLE))),
            text(task, SarProcess.HEALTH_ALREADY_SEEN_BASIS));
    try {
      clearances.settle(String.valueOf(task.getVariable(SarProcess.CASE_REFERENCE)), settlement);
    } catch (InvalidCaseInputException e) {
      throw FormValues.refused(e, e.field());
    }
    task.getExecution().removeVariables(SarProcess.HEALTH_PERSONAL_FIELDS);
  }

  private static String text(DelegateTask task, String field) {
    Object value = task.getVariable(field);
    return value == null || value.toString().isBlank() ? null : value.toString();
  }

  private static <E extends Enum<E>> E choice(DelegateTask task, String field, Function<String, E> parse) {
    String value = text(task, field);
    if (value == null) {
      return null;
    }
    try {
      return parse.apply(value.strip());
    } catch (IllegalArgumentException e) {
      throw FormInput.rejected("Please correct: " + field + " is not one of the choices");
    }
  }
}
