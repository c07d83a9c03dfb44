package org.inforights.casework.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.inforights.casework.bench.Benchmark.Heap;
import org.inforights.casework.bench.Benchmark.Lifecycle;
import org.inforights.casework.bench.Benchmark.Report;
import org.inforights.casework.bench.Benchmark.Result;

/**
 * The benchmark's results as a table for people ({@code target/bench/table.txt} and the console)
 * and as {@code target/bench/summary.json} for machines, each target with its figure and whether
 * it was met.
 */
final class BenchReport {

  static final double MAX_LIFECYCLE_COST = 1.5;
  static final double MIN_TIMER_RATE = 0.8;
  static final double MAX_HEAP_PER_CASE = 1.5;
  static final double MAX_REPORT_P95_MS = 200;
  /**
   * Below this a heap slope is noise: the engine keeps no state of a waiting case in memory
   * between transactions, so what grows is the embedded database's page cache, which is capped.
   */
  static final double HEAP_NOISE_BYTES = 2048;

  private BenchReport() {}

  static void write(Result result, Path out) throws IOException {
    List<Map<String, Object>> targets = targets(result);
    String table = table(result, targets);
    System.out.println(table);
    Files.writeString(out.resolve("table.txt"), table);

    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("finishedAt", Instant.now().toString());
    summary.put("machine", machine());
    summary.put("database", result.database());
    summary.put("sizes", result.sizes());
    summary.put("floor", Map.of(
        "lifecycle", lifecycle(result.floor(), null),
        "heapPerOpenCaseBytes", Math.round(result.floorHeap().perCase()),
        "timers", timers(result.floorTimers())));
    Map<String, Object> asConfigured = lifecycle(result.floorAsConfigured(), result.floor());
    summary.put("floorAsConfigured", asConfigured);
    Map<String, Object> lifecycles = new LinkedHashMap<>();
    for (Lifecycle lifecycle : result.lifecycles()) {
      Map<String, Object> figures = lifecycle(lifecycle, result.floor());
      if (lifecycle.measured()) {
        figures.put("costRatioToFloorAsConfigured", round(costRatio(lifecycle, result.floorAsConfigured())));
      }
      lifecycles.put(lifecycle.key(), figures);
    }
    summary.put("lifecycles", lifecycles);
    Map<String, Object> timers = timers(result.timers());
    timers.put("rateRatioToFloor", round(result.timers().perSecond() / result.floorTimers().perSecond()));
    summary.put("timers", timers);
    summary.put("memory", Map.of(
        "openCasesFrom", result.heap().fromOpen(),
        "openCasesTo", result.heap().toOpen(),
        "heapAfterGcBytesFrom", result.heap().before(),
        "heapAfterGcBytesTo", result.heap().after(),
        "heapPerOpenCaseBytes", Math.round(result.heap().perCase()),
        "floorHeapPerOpenCaseBytes", Math.round(result.floorHeap().perCase()),
        "ratioToFloor", round(result.heap().perCase() / Math.max(result.floorHeap().perCase(), HEAP_NOISE_BYTES)),
        "noiseBytes", HEAP_NOISE_BYTES));
    Map<String, Object> reports = new LinkedHashMap<>();
    for (int i = 0; i < result.reportsFull().size(); i++) {
      Report half = result.reportsHalf().get(i);
      Report full = result.reportsFull().get(i);
      Map<String, Object> report = new LinkedHashMap<>();
      report.put("half", half);
      report.put("full", full);
      report.put("p95GrowthRatio", round(full.p95Ms() / half.p95Ms()));
      report.put("sizeRatio", round((full.closed() + full.open()) / (double) (half.closed() + half.open())));
      reports.put(full.name(), report);
    }
    summary.put("reports", reports);
    summary.put("startup", result.startup());
    summary.put("responsePack", result.pack());
    summary.put("tasklistFilters", result.filters());
    summary.put("targets", targets);
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(out.resolve("summary.json").toFile(), summary);
  }

