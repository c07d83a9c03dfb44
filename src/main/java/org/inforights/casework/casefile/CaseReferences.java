package org.inforights.casework.casefile;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import javax.sql.DataSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out case references, one gap-free sequence per case type and year ({@code SAR-2026-00042}).
 * The counter row is incremented with an update, which locks it until the registering transaction
 * ends: concurrent intakes queue for the next number, and a rolled-back intake returns its number.
 *
 * <p>Everything happens on the registering transaction's own connection. The first intake of a
 * year creates the year's counter behind a savepoint rather than in a transaction of its own: a
 * second connection per intake would let a burst of first intakes, each holding one connection
 * and waiting for another, exhaust the pool and fail together.
 */
@Component
class CaseReferences {

  private final JdbcTemplate jdbc;
  private final DataSource dataSource;

  CaseReferences(JdbcTemplate jdbc, DataSource dataSource) {
    this.jdbc = jdbc;
    this.dataSource = dataSource;
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

  /**
   * The first case of a year creates its counter. A concurrent first intake may create it first:
   * this insert then waits for that intake to commit, fails on the key, and is undone back to the
   * savepoint (PostgreSQL would otherwise abort the whole transaction) so the increment can go on.
   */
  private void createCounter(CaseType type, int year) {
    Connection connection = DataSourceUtils.getConnection(dataSource);
    Savepoint beforeInsert = savepoint(connection);
    try {
      jdbc.update(
          "insert into case_reference_counter (case_type, ref_year, last_number) values (?, ?, 0)",
          type.name(),
          year);
      release(connection, beforeInsert);
    } catch (DataIntegrityViolationException alreadyCreated) {
      rollback(connection, beforeInsert);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  private static Savepoint savepoint(Connection connection) {
    try {
      return connection.setSavepoint();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot set a savepoint for the reference counter", e);
    }
  }

  private static void release(Connection connection, Savepoint savepoint) {
    try {
      connection.releaseSavepoint(savepoint);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot release the reference counter's savepoint", e);
    }
  }

  private static void rollback(Connection connection, Savepoint savepoint) {
    try {
      connection.rollback(savepoint);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot undo the reference counter's duplicate insert", e);
    }
  }
}
