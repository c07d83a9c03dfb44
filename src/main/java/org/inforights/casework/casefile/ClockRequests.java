package org.inforights.casework.casefile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The bodies of the clock's REST calls. */
final class ClockRequests {

  private ClockRequests() {}

  /** The council asks for evidence or clarification. */
  record StopClock(@NotNull ClockStopReason reason, @NotNull @CaseDate LocalDate askedOn) {}

  /** The evidence or answer arrived. */
  record ResolveClockStop(@NotNull @CaseDate LocalDate receivedOn) {}

  /**
   * A manager's decision to extend: its ground (UK GDPR Art 12(3) allows only complexity or the
   * number of requests), the reasons the requester will be told, and optionally the day it was
   * decided, which must be today (an extension cannot be backdated).
   */
  record Extension(
      @NotNull ExtensionGround ground,
      @NotBlank @Size(max = 2000) String reason,
      @CaseDate LocalDate decidedOn) {}
}
