package org.inforights.casework.casefile;

/** Where a case stands: being worked, waiting with the clock stopped, or closed. */
public enum CaseStatus {
  OPEN,
  CLOCK_STOPPED,
  CLOSED
}
