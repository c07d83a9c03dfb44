package org.inforights.casework.bench;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.inforights.casework.CaseworkApplication;
import org.inforights.casework.casefile.CaseFileService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole application, started by the benchmark in this JVM on a database of its own, with the
 * demo users, no demo cases, letters to the benchmark's SMTP server, and the job executor off
 * until {@link #startJobExecutor()}. What a scenario uses to drive cases as the right users.
 */
public final class BenchApplication implements AutoCloseable {

  private final ConfigurableApplicationContext context;
  private final ProcessEngine engine;
  private final Map<String, List<String>> groupsOfUser = new java.util.concurrent.ConcurrentHashMap<>();

  private BenchApplication(ConfigurableApplicationContext context) {
    this.context = context;
    this.engine = context.getBean(ProcessEngine.class);
  }

  static BenchApplication start(BenchDatabase.Db db, int smtpPort) {
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(CaseworkApplication.class)
            .profiles("test")
            .run(
                "--server.port=0",
                "--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.user(),
                "--spring.datasource.password=" + db.password(),
                "--spring.mail.port=" + smtpPort,
                "--camunda.bpm.generate-unique-process-engine-name=true",
                "--camunda.bpm.job-execution.enabled=false",
                "--casework.demo.enabled=true",
                "--casework.demo.cases=false",
                "--logging.level.root=WARN",
                "--logging.level.org.inforights=WARN",
                "--spring.main.banner-mode=off");
    return new BenchApplication(context);
  }

  public <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  public int port() {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  public JdbcTemplate jdbc() {
    return bean(JdbcTemplate.class);
  }

  public ProcessEngine engine() {
    return engine;
  }

  public RuntimeService runtime() {
    return engine.getRuntimeService();
  }

  public TaskService tasks() {
    return engine.getTaskService();
  }

  public HistoryService history() {
    return engine.getHistoryService();
  }

  public ManagementService management() {
    return engine.getManagementService();
  }

  public RepositoryService repository() {
    return engine.getRepositoryService();
  }

  public CaseFileService cases() {
    return bean(CaseFileService.class);
  }

  ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  /** Submits a process's start form in Tasklist's way, as {@code user}; the new instance's id. */
  public String submitStartForm(String processKey, String user, Map<String, Object> form) {
    String definition =
        repository().createProcessDefinitionQuery().processDefinitionKey(processKey).latestVersion().singleResult().getId();
    IdentityService identity = engine.getIdentityService();
    identity.setAuthentication(user, groupsOf(user));
    try {
      FormService forms = engine.getFormService();
      return forms.submitStartForm(definition, form).getId();
    } finally {
      identity.clearAuthentication();
    }
  }

  /** The open tasks of a process instance at one activity. */
  public List<Task> openTasks(String processInstanceId, String activityId) {
    return tasks().createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(activityId).list();
  }

  /** Completes the one open task at {@code activityId} as {@code user}, with that user's groups. */
  public void complete(String processInstanceId, String activityId, String user, Map<String, Object> form) {
    List<Task> open = openTasks(processInstanceId, activityId);
    if (open.size() != 1) {
      throw new IllegalStateException(open.size() + " open tasks at " + activityId + " in " + processInstanceId);
    }
    complete(open.get(0), user, form);
  }

  /** Completes a task as {@code user}, so Camunda's authorizations and the form checks apply. */
  public void complete(Task task, String user, Map<String, Object> form) {
    IdentityService identity = engine.getIdentityService();
    identity.setAuthentication(user, groupsOf(user));
    try {
      tasks().complete(task.getId(), form);
    } finally {
      identity.clearAuthentication();
    }
  }

  /** Runs the job waiting at {@code activityId}, as the job executor would. */
  public void runJob(String processInstanceId, String activityId) {
    Job job = org.inforights.casework.support.CalledProcesses.job(management(), runtime(), processInstanceId, activityId, false);
    if (job == null) {
      throw new IllegalStateException("No job at " + activityId + " in " + processInstanceId);
    }
    management().executeJob(job.getId());
  }

  public boolean ended(String processInstanceId) {
    return history().createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).finished().count() == 1;
  }

  /** Starts the engine's own job executor (Camunda's defaults: 3 to 10 threads, 3 jobs per acquisition). */
  void startJobExecutor() {
    configuration().getJobExecutor().start();
  }

  /** Makes the job executor look for due jobs now rather than after its idle back-off. */
  void wakeJobExecutor() {
    configuration().getJobExecutor().jobWasAdded();
  }

  List<String> groupsOf(String user) {
    return groupsOfUser.computeIfAbsent(
        user,
        id -> engine.getIdentityService().createGroupQuery().groupMember(id).list().stream().map(Group::getId).toList());
  }

  @Override
  public void close() {
    if (configuration().getJobExecutor().isActive()) {
      configuration().getJobExecutor().shutdown();
    }
    context.close();
  }
}