  static List<Map<String, Object>> targets(Result result) {
    List<Map<String, Object>> targets = new ArrayList<>();
    for (Lifecycle lifecycle : result.lifecycles()) {
      if (lifecycle.measured()) {
        target(targets, lifecycle.title() + ": cost per case vs floor", costRatio(lifecycle, result.floor()), "<=", MAX_LIFECYCLE_COST);
      } else {
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("name", lifecycle.title() + ": cost per case vs floor");
        target.put("measured", false);
        targets.add(target);
      }
    }
    target(targets, "Timers: rate vs floor", result.timers().perSecond() / result.floorTimers().perSecond(), ">=", MIN_TIMER_RATE);
    double heapRatio = result.heap().perCase() / Math.max(result.floorHeap().perCase(), HEAP_NOISE_BYTES);
    target(targets, "Heap per open case vs floor (either below " + (int) HEAP_NOISE_BYTES + " bytes counts as that)",
        heapRatio, "<=", MAX_HEAP_PER_CASE);
    for (int i = 0; i < result.reportsFull().size(); i++) {
      Report half = result.reportsHalf().get(i);
      Report full = result.reportsFull().get(i);
      target(targets, "Report " + full.name() + ": p95 ms", full.p95Ms(), "<", MAX_REPORT_P95_MS);
      double sizeRatio = (full.closed() + full.open()) / (double) (half.closed() + half.open());
      target(targets, "Report " + full.name() + ": p95 growth vs size growth", (full.p95Ms() / half.p95Ms()) / sizeRatio, "<=", 1.0);
    }
    return targets;
  }

  private static void target(List<Map<String, Object>> targets, String name, double value, String comparison, double limit) {
    boolean met =
        switch (comparison) {
          case "<=" -> value <= limit;
          case "<" -> value < limit;
          default -> value >= limit;
        };
    Map<String, Object> target = new LinkedHashMap<>();
    target.put("name", name);
    target.put("measured", true);
    target.put("value", round(value));
    target.put("target", comparison + " " + limit);
    target.put("met", met);
    targets.add(target);
  }

  static double costRatio(Lifecycle lifecycle, Lifecycle floor) {
    return floor.casesPerSecond() / lifecycle.casesPerSecond();
  }

  private static Map<String, Object> lifecycle(Lifecycle lifecycle, Lifecycle floor) {
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("measured", lifecycle.measured());
    if (lifecycle.measured()) {
      figures.put("cases", lifecycle.cases());
      figures.put("finished", lifecycle.finished());
      figures.put("seconds", round(lifecycle.seconds()));
      figures.put("casesPerSecond", round(lifecycle.casesPerSecond()));
      figures.put("msPerCase", round(1000 / lifecycle.casesPerSecond()));
      if (floor != null) {
        figures.put("costRatioToFloor", round(costRatio(lifecycle, floor)));
      }
    }
    return figures;
  }

  private static Map<String, Object> timers(Benchmark.Timers timers) {
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("due", timers.due());
    figures.put("secondsUntilAllFired", round(timers.seconds()));
    figures.put("timersPerSecond", round(timers.perSecond()));
    figures.put("fired", timers.fired());
    figures.put("casesFiredFor", timers.distinctCases());
    figures.put("failedJobs", timers.failedJobs());
    figures.put("eachFiredExactlyOnce", timers.fired() == timers.due() && timers.distinctCases() == timers.due());
    return figures;
  }

