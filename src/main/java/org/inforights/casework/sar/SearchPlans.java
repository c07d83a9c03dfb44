package org.inforights.casework.sar;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A subject access request's search plan: every configured place, each with the searches recorded
 * for it, and the requester's choice about supported access. The response pack's cover letter says
 * what was searched from it.
 */
@Service
public class SearchPlans {

  /** One search of a place, as the requester is told of it. */
  public record Searched(String place, LocalDate searchedOn, SearchOutcome outcome) {}

  record Search(long id, LocalDate searchedOn, String searchedBy, SearchOutcome outcome, String found) {}

  record PlannedPlace(String code, String label, List<Search> searches) {}

  private final SearchProperties properties;
  private final SearchRecordRepository records;
  private final JdbcTemplate jdbc;
  private final Clock clock;

  SearchPlans(SearchProperties properties, SearchRecordRepository records, JdbcTemplate jdbc, Clock clock) {
    this.properties = properties;
    this.records = records;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Every configured place, in the configured order, with its searches, oldest first. */
  @Transactional(readOnly = true)
  List<PlannedPlace> plan(String reference) {
    Map<String, List<Search>> byPlace =
        records.findByCaseReferenceOrderBySearchedOnAscIdAsc(reference).stream()
            .collect(Collectors.groupingBy(
                SearchRecord::place,
                Collectors.mapping(
                    record -> new Search(record.id(), record.searchedOn(), record.searchedBy(), record.outcome(),
                        record.found()),
                    Collectors.toList())));
    List<PlannedPlace> plan = new ArrayList<>();
    for (SearchProperties.Place place : properties.places()) {
      plan.add(new PlannedPlace(place.code(), place.label(), byPlace.getOrDefault(place.code(), List.of())));
    }
    // a place taken out of the configuration after it was searched is still part of the record
    byPlace.forEach((code, searches) -> {
      if (properties.place(code) == null) {
        plan.add(new PlannedPlace(code, code, searches));
      }
    });
    return plan;
  }

  /** The places searched, each with its latest search, for the requester's letter. */
  @Transactional(readOnly = true)
  public List<Searched> searched(String reference) {
    return plan(reference).stream()
        .filter(place -> !place.searches().isEmpty())
        .map(place -> {
          Search last = place.searches().get(place.searches().size() - 1);
          return new Searched(place.label(), last.searchedOn(), last.outcome());
        })
        .toList();
  }

  /** The requester's choice about reading the file with a worker, if they were asked. */
  @Transactional(readOnly = true)
  public Optional<SupportedAccess> supportedAccess(String reference) {
    return jdbc.queryForList("select choice from sar_supported_access where case_reference = ?", String.class, reference)
        .stream().findFirst().map(SupportedAccess::valueOf);
  }

  @Transactional
  void recordSupportedAccess(String reference, SupportedAccess choice, String by) {
    jdbc.update("delete from sar_supported_access where case_reference = ?", reference);
    jdbc.update(
        "insert into sar_supported_access (case_reference, choice, recorded_by, recorded_at) values (?, ?, ?, ?)",
        reference, choice.name(), by, Timestamp.from(clock.instant()));
  }

  SearchProperties.Place place(String code) {
    return properties.place(code);
  }
}
