package org.inforights.casework.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import com.zaxxer.hikari.HikariDataSource;
import org.inforights.casework.support.EngineTime;
import org.inforights.casework.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@ApplicationTest
@ExtendWith(EngineTime.class)
class CaseReferencesTest {

  @Autowired CaseFileService cases;
  @Autowired TransactionTemplate transactions;
  @Autowired HikariDataSource pool;

  @Test
  void concurrentIntakesGetDistinctGapFreeReferencesPerTypeAndYear() throws Exception {
    EngineTime.today(LocalDate.of(2031, 6, 2));
    int intakes = 24;
    List<Callable<String>> tasks = new ArrayList<>();
    for (int i = 0; i < intakes; i++) {
      CaseType type = i % 3 == 0 ? CaseType.DISCLOSURE : CaseType.SAR;
      tasks.add(() -> (type == CaseType.SAR ? cases.registerSar(newSar()) : cases.registerDisclosure(newDisclosure())).reference());
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<String> references = new ArrayList<>();
    try {
      for (Future<String> future : pool.invokeAll(tasks)) {
        references.add(future.get());
      }
    } finally {
      pool.shutdown();
    }

    assertThat(references.stream().filter(r -> r.startsWith("SAR-2031-")).sorted())
        .containsExactlyElementsOf(expected("SAR-2031-", 16));
    assertThat(references.stream().filter(r -> r.startsWith("DIS-2031-")).sorted())
        .containsExactlyElementsOf(expected("DIS-2031-", 8));
  }

  @Test
  void theFirstIntakesOfAYearArrivingTogetherEachGetANumberWithoutASecondConnection() throws Exception {
    EngineTime.today(LocalDate.of(2037, 1, 5));
    // more intakes at once than the pool has connections, none of this year's counter yet: each
    // holds its connection; one needing a second would wait for the pool until it timed out
    int intakes = 3 * pool.getMaximumPoolSize();
    List<Callable<String>> tasks = new ArrayList<>();
    for (int i = 0; i < intakes; i++) {
      tasks.add(() -> cases.registerSar(newSar()).reference());
    }
    ExecutorService officers = Executors.newFixedThreadPool(intakes);
    List<String> references = new ArrayList<>();
    try {
      for (Future<String> future : officers.invokeAll(tasks, 2, TimeUnit.MINUTES)) {
        references.add(future.get());
      }
    } finally {
      officers.shutdownNow();
    }

    assertThat(references.stream().sorted()).containsExactlyElementsOf(expected("SAR-2037-", intakes));
  }

  @Test
  void aRolledBackIntakeGivesItsNumberBack() {
    EngineTime.today(LocalDate.of(2032, 6, 2));
    String first = cases.registerSar(newSar()).reference();
    transactions.executeWithoutResult(
        status -> {
          cases.registerSar(newSar());
          status.setRollbackOnly();
        });

    assertThat(first).isEqualTo("SAR-2032-00001");
    assertThat(cases.registerSar(newSar()).reference()).isEqualTo("SAR-2032-00002");
  }

  private static List<String> expected(String prefix, int count) {
    List<String> all = new ArrayList<>();
    for (int n = 1; n <= count; n++) {
      all.add(prefix + "%05d".formatted(n));
    }
    return all;
  }

  private static NewSar newSar() {
    return new NewSar(
        null,
        "EMAIL",
        new Requester("Requester", null, Relationship.SELF),
        new Subject("Child", LocalDate.of(2012, 1, 1), Cohort.CHILD_IN_NEED),
        null);
  }

  private static NewDisclosure newDisclosure() {
    return new NewDisclosure(
        null,
        "EMAIL",
        new Requester("Officer", null, Relationship.OTHER),
        List.of(new Child("Child", LocalDate.of(2012, 1, 1))),
        null,
        InternalTarget.workingDays(15));
  }
}
