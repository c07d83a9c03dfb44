package org.inforights.casework.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A target due at a moment rather than by the end of a working day (urgent work counted in hours),
 * with the day it falls on and how it was reached, e.g. {@code received Sat 5 Dec 2026 19:30;
 * 4 hours, calendar time → Sat 5 Dec 2026 23:30}.
 */
public record TimedTarget(Instant dueAt, LocalDate dueOn, String explanation) {

  public TimedTarget {
    Objects.requireNonNull(dueAt, "dueAt");
    Objects.requireNonNull(dueOn, "dueOn");
    Objects.requireNonNull(explanation, "explanation");
  }

  /** The same target as a day-based deadline, for everything that reads days. */
  public Deadline deadline() {
    return new Deadline(dueOn, explanation);
  }
}
