package org.inforights.casework.casefile;

import org.inforights.casework.platform.StateConflictException;

/** The action does not fit the case's current state (closed, clock already stopped, ...). */
public class CaseStateConflictException extends StateConflictException {

  public CaseStateConflictException(String message) {
    super(message);
  }
}
