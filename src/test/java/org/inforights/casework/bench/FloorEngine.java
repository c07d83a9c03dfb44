package org.inforights.casework.bench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * The floor: a bare Camunda engine (no Spring, no application tables, no listeners, no
 * authorization checks, full history) running {@code bench/floor.bpmn}, a model the shape of the
 * SAR's happy path with no-op delegates. What the engine alone costs for the same work.
 */
final class FloorEngine implements AutoCloseable {

  static final String KEY = "bench-floor";
  static final String REMINDER_TIMER = "Event_Reminder";
  static final String AFTER_REMINDER = "Task_Remind";

  private final ProcessEngine engine;
  /** The ladder's dates every floor case gets, as far ahead of now as a new SAR's. */
  private final Date reminderAt;
  private final Date atRiskAt;
  private final Date breachAt;

  private FloorEngine(ProcessEngine engine, Instant now) {
    this.engine = engine;
    this.reminderAt = Date.from(now.plus(20, ChronoUnit.DAYS));
    this.atRiskAt = Date.from(now.plus(27, ChronoUnit.DAYS));
    this.breachAt = Date.from(now.plus(32, ChronoUnit.DAYS));
  }

  static FloorEngine start(BenchDatabase.Db db) {
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName("bench-floor-" + System.nanoTime());
    configuration.setJdbcUrl(db.url());
    configuration.setJdbcDriver(db.driver());
    configuration.setJdbcUsername(db.user());
    configuration.setJdbcPassword(db.password());
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setJobExecutorActivate(false);
    JavaDelegate noop = execution -> {};
    Map<Object, Object> beans = new HashMap<>();
    beans.put("noop", noop);
    configuration.setBeans(beans);
    ProcessEngine engine = configuration.buildProcessEngine();
    engine.getRepositoryService().createDeployment().addClasspathResource("bench/floor.bpmn").deploy();
    return new FloorEngine(engine, Instant.now());
  }

  ProcessEngine engine() {
    return engine;
  }

  /** A floor case waiting at its first user task with its three timers pending. */
  String open() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("dueAt", breachAt);
    variables.put("reminderAt", reminderAt);
    variables.put("atRiskAt", atRiskAt);
    variables.put("breachAt", breachAt);
    variables.put("searchCount", 4);
    String instance = engine.getRuntimeService().startProcessInstanceByKey(KEY, variables).getId();
    Job acknowledge =
        engine.getManagementService().createJobQuery().processInstanceId(instance).activityId("Task_Acknowledge").singleResult();
    engine.getManagementService().executeJob(acknowledge.getId());
    return instance;
  }

  /** A floor case from start to end, with the same form values as a SAR's tasks. */
  String runOneCase() {
    String instance = open();
    complete(instance, "Task_Verify", Map.of("identityOutcome", "VERIFIED"));
    for (Task search : tasks(instance, "Task_Search")) {
      engine.getTaskService().complete(search.getId(), Map.of("recordsFound", true, "recordsCount", 3));
    }
    complete(instance, "Task_Review", Map.of("seriousHarmConsultationNeeded", false, "redactionLogComplete", true));
    complete(instance, "Task_Approve", Map.of("approvalDecision", "APPROVED"));
    complete(instance, "Task_Dispatch",
        Map.of("dispatchMethod", "SECURE_EMAIL", "dispatchedOn", "2026-01-01", "responseOutcome", "PARTLY_DISCLOSED"));
    return instance;
  }

  boolean ended(String instance) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance).finished().count() == 1;
  }

  Date reminderAt() {
    return reminderAt;
  }

  Date atRiskAt() {
    return atRiskAt;
  }

  void startJobExecutor() {
    ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor().start();
  }

  void wakeJobExecutor() {
    ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor().jobWasAdded();
  }

  private void complete(String instance, String activity, Map<String, Object> variables) {
    List<Task> open = tasks(instance, activity);
    if (open.size() != 1) {
      throw new IllegalStateException(open.size() + " open tasks at " + activity);
    }
    engine.getTaskService().complete(open.get(0).getId(), variables);
  }

  private List<Task> tasks(String instance, String activity) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey(activity).list();
  }

  @Override
  public void close() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    if (configuration.getJobExecutor().isActive()) {
      configuration.getJobExecutor().shutdown();
    }
    engine.close();
  }
}
