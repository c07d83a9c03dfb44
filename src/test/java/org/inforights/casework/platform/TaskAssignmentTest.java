package org.inforights.casework.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.inforights.casework.sar.SarProcess;
import org.inforights.casework.support.Api;
import org.inforights.casework.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Segregation of duties: a task goes only to the groups its model names for that step and their
 * members, and the right to work it follows the assignment.
 */
@ApplicationTest
class TaskAssignmentTest {

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;

  @Test
  void anOfficerCannotHandTheirTaskToAnAnalyst() {
    Task verify = officersTask();
    Api officer = Api.at(port).as("officer");

    HttpResponse<String> assigned =
        officer.post("/engine-rest/task/" + verify.getId() + "/assignee", "{\"userId\": \"analyst\"}");
    HttpResponse<String> delegated =
        officer.post("/engine-rest/task/" + verify.getId() + "/delegate", "{\"userId\": \"analyst\"}");

    assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(400);
    assertThat(assigned.body()).contains("user analyst", "ig-officers");
    assertThat(delegated.statusCode()).as(delegated.body()).isEqualTo(400);
    assertThat(taskService.createTaskQuery().taskId(verify.getId()).singleResult().getAssignee()).isNull();
    assertThat(Api.at(port).as("analyst").get("/engine-rest/task/" + verify.getId() + "/variables").statusCode())
        .isIn(403, 404);
    assertThat(grantsOf("analyst", verify)).isZero();
  }

  @Test
  void anOfficerCannotAddAGroupTheModelDoesNotNameForTheStep() {
    Task verify = officersTask();
    Api officer = Api.at(port).as("officer");

    HttpResponse<String> group =
        officer.post("/engine-rest/task/" + verify.getId() + "/identity-links", "{\"groupId\": \"analysts\", \"type\": \"candidate\"}");
    HttpResponse<String> user =
        officer.post("/engine-rest/task/" + verify.getId() + "/identity-links", "{\"userId\": \"manager\", \"type\": \"candidate\"}");

    assertThat(group.statusCode()).as(group.body()).isEqualTo(400);
    assertThat(group.body()).contains("group analysts");
    assertThat(user.statusCode()).as(user.body()).isEqualTo(400);
    assertThat(taskService.getIdentityLinksForTask(verify.getId()))
        .extracting(IdentityLink::getGroupId)
        .containsOnly("ig-officers");
    assertThat(Api.at(port).as("analyst").get("/engine-rest/task/" + verify.getId() + "/variables").statusCode())
        .isIn(403, 404);
  }

  @Test
  void anOfficerMayStillClaimAndHandOverToAnotherOfficer() {
    Task verify = officersTask();
    if (identityService.createUserQuery().userId("officer2").count() == 0) {
      User second = identityService.newUser("officer2");
      second.setPassword("officer2");
      identityService.saveUser(second);
      identityService.createMembership("officer2", CaseworkGroup.IG_OFFICERS.id());
    }

    HttpResponse<String> claimed =
        Api.at(port).as("officer").post("/engine-rest/task/" + verify.getId() + "/claim", "{\"userId\": \"officer\"}");
    HttpResponse<String> handedOver =
        Api.at(port).as("officer").post("/engine-rest/task/" + verify.getId() + "/assignee", "{\"userId\": \"officer2\"}");

    assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(204);
    assertThat(handedOver.statusCode()).as(handedOver.body()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(verify.getId()).singleResult().getAssignee()).isEqualTo("officer2");
    assertThat(grantsOf("officer", verify)).as("the former assignee's grant").isZero();
  }

  @Test
  void theAssigneesGrantEndsWhenTheTaskIsUnclaimed() {
    Task verify = officersTask();
    Api officer = Api.at(port).as("officer");

    officer.post("/engine-rest/task/" + verify.getId() + "/claim", "{\"userId\": \"officer\"}");
    assertThat(grantsOf("officer", verify)).isEqualTo(1);
    HttpResponse<String> unclaimed = officer.post("/engine-rest/task/" + verify.getId() + "/unclaim", "");

    assertThat(unclaimed.statusCode()).as(unclaimed.body()).isEqualTo(204);
    assertThat(grantsOf("officer", verify)).isZero();
  }

  @Test
  void aDeletedUsersGrantsGoWithThem() {
    Task verify = officersTask();
    String id = "leaver" + System.nanoTime() % 100000;
    User leaver = identityService.newUser(id);
    leaver.setPassword(id);
    identityService.saveUser(leaver);
    identityService.createMembership(id, CaseworkGroup.IG_OFFICERS.id());
    taskService.claim(verify.getId(), id);
    assertThat(grantsOf(id, verify)).isEqualTo(1);

    identityService.deleteUser(id);

    assertThat(authorizationService.createAuthorizationQuery().userIdIn(id).count()).isZero();
  }

  @Test
  void anAssigneeWhoLeftTheGroupDoesNotBlockTheApplicationsChangesToTheTask() {
    Task verify = officersTask();
    String id = "mover" + System.nanoTime() % 100000;
    User mover = identityService.newUser(id);
    mover.setPassword(id);
    identityService.saveUser(mover);
    identityService.createMembership(id, CaseworkGroup.IG_OFFICERS.id());
    taskService.claim(verify.getId(), id);
    identityService.deleteMembership(id, CaseworkGroup.IG_OFFICERS.id());

    taskService.setPriority(verify.getId(), 80);

    Task now = taskService.createTaskQuery().taskId(verify.getId()).singleResult();
    assertThat(now.getPriority()).isEqualTo(80);
    assertThat(now.getAssignee()).isEqualTo(id);
  }

  private long grantsOf(String user, Task task) {
    return authorizationService
        .createAuthorizationQuery()
        .userIdIn(user)
        .resourceType(Resources.TASK)
        .resourceId(task.getId())
        .count();
  }

  /** A SAR at identity verification: a task for the officers' group. */
  private Task officersTask() {
    String instance =
        runtimeService
            .createProcessInstanceByKey(SarProcess.KEY)
            .businessKey("SAR-TEST-" + System.nanoTime())
            .startBeforeActivity(SarProcess.TASK_VERIFY_IDENTITY)
            .setVariables(Map.of(SarProcess.CASE_REFERENCE, "SAR-TEST", "dueAt", new Date()))
            .execute()
            .getId();
    return taskService.createTaskQuery().processInstanceId(instance).singleResult();
  }
}
