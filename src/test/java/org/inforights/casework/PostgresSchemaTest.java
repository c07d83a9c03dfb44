package org.inforights.casework;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.camunda.bpm.engine.IdentityService;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.casefile.CaseType;
import org.inforights.casework.casefile.Cohort;
import org.inforights.casework.casefile.Relationship;
import org.inforights.casework.casefile.Requester;
import org.inforights.casework.casefile.Subject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The production database: the same Flyway migrations, Hibernate's schema validation and the
 * Camunda schema on a real PostgreSQL, started and twice-booted by this test.
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
              .register(
                  CaseType.SAR,
                  new CaseFileService.NewCase(
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

  private static ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(CaseworkApplication.class)
        .profiles("test")
        .run(
            "--server.port=0",
            "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
            "--spring.datasource.username=postgres",
            "--spring.datasource.password=postgres",
            "--camunda.bpm.generate-unique-process-engine-name=true");
  }
}
