package org.inforights.casework.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.inforights.casework.casefile.CaseFigures;
import org.inforights.casework.casefile.CaseFileQueries;
import org.inforights.casework.casefile.CaseType;
import org.inforights.casework.casefile.ClockStopFigures;
import org.inforights.casework.casefile.Outcome;
import org.inforights.casework.deadline.StatutoryClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council's compliance figures per month or calendar quarter, like those it publishes:
 * requests received, cases closed, on time and late, the share on time, extensions decided,
 * refusals, and the days clocks stood still.
 *
 * <p>A case counts as answered on the day it closed: for a response sent by secure link, the day
 * the link was issued and the pack made available to the requester (UK GDPR Art 12(3)), not a day
 * an officer typed; for one posted or handed over, the day the officer recorded, which may be
 * neither before the manager's approval nor in the future (delivery/CheckPackApprovedListener).
 */
@Service
class ComplianceReport {

  /** How rows are grouped. */
  enum GroupBy {
    MONTH,
    QUARTER
  }

  /** One period's figures; {@code percentOnTime} is null when nothing closed. */
  record Row(
      String period,
      long received,
      long closed,
      long onTime,
      long late,
      Double percentOnTime,
      long extensions,
      long refusals,
      long clockStopDays) {}

  private final CaseFileQueries cases;

  ComplianceReport(CaseFileQueries cases) {
    this.cases = cases;
  }

  @Transactional(readOnly = true)
  List<Row> rows(LocalDate from, LocalDate to, GroupBy groupBy, CaseType type) {
    Function<LocalDate, String> period = groupBy == GroupBy.MONTH ? ComplianceReport::month : ComplianceReport::quarter;
    Map<String, long[]> figures = new TreeMap<>();
    for (LocalDate day = from.withDayOfMonth(1); !day.isAfter(to); day = day.plusMonths(1)) {
      figures.computeIfAbsent(period.apply(day), key -> new long[7]);
    }
    for (CaseFigures file : cases.figuresActiveBetween(from, to)) {
      if (type != null && file.type() != type) {
        continue;
      }
      count(figures, period, from, to, file.receivedOn(), 0, 1);
      if (file.closedOn() != null && within(file.closedOn(), from, to)) {
        long[] row = figures.get(period.apply(file.closedOn()));
        row[1]++;
        if (file.closedLate()) {
          row[3]++;
        } else {
          row[2]++;
        }
        if (file.outcome() == Outcome.REFUSED) {
          row[5]++;
        }
      }
      count(figures, period, from, to, file.extensionDecidedOn(), 4, 1);
    }
    for (ClockStopFigures stop : cases.clockStopsAnsweredBetween(from, to)) {
      if (type == null || stop.type() == type) {
        count(figures, period, from, to, stop.receivedOn(), 6, StatutoryClock.pausedDays(stop.askedOn(), stop.receivedOn()));
      }
    }
    List<Row> rows = new ArrayList<>();
    figures.forEach(
        (key, f) ->
            rows.add(
                new Row(key, f[0], f[1], f[2], f[3],
                    f[1] == 0 ? null : Math.round(f[2] * 1000.0 / f[1]) / 10.0, f[4], f[5], f[6])));
    return rows;
  }

  private static void count(
      Map<String, long[]> figures, Function<LocalDate, String> period, LocalDate from, LocalDate to,
      LocalDate day, int column, long amount) {
    if (day != null && within(day, from, to)) {
      figures.get(period.apply(day))[column] += amount;
    }
  }

  private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
    return !day.isBefore(from) && !day.isAfter(to);
  }

  static String month(LocalDate day) {
    return YearMonth.from(day).toString();
  }

  static String quarter(LocalDate day) {
    return day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
  }
}
