package org.inforights.casework.platform;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Engine-wide rules for every model: Camunda's full history minus start-form personal data, and
 * every task form's rules checked again on the server when the task completes.
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

    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration
        .getCustomPostBPMNParseListeners()
        .add(
            new AbstractBpmnParseListener() {
              @Override
              public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior())
                    .getTaskDefinition()
                    .addTaskListener(TaskListener.EVENTNAME_COMPLETE, formSubmissionCheck);
              }
            });
  }
}
