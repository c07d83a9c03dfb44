package org.inforights.casework.casefile;

/**
 * Someone stopped or resolved a case's clock through the API, not through a step of its process.
 * Published in the transaction that changed the clock, so that the case's process follows — it
 * waits for the answer, or stops waiting — or the change is undone with it. A stop or resumption
 * made by the process itself is not announced this way: the process knows already.
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
