package org.inforights.casework.deadline;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A case's deadline moved: published inside the changing transaction whenever its clock stops,
 * restarts or is extended, so whatever runs the case (its process) moves its timers and task due
 * dates with it.
 *
 * @param reference the case reference (the process business key)
 * @param dueOn the due date now in force (the extended one once extended)
 * @param explanation how that date was computed
 * @param cause what moved it
 * @param dueAt the moment it is due when the target is counted in hours, else null (due by the end
 *     of the working day {@code dueOn})
 */
public record DeadlineMoved(String reference, LocalDate dueOn, String explanation, Cause cause, Instant dueAt) {

  /** A deadline due by the end of a working day. */
  public DeadlineMoved(String reference, LocalDate dueOn, String explanation, Cause cause) {
    this(reference, dueOn, explanation, cause, null);
  }

  /** What moved a deadline. */
  public enum Cause {
    /** The council asked for evidence or clarification: the deadline waits. */
    CLOCK_STOPPED,
    /** Evidence arrived: the clock started afresh. */
    CLOCK_RESTARTED,
    /** A clarification arrived: its days were added. */
    CLOCK_RESUMED,
    /** A manager extended the deadline. */
    EXTENDED,
    /** An internal target was set anew (a disclosure request routed after triage). */
    TARGET_SET
  }

  /** True while the council waits for evidence or clarification. */
  public boolean clockStopped() {
    return cause == Cause.CLOCK_STOPPED;
  }
}
