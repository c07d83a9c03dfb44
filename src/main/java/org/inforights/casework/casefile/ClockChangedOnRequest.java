package org.inforights.casework.casefile;

/**
 * The API changed a case's clock itself, because the case's process did not take the request
 * ({@link CaseProcessClock}): a case still on a model before version 6, whose process follows such a
 * change after the fact — it waits for the answer, or stops waiting. Published in the transaction
 * that changed the clock, so that if the process cannot follow, the change is undone with it.
 */
public record ClockChangedOnRequest(String reference, CaseType type, Change change) {

  /** What the request did to the clock. */
  public enum Change {
    /** The council asked the requester something: the clock waits for the answer. */
    STOPPED,
    /** The answer arrived: the clock runs again. */
    RESOLVED
  }
}
