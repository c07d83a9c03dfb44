package org.inforights.casework.deadline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The day the statutory clock starts and why: the latest of the request, and of identity evidence,
 * proof of authority and a fee when they were asked for. Build it up as things arrive:
 * {@code ClockStart.requestReceivedOn(d1).identityReceivedOn(d2)}. Something that arrives on or
 * before the current start does not move it.
 */
public record ClockStart(LocalDate on, ClockStartReason reason) {

  public ClockStart {
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(reason, "reason");
  }

  public static ClockStart requestReceivedOn(LocalDate day) {
    return new ClockStart(day, ClockStartReason.REQUEST_RECEIVED);
  }

  public ClockStart identityReceivedOn(LocalDate day) {
    return laterOf(day, ClockStartReason.IDENTITY_RECEIVED);
  }

  public ClockStart authorityReceivedOn(LocalDate day) {
    return laterOf(day, ClockStartReason.AUTHORITY_RECEIVED);
  }

  public ClockStart feeReceivedOn(LocalDate day) {
    return laterOf(day, ClockStartReason.FEE_RECEIVED);
  }

  private ClockStart laterOf(LocalDate day, ClockStartReason why) {
    Objects.requireNonNull(day, "day");
    return day.isAfter(on) ? new ClockStart(day, why) : this;
  }
}
