package org.inforights.casework.sar;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.inforights.casework.casefile.InvalidCaseInputException;
import org.inforights.casework.caseprocess.FormValues;
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
    HealthDataRoute route = FormValues.choice(task.getVariable(SarProcess.HEALTH_ROUTE), SarProcess.HEALTH_ROUTE, HealthDataRoute::valueOf);
    String givenOn = FormValues.text(task.getVariable(SarProcess.HEALTH_OPINION_GIVEN_ON));
    HealthClearances.Settlement settlement =
        new HealthClearances.Settlement(
            route,
            FormValues.text(task.getVariable(SarProcess.HEALTH_PROFESSIONAL_NAME)),
            FormValues.choice(task.getVariable(SarProcess.HEALTH_PROFESSION), SarProcess.HEALTH_PROFESSION, HealthProfession::valueOf),
            route == HealthDataRoute.NEW_OPINION && givenOn != null
                ? FormValues.date(givenOn, SarProcess.HEALTH_OPINION_GIVEN_ON)
                : null,
            FormValues.choice(task.getVariable(SarProcess.HEALTH_OPINION), SarProcess.HEALTH_OPINION, HealthOpinion::valueOf),
            Boolean.TRUE.equals(task.getVariable(SarProcess.HEALTH_RECONSULT_NOT_REASONABLE))
                || "true".equals(String.valueOf(task.getVariable(SarProcess.HEALTH_RECONSULT_NOT_REASONABLE))),
            FormValues.text(task.getVariable(SarProcess.HEALTH_ALREADY_SEEN_BASIS)));
    try {
      clearances.settle(String.valueOf(task.getVariable(SarProcess.CASE_REFERENCE)), settlement);
    } catch (InvalidCaseInputException e) {
      throw FormValues.refused(e, e.field());
    }
    task.getExecution().removeVariables(SarProcess.HEALTH_PERSONAL_FIELDS);
  }


}
