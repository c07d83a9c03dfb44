package org.inforights.casework.casefile;

import java.time.LocalDate;

/**
 * A case's dates and outcome without its parties: what counting compliance needs, read without
 * loading the case file itself.
 */
public record CaseFigures(
    CaseType type,
    LocalDate receivedOn,
    LocalDate dueOn,
    LocalDate extendedDueOn,
    LocalDate extensionDecidedOn,
    LocalDate closedOn,
    Outcome outcome) {

  /** Closed after the deadline in force, as {@link CaseFile#deadlineStatus} says of a closed case. */
  public boolean closedLate() {
    return closedOn != null && closedOn.isAfter(extendedDueOn != null ? extendedDueOn : dueOn);
  }
}
