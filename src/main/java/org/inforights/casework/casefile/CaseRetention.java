package org.inforights.casework.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erases the personal data of closed cases whose retention ended ({@link RetentionSchedule}: by
 * class of record): the case file's own fields, then every feature's {@link PersonalDataEraser}.
 * Open cases are never touched, nor a case under a legal hold ({@link LegalHolds}). Each case is
 * erased in a transaction of its own, so one failure holds back only that case.
 *
 * <p>An erased case keeps its reference, type, dates, outcome and deadline facts, and gains a
 * {@link AuditAction#PERSONAL_DATA_ERASED} entry in its audit trail, which is also how a later sweep knows to skip it.
 */
@Service
public class CaseRetention {

  private static final Logger log = LoggerFactory.getLogger(CaseRetention.class);

  private final CaseFileRepository repository;
  private final List<PersonalDataEraser> erasers;
  private final RetentionSchedule schedule;
  private final Clock clock;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;

  CaseRetention(
      CaseFileRepository repository,
      List<PersonalDataEraser> erasers,
      RetentionSchedule schedule,
      Clock clock,
      JdbcTemplate jdbc,
      PlatformTransactionManager transactionManager) {
    this.repository = repository;
    this.erasers = erasers;
    this.schedule = schedule;
    this.clock = clock;
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  /** The last closing day whose cases may be due for erasure today: no class keeps a case less long. */
  public LocalDate erasableClosedOnOrBefore() {
    return schedule.closedOnOrBefore(LocalDate.now(clock));
  }

  /**
   * Erases every case whose class's retention ended before today and that no legal hold keeps;
   * returns the references erased.
   */
  public List<String> eraseExpired() {
    LocalDate today = LocalDate.now(clock);
    LocalDate closedBy = schedule.closedOnOrBefore(today);
    List<Candidate> candidates =
        jdbc.query(
            "select c.id, c.case_type, c.closed_on, c.subject_date_of_birth,"
                + " (select max(ch.date_of_birth) from case_child ch where ch.case_id = c.id) youngest_child"
                + " from case_file c where c.status = 'CLOSED' and c.closed_on <= ?"
                + " and not exists (select 1 from case_audit a where a.case_id = c.id and a.action = ?)"
                + " and not " + LegalHolds.ACTIVE_HOLD_EXISTS.formatted("c.id")
                + " order by c.closed_on, c.id",
            (row, i) -> new Candidate(
                row.getLong("id"),
                CaseType.valueOf(row.getString("case_type")),
                row.getObject("closed_on", LocalDate.class),
                row.getObject("subject_date_of_birth", LocalDate.class),
                row.getObject("youngest_child", LocalDate.class)),
            closedBy,
            AuditAction.PERSONAL_DATA_ERASED.name());
    List<String> erased = new ArrayList<>();
    for (Candidate candidate : candidates) {
      LocalDate keptUntil = candidate.keptUntil(schedule);
      if (!keptUntil.isBefore(today)) {
        continue;
      }
      try {
        String reference = transaction.execute(status -> erase(candidate.id(), keptUntil, today));
        if (reference != null) {
          erased.add(reference);
        }
      } catch (RuntimeException e) {
        // the case id only: the message of a failure may quote the data being erased
        log.error("Could not erase the personal data of case id {} ({}); the next sweep tries again",
            candidate.id(), e.getClass().getSimpleName());
      }
    }
    if (!erased.isEmpty()) {
      log.info("Erased the personal data of {} case(s) whose retention ended before {}", erased.size(), today);
    }
    return erased;
  }

  /** A closed case not yet erased, with what its retention is counted from. */
  private record Candidate(
      long id, CaseType type, LocalDate closedOn, LocalDate subjectBorn, LocalDate youngestChildBorn) {

    LocalDate keptUntil(RetentionSchedule schedule) {
      return schedule.keptUntil(type, closedOn, java.util.Arrays.asList(subjectBorn, youngestChildBorn));
    }
  }

  private boolean onHold(Long id) {
    return Boolean.TRUE.equals(jdbc.queryForObject(
        "select count(*) > 0 from case_legal_hold where case_id = ? and released_at is null", Boolean.class, id));
  }

  private String erase(Long id, LocalDate keptUntil, LocalDate today) {
    CaseFile file = repository.findById(id).orElse(null);
    if (file == null
        || file.status() != CaseStatus.CLOSED
        || file.isErased()
        || onHold(id) // a hold placed since the sweep began
        || !erasers.stream().allMatch(eraser -> eraser.mayErase(file))) {
      return null;
    }
    for (PersonalDataEraser eraser : erasers) {
      eraser.erase(file);
    }
    jdbc.update(
        "update case_legal_hold set reason = ?, release_reason = null where case_id = ?",
        PersonalDataEraser.ERASED_TEXT, id);
    file.erasePersonalData(keptUntil.plusDays(1), "system", clock.instant());
    return file.reference();
  }
}
