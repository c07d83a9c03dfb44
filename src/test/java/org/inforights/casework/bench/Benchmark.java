package org.inforights.casework.bench;

import org.inforights.casework.caseprocess.DeadlineLadder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.inforights.casework.sar.SarProcess;
import org.inforights.casework.support.Api;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * The performance benchmark: in one run, after a warm-up, the bare engine's floor, each case
 * lifecycle, the deadline ladder's timers under load, the managers' reports on a large database,
 * the heap per open case, the build of a large response pack and the jar's start-up. Prints a table and writes
 * {@code target/bench/summary.json}. {@code FullBenchmark} runs it at full size ({@code ./mvnw
 * -Pbench verify}), {@code BenchmarkSmokeIT} at tiny sizes in every build.
 */
public final class Benchmark {

  /** The case lifecycles the benchmark reports on, measured or not. */
  public static final List<String> EXPECTED_LIFECYCLES = List.of("sar", "disclosure");

  private static final String[] TITLES = {"SAR lifecycle", "Disclosure lifecycle"};

  /** How much of everything. */
  public record Sizes(
      int warmupCases,
      int lifecycleCases,
      int openCases,
      int closedForReports,
      int openForReports,
      int warmupRequests,
      int reportSamples) {

    static Sizes full() {
      return new Sizes(
          Integer.getInteger("bench.warmup", 50),
          Integer.getInteger("bench.cases", 300),
          Integer.getInteger("bench.open", 10_000),
          Integer.getInteger("bench.closed", 50_000),
          Integer.getInteger("bench.reportOpen", 5_000),
          5,
          Integer.getInteger("bench.samples", 30));
    }
  }

  public record Lifecycle(String key, String title, boolean measured, int cases, int finished, double seconds) {
    double casesPerSecond() {
      return measured ? cases / seconds : Double.NaN;
    }
  }

  public record Timers(int due, double seconds, long fired, long distinctCases, long failedJobs) {
    double perSecond() {
      return due / seconds;
    }
  }

  /** Heap after GC with {@code fromOpen} and with {@code toOpen} open cases: the slope is the cost of one. */
  public record Heap(int fromOpen, int toOpen, long before, long after) {
    double perCase() {
      return (after - before) / (double) (toOpen - fromOpen);
    }
  }

  public record Report(String name, int closed, int open, int rows, double medianMs, double p95Ms) {}

  public record Startup(double emptySeconds, double populatedSeconds, int populatedCases) {}

  /** What one run measured. */
  public record Result(
      String database,
      Sizes sizes,
      Lifecycle floor,
      Lifecycle floorAsConfigured,
      List<Lifecycle> lifecycles,
      Heap floorHeap,
      Heap heap,
      Timers floorTimers,
      Timers timers,
      List<Report> reportsHalf,
      List<Report> reportsFull,
      Startup startup,
      ResponsePackProbe.PackBuild pack,
      TasklistFiltersProbe.Filters filters) {}

  private final Sizes sizes;
  private final ResponsePackProbe.Size packSize;
  private final Path out;
  private final String database;

  public Benchmark(Sizes sizes, Path out, String database) {
    this(sizes, ResponsePackProbe.Size.full(), out, database);
  }

  Benchmark(Sizes sizes, ResponsePackProbe.Size packSize, Path out, String database) {
    this.sizes = sizes;
    this.packSize = packSize;
    this.out = out;
    this.database = database;
  }

