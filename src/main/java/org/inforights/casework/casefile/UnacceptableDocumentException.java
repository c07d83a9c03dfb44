package org.inforights.casework.casefile;

/** A document the case cannot keep: too large, empty, or of a type not accepted. */
public class UnacceptableDocumentException extends RuntimeException {

  /** Why: the answer's status follows from it. */
  public enum Reason {
    EMPTY,
    TOO_LARGE,
    UNSUPPORTED_TYPE
  }

  private final Reason reason;

  public UnacceptableDocumentException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
