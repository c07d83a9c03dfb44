package org.inforights.casework.casefile;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.inforights.casework.platform.CaseworkGroup;
import org.inforights.casework.platform.CurrentUser;
import org.inforights.casework.platform.ConflictRetry;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case and its statutory clock over REST: the same events an officer records in Tasklist, made by
 * the case's process ({@link CaseClockRequests}). Each change is re-run whole when it races the
 * case's own jobs ({@link ConflictRetry}).
 */
@RestController
@RequestMapping("/api/cases/{reference}")
class CaseController {

  private final CaseFileService cases;
  private final ConflictRetry retry;
  private final CaseAccess access;
  private final CurrentUser currentUser;
  private final Clock clock;
  private final CaseAccessLog accessLog;
  private final CaseClockRequests clockRequests;

  CaseController(
      CaseFileService cases,
      ConflictRetry retry,
      CaseAccess access,
      CurrentUser currentUser,
      Clock clock,
      CaseAccessLog accessLog,
      CaseClockRequests clockRequests) {
    this.clockRequests = clockRequests;
    this.cases = cases;
    this.retry = retry;
    this.access = access;
    this.currentUser = currentUser;
    this.clock = clock;
    this.accessLog = accessLog;
  }

  /** The case, listing only the documents the caller may open (docs/authorization-matrix.md). */
  @GetMapping
  CaseView get(@PathVariable String reference) {
    CaseView view = cases.view(reference);
    java.util.Set<CasePart> readable = access.readable(reference);
    accessLog.viewed(reference, CasePart.SUMMARY, "GET /api/cases/" + reference);
    return view.withDocuments(
        view.documents().stream().filter(document -> readable.contains(CasePart.of(document.kind()))).toList());
  }

  /** Who viewed which part of the case file, and when: for the DPO (and administrators). */
  @GetMapping("/access-log")
  java.util.List<CaseAccessLog.View> accessLog(@PathVariable String reference) {
    return accessLog.of(reference);
  }

  /**
   * The clock stops from the day the council asked the requester. The time it stops "does not count"
   * towards the month (UK GDPR Art 12A, and the ICO's right of access guidance on clarification), so
   * a date in the past gives the case days back: it is recorded as today unless the DPO confirms an
   * earlier day, and that confirmation goes into the audit trail under the DPO's name.
   */
  @PostMapping("/clock-stops")
  CaseView stopClock(@PathVariable String reference, @Valid @RequestBody ClockRequests.StopClock body) {
    LocalDate today = LocalDate.now(clock);
    if (body.askedOn().isBefore(today) && !currentUser.isIn(CaseworkGroup.DPO)) {
      throw new InvalidCaseInputException(
          "askedOn",
          "must be today (" + today + "): only the DPO may record that the requester was asked on an earlier day");
    }
    return retry.run(() -> clockRequests.stop(reference, body.reason(), body.askedOn()));
  }

  @PostMapping("/clock-stops/resolve")
  CaseView resolveClockStop(
      @PathVariable String reference, @Valid @RequestBody ClockRequests.ResolveClockStop body) {
    return retry.run(() -> clockRequests.resolve(reference, body.receivedOn()));
  }

  /**
   * A manager extends the case today. UK GDPR Art 12(3) lets the council extend only by telling the
   * requester, with reasons, within the first month: a decision dated earlier than the day it is
   * entered would let a late case be reported on time, so {@code decidedOn}, when given, must be today.
   */
  @PostMapping("/extension")
  CaseView extend(@PathVariable String reference, @Valid @RequestBody ClockRequests.Extension body) {
    LocalDate today = LocalDate.now(clock);
    if (body.decidedOn() != null && !body.decidedOn().equals(today)) {
      throw new InvalidCaseInputException(
          "decidedOn", "must be today (" + today + "): an extension is decided on the day it is recorded");
    }
    return retry.run(() -> clockRequests.extend(reference, body.ground(), body.reason().strip()));
  }
}
