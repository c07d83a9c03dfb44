package org.inforights.casework.report;

import org.inforights.casework.api.Csv;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.inforights.casework.casefile.CaseType;
import org.inforights.casework.casefile.DeadlineStatus;
import org.inforights.casework.casefile.InvalidCaseInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Managers' reports, as JSON or as CSV ({@code Accept: text/csv} or {@code format=csv}). No
 * personal data: references, dates, states, steps and groups. The compliance report without
 * {@code from} covers the last twelve months, or the council's reporting year so far when {@code
 * casework.reports.reporting-year-starts} is set ({@link ReportingPeriod}).
 */
@RestController
@RequestMapping("/api/reports")
class ReportController {

  static final long MAX_YEARS = 10;

  private final DeadlineReport deadlines;
  private final ComplianceReport compliance;
  private final ReportingPeriod reportingPeriod;
  private final Clock clock;

  ReportController(
      DeadlineReport deadlines,
      ComplianceReport compliance,
      @Value("${" + ReportingPeriod.YEAR_STARTS_PROPERTY + ":}") String reportingYearStarts,
      Clock clock) {
    this.deadlines = deadlines;
    this.compliance = compliance;
    this.reportingPeriod = ReportingPeriod.of(reportingYearStarts);
    this.clock = clock;
  }

  @GetMapping("/deadlines")
  ResponseEntity<?> deadlines(
      @RequestParam(required = false) CaseType type,
      @RequestParam(required = false) DeadlineStatus state,
      @RequestParam(required = false) String format,
      @RequestHeader(name = "Accept", required = false) String accept) {
    List<DeadlineReport.Row> rows = deadlines.rows(type, state);
    if (!Csv.wanted(format, accept)) {
      return ResponseEntity.ok(rows);
    }
    return Csv.response(
        "reference,type,status,dueOn,deadlineState,workingDaysLeft,currentStep,heldBy",
        rows,
        row -> Csv.line(row.reference(), row.type(), row.status(), row.dueOn(), row.deadlineState(),
            row.workingDaysLeft(), row.currentStep(), row.heldBy()));
  }

  @GetMapping("/compliance")
  ResponseEntity<?> compliance(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "month") String groupBy,
      @RequestParam(required = false) CaseType type,
      @RequestParam(required = false) String format,
      @RequestHeader(name = "Accept", required = false) String accept) {
    // without dates: the last twelve months, or the council's reporting year, up to today
    if (to == null) {
      to = LocalDate.now(clock);
    }
    if (from == null) {
      from = reportingPeriod.from(to);
    }
    within("from", from);
    within("to", to);
    if (to.isBefore(from)) {
      throw new InvalidCaseInputException("to", "must not be before from (" + from + ")");
    }
    if (ChronoUnit.YEARS.between(from, to) >= MAX_YEARS) {
      throw new InvalidCaseInputException("to", "must be within " + MAX_YEARS + " years of from");
    }
    ComplianceReport.GroupBy grouping;
    try {
      grouping = ComplianceReport.GroupBy.valueOf(groupBy.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidCaseInputException("groupBy", "must be month or quarter");
    }
    List<ComplianceReport.Row> rows = compliance.rows(from, to, grouping, type);
    if (!Csv.wanted(format, accept)) {
      return ResponseEntity.ok(rows);
    }
    return Csv.response(
        "period,received,closed,onTime,late,percentOnTime,extensions,refusals,clockStopDays",
        rows,
        row -> Csv.line(row.period(), row.received(), row.closed(), row.onTime(), row.late(),
            row.percentOnTime(), row.extensions(), row.refusals(), row.clockStopDays()));
  }

  private static void within(String field, LocalDate date) {
    if (date.isBefore(ReportingPeriod.EARLIEST) || date.isAfter(ReportingPeriod.LATEST)) {
      throw new InvalidCaseInputException(
          field, "must be between " + ReportingPeriod.EARLIEST + " and " + ReportingPeriod.LATEST);
    }
  }
}
