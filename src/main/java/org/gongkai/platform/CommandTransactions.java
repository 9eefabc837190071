package org.gongkai.platform;

import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a command in its own transaction. When the process's timers changed the same case at the
 * same moment (a stale version, a timeline row already written for the same case version, a lock
 * lost to a deadlock, a lock wait that timed out — H2 reports it as a query timeout), the command
 * is tried again on the fresh state, after a short random pause that grows with each attempt; after
 * five attempts it is refused with a 409 problem. Any other integrity violation is a defect and
 * surfaces as one.
 */
@Component
public class CommandTransactions {

  private static final int ATTEMPTS = 5;

  /** MySQL's error codes for a deadlock and for a lock wait that timed out. */
  private static final Set<Integer> LOCK_ERRORS = Set.of(1213, 1205);

  private final TransactionTemplate transactions;
  private final IdempotentCommands idempotentCommands;

  CommandTransactions(
      PlatformTransactionManager transactionManager, IdempotentCommands idempotentCommands) {
    this.transactions = new TransactionTemplate(transactionManager);
    this.idempotentCommands = idempotentCommands;
  }

  /**
   * @param conflict the Chinese detail of the 409 problem when every attempt met a concurrent
   *     change
   */
  public <T> T run(String conflict, Supplier<T> command) {
    for (int attempt = 1; ; attempt++) {
      try {
        return transactions.execute(
            status -> {
              T result = command.get();
              idempotentCommands.committing(result);
              return result;
            });
      } catch (OptimisticLockingFailureException
          | OptimisticLockingException
          | DuplicateKeyException
          | PessimisticLockingFailureException
          | QueryTimeoutException concurrent) {
        if (attempt == ATTEMPTS) {
          throw ProblemException.conflict(conflict);
        }
      } catch (ProcessEngineException engine) {
        if (!concurrentlyRemovedExecution(engine) && !lostALock(engine)) {
          throw engine;
        }
        if (attempt == ATTEMPTS) {
          throw ProblemException.conflict(conflict);
        }
      }
      backOff(attempt);
    }
  }

  /**
   * Waits a little longer after each attempt, with jitter, so that two transactions that collided
   * do not collide again at once.
   */
  private static void backOff(int attempt) {
    long millis = ThreadLocalRandom.current().nextLong(5, 20L << attempt);
    try {
      Thread.sleep(millis);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while retrying a command", interrupted);
    }
  }

  /**
   * Camunda's ENGINE-03077 ("Cannot resolve parent with id …"): a timer job of the same process
   * ended or replaced the execution while the command was reading it — a concurrent change like a
   * stale version, seen when a command follows at once on a back-dated registration whose timers
   * fire.
   */
  private static boolean concurrentlyRemovedExecution(ProcessEngineException engine) {
    return engine.getMessage() != null && engine.getMessage().contains("ENGINE-03077");
  }

  /**
   * The engine's own statements lost a lock to another transaction (a deadlock, or a lock wait that
   * timed out): the database rolled the work back, and trying again on the fresh state is safe.
   */
  static boolean lostALock(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql
          && (LOCK_ERRORS.contains(sql.getErrorCode()) || "40001".equals(sql.getSQLState()))) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }
}
