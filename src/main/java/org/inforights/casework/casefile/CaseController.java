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

  CaseController(CaseFileService cases) {
    this.cases = cases;
  }

  @GetMapping
  CaseView get(@PathVariable String reference) {
    return cases.view(reference);
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