  private static String table(Result result, List<Map<String, Object>> targets) {
    StringBuilder table = new StringBuilder();
    String line = "-".repeat(112) + "\n";
    table.append("\nInfoRights Casework benchmark on ").append(result.database()).append(", ")
        .append(Runtime.getRuntime().availableProcessors()).append(" cores\n").append(line);
    row(table, "measure", "value", "floor", "ratio", "target");
    table.append(line);
    Lifecycle floor = result.floor();
    row(table, "Floor lifecycle (" + floor.finished() + "/" + floor.cases() + " finished)",
        fmt("%.1f cases/s", floor.casesPerSecond()), "", "", "");
    Lifecycle configured = result.floorAsConfigured();
    row(table, "Floor as configured: authorizations, groups, due dates (" + configured.finished() + "/"
            + configured.cases() + ")",
        fmt("%.1f cases/s", configured.casesPerSecond()), fmt("%.1f cases/s", floor.casesPerSecond()),
        fmt("%.2fx cost", costRatio(configured, floor)), "");
    for (Lifecycle lifecycle : result.lifecycles()) {
      if (!lifecycle.measured()) {
        row(table, lifecycle.title(), "not measured", "", "", "<= 1.5x cost");
        continue;
      }
      row(table, lifecycle.title() + " (" + lifecycle.finished() + "/" + lifecycle.cases() + " finished)",
          fmt("%.1f cases/s", lifecycle.casesPerSecond()), fmt("%.1f cases/s", floor.casesPerSecond()),
          fmt("%.2fx cost", costRatio(lifecycle, floor)), "<= 1.5x cost");
      row(table, "  vs the floor as configured",
          "", fmt("%.1f cases/s", configured.casesPerSecond()),
          fmt("%.2fx cost", costRatio(lifecycle, configured)), "");
    }
    Benchmark.Timers timers = result.timers();
    Benchmark.Timers floorTimers = result.floorTimers();
    row(table, "Timers: " + timers.due() + " due at once, all fired in " + fmt("%.1f s", timers.seconds()),
        fmt("%.0f timers/s", timers.perSecond()), fmt("%.0f timers/s", floorTimers.perSecond()),
        fmt("%.2fx rate", timers.perSecond() / floorTimers.perSecond()), ">= 0.8x rate");
    row(table, "  fired exactly once (app / floor)",
        timers.fired() + " runs, " + timers.distinctCases() + " cases",
        floorTimers.fired() + " runs, " + floorTimers.distinctCases() + " cases", "", "");
    for (int i = 0; i < result.reportsFull().size(); i++) {
      Report half = result.reportsHalf().get(i);
      Report full = result.reportsFull().get(i);
      row(table, "Report " + full.name() + " p50/p95 at " + full.closed() + "+" + full.open() + " cases",
          fmt("%.0f/%.0f ms", full.medianMs(), full.p95Ms()), "", "", "p95 < 200 ms");
      row(table, "  at " + half.closed() + "+" + half.open() + " cases; p95 growth for 2x cases",
          fmt("%.0f/%.0f ms", half.medianMs(), half.p95Ms()), "", fmt("%.2fx", full.p95Ms() / half.p95Ms()), "<= 2x");
    }
    Heap heap = result.heap();
    Heap floorHeap = result.floorHeap();
    row(table, "Heap per open case (after GC, " + heap.fromOpen() + " to " + heap.toOpen() + " open)",
        fmt("%.1f KiB", heap.perCase() / 1024), fmt("%.1f KiB", floorHeap.perCase() / 1024),
        fmt("%.2fx", heap.perCase() / Math.max(floorHeap.perCase(), HEAP_NOISE_BYTES)), "<= 1.5x");
    row(table, "  heap after GC at " + heap.toOpen() + " open (app / floor)",
        fmt("%.0f MiB", heap.after() / 1048576.0), fmt("%.0f MiB", floorHeap.after() / 1048576.0), "", "");
    ResponsePackProbe.PackBuild pack = result.pack();
    row(table, "Response pack: " + pack.sourcePages() + " pages from " + pack.documents() + " documents, build",
        fmt("%.1f s", pack.seconds()), "", "", "");
    row(table, "  " + pack.redactedPages() + " pages redrawn; " + pack.packPages() + " pack pages; peak heap",
        fmt("%.0f MiB", pack.peakHeapBytes() / 1048576.0), "", "", "");
    filterRows(table, result.filters());
    row(table, "Start-up to Tasklist: empty database", fmt("%.1f s", result.startup().emptySeconds()), "", "", "");
    row(table, "Start-up to Tasklist: " + result.startup().populatedCases() + " cases",
        fmt("%.1f s", result.startup().populatedSeconds()), "", "", "");
    table.append(line);
    long met = targets.stream().filter(t -> Boolean.TRUE.equals(t.get("met"))).count();
    long measured = targets.stream().filter(t -> Boolean.TRUE.equals(t.get("measured"))).count();
    table.append("Targets met: ").append(met).append(" of ").append(measured).append(" measured");
    targets.stream().filter(t -> Boolean.FALSE.equals(t.get("met")))
        .forEach(t -> table.append("\n  missed: ").append(t.get("name")).append(" = ").append(t.get("value"))
            .append(" (target ").append(t.get("target")).append(")"));
    return table.append("\n").toString();
  }

