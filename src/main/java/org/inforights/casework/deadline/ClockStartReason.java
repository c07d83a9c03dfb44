package org.inforights.casework.deadline;

/** What the statutory clock started on: the last of these to arrive. */
public enum ClockStartReason {
  REQUEST_RECEIVED("request received"),
  IDENTITY_RECEIVED("identity evidence received"),
  AUTHORITY_RECEIVED("proof of authority received"),
  FEE_RECEIVED("fee received");

  private final String label;

  ClockStartReason(String label) {
    this.label = label;
  }

  /** How the reason reads in an explanation, e.g. "identity evidence received". */
  public String label() {
    return label;
  }
}