  public Result run() throws Exception {
    Files.createDirectories(out);
    GreenMail mail = new BenchMailServer();
    mail.start();
    try (BenchDatabase databases = BenchDatabase.from(database, out.resolve("db"))) {
      int smtp = mail.getSmtp().getPort();
      log("database: " + databases.kind() + "; sizes: " + sizes);

      Heap floorHeap;
      Timers floorTimers;
      try (FloorEngine engine = FloorEngine.start(databases.create("floor"))) {
        log("floor: " + sizes.openCases() + " open cases");
        inParallel(0, sizes.openForReports(), i -> engine.open());
        long before = usedHeapAfterGc();
        inParallel(sizes.openForReports(), sizes.openCases(), i -> engine.open());
        floorHeap = new Heap(sizes.openForReports(), sizes.openCases(), before, usedHeapAfterGc());
        log("floor: timers");
        ManagementService management = engine.engine().getManagementService();
        floorTimers =
            fireTimers(
                new Date(engine.reminderAt().getTime() + 60_000),
                engine.atRiskAt(),
                () -> { engine.startJobExecutor(); engine.wakeJobExecutor(); },
                () -> management.createJobQuery().activityId(FloorEngine.REMINDER_TIMER).count(),
                management,
                dataSource(engine.engine().getProcessEngineConfiguration()),
                FloorEngine.AFTER_REMINDER,
                sizes.openCases());
      }

      Lifecycle floor;
      Lifecycle floorAsConfigured;
      List<Lifecycle> lifecycles = new ArrayList<>();
      List<Report> half;
      List<Report> full;
      Heap heap;
      Timers timers;
      ResponsePackProbe.PackBuild pack;
      TasklistFiltersProbe.Filters filters;
      BenchDatabase.Db appDb = databases.create("app");
      try (BenchApplication app = BenchApplication.start(appDb, smtp)) {
        // the 7 o'clock digest is not part of the deadline ladder: it must not fire mid-measure
        app.management().suspendJobDefinitionByProcessDefinitionKey("daily-digest", true);
        try (FloorEngine bare = FloorEngine.start(databases.create("floor_lifecycle"));
            FloorEngine configured = FloorEngine.startAsConfigured(databases.create("floor_configured"))) {
          List<Contender> contenders = new ArrayList<>();
          contenders.add(Contender.of(bare, "floor", "Floor (bare engine)"));
          contenders.add(Contender.of(configured, "floor-configured", "Floor as configured (authorizations, groups, due dates)"));
          List<LifecycleScenario> scenarios = scenarios();
          List<String> keys = new ArrayList<>(EXPECTED_LIFECYCLES);
          scenarios.stream().map(LifecycleScenario::key).filter(key -> !keys.contains(key)).forEach(keys::add);
          for (String key : keys) {
            scenarios.stream().filter(s -> s.key().equals(key)).findFirst()
                .ifPresentOrElse(
                    scenario -> contenders.add(Contender.of(app, scenario)),
                    () -> log(key + ": not measured (no scenario)"));
          }
          Map<String, Lifecycle> measured = measureInterleaved(contenders);
          floor = measured.get("floor");
          floorAsConfigured = measured.get("floor-configured");
          for (int k = 0; k < keys.size(); k++) {
            String key = keys.get(k);
            String title = k < TITLES.length ? TITLES[k] : key;
            lifecycles.add(measured.getOrDefault(key, new Lifecycle(key, title, false, 0, 0, Double.NaN)));
          }
        }

        ClosedCaseSeeder seeder = new ClosedCaseSeeder(app);
        int closedHalf = sizes.closedForReports() / 2;
        int openHalf = sizes.openForReports() / 2;
        log("reports: " + closedHalf + " closed and " + openHalf + " open cases");
        seeder.seed(closedHalf);
        openCases(app, 0, openHalf);
        mail.purgeEmailFromAllMailboxes();
        half = reports(app, closedHalf, openHalf);
        log("reports: " + sizes.closedForReports() + " closed and " + sizes.openForReports() + " open cases");
        seeder.seed(sizes.closedForReports() - closedHalf);
        openCases(app, openHalf, sizes.openForReports());
        mail.purgeEmailFromAllMailboxes();
        full = reports(app, sizes.closedForReports(), sizes.openForReports());
        filters = filters(app, databases, sizes.openForReports());

        log("application: up to " + sizes.openCases() + " open cases");
        long before = usedHeapAfterGc();
        openCases(app, sizes.openForReports(), sizes.openCases());
        mail.purgeEmailFromAllMailboxes();
        heap = new Heap(sizes.openForReports(), sizes.openCases(), before, usedHeapAfterGc());

        log("application: timers");
        ManagementService management = app.management();
        Date lastReminder = dueDate(management, DeadlineLadder.EVENT_REMINDER_DUE, false);
        Date firstAtRisk = dueDate(management, DeadlineLadder.EVENT_AT_RISK_DUE, true);
        timers =
            fireTimers(
                new Date(lastReminder.getTime() + 60_000),
                firstAtRisk,
                () -> { app.startJobExecutor(); app.wakeJobExecutor(); },
                () -> management.createJobQuery().activityId(DeadlineLadder.EVENT_REMINDER_DUE).count(),
                management,
                dataSource(app.engine().getProcessEngineConfiguration()),
                "Task_RemindOfficer",
                sizes.openCases());

        log("response pack: " + packSize.documents() + " documents of " + packSize.pagesEach() + " pages");
        pack = ResponsePackProbe.measure(app, packSize);
        mail.purgeEmailFromAllMailboxes();
      }

      log("start-up: empty database");
      double empty = StartupProbe.secondsToTasklist(databases.create("startup"), out.resolve("startup-empty.log"));
      log("start-up: populated database");
      double populated = StartupProbe.secondsToTasklist(appDb, out.resolve("startup-populated.log"));
      Startup startup = new Startup(empty, populated, sizes.closedForReports() + sizes.openCases());

      Result result =
          new Result(databases.kind(), sizes, floor, floorAsConfigured, lifecycles, floorHeap, heap, floorTimers, timers, half, full, startup,
              pack, filters);
      BenchReport.write(result, out);
      return result;
    } finally {
      mail.stop();
      ClockUtil.reset();
    }
  }

