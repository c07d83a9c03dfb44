package org.inforights.casework.platform;

/**
 * An action that does not fit the current state of what it acts on (a closed case, a clock already
 * stopped). Its message says which state stopped it and is shown to the user with a 409, by
 * {@code /api} and by the engine's REST API alike; the features' own conflicts extend it, so the
 * platform answers them without knowing the features.
 */
public abstract class StateConflictException extends RuntimeException {

  protected StateConflictException(String message) {
    super(message);
  }
}