  /** The Tasklist filters' probe alone ({@code TasklistFiltersBenchmark}): its rows, and {@code filters.json}. */
  static void writeFilters(TasklistFiltersProbe.Filters filters, int samples, Path out) throws IOException {
    StringBuilder table = new StringBuilder();
    filterRows(table, filters);
    System.out.println(table);
    Files.writeString(out.resolve("filters.txt"), table);
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("finishedAt", Instant.now().toString());
    summary.put("machine", machine());
    summary.put("samplesPerCall", samples);
    summary.put("tasklistFilters", filters);
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(out.resolve("filters.json").toFile(), summary);
  }

  /**
   * Each shared filter as the officer: count and first page p50/p95 as Tasklist asks (REST, HAL),
   * through the engine in the JVM, and on the floor as configured.
   */
  private static void filterRows(StringBuilder table, TasklistFiltersProbe.Filters filters) {
    row(table, "Tasklist filters, officer, " + filters.openCases() + " open cases: count + first "
        + TasklistFiltersProbe.PAGE, "p50/p95 (REST)", "floor p50/p95", "engine", "");
    for (TasklistFiltersProbe.FilterFigures f : filters.filters()) {
      row(table, "  " + f.filter() + " (" + f.tasks() + " tasks; floor " + f.floorTasks() + ")",
          fmt("%.0f/%.0f+%.0f/%.0f ms", f.tasklistCount().medianMs(), f.tasklistCount().p95Ms(),
              f.tasklistFirstPage().medianMs(), f.tasklistFirstPage().p95Ms()),
          fmt("%.0f/%.0f+%.0f/%.0f", f.floorCount().medianMs(), f.floorCount().p95Ms(),
              f.floorFirstPage().medianMs(), f.floorFirstPage().p95Ms()),
          fmt("%.0f/%.0f+%.0f/%.0f", f.engineCount().medianMs(), f.engineCount().p95Ms(),
              f.engineFirstPage().medianMs(), f.engineFirstPage().p95Ms()),
          "");
    }
  }

  private static void row(StringBuilder table, String measure, String value, String floor, String ratio, String target) {
    table.append(String.format(Locale.ROOT, "%-58s %-18s %-16s %-11s %s%n", measure, value, floor, ratio, target));
  }

  static String fmt(String format, Object... values) {
    return String.format(Locale.ROOT, format, values);
  }

  private static double round(double value) {
    return Double.isFinite(value) ? Math.round(value * 100) / 100.0 : value;
  }

  private static Map<String, Object> machine() {
    Map<String, Object> machine = new LinkedHashMap<>();
    machine.put("cores", Runtime.getRuntime().availableProcessors());
    machine.put("cpu", cpuModel());
    machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
    machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    machine.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    return machine;
  }

  private static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).strip())
          .findFirst()
          .orElse("unknown");
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }
}
