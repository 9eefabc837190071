package org.gongkai.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

/** Which of the engine's failures a command may safely try again. */
class CommandTransactionsTests {

  @Test
  void aDeadlockOrALockWaitTimeoutInsideTheEngineIsTriedAgain() {
    SQLException deadlock =
        new SQLTransactionRollbackException(
            "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213);
    SQLException lockWait = new SQLException("Lock wait timeout exceeded", "HY000", 1205);

    assertThat(
            CommandTransactions.lostALock(
                new ProcessEngineException(
                    "ENGINE-03083 Exception while executing Batch Database Operations",
                    new RuntimeException("flush", deadlock))))
        .isTrue();
    assertThat(CommandTransactions.lostALock(new ProcessEngineException("x", lockWait))).isTrue();
  }

  @Test
  void anyOtherEngineFailureIsNot() {
    SQLException constraint = new SQLException("Cannot add or update a child row", "23000", 1452);

    assertThat(CommandTransactions.lostALock(new ProcessEngineException("x", constraint)))
        .isFalse();
    assertThat(CommandTransactions.lostALock(new ProcessEngineException("no cause"))).isFalse();
  }
}
