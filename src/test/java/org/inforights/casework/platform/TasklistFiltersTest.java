package org.inforights.casework.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.inforights.casework.support.ApplicationTest;
import org.inforights.casework.support.EngineTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ApplicationTest
class TasklistFiltersTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 10); // Tuesday

  @Autowired FilterService filterService;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;
  @Autowired TasklistFilters tasklistFilters;

  private String deploymentId;

  @BeforeEach
  void deployATaskWithADueDate() {
    ClockUtil.setCurrentTime(at(TODAY));
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("filter-check")
            .camundaHistoryTimeToLive(1)
            .startEvent("StartEvent_Received")
            .userTask("Task_Check")
            .camundaCandidateGroups("ig-officers")
            .camundaDueDate("${due}")
            .endEvent("EndEvent_Checked")
            .done();
    deploymentId =
        repositoryService.createDeployment().addModelInstance("filter-check.bpmn", model).deploy().getId();
  }

  @AfterEach
  void cleanUp() {
    identityService.clearAuthentication();
    repositoryService.deleteDeployment(deploymentId, true);
    ClockUtil.reset();
  }

  @Test
  void theFiltersExistOnceEvenAfterAnotherStart() {
    tasklistFilters.afterPropertiesSet();

    assertThat(filterService.createTaskFilterQuery().list())
        .extracting(Filter::getName)
        .containsExactlyInAnyOrder(
            TasklistFilters.MY_TASKS,
            TasklistFilters.MY_GROUPS,
            TasklistFilters.DUE_SOON,
            TasklistFilters.OVERDUE,
            TasklistFilters.BREACHED);
  }

  @Test
  void everyTaskFollowsUpFiveWorkingDaysBeforeItIsDue() {
    Task task = start(LocalDate.of(2026, 3, 16)); // Monday

    assertThat(task.getFollowUpDate()).isEqualTo(at(LocalDate.of(2026, 3, 9)));
  }

  @Test
  void aFollowUpDateMovesWithTheDueDate() {
    Task task = start(LocalDate.of(2026, 3, 16));
    task.setDueDate(at(LocalDate.of(2026, 4, 7))); // Tuesday after Easter
    taskService.saveTask(task);

    Task saved = taskService.createTaskQuery().taskId(task.getId()).singleResult();
    // 5 working days before Tue 7 Apr 2026, skipping Easter Monday and Good Friday: Fri 27 Mar
    assertThat(saved.getFollowUpDate()).isEqualTo(at(LocalDate.of(2026, 3, 27)));
  }

  @Test
  void dueSoonAndOverdueFiltersShowAnOfficerTheRightTasks() {
    Task dueSoon = start(LocalDate.of(2026, 3, 13)); // Friday, 3 working days ahead
    Task later = start(LocalDate.of(2026, 4, 30));
    Task overdue = start(LocalDate.of(2026, 3, 5));
    identityService.setAuthentication("officer", List.of("ig-officers"));

    assertThat(ours(TasklistFilters.DUE_SOON)).containsExactly(dueSoon.getId());
    assertThat(ours(TasklistFilters.OVERDUE)).containsExactly(overdue.getId());
    assertThat(ours(TasklistFilters.MY_GROUPS)).containsExactly(overdue.getId(), dueSoon.getId(), later.getId());
    assertThat(ours(TasklistFilters.MY_TASKS)).isEmpty();

    taskService.claim(later.getId(), "officer");
    assertThat(ours(TasklistFilters.MY_TASKS)).containsExactly(later.getId());
  }

  @Test
  void theBreachedFilterShowsTasksAtTheBreachedPriority() {
    Task breached = start(LocalDate.of(2026, 3, 5));
    Task other = start(LocalDate.of(2026, 3, 5));
    taskService.setPriority(breached.getId(), TasklistFilters.BREACHED_PRIORITY);
    identityService.setAuthentication("officer", List.of("ig-officers"));

    assertThat(ours(TasklistFilters.BREACHED)).containsExactly(breached.getId()).doesNotContain(other.getId());
    assertThat(TasklistFilters.BREACHED_PRIORITY)
        .as("the priority the deadline wiring gives breached cases' tasks")
        .isEqualTo(org.inforights.casework.deadline.process.ProcessDeadlines.BREACHED_PRIORITY);
  }

  @Test
  void aRecordOwnerSeesNoneOfTheOfficersTasks() {
    start(LocalDate.of(2026, 3, 13));
    identityService.setAuthentication("owner", List.of("record-owners"));

    assertThat(ours(TasklistFilters.MY_GROUPS)).isEmpty();
    assertThat(ours(TasklistFilters.DUE_SOON)).isEmpty();
  }

  /** The filter's tasks of this test's own process, in the filter's order: other tests leave tasks too. */
  private List<String> ours(String filterName) {
    Filter filter = filterService.createTaskFilterQuery().filterName(filterName).singleResult();
    return filterService.<Task>list(filter.getId()).stream()
        .filter(task -> task.getProcessDefinitionId().startsWith("filter-check:"))
        .map(Task::getId)
        .toList();
  }

  private Task start(LocalDate due) {
    String instance =
        runtimeService
            .startProcessInstanceByKey("filter-check", Map.of("due", at(due).clone()))
            .getId();
    return taskService.createTaskQuery().processInstanceId(instance).singleResult();
  }

  private static Date at(LocalDate day) {
    return EngineTime.at(day, java.time.LocalTime.MIDNIGHT);
  }
}
