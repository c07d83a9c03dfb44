package org.inforights.casework.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.casefile.CaseType;
import org.inforights.casework.casefile.Cohort;
import org.inforights.casework.casefile.NewSar;
import org.inforights.casework.casefile.Relationship;
import org.inforights.casework.casefile.Requester;
import org.inforights.casework.casefile.Subject;
import org.inforights.casework.support.EngineTime;
import org.inforights.casework.support.ProcessTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** The morning digest, sent by its timer to a real in-process SMTP server. */
@ProcessTest
@ExtendWith(EngineTime.class)
class DailyDigestTest {

  @RegisterExtension
  static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired ManagementService managementService;
  @Autowired RuntimeService runtimeService;
  @Autowired org.camunda.bpm.engine.TaskService taskService;
  @Autowired RepositoryService repositoryService;
  @Autowired org.camunda.bpm.engine.HistoryService historyService;
  @Autowired CaseFileService cases;

  @Test
  void officersHearOfTasksDueSoonAndManagersOfBreaches() throws Exception {
    EngineTime.today(LocalDate.of(2030, 3, 4)); // Monday
    String dueSoon = registerWithTask(LocalDate.of(2030, 2, 6)); // due Wed 6 Mar 2030
    String breached = register(LocalDate.of(2030, 1, 7)); // due Thu 7 Feb 2030
    cases.recordBreach(breached);
    // a task an officer created by hand in Tasklist, of no case and no process
    org.camunda.bpm.engine.task.Task byHand = taskService.newTask();
    byHand.setName("Call the records team");
    byHand.setDueDate(EngineTime.at(LocalDate.of(2030, 3, 5), LocalTime.of(17, 0)));
    taskService.saveTask(byHand);
    taskService.addCandidateGroup(byHand.getId(), "ig-officers");

    Job timer = managementService.createJobQuery().processDefinitionKey("daily-digest").timers().singleResult();
    managementService.executeJob(timer.getId());
    // choosing the recipients, then each digest, are jobs of their own: a mail outage retries only
    // the digests not yet sent and never holds up the next morning's timer
    for (Job choose : managementService.createJobQuery().activityId("Task_SendDigests#multiInstanceBody").list()) {
      managementService.executeJob(choose.getId());
    }
    List<Job> sends = managementService.createJobQuery().activityId("Task_SendDigests").list();
    assertThat(sends).as("one job per case worker and per manager while a case is breached").hasSizeGreaterThan(2);
    for (Job send : sends) {
      managementService.executeJob(send.getId());
    }

    MimeMessage officer = to("officer@casework.invalid");
    assertThat(officer.getSubject()).contains("due soon");
    assertThat(GreenMailUtil.getBody(officer)).contains(dueSoon + ": Review the case (due Wed 6 Mar 2030)");
    assertThat(GreenMailUtil.getBody(officer)).contains("?: Call the records team (due Tue 5 Mar 2030)");
    taskService.deleteTask(byHand.getId(), true);
    MimeMessage manager = to("manager@casework.invalid");
    assertThat(GreenMailUtil.getBody(manager)).contains(breached + ": due Thu 7 Feb 2030, breached on Mon 4 Mar 2030");
    assertThat(managementService.createJobQuery().processDefinitionKey("daily-digest").timers().count())
        .as("the next morning's timer").isEqualTo(1);
    assertThat(mail.getReceivedMessagesForDomain("officer@casework.invalid")).as("one digest each").hasSize(1);
  }

  @Test
  void onABankHolidayNobodyIsWrittenToAndTheNextMorningStillComes() {
    EngineTime.today(LocalDate.of(2030, 5, 6)); // Monday, the early May bank holiday
    String breached = register(LocalDate.of(2030, 1, 7));
    cases.recordBreach(breached);
    int before = mail.getReceivedMessages().length;

    Job timer = managementService.createJobQuery().processDefinitionKey("daily-digest").timers().singleResult();
    managementService.executeJob(timer.getId());

    assertThat(managementService.createJobQuery().processDefinitionKey("daily-digest").activityId("Task_SendDigests#multiInstanceBody").count())
        .as("no recipients chosen").isZero();
    assertThat(historyService.createHistoricActivityInstanceQuery().activityId("EndEvent_NoDigestOnBankHoliday").count())
        .as("the bank-holiday end").isEqualTo(1);
    assertThat(mail.getReceivedMessages()).hasSize(before);
    assertThat(managementService.createJobQuery().processDefinitionKey("daily-digest").timers().count())
        .as("the next morning's timer").isEqualTo(1);
  }

  private MimeMessage to(String address) {
    return Arrays.stream(mail.getReceivedMessagesForDomain(address))
        .reduce((first, second) -> second)
        .orElseThrow(() -> new AssertionError("no digest to " + address));
  }

  /** A case whose (test) process has an officers' task due on the case's due date. */
  private String registerWithTask(LocalDate receivedOn) {
    String reference = register(receivedOn);
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("digest-check")
            .camundaHistoryTimeToLive(1)
            .startEvent("StartEvent_Started")
            .userTask("Task_Review").name("Review the case").camundaCandidateGroups("ig-officers")
            .camundaDueDate("${due}")
            .endEvent("EndEvent_Done")
            .done();
    return startCheck(reference, model);
  }

  private String startCheck(String reference, BpmnModelInstance model) {
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey("digest-check").count() == 0) {
      repositoryService.createDeployment().addModelInstance("digest-check.bpmn", model).deploy();
    }
    runtimeService.startProcessInstanceByKey(
        "digest-check",
        reference,
        Map.of("due", EngineTime.at(cases.view(reference).dueOn(), LocalTime.of(17, 0))));
    return reference;
  }

  private String register(LocalDate receivedOn) {
    return cases
        .registerSar(new NewSar(
                receivedOn, "EMAIL", new Requester("R", null, Relationship.SELF),
                new Subject("R", LocalDate.of(2015, 1, 1), Cohort.CHILD_IN_NEED), null))
        .reference();
  }
}