  /**
   * Only Tasklist's shared filters, at the reports' number of open cases ({@code -Dbench.reportOpen},
   * 5,000): the application with that many open SARs, the floor as configured with as many open
   * cases. Prints the filters' rows of the table and writes {@code filters.json}. A few minutes
   * instead of the whole benchmark's eight ({@code TasklistFiltersBenchmark}).
   */
  public TasklistFiltersProbe.Filters runFiltersOnly() throws Exception {
    Files.createDirectories(out);
    GreenMail mail = new BenchMailServer();
    mail.start();
    try (BenchDatabase databases = BenchDatabase.from(database, out.resolve("db"));
        BenchApplication app = BenchApplication.start(databases.create("app"), mail.getSmtp().getPort())) {
      app.management().suspendJobDefinitionByProcessDefinitionKey("daily-digest", true);
      log("filters: " + sizes.openForReports() + " open cases");
      openCases(app, 0, sizes.openForReports());
      mail.purgeEmailFromAllMailboxes();
      TasklistFiltersProbe.Filters filters = filters(app, databases, sizes.openForReports());
      BenchReport.writeFilters(filters, sizes.reportSamples(), out);
      return filters;
    } finally {
      mail.stop();
    }
  }

  /** The shared filters as the officer, beside the floor as configured with as many open cases. */
  private TasklistFiltersProbe.Filters filters(BenchApplication app, BenchDatabase databases, int open) throws Exception {
    try (FloorEngine floor = FloorEngine.startAsConfigured(databases.create("floor_filters"))) {
      log("filters: the floor as configured, " + open + " open cases");
      inParallel(0, open, i -> floor.open());
      return TasklistFiltersProbe.measure(app, floor, open, open, sizes.warmupRequests(), sizes.reportSamples());
    }
  }

  /** One kind of case measured in the lifecycle rounds: a floor engine's or a scenario's. */
  record Contender(String key, String title, java.util.function.IntFunction<String> runOneCase,
      java.util.function.Predicate<String> finished) {

    static Contender of(FloorEngine engine, String key, String title) {
      return new Contender(key, title, i -> engine.runOneCase(), engine::ended);
    }

    static Contender of(BenchApplication app, LifecycleScenario scenario) {
      return new Contender(scenario.key(), scenario.title(), i -> scenario.runOneCase(app, i),
          instance -> scenario.finished(app, instance));
    }
  }

  /** Rounds of the lifecycle measurement: each kind of case takes its turn in each, in a rotating order. */
  static final int ROUNDS = 10;

