package org.inforights.casework.deadline.process;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.incident.DefaultIncidentHandler;
import org.inforights.casework.platform.EveryUserTask;
import org.springframework.stereotype.Component;

/**
 * Deadline wiring for every model: each user task's follow-up date follows its due date, and the
 * statutory-breach incident type exists.
 */
@Component
class DeadlineEnginePlugin extends AbstractProcessEnginePlugin {

  private final TaskFollowUpListener followUpListener;

  DeadlineEnginePlugin(TaskFollowUpListener followUpListener) {
    this.followUpListener = followUpListener;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomIncidentHandlers() == null) {
      configuration.setCustomIncidentHandlers(new ArrayList<>());
    }
    configuration.getCustomIncidentHandlers().add(new DefaultIncidentHandler(BreachIncidents.TYPE));
    EveryUserTask.listen(configuration, TaskListener.EVENTNAME_CREATE, followUpListener);
    EveryUserTask.listen(configuration, TaskListener.EVENTNAME_UPDATE, followUpListener);
  }
}
