package org.inforights.casework.workspace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.inforights.casework.casefile.CaseAccessLog;
import org.inforights.casework.casefile.CaseFile;
import org.inforights.casework.casefile.CaseFileQueries;
import org.inforights.casework.casefile.CasePart;
import org.inforights.casework.casefile.CaseStatus;
import org.inforights.casework.casefile.CaseType;
import org.inforights.casework.casefile.Child;
import org.inforights.casework.casefile.InvalidCaseInputException;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Finding a case ({@code GET /api/cases}): by its reference, by the child's name and/or date of
 * birth, or by the requester's name. Names match ignoring case, any part of the name. Only the IG
 * team (officers, managers, the DPO) and administrators search (SecurityConfiguration,
 * docs/authorization-matrix.md): record owners and the Caldicott Guardian are sent the cases they
 * work, and a search across every child's file is more than their steps need.
 */
@RestController
class CaseSearch {

  static final int MAX_RESULTS = 50;
  static final int MIN_NAME_LENGTH = 2;

  /** One case found: the children it is about and its open tasks. */
  record Found(
      String reference,
      CaseType type,
      CaseStatus status,
      LocalDate receivedOn,
      LocalDate dueOn,
      List<String> children,
      List<OpenTasks.OpenTask> openTasks) {}

  private final CaseFileQueries cases;
  private final OpenTasks openTasks;
  private final CaseAccessLog accessLog;

  CaseSearch(CaseFileQueries cases, OpenTasks openTasks, CaseAccessLog accessLog) {
    this.cases = cases;
    this.openTasks = openTasks;
    this.accessLog = accessLog;
  }

  @GetMapping("/api/cases")
  @Transactional(readOnly = true)
  List<Found> search(
      @RequestParam(required = false) String reference,
      @RequestParam(required = false) String childName,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate childDateOfBirth,
      @RequestParam(required = false) String requesterName) {
    String ref = blankToNull(reference);
    String child = blankToNull(childName);
    String requester = blankToNull(requesterName);
    if (ref == null && child == null && childDateOfBirth == null && requester == null) {
      throw new InvalidCaseInputException(
          "reference", "give at least one of reference, childName, childDateOfBirth, requesterName");
    }
    requireLongEnough("childName", child);
    requireLongEnough("requesterName", requester);
    List<Found> found = cases
        .search(
            ref == null ? null : ref.toUpperCase(Locale.ROOT),
            contains(child),
            childDateOfBirth,
            contains(requester),
            PageRequest.of(0, MAX_RESULTS))
        .stream()
        .map(this::found)
        .toList();
    // the search terms are personal data themselves: the log says a search showed the case, not what was asked
    found.forEach(result -> accessLog.viewed(result.reference(), CasePart.CHILD, "GET /api/cases (search)"));
    return found;
  }

  private Found found(CaseFile file) {
    List<String> children = new ArrayList<>();
    Stream.concat(
            file.subject() == null || file.subject().name() == null
                ? Stream.empty()
                : Stream.of(file.subject().name()),
            file.children().stream().map(Child::name))
        .forEach(children::add);
    return new Found(
        file.reference(),
        file.type(),
        file.status(),
        file.receivedOn(),
        file.effectiveDueOn(),
        children,
        openTasks.of(file.reference()));
  }

  private static void requireLongEnough(String field, String value) {
    if (value != null && value.length() < MIN_NAME_LENGTH) {
      throw new InvalidCaseInputException(field, "must have at least " + MIN_NAME_LENGTH + " characters");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip().replaceAll("\\s+", " ");
  }

  /** A {@code like} pattern for "contains", lower case, with the wildcards in the term escaped. */
  private static String contains(String term) {
    return term == null
        ? null
        : "%" + term.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}
