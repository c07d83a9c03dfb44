package org.inforights.casework.platform;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a person's request on a case as one transaction and, when it loses a race on the case file
 * or its process (an optimistic lock), runs the whole of it again in a new transaction, a few
 * times, before the request is answered with a conflict.
 *
 * <p>Most such races are with the system's own work: the acknowledgement, reminder or breach job
 * of the case ran at that moment. The person's intent has not changed, so they should not see
 * "someone else changed this case". A retry starts from the case as it is now and checks every
 * rule afresh: when the other side was a person whose change makes the request impossible (the
 * clock already stopped, the case already extended or closed), the retry is refused with that
 * state conflict, which names it; when their change leaves the request possible (two notes), both
 * stand. Only a conflict that persists through every attempt is answered as a concurrent change.
 */
@Component
public class ConflictRetry {

  /** Attempts in all, the first included. */
  static final int ATTEMPTS = 5;

  /**
   * SQL states of a row changed under a transaction: H2's "concurrent update", and the
   * serialization failure and deadlock of H2 and PostgreSQL.
   */
  private static final java.util.Set<String> RACE_STATES = java.util.Set.of("90131", "40001", "40P01");

  private static final Logger log = LoggerFactory.getLogger(ConflictRetry.class);

  private final TransactionTemplate transactions;

  ConflictRetry(PlatformTransactionManager transactionManager) {
    this.transactions = new TransactionTemplate(transactionManager);
  }

  /**
   * {@code work} in a transaction of its own, retried while it loses to a concurrent change. Inside
   * a transaction already begun it runs once: only the outermost unit of work can be re-run whole.
   */
  public <T> T run(Supplier<T> work) {
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      return work.get();
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return transactions.execute(status -> work.get());
      } catch (RuntimeException e) {
        if (attempt >= ATTEMPTS || !isConcurrentChange(e)) {
          throw e;
        }
        log.debug("A request lost a race on its case (attempt {} of {}); running it again", attempt, ATTEMPTS);
        pause(attempt);
      }
    }
  }

  /** The same for work without a result. */
  public void run(Runnable work) {
    run(
        () -> {
          work.run();
          return null;
        });
  }

  /**
   * An optimistic lock of the engine or of the case file, anywhere in the cause chain; or the
   * engine tripping over an execution that a job removed while this request was correlating a
   * message to it (a null where its own cache expected the process instance), which is the same
   * race seen from the other side; or the database refusing a row another transaction changed
   * meanwhile (H2's concurrent update, a deadlock or serialization failure broken by the database).
   */
  static boolean isConcurrentChange(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof OptimisticLockingException
          || cause instanceof OptimisticLockingFailureException
          || cause instanceof jakarta.persistence.OptimisticLockException
          || cause instanceof org.hibernate.StaleStateException
          || (cause instanceof NullPointerException && thrownInTheEngine(cause))
          || (cause instanceof java.sql.SQLException sql && RACE_STATES.contains(sql.getSQLState()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean thrownInTheEngine(Throwable error) {
    StackTraceElement[] stack = error.getStackTrace();
    return stack.length > 0 && stack[0].getClassName().startsWith("org.camunda.bpm.engine.impl.pvm.");
  }

  /** A short, growing, random wait, so that the racers do not meet again at once. */
  private static void pause(int attempt) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(5, 25L * attempt));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting to retry", e);
    }
  }
}
