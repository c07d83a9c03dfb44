package org.inforights.casework.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.inforights.casework.casefile.CaseFile;
import org.inforights.casework.casefile.CaseFileQueries;
import org.inforights.casework.casefile.CaseType;
import org.inforights.casework.casefile.DeadlineStatus;
import org.inforights.casework.deadline.StatutoryClock;
import org.inforights.casework.deadline.process.BreachIncidents;
import org.inforights.casework.platform.SystemActions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The figures an operator scrapes from {@code /actuator/prometheus}: open cases by type and
 * deadline state, open breaches, the job executor's backlog, failed jobs and incidents. Counts
 * only, labelled by enums: nothing personal can reach a label or a value.
 *
 * <p>Case figures are read from the database at most once per {@link #CASE_SNAPSHOT_TTL}, so that
 * frequent scrapes from several nodes do not each load every open case.
 */
@Component
class CaseworkMetrics implements MeterBinder {

  static final Duration CASE_SNAPSHOT_TTL = Duration.ofSeconds(30);

  /** The incident types an operator acts on; any other type is counted under {@code other}. */
  static final List<String> INCIDENT_TYPES = List.of("failedJob", BreachIncidents.TYPE);

  private static final List<DeadlineStatus> OPEN_STATES =
      List.of(DeadlineStatus.ON_TRACK, DeadlineStatus.DUE_SOON, DeadlineStatus.OVERDUE);

  private final CaseFileQueries cases;
  private final StatutoryClock statutoryClock;
  private final Clock clock;
  private final ManagementService managementService;
  private final RuntimeService runtimeService;
  private final SystemActions system;
  private final TransactionTemplate readOnly;

  private volatile CaseSnapshot snapshot;

  CaseworkMetrics(
      CaseFileQueries cases,
      StatutoryClock statutoryClock,
      Clock clock,
      ManagementService managementService,
      RuntimeService runtimeService,
      SystemActions system,
      PlatformTransactionManager transactionManager) {
    this.cases = cases;
    this.statutoryClock = statutoryClock;
    this.clock = clock;
    this.managementService = managementService;
    this.runtimeService = runtimeService;
    this.system = system;
    this.readOnly = new TransactionTemplate(transactionManager);
    this.readOnly.setReadOnly(true);
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (CaseType type : CaseType.values()) {
      for (DeadlineStatus state : OPEN_STATES) {
        Gauge.builder("casework.cases.open", () -> snapshot().open(type, state))
            .description("Open cases by type and deadline state")
            .tag("type", type.name())
            .tag("deadline_state", state.name())
            .register(registry);
      }
      Gauge.builder("casework.breaches.open", () -> snapshot().breached(type))
          .description("Open cases whose statutory deadline passed")
          .tag("type", type.name())
          .register(registry);
    }
    gauge(registry, "casework.jobs.due", "Jobs due now and waiting for the job executor",
        () -> managementService.createJobQuery().executable().count());
    gauge(registry, "casework.jobs.failed", "Jobs whose retries ran out",
        () -> managementService.createJobQuery().noRetriesLeft().count());
    for (String type : INCIDENT_TYPES) {
      Gauge.builder("casework.incidents.open",
              () -> system.call(() -> runtimeService.createIncidentQuery().incidentType(type).count()))
          .description("Open Camunda incidents by type")
          .tag("type", type)
          .register(registry);
    }
    Gauge.builder("casework.incidents.open",
            () -> system.call(() -> {
              long all = runtimeService.createIncidentQuery().count();
              long known = 0;
              for (String type : INCIDENT_TYPES) {
                known += runtimeService.createIncidentQuery().incidentType(type).count();
              }
              return all - known;
            }))
        .description("Open Camunda incidents by type")
        .tag("type", "other")
        .register(registry);
  }

  private void gauge(MeterRegistry registry, String name, String description, Supplier<Long> count) {
    Gauge.builder(name, () -> system.call(count)).description(description).register(registry);
  }

  private CaseSnapshot snapshot() {
    CaseSnapshot current = snapshot;
    Instant now = Instant.now();
    if (current == null || current.takenAt().plus(CASE_SNAPSHOT_TTL).isBefore(now)) {
      current = readOnly.execute(status -> count(now));
      snapshot = current;
    }
    return current;
  }

  /** Forgets the cached case figures: the next scrape reads the database again. */
  void refresh() {
    snapshot = null;
  }

  private CaseSnapshot count(Instant now) {
    LocalDate today = LocalDate.now(clock);
    Map<CaseType, Map<DeadlineStatus, Long>> open = new EnumMap<>(CaseType.class);
    Map<CaseType, Long> breached = new EnumMap<>(CaseType.class);
    for (CaseFile file : cases.openWithClockStops()) {
      open.computeIfAbsent(file.type(), t -> new EnumMap<>(DeadlineStatus.class))
          .merge(file.deadlineStatus(today, statutoryClock), 1L, Long::sum);
      if (file.breachedOn() != null) {
        breached.merge(file.type(), 1L, Long::sum);
      }
    }
    return new CaseSnapshot(now, open, breached);
  }

  private record CaseSnapshot(
      Instant takenAt, Map<CaseType, Map<DeadlineStatus, Long>> open, Map<CaseType, Long> breached) {

    long open(CaseType type, DeadlineStatus state) {
      return open.getOrDefault(type, Map.of()).getOrDefault(state, 0L);
    }

    long breached(CaseType type) {
      return breached.getOrDefault(type, 0L);
    }
  }
}
