package org.inforights.casework.deadline;

/** What started the clock: the latest of the request and any evidence asked for. */
public enum ClockStartReason {
  REQUEST_RECEIVED(null),
  IDENTITY_RECEIVED("identity evidence received"),
  AUTHORITY_RECEIVED("proof of authority received"),
  FEE_RECEIVED("fee received");

  private final String label;

  ClockStartReason(String label) {
    this.label = label;
  }

  /** How an explanation names the start: "received …" or "clock started … (… received)". */
  String describe(String day) {
    return label == null ? "received " + day : "clock started " + day + " (" + label + ")";
  }
}
