package org.inforights.casework.deadline;

/** Where an open case stands against its due date on a given day. */
public enum DeadlineState {
  /** The due date is more than the due-soon threshold of working days away. */
  ON_TRACK,
  /** The due date is today or at most the due-soon threshold of working days away. */
  DUE_SOON,
  /** Today is after the due date. */
  OVERDUE
}
