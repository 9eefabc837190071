package org.gongkai.platform;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure that only means "the database cannot be reached now" (the pool found no
 * connection in time, a connection was refused or broke) from a fault of the request or the code,
 * so that the client is told to try again later (503) instead of being shown an internal error.
 */
public final class DatabaseOutages {

  /** Seconds a client is asked to wait before trying again. */
  public static final int RETRY_AFTER_SECONDS = 5;

  private DatabaseOutages() {}

  public static boolean isOutage(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLTransientConnectionException
          || cause instanceof SQLRecoverableException
          || cause instanceof ConnectException
          || cause instanceof CannotCreateTransactionException
          || cause instanceof DataAccessResourceFailureException) {
        return true;
      }
      // SQLSTATE class 08: connection exception
      if (cause instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("08")) {
        return true;
      }
      // the pool's proxy of a connection it closed after a failure says so, without a SQLSTATE;
      // a transaction that cannot even be rolled back on it lost its connection
      if (cause instanceof SQLException sql
          && sql.getSQLState() == null
          && String.valueOf(sql.getMessage()).startsWith("Connection is closed")) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  public static ProblemDetail problem() {
    return Problems.of(
        HttpStatus.SERVICE_UNAVAILABLE,
        "database-unavailable",
        "系统暂时无法访问数据库",
        "数据库暂时无法连接，本次操作未保存任何更改。请稍后重试（同一请求可携带相同的 Idempotency-Key 重试）。");
  }
}
