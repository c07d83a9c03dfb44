package org.inforights.casework.casefile;

import java.time.LocalDate;

/**
 * A case type's process, which makes the clock changes asked for through the API in its own steps:
 * the case file's clock changes only there, where the diagram shows it. Each method offers the
 * process a request the case file has already checked ({@link CaseClockRequests}), and answers
 * whether a running process of the case took it; one that takes it changes the clock in the same
 * transaction, so that if it cannot, nothing is recorded. A process that does not hear the request
 * — a case still on a model before version 6 — takes nothing, and the case file changes the clock
 * itself, as those models expect.
 */
public interface CaseProcessClock {

  /**
   * Refuses ({@link CaseStateConflictException}) a stop the case's process cannot take now, before
   * any process is offered it: one of its own steps is about to stop the clock.
   */
  default void checkStop(String reference, CaseType type) {}

  /** The council asked the requester on {@code askedOn}: the process stops the clock and waits for the answer. */
  default boolean stop(String reference, CaseType type, ClockStopReason reason, LocalDate askedOn) {
    return false;
  }

  /** The answer arrived on {@code receivedOn}: the process ends its wait and runs the clock again. */
  default boolean resolve(String reference, CaseType type, LocalDate receivedOn) {
    return false;
  }

  /** A manager extended the case today: the process extends it and tells the requester. */
  default boolean extend(String reference, CaseType type, ExtensionGround ground, String reason) {
    return false;
  }
}
