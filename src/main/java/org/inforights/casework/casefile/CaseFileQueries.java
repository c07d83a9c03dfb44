package org.inforights.casework.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case files as other features read them: reports, search, the workspace and the metrics. The
 * repository stays behind the case file's own services, so that what another feature may do with a
 * case (read it here, change it through {@link CaseFileService}) is the module's API and not the
 * table's. Each read joins the caller's transaction when it has one, so the case files it answers
 * stay loaded for the caller to walk.
 */
@Service
@Transactional(readOnly = true)
public class CaseFileQueries {

  private final CaseFileRepository repository;

  CaseFileQueries(CaseFileRepository repository) {
    this.repository = repository;
  }

  /** The case with this reference, if there is one. */
  public Optional<CaseFile> find(String reference) {
    return repository.findByReference(reference);
  }

  public long count(CaseType type) {
    return repository.countByType(type);
  }

  /** Open cases whose deadline was recorded as breached, the earliest breach first. */
  public List<CaseFile> openBreached() {
    return repository.findOpenBreached();
  }

  /** Open cases with their clock stops, in one query. */
  public List<CaseFile> openWithClockStops() {
    return repository.findOpenWithClockStops();
  }

  /** The figures of the cases received by {@code to} that were still open on {@code from}. */
  public List<CaseFigures> figuresActiveBetween(LocalDate from, LocalDate to) {
    return repository.findFiguresActiveBetween(from, to);
  }

  /** The clock stops answered between {@code from} and {@code to}. */
  public List<ClockStopFigures> clockStopsAnsweredBetween(LocalDate from, LocalDate to) {
    return repository.findClockStopsAnsweredBetween(from, to);
  }

  /** Every case, open or closed, about the child with this name (lower case) and date of birth. */
  public List<CaseFile> aboutChild(String lowerCaseName, LocalDate dateOfBirth) {
    return repository.findAboutChild(lowerCaseName, dateOfBirth);
  }

  /**
   * Cases matching every key given (a null key matches anything), newest first: see {@link
   * CaseFileRepository#search} for how each key matches.
   */
  public List<CaseFile> search(
      String reference, String childName, LocalDate childDateOfBirth, String requesterName, Pageable page) {
    return repository.search(reference, childName, childDateOfBirth, requesterName, page);
  }
}
