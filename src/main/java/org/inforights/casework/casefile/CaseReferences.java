package org.inforights.casework.casefile;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out case references, one gap-free sequence per case type and year ({@code SAR-2026-00042}).
 * The counter row is incremented with an update, which locks it until the registering transaction
 * ends: concurrent intakes queue for the next number, and a rolled-back intake returns its number.
 */
@Component
class CaseReferences {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate newTransaction;

  CaseReferences(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.newTransaction = new TransactionTemplate(transactionManager);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The next reference; must run inside the transaction that saves the case. */
  @Transactional(propagation = Propagation.MANDATORY)
  public String next(CaseType type, int year) {
    if (increment(type, year) == 0) {
      createCounter(type, year);
      if (increment(type, year) == 0) {
        throw new IllegalStateException("No reference counter for " + type + " " + year);
      }
    }
    Integer number =
        jdbc.queryForObject(
            "select last_number from case_reference_counter where case_type = ? and ref_year = ?",
            Integer.class,
            type.name(),
            year);
    return "%s-%d-%05d".formatted(type.prefix(), year, number);
  }

  private int increment(CaseType type, int year) {
    return jdbc.update(
        "update case_reference_counter set last_number = last_number + 1"
            + " where case_type = ? and ref_year = ?",
        type.name(),
        year);
  }

  /** The first case of a year creates its counter; a concurrent creator may win, which is fine. */
  private void createCounter(CaseType type, int year) {
    try {
      newTransaction.executeWithoutResult(
          status ->
              jdbc.update(
                  "insert into case_reference_counter (case_type, ref_year, last_number)"
                      + " values (?, ?, 0)",
                  type.name(),
                  year));
    } catch (DataIntegrityViolationException alreadyCreated) {
      // another intake created this year's counter first
    }
  }
}
