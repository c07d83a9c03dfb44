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

  CaseController(CaseFileService cases, ConflictRetry retry) {
    this.cases = cases;
    this.retry = retry;
  }

  @GetMapping
  CaseView get(@PathVariable String reference) {
    return cases.view(reference);
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
