package org.inforights.casework.deadline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A computed due date with a one-line explanation of how it was reached, for showing to caseworkers
 * and requesters, e.g. {@code received Sat 31 Jan 2026; one month → Sat 28 Feb 2026; weekend → Mon 2 Mar 2026}.
 */
public record Deadline(LocalDate dueOn, String explanation) {

  public Deadline {
    Objects.requireNonNull(dueOn, "dueOn");
    Objects.requireNonNull(explanation, "explanation");
  }
}
