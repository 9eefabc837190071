package org.gongkai.statistics;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.KafkaException;
import org.springframework.transaction.TransactionException;

/** How the projector and the rebuild tell a poison event from a failure worth waiting for. */
final class ProjectionFailures {

  private ProjectionFailures() {}

  /** The database or the broker away, a lock wait, a deadlock: worth waiting for, not poison. */
  static boolean isTransient(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof TransientDataAccessException
          || cause instanceof RecoverableDataAccessException
          || cause instanceof DataAccessResourceFailureException
          || cause instanceof TransactionException
          || cause instanceof KafkaException
          || cause instanceof java.sql.SQLTransientException
          || cause instanceof java.sql.SQLRecoverableException) {
        return true;
      }
    }
    return false;
  }

  static String rootMessage(@Nullable Throwable failure) {
    Throwable root = failure;
    while (root != null && root.getCause() != null) {
      root = root.getCause();
    }
    String message = root == null ? null : root.getMessage();
    if (message == null) {
      message = root == null ? "未知原因" : root.getClass().getSimpleName();
    }
    return message.length() > 500 ? message.substring(0, 500) : message;
  }
}
