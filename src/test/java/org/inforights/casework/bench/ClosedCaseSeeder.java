package org.inforights.casework.bench;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.inforights.casework.deadline.ClockStartReason;
import org.inforights.casework.deadline.Deadline;
import org.inforights.casework.deadline.StatutoryClock;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Closed cases of the past two years written straight into {@code case_file} and
 * {@code clock_stop} in batches, as years of real use would have left them: most on time, one in
 * eight late, one in ten extended, one in ten with a clarification that stopped the clock, one in
 * twenty refused. No processes: closed cases have none running.
 */
final class ClosedCaseSeeder {

  private static final int BATCH = 1000;

  private final JdbcTemplate jdbc;
  private final StatutoryClock statutoryClock;
  private final LocalDate today;
  private int next;

  ClosedCaseSeeder(BenchApplication app) {
    this.jdbc = app.jdbc();
    this.statutoryClock = app.bean(StatutoryClock.class);
    this.today = LocalDate.now(app.bean(Clock.class));
  }

  void seed(int count) {
    List<Object[]> cases = new ArrayList<>();
    List<Object[]> stops = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int n = next++;
      LocalDate received = today.minusDays(120 + (n * 7919L) % 610);
      boolean clarified = n % 10 == 3;
      boolean extended = n % 10 == 7;
      boolean late = n % 8 == 0;
      int paused = clarified ? StatutoryClock.pausedDays(received.plusDays(2), received.plusDays(6)) : 0;
      Deadline due = statutoryClock.dueDate(received, ClockStartReason.REQUEST_RECEIVED, paused);
      Deadline extendedDue = extended ? statutoryClock.extendedDueDate(received, ClockStartReason.REQUEST_RECEIVED, paused) : null;
      LocalDate inForce = extended ? extendedDue.dueOn() : due.dueOn();
      LocalDate closed = late ? inForce.plusDays(3) : received.plusDays(10 + n % 15);
      String outcome = n % 20 == 0 ? "REFUSED" : n % 2 == 0 ? "DISCLOSED" : "PARTLY_DISCLOSED";
      String reference = "SAR-%d-%06d".formatted(received.getYear(), 100000 + n);
      cases.add(new Object[] {
        reference, received, received, paused, due.dueOn(), due.explanation(),
        extended ? extendedDue.dueOn() : null, extended ? extendedDue.explanation() : null,
        extended ? "Records held in several systems" : null, extended ? received.plusDays(10) : null,
        late ? inForce.plusDays(1) : null, closed, outcome,
        Timestamp.from(received.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()),
        received.minusYears(15)
      });
      if (clarified) {
        stops.add(new Object[] {reference, received.plusDays(2), received.plusDays(6)});
      }
      if (cases.size() == BATCH) {
        flush(cases, stops);
      }
    }
    flush(cases, stops);
  }

  private void flush(List<Object[]> cases, List<Object[]> stops) {
    if (!cases.isEmpty()) {
      jdbc.batchUpdate(
          "insert into case_file (version, reference, case_type, status, channel, requester_name, requester_relationship,"
              + " subject_name, subject_date_of_birth, subject_cohort, received_on, clock_starts_on, clock_start_reason,"
              + " days_paused, due_on, due_on_explanation, extended_due_on, extended_due_on_explanation, extension_reason,"
              + " extension_decided_on, breached_on, closed_on, outcome, registered_at)"
              + " values (0, ?, 'SAR', 'CLOSED', 'EMAIL', 'Seeded requester', 'SELF', 'Seeded child', ?, 'CARE_LEAVER',"
              + " ?, ?, 'REQUEST_RECEIVED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          cases.stream()
              .map(c -> new Object[] {c[0], c[14], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10], c[11], c[12], c[13]})
              .toList());
      cases.clear();
    }
    if (!stops.isEmpty()) {
      jdbc.batchUpdate(
          "insert into clock_stop (case_id, reason, asked_on, received_on)"
              + " select id, 'CLARIFICATION', ?, ? from case_file where reference = ?",
          stops.stream().map(s -> new Object[] {s[1], s[2], s[0]}).toList());
      stops.clear();
    }
  }
}
