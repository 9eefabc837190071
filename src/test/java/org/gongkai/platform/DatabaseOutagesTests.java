package org.gongkai.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseOutagesTests {

  @Test
  void aPoolThatFindsNoConnectionInTimeIsAnOutage() {
    assertThat(
            DatabaseOutages.isOutage(
                new CannotCreateTransactionException(
                    "Could not open JPA EntityManager for transaction",
                    new SQLTransientConnectionException(
                        "HikariPool-1 - Connection is not available, request timed out"))))
        .isTrue();
  }

  @Test
  void aConnectionLostUnderTheProcessEngineIsAnOutage() {
    assertThat(
            DatabaseOutages.isOutage(
                new ProcessEngineException(
                    "could not flush", new SQLException("Communications link failure", "08S01"))))
        .isTrue();
  }

  @Test
  void aRollbackOnAConnectionThePoolClosedIsAnOutage() {
    assertThat(
            DatabaseOutages.isOutage(
                new org.springframework.orm.jpa.JpaSystemException(
                    new RuntimeException(
                        "Unable to rollback against JDBC Connection",
                        new SQLException("Connection is closed")))))
        .isTrue();
  }

  @Test
  void aRefusedWriteOrAnyOtherFaultIsNot() {
    assertThat(
            DatabaseOutages.isOutage(
                new DataIntegrityViolationException(
                    "duplicate", new SQLIntegrityConstraintViolationException("dup", "23000"))))
        .isFalse();
    assertThat(DatabaseOutages.isOutage(new IllegalStateException("bug"))).isFalse();
  }

  @Test
  void theClientIsToldToTryAgainLaterInChinese() {
    assertThat(DatabaseOutages.problem().getStatus())
        .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE.value());
    assertThat(DatabaseOutages.problem().getTitle()).isEqualTo("系统暂时无法访问数据库");
    assertThat(DatabaseOutages.problem().getDetail()).contains("未保存任何更改", "稍后重试");
  }
}
