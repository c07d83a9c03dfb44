package org.inforights.casework.sar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.casefile.CaseStatus;
import org.inforights.casework.casefile.CaseView;
import org.inforights.casework.support.Api;
import org.inforights.casework.support.ApplicationTest;
import org.inforights.casework.support.EngineTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A request registered some days after it was received has its acknowledgement and its overdue
 * ladder (reminder, at-risk review, breach) to run at once. An officer acting on the new case at
 * that moment races the case's own jobs, not another person: the action succeeds, whole, and is
 * never refused as "someone else changed this case".
 */
@ApplicationTest
@ExtendWith(EngineTime.class)
class RequestsRacingJobsTest {

  static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
  /** Received 1 Feb: due Mon 2 Mar, so every timer of the ladder is due on registration. */
  static final String RECEIVED_DAYS_AGO = SarIntakeApiTest.VALID.replace("2026-01-31", "2026-02-01");
  /**
   * Received 10 Feb: due today, Tue 10 Mar, so the reminder and at-risk timers are due on
   * registration and an extension, decided today, is still in time (UK GDPR Art 12(3)).
   */
  static final String DUE_TODAY = SarIntakeApiTest.VALID.replace("2026-01-31", "2026-02-10");
  static final int ROUNDS = 12;

  @RegisterExtension
  static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired CaseFileService cases;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void today() {
    EngineTime.today(TODAY);
  }

  @Test
  void aClockStopRacingTheCasesJobsIsRecordedOnce() throws Exception {
    raceEachRound(
        reference -> officer().post("/api/cases/" + reference + "/clock-stops",
            "{\"reason\": \"CLARIFICATION\", \"askedOn\": \"2026-03-10\"}"),
        reference -> {
          CaseView view = cases.view(reference);
          assertThat(view.status()).isEqualTo(CaseStatus.CLOCK_STOPPED);
          assertThat(view.clockStops()).hasSize(1);
          assertThat(jdbc.queryForObject("select count(*) from case_audit a join case_file c on c.id = a.case_id"
                  + " where c.reference = ? and a.action = 'CLOCK_STOPPED'", Long.class, reference))
              .as("one stop in the audit trail, not one per attempt").isEqualTo(1);
        });
  }

  @Test
  void anExtensionRacingTheCasesJobsIsGrantedOnce() throws Exception {
    raceEachRound(
        DUE_TODAY,
        reference -> Api.at(port).as("manager").post("/api/cases/" + reference + "/extension",
            "{\"ground\": \"COMPLEX\", \"reason\": \"Records in four systems\"}"),
        reference -> {
          assertThat(cases.view(reference).extendedDueOn()).isNotNull();
          assertThat(jdbc.queryForObject("select count(*) from case_audit a join case_file c on c.id = a.case_id"
                  + " where c.reference = ? and a.action = 'EXTENDED'", Long.class, reference)).isEqualTo(1);
        });
  }

  @Test
  void aWithdrawalOrANoteRacingTheCasesJobsSucceeds() throws Exception {
    raceEachRound(
        reference -> officer().post("/api/cases/" + reference + "/withdrawal", ""),
        reference -> assertThat(cases.view(reference).status()).isEqualTo(CaseStatus.CLOSED));
    raceEachRound(
        reference -> officer().post("/api/cases/" + reference + "/notes", "{\"text\": \"Called the requester\"}"),
        reference -> assertThat(cases.view(reference).noteCount()).isEqualTo(1));
  }

  /**
   * {@link #ROUNDS} new cases, each acted on by {@code action} while another thread runs the case's
   * due jobs, as the job executor would; every action answers 2xx and leaves the case as {@code
   * whole} says.
   */
  private void raceEachRound(
      Function<String, HttpResponse<String>> action, java.util.function.Consumer<String> whole) throws Exception {
    raceEachRound(RECEIVED_DAYS_AGO, action, whole);
  }

  /** As above, for cases registered from {@code intake}. */
  private void raceEachRound(
      String intake, Function<String, HttpResponse<String>> action, java.util.function.Consumer<String> whole)
      throws Exception {
    List<String> refused = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      String reference = registered(intake);
      String instance =
          runtimeService.createProcessInstanceQuery().rootProcessInstances().processInstanceBusinessKey(reference).singleResult().getId();
      CyclicBarrier start = new CyclicBarrier(2);
      CompletableFuture<HttpResponse<String>> request =
          CompletableFuture.supplyAsync(() -> {
            await(start);
            return action.apply(reference);
          });
      CompletableFuture<Void> jobs =
          CompletableFuture.runAsync(() -> {
            await(start);
            runDueJobs(instance, request);
          });
      HttpResponse<String> response = request.get(60, TimeUnit.SECONDS);
      jobs.get(60, TimeUnit.SECONDS);
      if (response.statusCode() >= 300) {
        refused.add(reference + ": " + response.statusCode() + " " + response.body());
      } else {
        whole.accept(reference);
      }
    }
    assertThat(refused).as("requests refused although only the system's jobs ran alongside").isEmpty();
  }

  /** The due jobs of one process, run until the request is answered and none is left due. */
  private void runDueJobs(String instance, CompletableFuture<?> request) {
    long until = System.currentTimeMillis() + 30_000;
    while (System.currentTimeMillis() < until) {
      List<Job> due = managementService.createJobQuery().processInstanceId(instance).executable().list();
      if (due.isEmpty() && request.isDone()) {
        return;
      }
      for (Job job : due) {
        try {
          managementService.executeJob(job.getId());
        } catch (RuntimeException lostTheRace) {
          // the job lost to the request: the job executor would run it again later
        }
      }
    }
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private String registered(String intake) throws Exception {
    HttpResponse<String> created = officer().post("/api/sars", intake);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json.readTree(created.body()).get("reference").asText();
  }

  private Api officer() {
    return Api.at(port).as("officer");
  }
}
