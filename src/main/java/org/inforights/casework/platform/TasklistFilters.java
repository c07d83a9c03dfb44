package org.inforights.casework.platform;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * The shared Tasklist filters, created at start-up if missing. "Due within 5 working days" reads
 * the follow-up date, which the deadline wiring (TaskFollowUpListener) sets to 5 working days before every
 * task's due date; the working-day arithmetic cannot live in a filter expression.
 */
@Component
class TasklistFilters implements InitializingBean {

  static final String MY_TASKS = "My tasks";
  static final String MY_GROUPS = "My groups' tasks by due date";
  static final String DUE_SOON = "Due within 5 working days";
  static final String OVERDUE = "Overdue";
  static final String BREACHED = "Breached cases";
  /** The priority the deadline wiring gives a breached case's tasks. */
  static final int BREACHED_PRIORITY = 100;

  private final FilterService filterService;
  private final TaskService taskService;

  TasklistFilters(FilterService filterService, TaskService taskService) {
    this.filterService = filterService;
    this.taskService = taskService;
  }

  @Override
  public void afterPropertiesSet() {
    ensure(
        MY_TASKS,
        -20,
        "Tasks assigned to me, the earliest due first",
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
    ensure(
        MY_GROUPS,
        -10,
        "Tasks of my groups, claimed or not, the earliest due first",
        taskService
            .createTaskQuery()
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks()
            .orderByDueDate()
            .asc());
    ensure(
        DUE_SOON,
        0,
        "My and my groups' tasks due within 5 working days and not yet overdue",
        mineOrMyGroups()
            .followUpBeforeExpression("${now()}")
            .dueAfterExpression("${now()}")
            .orderByDueDate()
            .asc());
    ensure(
        OVERDUE,
        10,
        "My and my groups' tasks past their due date",
        mineOrMyGroups().dueBeforeExpression("${now()}").orderByDueDate().asc());
    ensure(
        BREACHED,
        20,
        "Tasks of cases past their statutory deadline: do these first",
        mineOrMyGroups().taskMinPriority(BREACHED_PRIORITY).orderByDueDate().asc());
  }

  private TaskQuery mineOrMyGroups() {
    return taskService
        .createTaskQuery()
        .or()
        .taskAssigneeExpression("${currentUser()}")
        .taskCandidateGroupInExpression("${currentUserGroups()}")
        .includeAssignedTasks()
        .endOr();
  }

  private void ensure(String name, int priority, String description, TaskQuery query) {
    if (filterService.createTaskFilterQuery().filterName(name).count() > 0) {
      return;
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("priority", priority);
    properties.put("description", description);
    properties.put("refresh", true);
    Filter filter = filterService.newTaskFilter(name).setQuery(query).setProperties(properties);
    filterService.saveFilter(filter);
  }
}
