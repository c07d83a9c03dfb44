package org.inforights.casework.casefile;

import org.inforights.casework.deadline.ClockStartReason;

/**
 * Why the clock stopped. Evidence (identity, authority, fee) restarts the clock on the day it
 * arrives; a clarification adds the paused days instead.
 */
public enum ClockStopReason {
  IDENTITY(ClockStartReason.IDENTITY_RECEIVED),
  AUTHORITY(ClockStartReason.AUTHORITY_RECEIVED),
  CLARIFICATION(null),
  FEE(ClockStartReason.FEE_RECEIVED);

  private final ClockStartReason restartsAs;

  ClockStopReason(ClockStartReason restartsAs) {
    this.restartsAs = restartsAs;
  }

  /** True when the answer starts the clock afresh rather than adding paused days. */
  public boolean restartsClock() {
    return restartsAs != null;
  }

  ClockStartReason restartsAs() {
    return restartsAs;
  }
}
