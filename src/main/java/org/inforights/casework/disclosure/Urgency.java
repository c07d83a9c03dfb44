package org.inforights.casework.disclosure;

/** How soon the requester needs an answer. A routing fact. */
public enum Urgency {
  ROUTINE,
  URGENT,
  /** A risk to someone's life: decided the same day. */
  RISK_TO_LIFE
}
