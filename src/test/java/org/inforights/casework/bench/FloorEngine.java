package org.inforights.casework.bench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.inforights.casework.platform.CompactIds;

/**
 * The floor: a bare Camunda engine (no Spring, no application tables, no listeners, no
 * authorization checks, full history) running {@code bench/floor.bpmn}, a model the shape of the
 * SAR's happy path with no-op delegates. What the engine alone costs for the same work.
 *
 * <p>{@linkplain #startAsConfigured As configured}, the same engine does what Camunda itself does
 * for the application on top: authorization checks on (cases started and tasks completed by users
 * in their groups, with the grants the application gives), candidate groups and a due date on every
 * user task. The gap between the two floors is Camunda's; the gap between this one and the real
 * lifecycle is the application's own code.
 */
final class FloorEngine implements AutoCloseable {

  static final String KEY = "bench-floor";
  static final String REMINDER_TIMER = "Event_Reminder";
  static final String AFTER_REMINDER = "Task_Remind";

  static final String OFFICERS = "floor-officers";
  static final String OWNERS = "floor-owners";
  static final String MANAGERS = "floor-managers";

  private final ProcessEngine engine;
  private final boolean asConfigured;
  /** The ladder's dates every floor case gets, as far ahead of now as a new SAR's. */
  private final Date reminderAt;
  private final Date atRiskAt;
  private final Date breachAt;

  private FloorEngine(ProcessEngine engine, Instant now, boolean asConfigured) {
    this.engine = engine;
    this.asConfigured = asConfigured;
    this.reminderAt = Date.from(now.plus(20, ChronoUnit.DAYS));
    this.atRiskAt = Date.from(now.plus(27, ChronoUnit.DAYS));
    this.breachAt = Date.from(now.plus(32, ChronoUnit.DAYS));
  }

  /** Who does each user task of the floor when it runs as configured, as in the SAR model. */
  private static final Map<String, String> GROUP_OF_TASK =
      Map.of(
          "Task_Verify", OFFICERS,
          "Task_Search", OWNERS,
          "Task_Review", OFFICERS,
          "Task_Approve", MANAGERS,
          "Task_Dispatch", OFFICERS);

  static FloorEngine start(BenchDatabase.Db db) {
    return start(db, false);
  }

  static FloorEngine startAsConfigured(BenchDatabase.Db db) {
    return start(db, true);
  }

  private static FloorEngine start(BenchDatabase.Db db, boolean asConfigured) {
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
    configuration.setAuthorizationEnabled(asConfigured);
    if (asConfigured) {
      configuration.setIdGenerator(new CompactIds()); // the application's ids
    }
    ProcessEngine engine = configuration.buildProcessEngine();
    if (asConfigured) {
      BpmnModelInstance model = Bpmn.readModelFromStream(FloorEngine.class.getResourceAsStream("/bench/floor.bpmn"));
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        task.setCamundaCandidateGroups(GROUP_OF_TASK.get(task.getId()));
        task.setCamundaDueDate("${dueAt}");
      }
      engine.getRepositoryService().createDeployment().addModelInstance("floor.bpmn", model).deploy();
      grantAsTheApplicationDoes(engine.getAuthorizationService());
    } else {
      engine.getRepositoryService().createDeployment().addClasspathResource("bench/floor.bpmn").deploy();
    }
    return new FloorEngine(engine, Instant.now(), asConfigured);
  }

  /** Case-working groups read definitions; officers start cases (the application's own grants). */
  private static void grantAsTheApplicationDoes(AuthorizationService authorizations) {
    grant(authorizations, OFFICERS, Resources.PROCESS_DEFINITION,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
    grant(authorizations, OFFICERS, Resources.PROCESS_INSTANCE, Permissions.CREATE);
    grant(authorizations, OWNERS, Resources.PROCESS_DEFINITION, ProcessDefinitionPermissions.READ);
    grant(authorizations, MANAGERS, Resources.PROCESS_DEFINITION, ProcessDefinitionPermissions.READ);
  }

  private static void grant(AuthorizationService authorizations, String group, Resources resource, Permission... permissions) {
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(group);
    grant.setResource(resource);
    grant.setResourceId(Authorization.ANY);
    for (Permission permission : permissions) {
      grant.addPermission(permission);
    }
    authorizations.saveAuthorization(grant);
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
    String instance = as(OFFICERS, () -> engine.getRuntimeService().startProcessInstanceByKey(KEY, variables).getId());
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
      as(OWNERS, () -> {
        engine.getTaskService().complete(search.getId(), Map.of("recordsFound", true, "recordsCount", 3));
        return null;
      });
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
    as(GROUP_OF_TASK.get(activity), () -> {
      engine.getTaskService().complete(open.get(0).getId(), variables);
      return null;
    });
  }

  /** As configured, a member of {@code group} does it, under Camunda's authorization checks. */
  private <T> T as(String group, java.util.function.Supplier<T> action) {
    if (!asConfigured) {
      return action.get();
    }
    engine.getIdentityService().setAuthentication(group + "-member", List.of(group));
    try {
      return action.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
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
