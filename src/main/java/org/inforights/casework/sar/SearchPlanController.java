package org.inforights.casework.sar;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.inforights.casework.casefile.CaseFile;
import org.inforights.casework.casefile.CaseContentChanged;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.casefile.CaseNotFoundException;
import org.inforights.casework.casefile.CaseType;
import org.inforights.casework.casefile.InvalidCaseInputException;
import org.inforights.casework.platform.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The search plan over REST: each search of a configured place (who, when, what was found) and the
 * requester's choice about supported access. The searcher is the signed-in user; a search is dated
 * no later than today and no earlier than the request.
 */
@RestController
@RequestMapping("/api/cases/{reference}")
class SearchPlanController {

  record NewSearch(
      @NotBlank String place, LocalDate searchedOn, @NotNull SearchOutcome outcome, @Size(max = 2000) String found) {}

  record SupportedAccessChoice(@NotNull SupportedAccess choice) {}

  record Plan(List<SearchPlans.PlannedPlace> places, boolean everyPlaceSearched, SupportedAccess supportedAccess) {}

  private final SearchPlans plans;
  private final SearchRecordRepository records;
  private final CaseFileService cases;
  private final CurrentUser currentUser;
  private final Clock clock;
  // the cover letter says what was searched and offers supported access: a change is a change of the pack
  private final ApplicationEventPublisher events;

  SearchPlanController(
      SearchPlans plans, SearchRecordRepository records, CaseFileService cases, CurrentUser currentUser, Clock clock,
      ApplicationEventPublisher events) {
    this.events = events;
    this.plans = plans;
    this.records = records;
    this.cases = cases;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @GetMapping("/search-plan")
  @Transactional(readOnly = true)
  Plan plan(@PathVariable String reference) {
    requireSar(reference);
    List<SearchPlans.PlannedPlace> places = plans.plan(reference);
    return new Plan(
        places, places.stream().allMatch(place -> !place.searches().isEmpty()),
        plans.supportedAccess(reference).orElse(null));
  }

  @PostMapping("/search-plan")
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  Plan record(@PathVariable String reference, @Valid @RequestBody NewSearch body) {
    CaseFile file = requireSar(reference);
    if (plans.place(body.place()) == null) {
      throw new InvalidCaseInputException("place", "is not a place in casework.search.places");
    }
    LocalDate today = LocalDate.now(clock);
    LocalDate searchedOn = body.searchedOn() == null ? today : body.searchedOn();
    if (searchedOn.isAfter(today)) {
      throw new InvalidCaseInputException("searchedOn", "must not be in the future");
    }
    if (searchedOn.isBefore(file.receivedOn())) {
      throw new InvalidCaseInputException("searchedOn", "must not be before the request was received (" + file.receivedOn() + ")");
    }
    boolean described = body.found() != null && !body.found().isBlank();
    if (body.outcome() == SearchOutcome.FOUND && !described) {
      throw new InvalidCaseInputException("found", "must say what was found");
    }
    records.save(new SearchRecord(
        reference, body.place(), searchedOn, currentUser.id(), body.outcome(), described ? body.found().strip() : null,
        clock.instant()));
    events.publishEvent(new CaseContentChanged(reference, "search of " + body.place() + " recorded"));
    return plan(reference);
  }

  @PostMapping("/supported-access")
  @Transactional
  Plan supportedAccess(@PathVariable String reference, @Valid @RequestBody SupportedAccessChoice body) {
    requireSar(reference);
    plans.recordSupportedAccess(reference, body.choice(), currentUser.id());
    events.publishEvent(new CaseContentChanged(reference, "supported access recorded"));
    return plan(reference);
  }

  private CaseFile requireSar(String reference) {
    CaseFile file = cases.get(reference);
    if (file.type() != CaseType.SAR) {
      throw new CaseNotFoundException(reference);
    }
    return file;
  }
}
