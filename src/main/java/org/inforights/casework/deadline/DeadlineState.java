package org.inforights.casework.deadline;

/** An open case's standing against its due date. */
public enum DeadlineState {
  ON_TRACK,
  /** Within the configured number of working days of the due date (the due date included). */
  DUE_SOON,
  /** Past the due date. */
  OVERDUE
}
