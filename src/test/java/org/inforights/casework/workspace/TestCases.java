package org.inforights.casework.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.inforights.casework.support.Api;

/** Cases opened through the API with names no other test uses, so a search finds only them. */
final class TestCases {

  private static final AtomicLong COUNTER = new AtomicLong(System.nanoTime() % 100_000);
  private static final ObjectMapper JSON = new ObjectMapper();

  private TestCases() {}

  /** A surname made of letters only, different on every call: "Qx" followed by letters. */
  static String uniqueSurname() {
    long n = COUNTER.incrementAndGet();
    StringBuilder name = new StringBuilder("Qx");
    do {
      name.append((char) ('a' + n % 26));
      n /= 26;
    } while (n > 0);
    return name.toString();
  }

  record Sar(String reference, String childName, String childDateOfBirth, String requesterName) {}

  static Sar sar(int port, String childName, String childDateOfBirth, String requesterName) {
    String body =
        """
        {"receivedOn": "2026-11-02", "channel": "EMAIL",
         "requester": {"name": "%s", "email": "requester@example.org", "relationship": "PARENT"},
         "subject": {"name": "%s", "dateOfBirth": "%s", "cohort": "LOOKED_AFTER"},
         "description": "Everything the council holds about my child's placements"}
        """
            .formatted(requesterName, childName, childDateOfBirth);
    HttpResponse<String> created = Api.at(port).as("officer").post("/api/sars", body);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    try {
      return new Sar(JSON.readTree(created.body()).get("reference").asText(), childName, childDateOfBirth, requesterName);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String disclosure(int port, String childName, String childDateOfBirth) {
    String body =
        """
        {"receivedOn": "2026-11-02",
         "requester": {"type": "POLICE", "organisation": "Thames Valley Police", "officerName": "DC Alex Reed",
                       "role": "Detective Constable", "email": "alex.reed@police.example",
                       "authorisingOfficerName": "Insp. Jo Hart", "authorisingOfficerRank": "INSPECTOR"},
         "legalBasis": "CRIME_AND_TAXATION", "purpose": "Investigation of an assault",
         "dataRequested": "Dates of contact", "dataCategories": ["SOCIAL_CARE"],
         "childrenScope": "ONE", "children": [{"name": "%s", "dateOfBirth": "%s"}],
         "sensitivity": "STANDARD", "securityArrangements": "Secure e-mail",
         "retentionArrangements": "Life of the investigation", "urgency": "ROUTINE"}
        """
            .formatted(childName, childDateOfBirth);
    HttpResponse<String> created = Api.at(port).as("officer").post("/api/disclosure-requests", body);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    try {
      return JSON.readTree(created.body()).get("reference").asText();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Puts the case's process at a user task, as if the steps before it had run (the acknowledgement
   * waits for the job executor, which is off in tests); returns the task.
   */
  static Task atTask(RuntimeService runtimeService, TaskService taskService, String reference, String activityId) {
    String instance =
        runtimeService.createProcessInstanceQuery().rootProcessInstances().processInstanceBusinessKey(reference).singleResult().getId();
    runtimeService.createProcessInstanceModification(instance).startBeforeActivity(activityId).execute();
    return taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(activityId).list().get(0);
  }

  /** An open task of the case (an identity check) offered to {@code group}, which then works on it. */
  static String taskFor(RuntimeService runtimeService, TaskService taskService, String reference, String group) {
    String instance = runtimeService.createProcessInstanceByKey("subject-access-request").businessKey(reference)
        .startBeforeActivity("Task_VerifyIdentity")
        .setVariables(java.util.Map.of("caseReference", reference, "dueAt", new java.util.Date(),
            "searchDueAt", new java.util.Date(), "recordsSystems", "Mosaic"))
        .execute().getId();
    String taskId = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
    taskService.addCandidateGroup(taskId, group);
    return taskId;
  }
}
