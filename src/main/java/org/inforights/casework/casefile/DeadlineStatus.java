package org.inforights.casework.casefile;

import org.inforights.casework.deadline.DeadlineState;

/** A case's standing against its deadline: open (by the statutory clock's state) or closed. */
public enum DeadlineStatus {
  ON_TRACK,
  DUE_SOON,
  OVERDUE,
  CLOSED_ON_TIME,
  CLOSED_LATE;

  static DeadlineStatus of(DeadlineState state) {
    return switch (state) {
      case ON_TRACK -> ON_TRACK;
      case DUE_SOON -> DUE_SOON;
      case OVERDUE -> OVERDUE;
    };
  }
}
