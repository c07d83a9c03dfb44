package org.inforights.casework.casefile;

import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A case and its statutory clock over REST: the same events an officer records in Tasklist. */
@RestController
@RequestMapping("/api/cases/{reference}")
class CaseController {

  private final CaseFileService cases;
  private final CaseAccessLog accessLog;

  CaseController(CaseFileService cases, CaseAccessLog accessLog) {
    this.cases = cases;
    this.accessLog = accessLog;
  }

  @GetMapping
  CaseView get(@PathVariable String reference) {
    CaseView view = cases.view(reference);
    accessLog.viewed(reference, CasePart.SUMMARY, "GET /api/cases/" + reference);
    return view;
  }

  /** Who viewed which part of the case file, and when: for the DPO (and administrators). */
  @GetMapping("/access-log")
  java.util.List<CaseAccessLog.View> accessLog(@PathVariable String reference) {
    return accessLog.of(reference);
  }

  @PostMapping("/clock-stops")
  CaseView stopClock(@PathVariable String reference, @Valid @RequestBody ClockRequests.StopClock body) {
    return cases.stopClock(reference, body.reason(), body.askedOn());
  }

  @PostMapping("/clock-stops/resolve")
  CaseView resolveClockStop(
      @PathVariable String reference, @Valid @RequestBody ClockRequests.ResolveClockStop body) {
    return cases.resolveClockStop(reference, body.receivedOn());
  }

  @PostMapping("/extension")
  CaseView extend(@PathVariable String reference, @Valid @RequestBody ClockRequests.Extension body) {
    return cases.extend(reference, body.reason(), body.decidedOn());
  }
}
