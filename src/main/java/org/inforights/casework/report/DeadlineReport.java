package org.inforights.casework.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.inforights.casework.casefile.CaseFile;
import org.inforights.casework.casefile.CaseFileQueries;
import org.inforights.casework.casefile.CaseType;
import org.inforights.casework.casefile.DeadlineStatus;
import org.inforights.casework.deadline.StatutoryClock;
import org.inforights.casework.deadline.WorkingCalendar;
import org.inforights.casework.platform.CaseworkGroup;
import org.inforights.casework.platform.SystemActions;
import org.inforights.casework.disclosure.DisclosureProcess;
import org.inforights.casework.sar.SarProcess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every open case with its deadline standing, the most urgent first: what managers watch. The
 * current step and who holds it come from the case's process.
 */
@Service
class DeadlineReport {

  /** One open case. {@code workingDaysLeft} is negative once overdue. */
  record Row(
      String reference,
      CaseType type,
      String status,
      LocalDate dueOn,
      DeadlineStatus deadlineState,
      int workingDaysLeft,
      String currentStep,
      String heldBy,
      String processInstanceId) {}

  private final CaseFileQueries cases;
  private final StatutoryClock statutoryClock;
  private final WorkingCalendar calendar;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final SystemActions systemActions;
  private final Clock clock;

  DeadlineReport(
      CaseFileQueries cases,
      StatutoryClock statutoryClock,
      WorkingCalendar calendar,
      RuntimeService runtimeService,
      TaskService taskService,
      SystemActions systemActions,
      Clock clock) {
    this.cases = cases;
    this.statutoryClock = statutoryClock;
    this.calendar = calendar;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.systemActions = systemActions;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  List<Row> rows(CaseType type, DeadlineStatus state) {
    LocalDate today = LocalDate.now(clock);
    Steps steps = systemActions.call(this::currentSteps);
    List<Row> rows = new ArrayList<>();
    for (CaseFile file : cases.openWithClockStops()) {
      if (type != null && file.type() != type) {
        continue;
      }
      DeadlineStatus standing = file.deadlineStatus(today, statutoryClock);
      if (state != null && standing != state) {
        continue;
      }
      LocalDate due = file.deadlinesOn(today, statutoryClock).inForce().dueOn();
      Task step = steps.tasks().get(file.reference());
      rows.add(
          new Row(
              file.reference(),
              file.type(),
              file.status().name(),
              due,
              standing,
              calendar.workingDaysBetween(today, due),
              step == null ? null : step.getName(),
              step == null ? null : steps.heldBy(step),
              steps.instances().get(file.reference())));
    }
    rows.sort(Comparator.comparing(Row::dueOn).thenComparing(Row::reference));
    return rows;
  }

  /**
   * Each case's earliest-due open task and its process instance, by case reference, and the
   * candidate group of each of those tasks nobody has claimed, by task id.
   */
  private record Steps(Map<String, Task> tasks, Map<String, String> instances, Map<String, String> groups) {

    String heldBy(Task task) {
      return task.getAssignee() != null ? task.getAssignee() : groups.get(task.getId());
    }
  }

  private Steps currentSteps() {
    Map<String, String> referenceByInstance = new HashMap<>();
    Map<String, String> instanceByReference = new HashMap<>();
    // the deadline ladders the cases called hold timers, never a task: left out, they halve the rows read
    for (ProcessInstance instance :
        runtimeService.createProcessInstanceQuery().active()
            .processDefinitionKeyNotIn(org.inforights.casework.caseprocess.DeadlineLadder.KEY)
            .orderByProcessInstanceId().asc().list()) {
      if (instance.getBusinessKey() != null) {
        referenceByInstance.put(instance.getId(), instance.getBusinessKey());
        if (CASE_PROCESSES.contains(processKey(instance))) {
          instanceByReference.put(instance.getBusinessKey(), instance.getId());
        }
      }
    }
    Map<String, Task> tasks = new HashMap<>();
    for (Task task : taskService.createTaskQuery().active().orderByDueDate().asc().list()) {
      String reference = referenceByInstance.get(task.getProcessInstanceId());
      if (reference != null) {
        tasks.putIfAbsent(reference, task);
      }
    }
    return new Steps(tasks, instanceByReference, candidateGroups(tasks.values()));
  }

  /**
   * The candidate group of each unclaimed task: one query per group rather than one per task (a
   * query per task made the report take seconds with a few thousand open cases). A task whose
   * group is not one of ours is looked up on its own.
   */
  private Map<String, String> candidateGroups(java.util.Collection<Task> steps) {
    java.util.Set<String> unclaimed = new java.util.HashSet<>();
    for (Task task : steps) {
      if (task.getAssignee() == null) {
        unclaimed.add(task.getId());
      }
    }
    Map<String, String> groups = new HashMap<>();
    for (CaseworkGroup group : CaseworkGroup.values()) {
      if (unclaimed.isEmpty()) {
        break;
      }
      for (Task task : taskService.createTaskQuery().active().taskCandidateGroup(group.id()).list()) {
        if (unclaimed.remove(task.getId())) {
          groups.put(task.getId(), group.id());
        }
      }
    }
    for (String taskId : unclaimed) {
      taskService.getIdentityLinksForTask(taskId).stream()
          .map(IdentityLink::getGroupId)
          .filter(java.util.Objects::nonNull)
          .findFirst()
          .ifPresent(group -> groups.put(taskId, group));
    }
    return groups;
  }

  /** The processes that run a case itself (not a breach or internal review beside it). */
  static final java.util.Set<String> CASE_PROCESSES = java.util.Set.of(SarProcess.KEY, DisclosureProcess.KEY);

  private static String processKey(ProcessInstance instance) {
    String definition = instance.getProcessDefinitionId();
    return definition == null ? "" : definition.substring(0, Math.max(0, definition.indexOf(':')));
  }
}
