package org.inforights.casework.casefile;

/** Why another case is linked to a case. */
enum LinkReason {
  /** A case of the other type about the same child (an open SAR and a disclosure request). */
  SAME_CHILD,
  /**
   * A case of the same type from the same requester about the same child, received within
   * {@code casework.intake.duplicate-window-days}: likely the same request sent twice.
   */
  POSSIBLE_DUPLICATE
}
