package org.inforights.casework.platform;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Engine-wide rules for every model: Camunda's full history minus start-form personal data, and
 * every task form's rules checked again on the server when the task completes, a refusal answered
 * as a 400.
 */
@Component
class CaseworkEnginePlugin extends AbstractProcessEnginePlugin {

  private final FormSubmissionCheck formSubmissionCheck;

  CaseworkEnginePlugin(FormSubmissionCheck formSubmissionCheck) {
    this.formSubmissionCheck = formSubmissionCheck;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    PersonalDataFreeHistory history = new PersonalDataFreeHistory();
    if (configuration.getCustomHistoryLevels() == null) {
      configuration.setCustomHistoryLevels(new ArrayList<>());
    }
    configuration.getCustomHistoryLevels().add(history);
    configuration.setHistory(history.getName());

    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new UserErrorInterceptor());

    EveryUserTask.listen(configuration, TaskListener.EVENTNAME_COMPLETE, formSubmissionCheck);
  }
}
