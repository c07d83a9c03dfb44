package org.inforights.casework.bench;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The benchmark at full size: {@code ./mvnw -Pbench verify}, or on PostgreSQL {@code ./mvnw -Pbench
 * verify -Dbench.db=postgres}. Not a test of the build: the {@code bench} profile runs it alone,
 * after the jar is packaged. Sizes can be changed with {@code -Dbench.cases}, {@code -Dbench.open},
 * {@code -Dbench.closed}, {@code -Dbench.reportOpen}, {@code -Dbench.warmup}, {@code -Dbench.samples}.
 */
class FullBenchmark {

  @Test
  void measuresEverythingAndWritesTheSummary() throws Exception {
    new Benchmark(Benchmark.Sizes.full(), Path.of("target", "bench"), System.getProperty("bench.db", "h2")).run();
  }
}
