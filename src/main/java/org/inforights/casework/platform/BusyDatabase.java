package org.inforights.casework.platform;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * A request that failed only because the database was busy: a row lock not granted in time, a
 * deadlock broken by the database, or no free connection. The transaction was rolled back, so
 * nothing was saved, and the same request may well succeed a moment later. Both {@code /api} and
 * {@code /engine-rest} answer it with 503 and a {@code Retry-After}, never a 500.
 *
 * <p>Two people changing one case at once is not this: that is a conflict (409), which a retry of
 * the same request would only repeat.
 */
public final class BusyDatabase {

  /** Seconds a client should wait before sending the same request again. */
  public static final int RETRY_AFTER_SECONDS = 5;

  public static final String TITLE = "Database busy";

  public static final String DETAIL =
      "The case database was too busy to answer in time; nothing was saved. Try again in a few seconds";

  /** PostgreSQL's SQL states for a lock not granted and for a deadlock or serialization failure. */
  private static final String LOCK_NOT_AVAILABLE = "55P03";

  private static final String TRANSACTION_ROLLBACK_CLASS = "40";

  private BusyDatabase() {}

  /** Whether {@code error}, or anything in its cause chain, says the database was busy. */
  public static boolean isCause(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof OptimisticLockingFailureException) {
        return false;
      }
      if (cause instanceof TransientDataAccessException
          || cause instanceof CannotCreateTransactionException
          || cause instanceof SQLTransientException
          || cause instanceof SQLException sql && busyState(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  private static boolean busyState(String state) {
    return state != null && (state.equals(LOCK_NOT_AVAILABLE) || state.startsWith(TRANSACTION_ROLLBACK_CLASS));
  }
}
