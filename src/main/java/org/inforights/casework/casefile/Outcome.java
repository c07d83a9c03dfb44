package org.inforights.casework.casefile;

/** How a case ended. */
public enum Outcome {
  /** Everything found was sent. */
  DISCLOSED,
  /** Sent with redactions or exemptions applied. */
  PARTLY_DISCLOSED,
  /** The council holds no personal data about the child. */
  NO_DATA_HELD,
  /** Refused with reasons and the right to complain. */
  REFUSED,
  /** Withdrawn by the requester, or closed when evidence never came. */
  WITHDRAWN,
  /** A third-party disclosure approved, possibly with minimisation conditions. */
  APPROVED,
  /**
   * A compelled disclosure the council did not comply with as made: it applied to the court to vary
   * or discharge the order, asked for directions, or told the coroner it cannot comply.
   */
  CHALLENGED
}
