package org.inforights.casework.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.inforights.casework.bench.Benchmark.Lifecycle;
import org.inforights.casework.bench.Benchmark.Result;
import org.inforights.casework.bench.Benchmark.Timers;
import org.junit.jupiter.api.Test;

/**
 * The whole benchmark at tiny sizes in every build, so it cannot rot: no timing is asserted, only
 * that everything it counts adds up.
 */
class BenchmarkSmokeIT {

  static final Benchmark.Sizes TINY = new Benchmark.Sizes(1, 3, 12, 40, 6, 1, 3);

  @Test
  void everyCaseFinishesEveryTimerFiresExactlyOnceAndTheSummaryIsWritten() throws Exception {
    Path out = Path.of("target", "bench-smoke");

    Result result = new Benchmark(TINY, new ResponsePackProbe.Size(2, 3), out, "h2").run();

    assertThat(result.floor().finished()).isEqualTo(TINY.lifecycleCases());
    assertThat(result.floorAsConfigured().finished()).isEqualTo(TINY.lifecycleCases());
    Lifecycle sar = result.lifecycles().stream().filter(l -> l.key().equals("sar")).findFirst().orElseThrow();
    assertThat(sar.measured()).isTrue();
    assertThat(sar.finished()).isEqualTo(TINY.lifecycleCases());
    Lifecycle disclosure = result.lifecycles().stream().filter(l -> l.key().equals("disclosure")).findFirst().orElseThrow();
    assertThat(disclosure.measured()).isTrue();
    assertThat(disclosure.finished()).isEqualTo(TINY.lifecycleCases());
    assertThat(result.lifecycles()).extracting(Lifecycle::key).containsAll(Benchmark.EXPECTED_LIFECYCLES);
    for (Timers timers : new Timers[] {result.floorTimers(), result.timers()}) {
      assertThat(timers.fired()).as("timer runs").isEqualTo(TINY.openCases());
      assertThat(timers.distinctCases()).as("cases whose timer fired").isEqualTo(TINY.openCases());
      assertThat(timers.failedJobs()).isZero();
    }
    assertThat(result.reportsHalf()).filteredOn(r -> r.name().equals("deadlines"))
        .singleElement().satisfies(r -> assertThat(r.rows()).isEqualTo(TINY.openForReports() / 2));
    assertThat(result.reportsFull()).filteredOn(r -> r.name().equals("deadlines"))
        .singleElement().satisfies(r -> assertThat(r.rows()).isEqualTo(TINY.openForReports()));
    assertThat(result.reportsFull()).filteredOn(r -> r.name().equals("compliance"))
        .singleElement().satisfies(r -> assertThat(r.rows()).isEqualTo(12));
    assertThat(result.filters().filters()).extracting(TasklistFiltersProbe.FilterFigures::filter)
        .contains("My tasks", "My groups' tasks by due date", "Breached cases");
    assertThat(result.filters().filters()).filteredOn(f -> f.filter().equals("My groups' tasks by due date"))
        .singleElement().satisfies(f -> {
          assertThat(f.tasks()).as("the open SARs' identity checks").isGreaterThanOrEqualTo(TINY.openForReports());
          assertThat(f.firstPageRows()).isEqualTo((int) Math.min(f.tasks(), TasklistFiltersProbe.PAGE));
          assertThat(f.floorTasks()).as("the floor's open cases' first tasks").isEqualTo(TINY.openForReports());
        });
    assertThat(result.pack().sourcePages()).isEqualTo(6);
    assertThat(result.pack().packPages()).as("cover, Article 15, schedule and 6 pages").isGreaterThan(6);
    assertThat(result.pack().peakHeapBytes()).isPositive();
    assertThat(result.startup().emptySeconds()).isPositive();
    assertThat(result.startup().populatedSeconds()).isPositive();

    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertThat(summary.at("/lifecycles/sar/finished").asInt()).isEqualTo(TINY.lifecycleCases());
    assertThat(summary.at("/lifecycles/sar/costRatioToFloorAsConfigured").isNumber()).isTrue();
    assertThat(summary.at("/floorAsConfigured/finished").asInt()).isEqualTo(TINY.lifecycleCases());
    assertThat(summary.at("/timers/eachFiredExactlyOnce").asBoolean()).isTrue();
    assertThat(summary.at("/floor/timers/eachFiredExactlyOnce").asBoolean()).isTrue();
    assertThat(summary.at("/lifecycles/disclosure/measured").isBoolean()).isTrue();
    assertThat(summary.at("/tasklistFilters/filters").size()).isEqualTo(result.filters().filters().size());
    assertThat(summary.at("/responsePack/packPages").asInt()).isEqualTo(result.pack().packPages());
    assertThat(summary.at("/targets").size()).isGreaterThanOrEqualTo(7);
  }
}
