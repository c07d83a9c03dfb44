package org.inforights.casework.bench;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Only the Tasklist filters' probe of the benchmark, at the reports' number of open cases:
 * {@code ./mvnw -Pbench verify -Dit.test=TasklistFiltersBenchmark} (a few minutes; the whole
 * benchmark measures the same as part of its run). {@code -Dbench.reportOpen} changes the number of
 * open cases, {@code -Dbench.samples} the requests measured per filter and call.
 */
class TasklistFiltersBenchmark {

  @Test
  void measuresTheSharedFiltersCountAndFirstPage() throws Exception {
    new Benchmark(Benchmark.Sizes.full(), Path.of("target", "bench"), System.getProperty("bench.db", "h2")).runFiltersOnly();
  }
}
