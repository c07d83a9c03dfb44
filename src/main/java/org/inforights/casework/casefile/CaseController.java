package org.inforights.casework.casefile;

import jakarta.validation.Valid;
import org.inforights.casework.platform.ConflictRetry;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case and its statutory clock over REST: the same events an officer records in Tasklist. Each
 * change is re-run whole when it races the case's own jobs ({@link ConflictRetry}).
 */
@RestController
@RequestMapping("/api/cases/{reference}")
class CaseController {

  private final CaseFileService cases;
  private final ConflictRetry retry;
  private final CaseAccess access;
  private final CaseAccessLog accessLog;

  CaseController(CaseFileService cases, ConflictRetry retry, CaseAccess access, CaseAccessLog accessLog) {
    this.cases = cases;
    this.retry = retry;
    this.access = access;
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

  @PostMapping("/clock-stops")
  CaseView stopClock(@PathVariable String reference, @Valid @RequestBody ClockRequests.StopClock body) {
    return retry.run(() -> cases.stopClock(reference, body.reason(), body.askedOn()));
  }

  @PostMapping("/clock-stops/resolve")
  CaseView resolveClockStop(
      @PathVariable String reference, @Valid @RequestBody ClockRequests.ResolveClockStop body) {
    return retry.run(() -> cases.resolveClockStop(reference, body.receivedOn()));
  }

  @PostMapping("/extension")
  CaseView extend(@PathVariable String reference, @Valid @RequestBody ClockRequests.Extension body) {
    return retry.run(() -> cases.extend(reference, body.reason(), body.decidedOn()));
  }
}
