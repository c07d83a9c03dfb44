package org.inforights.casework;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.casefile.CaseRetention;
import org.inforights.casework.casefile.CaseType;
import org.inforights.casework.casefile.Cohort;
import org.inforights.casework.casefile.NewSar;
import org.inforights.casework.casefile.Outcome;
import org.inforights.casework.casefile.Relationship;
import org.inforights.casework.casefile.Requester;
import org.inforights.casework.casefile.Subject;
import org.inforights.casework.support.Api;
import org.inforights.casework.support.EngineTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The production database: the same Flyway migrations, Hibernate's schema validation and the
 * Camunda schema on a real PostgreSQL, started and twice-booted by this test; and the retention
 * sweep's erasure (case file, notes, documents, redaction log, engine history) on it.
 */
class PostgresSchemaTest {

  private static EmbeddedPostgres postgres;

  @BeforeAll
  static void startPostgres() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    postgres.close();
  }

  @Test
  void theApplicationStartsTwiceOnPostgresAndKeepsItsCases() {
    String reference;
    try (ConfigurableApplicationContext first = start()) {
      reference =
          first
              .getBean(CaseFileService.class)
              .registerSar(new NewSar(
                      java.time.LocalDate.of(2026, 1, 31),
                      "EMAIL",
                      new Requester("R", null, Relationship.SELF),
                      new Subject("R", java.time.LocalDate.of(2010, 1, 1), Cohort.CARE_LEAVER),
                      null))
              .reference();
    }
    try (ConfigurableApplicationContext second = start()) {
      assertThat(second.getBean(CaseFileService.class).view(reference).dueOn())
          .isEqualTo(java.time.LocalDate.of(2026, 3, 2));
      assertThat(second.getBean(IdentityService.class).checkPassword("officer", "officer")).isTrue();
    }
  }

  @Test
  void theRetentionSweepErasesAClosedCasesPersonalDataOnPostgres() throws Exception {
    LocalDate closedOn = LocalDate.of(2041, 2, 4);
    try (ConfigurableApplicationContext app = start()) {
      EngineTime.today(closedOn);
      Api officer = Api.at(app.getEnvironment().getRequiredProperty("local.server.port", Integer.class)).as("officer");
      HttpResponse<String> created = officer.post("/api/sars", """
          {"receivedOn": "2041-01-07", "channel": "EMAIL",
           "requester": {"name": "Ottoline Pgerased", "email": "ottoline@example.org", "relationship": "PARENT"},
           "subject": {"name": "Otto Pgerased", "dateOfBirth": "2016-03-04", "cohort": "LOOKED_AFTER"},
           "description": "Everything about Otto"}
          """);
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      String reference = new ObjectMapper().readTree(created.body()).get("reference").asText();
      assertThat(officer.post("/api/cases/" + reference + "/notes", "{\"text\": \"Phoned Ottoline\"}").statusCode())
          .isEqualTo(201);
      assertThat(officer.upload("/api/cases/" + reference + "/attachments", Map.of("kind", "IDENTITY_EVIDENCE"),
              "passport.pdf", "application/pdf", "%PDF-1.7\n%%EOF\n".getBytes()).statusCode())
          .isEqualTo(201);
      assertThat(officer.post("/api/cases/" + reference + "/redactions", """
              {"location": "Care file, p. 3", "exemption": "THIRD_PARTY_DATA",
               "reasoning": "Names Otto's foster sibling", "consentSought": true, "thirdParty": {"role": "PRIVATE_INDIVIDUAL", "consent": "NO_REPLY", "factorsWeighed": ["STEPS_TO_SEEK_CONSENT", "DUTY_OF_CONFIDENTIALITY"]}}
              """).statusCode())
          .isEqualTo(201);
      RuntimeService runtimeService = app.getBean(RuntimeService.class);
      assertThat(runtimeService.createProcessInstanceQuery().rootProcessInstances().processInstanceBusinessKey(reference).list())
          .as("the engine's rows have the application's compact ids")
          .isNotEmpty()
          .allSatisfy(instance -> assertThat(instance.getId()).matches("[0-9a-hjkmnp-tv-z]{26}"));
      runtimeService.createProcessInstanceQuery().rootProcessInstances().processInstanceBusinessKey(reference).list()
          .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "answered"));
      app.getBean(CaseFileService.class).close(reference, Outcome.PARTLY_DISCLOSED, closedOn);

      EngineTime.today(closedOn.plusYears(6).plusDays(1));
      assertThat(app.getBean(CaseRetention.class).eraseExpired()).contains(reference);

      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
      assertThat(jdbc.queryForMap(
              "select requester_name, requester_email, subject_name, subject_date_of_birth, description, outcome"
                  + " from case_file where reference = ?", reference))
          .containsEntry("requester_name", null).containsEntry("requester_email", null)
          .containsEntry("subject_name", null).containsEntry("subject_date_of_birth", null)
          .containsEntry("description", null).containsEntry("outcome", "PARTLY_DISCLOSED");
      assertThat(jdbc.queryForObject("select count(*) from case_note n join case_file c on c.id = n.case_id"
          + " where c.reference = ?", Long.class, reference)).isZero();
      assertThat(jdbc.queryForObject("select count(*) from case_attachment a join case_file c on c.id = a.case_id"
          + " where c.reference = ?", Long.class, reference)).isZero();
      assertThat(jdbc.queryForMap("select location, reasoning, exemption from sar_redaction where case_reference = ?",
              reference))
          .containsEntry("location", "(erased)").containsEntry("reasoning", "(erased)").containsEntry("exemption", "THIRD_PARTY_DATA");
      assertThat(app.getBean(HistoryService.class).createHistoricProcessInstanceQuery()
              .processInstanceBusinessKey(reference).count())
          .as("the engine's history of the case").isZero();
    } finally {
      ClockUtil.reset();
    }
  }

  private static ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(CaseworkApplication.class)
        .profiles("test")
        .run(
            "--server.port=0",
            "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
            "--spring.datasource.username=postgres",
            "--spring.datasource.password=postgres",
            "--camunda.bpm.generate-unique-process-engine-name=true",
            // Camunda's webapps keep JVM-wide state: a second context's would take over the shared test
            // context's Tasklist and leave it answering 500 once closed
            "--camunda.bpm.webapp.enabled=false");
  }
}
