package org.inforights.casework.deadline.process;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.inforights.casework.deadline.DeadlineMoved;
import org.inforights.casework.deadline.StatutoryClock;
import org.inforights.casework.deadline.UrgentTargetProperties;
import org.inforights.casework.deadline.WorkingDayProperties;
import org.inforights.casework.platform.SystemActions;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The statutory deadline as a process sees it: the variables its timers and task due dates read,
 * kept in step with the case file. When the deadline moves, every pending date timer is
 * recalculated from the new variables, and every open task that was due on the old date is due on
 * the new one. While the clock is stopped the ladder's dates are {@link #CLOCK_STOPPED}, so its
 * timers wait (Cockpit shows them due then) until the clock runs again. Timers after a duration
 * (e.g. "no evidence after a month") are not deadline timers and run on.
 */
@Component
public class ProcessDeadlines {

  /** Every user task due "by the deadline" uses this: the due date at the end of the working day. */
  public static final String DUE_AT = "dueAt";
  /** The officer's reminder. */
  public static final String REMINDER_AT = "reminderAt";
  /** The manager's at-risk review. */
  public static final String AT_RISK_AT = "atRiskAt";
  /** The start of the day after the due date: the breach. */
  public static final String BREACH_AT = "breachAt";
  /** The one-line explanation of the due date, for forms. */
  public static final String DUE_EXPLANATION = "dueOnExplanation";

  /** The day the request arrived, when ladder steps on or before it are skipped. */
  public static final String LADDER_FROM = "ladderFrom";

  /** Set once the case breached its statutory deadline: its tasks go to the top of Tasklist. */
  public static final String DEADLINE_BREACHED = "deadlineBreached";
  /** Tasklist priority of a breached case's tasks (Camunda's default is 50). */
  public static final int BREACHED_PRIORITY = 100;

  /** The ladder's dates while the clock is stopped: never, until it runs again. */
  public static final LocalDate CLOCK_STOPPED = LocalDate.of(9999, 12, 31);


  private final RuntimeService runtimeService;
  private final ManagementService managementService;
  private final RepositoryService repositoryService;
  private final TaskService taskService;
  private final StatutoryClock statutoryClock;
  private final ZoneId zone;
  private final SystemActions systemActions;
  private final WorkingDayProperties workingDay;
  private final UrgentTargetProperties urgentTargets;
  private final Clock clock;

  ProcessDeadlines(
      RuntimeService runtimeService,
      ManagementService managementService,
      RepositoryService repositoryService,
      TaskService taskService,
      StatutoryClock statutoryClock,
      Clock clock,
      SystemActions systemActions,
      WorkingDayProperties workingDay,
      UrgentTargetProperties urgentTargets) {
    this.runtimeService = runtimeService;
    this.managementService = managementService;
    this.repositoryService = repositoryService;
    this.taskService = taskService;
    this.statutoryClock = statutoryClock;
    this.zone = clock.getZone();
    this.systemActions = systemActions;
    this.workingDay = workingDay;
    this.urgentTargets = urgentTargets;
    this.clock = clock;
  }

  /** The deadline variables for a due date: what a process starts with. */
  public Map<String, Object> variables(LocalDate dueOn, String explanation) {
    return variables(dueOn, explanation, null);
  }

