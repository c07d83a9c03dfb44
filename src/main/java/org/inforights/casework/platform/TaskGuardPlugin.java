package org.inforights.casework.platform;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * What a person may do to a task beyond Camunda's authorizations: set only the fields of its form
 * ({@link UserVariableGuard}); give it only to the groups its model declares and their members,
 * its grants following who it goes to ({@link TaskAssignmentGuard}, {@link DeletedUserGrants}).
 */
@Component
class TaskGuardPlugin extends AbstractProcessEnginePlugin {

  private final FormSubmissionCheck formSubmissionCheck;

  TaskGuardPlugin(FormSubmissionCheck formSubmissionCheck) {
    this.formSubmissionCheck = formSubmissionCheck;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // after the command context is opened, so the guard can read the task it is asked about
    if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPostCommandInterceptorsTxRequired().add(new UserVariableGuard(formSubmissionCheck));
    configuration.getCustomPostCommandInterceptorsTxRequired().add(new DeletedUserGrants());

    TaskAssignmentGuard assignmentGuard = new TaskAssignmentGuard();
    EveryUserTask.listen(configuration, TaskListener.EVENTNAME_ASSIGNMENT, assignmentGuard);
    EveryUserTask.listen(configuration, TaskListener.EVENTNAME_UPDATE, assignmentGuard);
  }
}
