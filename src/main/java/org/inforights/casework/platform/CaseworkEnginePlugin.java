package org.inforights.casework.platform;

import java.util.ArrayList;
import java.util.Set;
import org.inforights.casework.platform.modelrules.HouseRulesDeployer;
import org.inforights.casework.platform.modelrules.ModelBeans;
import org.inforights.casework.platform.modelrules.ModelExpressionManager;
import org.inforights.casework.platform.modelrules.ModelRules;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Engine-wide rules for every model: Camunda's full history minus start-form personal data, and
 * every task form's rules checked again on the server when the task completes, a refusal answered
 * as a 400. Models are kept to what they are for: expressions see only the variables and the
 * {@code @ModelBean}s ({@link ModelExpressionManager}), and every new deployment, however it
 * arrives, must follow the house rules ({@link HouseRulesDeployer}).
 */
@Component
class CaseworkEnginePlugin extends AbstractProcessEnginePlugin {

  private final FormSubmissionCheck formSubmissionCheck;
  private final ApplicationContext applicationContext;

  CaseworkEnginePlugin(FormSubmissionCheck formSubmissionCheck, ApplicationContext applicationContext) {
    this.formSubmissionCheck = formSubmissionCheck;
    this.applicationContext = applicationContext;
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

    configuration.setExpressionManager(new ModelExpressionManager(applicationContext, ModelBeans::names));
    if (configuration.getCustomPreDeployers() == null) {
      configuration.setCustomPreDeployers(new ArrayList<>());
    }
    configuration.getCustomPreDeployers().add(new HouseRulesDeployer(() -> houseRules(applicationContext)));

    EveryUserTask.listen(configuration, TaskListener.EVENTNAME_COMPLETE, formSubmissionCheck);
  }

  /** The house rules for this application: its model beans allowed, every other bean refused. */
  static ModelRules houseRules(ApplicationContext applicationContext) {
    return new ModelRules(ModelBeans.names(), Set.of(applicationContext.getBeanDefinitionNames()));
  }
}
