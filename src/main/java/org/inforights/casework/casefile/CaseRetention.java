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
 * Erases the personal data of cases closed longer ago than the retention period: the case file's
 * own fields, then every feature's {@link PersonalDataEraser}. Open cases are never touched. Each
 * case is erased in a transaction of its own, so one failure holds back only that case.
 *
 * <p>An erased case keeps its reference, type, dates, outcome and deadline facts, and gains a
 * {@link #ERASED} entry in its audit trail, which is also how a later sweep knows to skip it.
 */
@Service
public class CaseRetention {

  /** The audit action of an erasure. */
  public static final String ERASED = "PERSONAL_DATA_ERASED";

  private static final Logger log = LoggerFactory.getLogger(CaseRetention.class);

  private final CaseFileRepository repository;
  private final List<PersonalDataEraser> erasers;
  private final RetentionProperties properties;
  private final Clock clock;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;

  CaseRetention(
      CaseFileRepository repository,
      List<PersonalDataEraser> erasers,
      RetentionProperties properties,
      Clock clock,
      JdbcTemplate jdbc,
      PlatformTransactionManager transactionManager) {
    this.repository = repository;
    this.erasers = erasers;
    this.properties = properties;
    this.clock = clock;
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  /** The last closing day whose cases are due for erasure today. */
  public LocalDate erasableClosedOnOrBefore() {
    return LocalDate.now(clock).minus(properties.closedCases()).minusDays(1);
  }

  /** Erases every case due for erasure today; returns the references erased. */
  public List<String> eraseExpired() {
    LocalDate closedBy = erasableClosedOnOrBefore();
    List<Long> due =
        jdbc.queryForList(
            "select c.id from case_file c where c.status = 'CLOSED' and c.closed_on <= ?"
                + " and not exists (select 1 from case_audit a where a.case_id = c.id and a.action = ?)"
                + " order by c.closed_on, c.id",
            Long.class,
            closedBy,
            ERASED);
    List<String> erased = new ArrayList<>();
    for (Long id : due) {
      try {
        String reference = transaction.execute(status -> erase(id, closedBy));
        if (reference != null) {
          erased.add(reference);
        }
      } catch (RuntimeException e) {
        // the case id only: the message of a failure may quote the data being erased
        log.error("Could not erase the personal data of case id {} ({}); the next sweep tries again",
            id, e.getClass().getSimpleName());
      }
    }
    if (!erased.isEmpty()) {
      log.info("Erased the personal data of {} case(s) closed on or before {}", erased.size(), closedBy);
    }
    return erased;
  }

  private String erase(Long id, LocalDate closedBy) {
    CaseFile file = repository.findById(id).orElse(null);
    if (file == null
        || file.status() != CaseStatus.CLOSED
        || file.closedOn().isAfter(closedBy)
        || file.isErased()
        || !erasers.stream().allMatch(eraser -> eraser.mayErase(file))) {
      return null;
    }
    for (PersonalDataEraser eraser : erasers) {
      eraser.erase(file);
    }
    file.erasePersonalData(closedBy.plusDays(1), "system", clock.instant());
    return file.reference();
  }
}