  /**
   * Warms every contender up, then measures them in {@link #ROUNDS} rounds, each contender running
   * its share of the cases in each round, the order rotating. Measured one after another, the
   * first would run in the coldest JVM (the floor measured first moved between 10 and 26 cases/s
   * from run to run); interleaved, every kind of case meets the same JIT, caches and machine load.
   */
  private Map<String, Lifecycle> measureInterleaved(List<Contender> contenders) {
    log("lifecycles: warm-up, " + sizes.warmupCases() + " cases each");
    for (int i = 0; i < sizes.warmupCases(); i++) {
      for (Contender contender : contenders) {
        contender.runOneCase().apply(i);
      }
    }
    log("lifecycles: " + sizes.lifecycleCases() + " cases each, in " + ROUNDS + " rounds");
    int n = contenders.size();
    long[] nanos = new long[n];
    List<List<String>> done = new ArrayList<>();
    contenders.forEach(c -> done.add(new ArrayList<>()));
    for (int round = 0; round < ROUNDS; round++) {
      int from = sizes.lifecycleCases() * round / ROUNDS;
      int to = sizes.lifecycleCases() * (round + 1) / ROUNDS;
      for (int turn = 0; turn < n; turn++) {
        int k = (round + turn) % n;
        Contender contender = contenders.get(k);
        long start = System.nanoTime();
        for (int i = from; i < to; i++) {
          done.get(k).add(contender.runOneCase().apply(sizes.warmupCases() + i));
        }
        nanos[k] += System.nanoTime() - start;
      }
    }
    Map<String, Lifecycle> measured = new java.util.LinkedHashMap<>();
    for (int k = 0; k < n; k++) {
      Contender contender = contenders.get(k);
      int finished = (int) done.get(k).stream().filter(contender.finished()).count();
      measured.put(contender.key(),
          new Lifecycle(contender.key(), contender.title(), true, done.get(k).size(), finished, nanos[k] / 1e9));
      log(contender.key() + ": " + BenchReport.fmt("%.1f cases/s", measured.get(contender.key()).casesPerSecond()));
    }
    return measured;
  }

  private static void openCases(BenchApplication app, int from, int to) throws InterruptedException {
    inParallel(from, to, i -> SarLifecycle.open(app, 1_000_000 + i));
  }

  /** Seeding, not measured: two threads, a case that fails (say on a lock timeout) is tried once more. */
  private static void inParallel(int from, int to, java.util.function.IntConsumer open) throws InterruptedException {
    java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(SEEDING_THREADS);
    java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger(from);
    java.util.Queue<Integer> failed = new java.util.concurrent.ConcurrentLinkedQueue<>();
    for (int i = from; i < to; i++) {
      int index = i;
      threads.execute(() -> {
        try {
          open.accept(index);
        } catch (RuntimeException e) {
          failed.add(index);
        }
        if (done.incrementAndGet() % 1000 == 0) {
          log("  " + done.get() + " open");
        }
      });
    }
    threads.shutdown();
    threads.awaitTermination(2, java.util.concurrent.TimeUnit.HOURS);
    for (Integer index : failed) {
      open.accept(index);
    }
  }

  static final int SEEDING_THREADS = 2;

