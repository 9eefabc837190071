package org.gongkai.platform;

import java.util.function.Supplier;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a command in its own transaction. When the process's timers changed the same case at the
 * same moment (a stale version, a row already written for the same case version), the command is
 * tried again on the fresh state; after three attempts it is refused with a 409 problem.
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
          | DataIntegrityViolationException concurrent) {
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