  /**
   * The deadline variables for a due date counted from {@code receivedOn}. A short target (a
   * disclosure request's few working days) would put the reminder or the at-risk review on or
   * before the day the request arrived, when it tells nobody anything new: such a step is skipped
   * (its date is {@link #CLOCK_STOPPED}). The day is kept, so the same rule holds when the
   * deadline moves.
   */
  public Map<String, Object> variables(LocalDate dueOn, String explanation, LocalDate receivedOn) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(DUE_AT, dueBy(dueOn));
    variables.put(REMINDER_AT, ladderStep(statutoryClock.reminderDate(dueOn), receivedOn));
    variables.put(AT_RISK_AT, ladderStep(statutoryClock.atRiskDate(dueOn), receivedOn));
    variables.put(BREACH_AT, at(dueOn.plusDays(1), LocalTime.MIDNIGHT));
    variables.put(DUE_EXPLANATION, explanation);
    if (receivedOn != null) {
      variables.put(LADDER_FROM, at(receivedOn, LocalTime.MIDNIGHT));
    }
    return variables;
  }

  /**
   * The deadline variables for a target due at a moment (urgent work counted in hours): tasks are
   * due then and the breach follows at once. The reminder and the at-risk review fall at fractions
   * of the time left from now ({@link UrgentTargetProperties}), in calendar time: working days mean
   * nothing to a target of hours. A target already past has neither.
   */
  public Map<String, Object> variables(java.time.Instant dueAt, String explanation) {
    Map<String, Object> variables = new HashMap<>();
    Date due = Date.from(dueAt);
    Date never = at(CLOCK_STOPPED, LocalTime.MIDNIGHT);
    java.time.Instant now = clock.instant();
    java.time.Duration left = java.time.Duration.between(now, dueAt);
    variables.put(DUE_AT, due);
    variables.put(REMINDER_AT, left.isNegative() || left.isZero()
        ? never : Date.from(now.plus(fraction(left, urgentTargets.reminderAt()))));
    variables.put(AT_RISK_AT, left.isNegative() || left.isZero()
        ? never : Date.from(now.plus(fraction(left, urgentTargets.atRiskAt()))));
    variables.put(BREACH_AT, due);
    variables.put(DUE_EXPLANATION, explanation);
    return variables;
  }

  private static java.time.Duration fraction(java.time.Duration whole, double fraction) {
    return java.time.Duration.ofSeconds(Math.round(whole.toSeconds() * fraction));
  }

  private Date ladderStep(LocalDate day, LocalDate receivedOn) {
    return receivedOn != null && !day.isAfter(receivedOn)
        ? at(CLOCK_STOPPED, LocalTime.MIDNIGHT)
        : at(day, workingDay.starts());
  }

  /**
   * Marks a process's case as breached: its open tasks, and every task it creates from now on,
   * carry the breached priority, so officers pick them first.
   */
  public void markBreached(String processInstanceId) {
    runtimeService.setVariable(processInstanceId, DEADLINE_BREACHED, true);
    raisePriority(processInstanceId, BREACHED_PRIORITY);
  }

  /** Moves the process's open tasks up Tasklist to at least {@code priority}; never down. */
  public void raisePriority(String processInstanceId, int priority) {
    for (Task task : openTasks(processInstanceId)) {
      if (task.getPriority() < priority) {
        taskService.setPriority(task.getId(), priority);
      }
    }
  }

  /**
   * Inside the engine (a reminder or breach step) the running command's own lookup by process
   * instance: a task query's SQL, built for Tasklist's filters, was the largest cost of a reminder
   * timer's own when thousands fire at once.
   */
  private List<? extends Task> openTasks(String processInstanceId) {
    CommandContext command = Context.getCommandContext();
    if (command != null) {
      return command.getTaskManager().findTasksByProcessInstanceId(processInstanceId);
    }
    return taskService.createTaskQuery().processInstanceId(processInstanceId).list();
  }

  /** A task or target due on {@code day}: the end of that working day, as the engine stores it. */
  public Date dueBy(LocalDate day) {
    return at(day, workingDay.ends());
  }

  /** A day at a time of day in the council's zone, as the engine stores dates. */
  public Date at(LocalDate day, LocalTime time) {
    return Date.from(day.atTime(time).atZone(zone).toInstant());
  }

  /** Moves the deadline of every running process of the case, with the system's authority. */
  @EventListener
  public void onDeadlineChanged(DeadlineMoved change) {
    systemActions.run(() -> moveAll(change));
  }

  /**
   * The case's own processes first: they hold the due date and the day the request arrived, from
   * which the dates of the ladders they called are worked out; a called ladder holds only its three
   * dates, and gets them.
   */
  private void moveAll(DeadlineMoved change) {
    List<ProcessInstance> instances =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(change.reference())
            .active()
            .list();
    Map<String, Map<String, Object>> datesByCase = new HashMap<>();
    for (ProcessInstance instance : instances) {
      if (instance.getId().equals(instance.getRootProcessInstanceId())) {
        Map<String, Object> held = runtimeService.getVariables(instance.getId(), List.of(DUE_AT, LADDER_FROM));
        if (held.get(DUE_AT) != null) {
          datesByCase.put(instance.getId(), move(instance.getId(), change, held));
        }
      }
    }
    for (ProcessInstance instance : instances) {
      Map<String, Object> dates = datesByCase.get(instance.getRootProcessInstanceId());
      if (!instance.getId().equals(instance.getRootProcessInstanceId())
          && dates != null
          && runtimeService.getVariable(instance.getId(), BREACH_AT) != null) {
        Map<String, Object> ladder = new HashMap<>();
        for (String date : List.of(REMINDER_AT, AT_RISK_AT, BREACH_AT)) {
          ladder.put(date, dates.get(date));
        }
        runtimeService.setVariables(instance.getId(), ladder);
        recalculateDateTimers(instance.getId());
      }
    }
  }

  /** Moves one case process's dates, timers and tasks; returns the dates it now has. */
  private Map<String, Object> move(String processInstanceId, DeadlineMoved change, Map<String, Object> held) {
    Date oldDueAt = (Date) held.get(DUE_AT);
    Date ladderFrom = (Date) held.get(LADDER_FROM);
    Map<String, Object> variables =
        change.dueAt() != null
            ? variables(change.dueAt(), change.explanation())
            : variables(
                change.dueOn(),
                change.explanation(),
                ladderFrom == null ? null : ladderFrom.toInstant().atZone(zone).toLocalDate());
    if (change.clockStopped()) {
      Date never = at(CLOCK_STOPPED, LocalTime.MIDNIGHT);
      variables.put(REMINDER_AT, never);
      variables.put(AT_RISK_AT, never);
      variables.put(BREACH_AT, never);
    }
    runtimeService.setVariables(processInstanceId, variables);
    recalculateDateTimers(processInstanceId);

    Date newDueAt = (Date) variables.get(DUE_AT);
    for (Task task : taskService.createTaskQuery().processInstanceId(processInstanceId).list()) {
      if (Objects.equals(task.getDueDate(), oldDueAt) && !newDueAt.equals(oldDueAt)) {
        task.setDueDate(newDueAt);
        taskService.saveTask(task);
      }
    }
    return variables;
  }

  /** Every pending date timer of the process, due again from its variables. */
  private void recalculateDateTimers(String processInstanceId) {
    for (Job job : managementService.createJobQuery().processInstanceId(processInstanceId).timers().list()) {
      if (isDateTimer(job)) {
        try {
          managementService.recalculateJobDuedate(job.getId(), true);
        } catch (org.camunda.bpm.engine.ProcessEngineException failed) {
          // the job executor ran this timer (or moved its process on) since it was listed: the
          // job or its execution is gone. The process changed under this transaction, which the
          // engine has marked for rollback: a conflict, for the caller to run again
          if (failed instanceof org.camunda.bpm.engine.exception.NotFoundException
              || managementService.createJobQuery().jobId(job.getId()).count() == 0) {
            throw new org.springframework.dao.OptimisticLockingFailureException(
                "A timer of the process fired while its deadline moved", failed);
          }
          throw failed;
        }
      }
    }
  }

  /** A timer at a date (the ladder's), as opposed to one after a duration or on a cycle. */
  private boolean isDateTimer(Job job) {
    JobDefinition definition =
        managementService.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult();
    if (definition == null) {
      return false;
    }
    Event event =
        repositoryService
            .getBpmnModelInstance(job.getProcessDefinitionId())
            .getModelElementById(definition.getActivityId());
    return event != null
        && event.getChildElementsByType(TimerEventDefinition.class).stream()
            .anyMatch(timer -> timer.getTimeDate() != null);
  }
}
