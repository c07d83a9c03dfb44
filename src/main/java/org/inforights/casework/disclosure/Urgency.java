package org.inforights.casework.disclosure;

/** How soon the requester needs an answer. A routing fact. */
public enum Urgency {
  ROUTINE,
  URGENT,
  /**
   * A risk to a child's life or of serious harm: shared at once by an officer (or the out-of-hours
   * team), recorded within hours and reviewed by a manager afterwards.
   */
  RISK_TO_LIFE;

  /**
   * Whether the request takes the share-now route. The ICO's data sharing code ("Data sharing in an
   * urgent situation or in an emergency") expects necessary data to be shared at once where a
   * delay would put someone at risk, and the DPA 2018 Sch 1 para 18 condition (safeguarding of
   * children and individuals at risk) allows special category data to go without consent when
   * asking would prejudice the child's protection.
   */
  boolean sharesNow() {
    return this == RISK_TO_LIFE;
  }
}
