package org.gongkai.platform;

import java.util.function.Supplier;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a command in its own transaction. When the process's timers changed the same case at the
 * same moment (a stale version, a timeline row already written for the same case version, a lock
 * lost to a deadlock), the command is tried again on the fresh state; after three attempts it is
 * refused with a 409 problem. Any other integrity violation is a defect and surfaces as one.
 */
@Component
public class CommandTransactions {

  private static final int ATTEMPTS = 3;

  private final TransactionTemplate transactions;

  CommandTransactions(PlatformTransactionManager transactionManager) {
    this.transactions = new TransactionTemplate(transactionManager);
  }

  /**
   * @param conflict the Chinese detail of the 409 problem when every attempt met a concurrent
   *     change
   */
  public <T> T run(String conflict, Supplier<T> command) {
    for (int attempt = 1; ; attempt++) {
      try {
        return transactions.execute(status -> command.get());
      } catch (OptimisticLockingFailureException
          | OptimisticLockingException
          | DuplicateKeyException
          | PessimisticLockingFailureException concurrent) {
        if (attempt == ATTEMPTS) {
          throw ProblemException.conflict(conflict);
        }
      } catch (ProcessEngineException engine) {
        if (!concurrentlyRemovedExecution(engine) || attempt == ATTEMPTS) {
          throw engine;
        }
      }
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
}