  /**
   * Moves the clock to {@code at} (before {@code notYet}, the next timers' date), lets the job
   * executor fire what is due and counts how often the step after the timer ran, and for how many
   * cases.
   */
  private static Timers fireTimers(
      Date at, Date notYet, Runnable startJobExecutor, LongSupplier pending, ManagementService management,
      DataSource dataSource, String stepAfterTimer, int expected) throws Exception {
    if (!at.before(notYet)) {
      throw new IllegalStateException("The reminder and at-risk timers are due together: " + at + " / " + notYet);
    }
    ClockUtil.setCurrentTime(at);
    try {
      long start = System.nanoTime();
      startJobExecutor.run();
      long deadline = start + java.time.Duration.ofMinutes(20).toNanos();
      while (pending.getAsLong() > 0) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(pending.getAsLong() + " timers still pending after 20 minutes");
        }
        if (management.createJobQuery().noRetriesLeft().count() > 0) {
          break;
        }
        // every look is a count over the job table: looking every 20 ms took a third of a core
        // from the job executor being measured
        Thread.sleep(250);
      }
      double seconds = seconds(start);
      long failed = management.createJobQuery().withException().count();
      long[] fired = countActivity(dataSource, stepAfterTimer);
      return new Timers(expected, seconds, fired[0], fired[1], failed);
    } finally {
      ClockUtil.reset();
    }
  }

  private List<Report> reports(BenchApplication app, int closed, int open) throws Exception {
    Api manager = Api.at(app.port()).as("manager");
    LocalDate today = LocalDate.now(app.bean(Clock.class));
    String compliance =
        "/api/reports/compliance?from=" + today.minusMonths(11).withDayOfMonth(1) + "&to=" + today + "&groupBy=month";
    List<Report> reports = new ArrayList<>();
    reports.add(latency(manager, "deadlines", "/api/reports/deadlines", closed, open));
    reports.add(latency(manager, "compliance", compliance, closed, open));
    // the case workspace: an officer finds an open case by its child's name, then opens it (every
    // view also writes the case's access log, as in use)
    Api officer = Api.at(app.port()).as("officer");
    String search =
        "/api/cases?childName="
            + java.net.URLEncoder.encode("Requester " + (1_000_000 + open / 2), java.nio.charset.StandardCharsets.UTF_8);
    reports.add(latency(officer, "search", search, closed, open));
    String reference = new ObjectMapper().readTree(officer.get(search).body()).get(0).get("reference").asText();
    reports.add(latency(officer, "case view", "/api/cases/" + reference + "/workspace", closed, open));
    return reports;
  }

  private Report latency(Api api, String name, String path, int closed, int open) throws Exception {
    log("reports: " + name + " at " + closed + " closed, " + open + " open");
    HttpResponse<String> answer = null;
    for (int i = 0; i < sizes.warmupRequests(); i++) {
      answer = api.get(path);
      if (answer.statusCode() != 200) {
        throw new IllegalStateException(path + " answered " + answer.statusCode() + ": " + answer.body());
      }
    }
    double[] millis = new double[sizes.reportSamples()];
    for (int i = 0; i < millis.length; i++) {
      long start = System.nanoTime();
      answer = api.get(path);
      millis[i] = (System.nanoTime() - start) / 1e6;
      if (answer.statusCode() != 200) {
        throw new IllegalStateException(path + " answered " + answer.statusCode());
      }
    }
    JsonNode rows = new ObjectMapper().readTree(answer.body());
    Arrays.sort(millis);
    return new Report(name, closed, open, rows.size(), percentile(millis, 50), percentile(millis, 95));
  }

  static double percentile(double[] sorted, int percent) {
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  private static Date dueDate(ManagementService management, String activity, boolean earliest) {
    var query = management.createJobQuery().activityId(activity).timers();
    Job job = (earliest ? query.orderByJobDuedate().asc() : query.orderByJobDuedate().desc()).listPage(0, 1).get(0);
    return job.getDuedate();
  }

  /** How often an activity ran, and in how many process instances, from the history. */
  private static long[] countActivity(DataSource dataSource, String activityId) throws Exception {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "select count(*), count(distinct PROC_INST_ID_) from ACT_HI_ACTINST where ACT_ID_ = ?")) {
      statement.setString(1, activityId);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return new long[] {rows.getLong(1), rows.getLong(2)};
      }
    }
  }

  private static DataSource dataSource(org.camunda.bpm.engine.ProcessEngineConfiguration configuration) {
    return ((ProcessEngineConfigurationImpl) configuration).getDataSource();
  }

  /** Every {@link LifecycleScenario} in this package. */
  static List<LifecycleScenario> scenarios() throws Exception {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AssignableTypeFilter(LifecycleScenario.class));
    List<LifecycleScenario> found = new ArrayList<>();
    for (BeanDefinition definition : scanner.findCandidateComponents(Benchmark.class.getPackageName())) {
      found.add((LifecycleScenario) Class.forName(definition.getBeanClassName()).getDeclaredConstructor().newInstance());
    }
    return found;
  }

  static long usedHeapAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  static void log(String line) {
    System.out.println("[bench " + java.time.LocalTime.now().withNano(0) + "] " + line);
    System.out.flush();
  }
}
