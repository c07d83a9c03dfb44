package org.inforights.casework.casefile;

/** The action does not fit the case's current state (closed, clock already stopped, ...). */
public class CaseStateConflictException extends RuntimeException {

  public CaseStateConflictException(String message) {
    super(message);
  }
}
