package org.inforights.casework.sar;

import org.inforights.casework.caseprocess.AskTheRequester;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.casefile.CaseStatus;
import org.inforights.casework.casefile.ClockStop;
import org.inforights.casework.support.Api;
import org.inforights.casework.support.ApplicationTest;
import org.inforights.casework.support.EngineTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Two people act on one case at the same moment: one wins, the other hears 409, the case stays whole. */
@ApplicationTest
@ExtendWith(EngineTime.class)
class ConcurrentActionsTest {

  static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired RuntimeService runtimeService;
  @Autowired org.camunda.bpm.engine.HistoryService historyService;
  @Autowired TaskService taskService;
  @Autowired org.camunda.bpm.engine.ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired CaseFileService cases;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  @BeforeEach
  void aSecondOfficer() {
    EngineTime.today(TODAY);
    if (identityService.createUserQuery().userId("officer2").count() == 0) {
      var user = identityService.newUser("officer2");
      user.setPassword("officer2");
      identityService.saveUser(user);
      identityService.createMembership("officer2", "ig-officers");
    }
  }

  @RepeatedTest(3)
  void twoOfficersCompletingTheSameTaskOneWinsTheOtherHears409() throws Exception {
    String reference = registered();
    String task = startAt(reference, SarProcess.TASK_VERIFY_IDENTITY).getId();
    String verified = "{\"variables\": {\"identityOutcome\": {\"value\": \"VERIFIED\"}}}";

    List<HttpResponse<String>> responses = race(
        () -> Api.at(port).as("officer").post("/engine-rest/task/" + task + "/complete", verified),
        () -> Api.at(port).as("officer2", "officer2").post("/engine-rest/task/" + task + "/complete", verified));

    assertOneWinnerAnd409(responses);
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(reference)
            .taskDefinitionKey(SarProcess.TASK_VERIFY_IDENTITY).count())
        .as("the task is done once").isZero();
    assertThat(runtimeService.createProcessInstanceQuery().rootProcessInstances().processInstanceBusinessKey(reference).count()).isEqualTo(1);
  }

  @RepeatedTest(5)
  void tenWithdrawalsOfOneCaseAtOnceOneWithdrawsItTheOthersHear409() throws Exception {
    String reference = registered();
    String instance = startAt(reference, SarProcess.TASK_VERIFY_IDENTITY).getProcessInstanceId();
    List<Supplier<HttpResponse<String>>> withdrawals = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      withdrawals.add(() -> officer().post("/api/cases/" + reference + "/withdrawal", ""));
    }

    List<HttpResponse<String>> responses = race(withdrawals.toArray(Supplier[]::new));

    List<String> answers = responses.stream().map(r -> r.statusCode() + " " + r.body()).toList();
    assertThat(responses).as("%s", answers).filteredOn(r -> r.statusCode() == 200).hasSize(1);
    assertThat(responses).as("%s", answers).filteredOn(r -> r.statusCode() != 200).hasSize(9).allSatisfy(loser -> {
      assertThat(loser.statusCode()).as(loser.body()).isEqualTo(409);
      assertThat(loser.headers().firstValue("Content-Type")).hasValueSatisfying(
          type -> assertThat(type).startsWith("application/problem+json"));
      assertThat(loser.body()).doesNotContain("Exception", "\tat ");
    });
    assertThat(cases.view(reference).status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(managementService.createJobQuery().processInstanceId(instance).activityId("Task_ConfirmWithdrawal").count())
        .as("one withdrawal, confirmed once").isEqualTo(1);
  }

  @Test
  void theSlowerOfficerHears409WhateverStepRefusesThem() throws Exception {
    String reference = registered();
    String task = startAt(reference, SarProcess.TASK_VERIFY_IDENTITY).getId();
    String verified = "{\"variables\": {\"identityOutcome\": {\"value\": \"VERIFIED\"}}}";

    HttpResponse<String> first = Api.at(port).as("officer").post("/engine-rest/task/" + task + "/complete", verified);
    HttpResponse<String> second = Api.at(port).as("officer2", "officer2").post("/engine-rest/task/" + task + "/complete", verified);

    assertThat(first.statusCode()).as(first.body()).isEqualTo(204);
    assertThat(second.statusCode()).as("a task completed first is a conflict, not unknown or forbidden: %s", second.body())
        .isEqualTo(409);
    assertThat(second.body()).contains("completed this task first");
  }

  @RepeatedTest(3)
  void anApiResolveRacingATasklistCompletionResolvesTheClockStopOnce() throws Exception {
    String reference = registered();
    HttpResponse<String> stopped = officer().post("/api/cases/" + reference + "/clock-stops",
        "{\"reason\": \"IDENTITY\", \"askedOn\": \"2026-03-10\"}");
    assertThat(stopped.statusCode()).as(stopped.body()).isBetween(200, 201);
    // the stop through the API put the case's process into its wait for the answer
    String task = taskService.createTaskQuery().processInstanceBusinessKey(reference)
        .taskDefinitionKey(AskTheRequester.TASK_RECORD_ANSWER).singleResult().getId();

    List<HttpResponse<String>> responses = race(
        () -> officer().post("/engine-rest/task/" + task + "/complete",
            "{\"variables\": {\"answerReceivedOn\": {\"value\": \"2026-03-10\"}}}"),
        () -> Api.at(port).as("officer2", "officer2").post("/api/cases/" + reference + "/clock-stops/resolve",
            "{\"receivedOn\": \"2026-03-10\"}"));

    assertOneWinnerAnd409(responses);
    var file = cases.view(reference);
    assertThat(file.status()).isEqualTo(CaseStatus.OPEN);
    assertThat(file.clockStartsOn()).isEqualTo(LocalDate.of(2026, 3, 10));
    assertThat(jdbc.queryForObject("select count(*) from clock_stop s join case_file c on c.id = s.case_id"
            + " where c.reference = ? and s.received_on is not null", Long.class, reference))
        .as("one stop, resolved once").isEqualTo(1);
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(reference)
            .taskDefinitionKey(AskTheRequester.TASK_RECORD_ANSWER).count()).isZero();
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(AskTheRequester.KEY)
            .processInstanceBusinessKey(reference).finished().count())
        .as("the wait for the answer ended once, not twice").isEqualTo(1);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(AskTheRequester.KEY)
            .processInstanceBusinessKey(reference).count()).isZero();
  }

  @RepeatedTest(3)
  void twoOfficersStoppingTheClockAtOnceOneWinsTheOtherHearsItIsStoppedAlready() throws Exception {
    String reference = registered();
    String stop = "{\"reason\": \"CLARIFICATION\", \"askedOn\": \"2026-03-10\"}";

    List<HttpResponse<String>> responses = race(
        () -> officer().post("/api/cases/" + reference + "/clock-stops", stop),
        () -> Api.at(port).as("officer2", "officer2").post("/api/cases/" + reference + "/clock-stops", stop));

    assertOneWinnerAnd409(responses);
    HttpResponse<String> loser = responses.stream().filter(r -> r.statusCode() >= 300).findFirst().orElseThrow();
    assertThat(loser.body())
        .as("a retry of the loser finds the other officer's stop, and says so")
        .contains("already stopped");
    assertThat(jdbc.queryForObject("select count(*) from clock_stop s join case_file c on c.id = s.case_id"
            + " where c.reference = ?", Long.class, reference)).isEqualTo(1);
  }

  private void assertOneWinnerAnd409(List<HttpResponse<String>> responses) {
    List<Integer> statuses = responses.stream().map(HttpResponse::statusCode).sorted().toList();
    assertThat(statuses).as("%s", responses.stream().map(HttpResponse::body).toList()).hasSize(2);
    assertThat(statuses.get(0)).as("the winner of %s", responses.stream().map(r -> r.statusCode() + " " + r.body()).toList()).isBetween(200, 204);
    HttpResponse<String> loser = responses.stream().filter(r -> r.statusCode() >= 300).findFirst().orElseThrow();
    assertThat(loser.statusCode()).as(loser.body()).isEqualTo(409);
    assertThat(loser.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(loser.body()).doesNotContain("Exception", "\tat ", "Sam Taylor");
  }

  @SafeVarargs
  private List<HttpResponse<String>> race(Supplier<HttpResponse<String>>... actions) throws Exception {
    CyclicBarrier start = new CyclicBarrier(actions.length);
    List<CompletableFuture<HttpResponse<String>>> running = new ArrayList<>();
    for (Supplier<HttpResponse<String>> action : actions) {
      running.add(CompletableFuture.supplyAsync(() -> {
        try {
          start.await();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
        return action.get();
      }));
    }
    List<HttpResponse<String>> responses = new ArrayList<>();
    for (CompletableFuture<HttpResponse<String>> response : running) {
      responses.add(response.get());
    }
    return responses;
  }

  private String registered() throws Exception {
    HttpResponse<String> created = officer().post("/api/sars", SarIntakeApiTest.VALID);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json.readTree(created.body()).get("reference").asText();
  }

  /** The case's process, moved to wait at one task (the earlier steps are other tests' stories). */
  private Task startAt(String reference, String activity) {
    runtimeService.createProcessInstanceQuery().rootProcessInstances().processInstanceBusinessKey(reference).list()
        .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "moved for the test"));
    String instance = runtimeService.createProcessInstanceByKey(SarProcess.KEY)
        .businessKey(reference)
        .startBeforeActivity(activity)
        .setVariables(Map.of(SarProcess.CASE_REFERENCE, reference, "dueAt", new Date(),
            SarProcess.EVIDENCE_DUE_AT, new Date(), SarProcess.COMPETENCE_CHECK_NEEDED, false,
            SarProcess.CLARIFICATION_NEEDED, false, SarProcess.SEARCH_DUE_AT, new Date(),
            SarProcess.RECORDS_SYSTEMS, "Mosaic"))
        .execute()
        .getId();
    return taskService.createTaskQuery().processInstanceId(instance).singleResult();
  }

  private Api officer() {
    return Api.at(port).as("officer");
  }
}
