package org.gongkai.supervision;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which leader is to get which published digest by mail, and whether they did ({@code
 * supervision_digest_delivery}): one row per digest and leader, {@code PENDING} until the mail
 * server took the message. A sender claims a due row by moving its next attempt forward, which only
 * one sender can do, so two nodes — or a retry and a publication — never both send it. Every change
 * after the recording commits on its own, also when made after the publication's commit.
 */
@Component
class DigestDeliveries {

  /** What became of a delivery. */
  enum State {
    PENDING,
    SENT,
    /** The leader had no address any more when it was sent. */
    NO_ADDRESS,
    /** Still failing long after the publication: no longer tried. */
    GAVE_UP
  }

  /** A leader's delivery of a published digest. */
  record Delivery(
      String agencyCode,
      String isoWeek,
      boolean includeSubordinates,
      String username,
      int attempts) {}

  private static final String KEY =
      "agency_code = ? AND iso_week = ? AND include_subordinates = ? AND username = ?";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  DigestDeliveries(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Records, with the publication, a delivery to each leader not recorded for the digest yet. A
   * digest that is not stored (that of the week still running) gets none.
   */
  void record(WeeklyDigest digest, Collection<String> usernames, Instant now) {
    Set<String> recorded =
        Set.copyOf(
            jdbc.queryForList(
                "SELECT username FROM supervision_digest_delivery WHERE agency_code = ? AND"
                    + " iso_week = ? AND include_subordinates = ?",
                String.class,
                digest.agencyCode(),
                digest.week(),
                digest.includeSubordinates()));
    for (String username : usernames) {
      if (recorded.contains(username)) {
        continue;
      }
      try {
        jdbc.update(
            "INSERT INTO supervision_digest_delivery (agency_code, iso_week, include_subordinates,"
                + " username, state, recorded_at, attempts, next_attempt_at) SELECT agency_code,"
                + " iso_week, include_subordinates, ?, ?, ?, 0, ? FROM supervision_digest WHERE"
                + " agency_code = ? AND iso_week = ? AND include_subordinates = ?",
            username,
            State.PENDING.name(),
            Timestamp.from(now),
            Timestamp.from(now),
            digest.agencyCode(),
            digest.week(),
            digest.includeSubordinates());
      } catch (DuplicateKeyException recordedMeanwhile) {
        // another node published the same digest at the same moment
      }
    }
  }

  /**
   * The pending deliveries due by {@code now}, of one digest or, when null, of all; oldest first.
   */
  List<Delivery> due(@Nullable WeeklyDigest digest, Instant now, int limit) {
    String ofDigest =
        digest == null ? "" : " AND agency_code = ? AND iso_week = ? AND include_subordinates = ?";
    Object[] arguments =
        digest == null
            ? new Object[] {State.PENDING.name(), Timestamp.from(now)}
            : new Object[] {
              State.PENDING.name(),
              Timestamp.from(now),
              digest.agencyCode(),
              digest.week(),
              digest.includeSubordinates()
            };
    return jdbc.query(
        "SELECT agency_code, iso_week, include_subordinates, username, attempts FROM"
            + " supervision_digest_delivery WHERE state = ? AND next_attempt_at <= ?"
            + ofDigest
            + " ORDER BY recorded_at, agency_code, iso_week, username LIMIT "
            + limit,
        (row, i) ->
            new Delivery(
                row.getString(1),
                row.getString(2),
                row.getBoolean(3),
                row.getString(4),
                row.getInt(5)),
        arguments);
  }

  /**
   * Takes a due delivery for sending until {@code until}.
   *
   * @return false when another sender took it first, or it is no longer due
   */
  boolean claim(Delivery delivery, Instant now, Instant until) {
    return Boolean.TRUE.equals(
        ownTransaction.execute(
            status ->
                jdbc.update(
                        "UPDATE supervision_digest_delivery SET attempts = attempts + 1,"
                            + " next_attempt_at = ? WHERE "
                            + KEY
                            + " AND state = ? AND next_attempt_at <= ?",
                        Timestamp.from(until),
                        delivery.agencyCode(),
                        delivery.isoWeek(),
                        delivery.includeSubordinates(),
                        delivery.username(),
                        State.PENDING.name(),
                        Timestamp.from(now))
                    == 1));
  }

  /** The mail server took the message. */
  void sent(Delivery delivery, Instant at) {
    update("state = ?, sent_at = ?, last_failure = NULL", delivery, State.SENT.name(), at);
  }

  /**
   * Sending failed; tried again from {@code retryAt}.
   *
   * @param reason why, without personal data
   */
  void failed(Delivery delivery, Instant retryAt, String reason) {
    update(
        "next_attempt_at = ?, last_failure = ?",
        delivery,
        retryAt,
        reason.length() > 500 ? reason.substring(0, 500) : reason);
  }

  /** The leader has no address any more: nothing to send. */
  void noAddress(Delivery delivery) {
    update("state = ?", delivery, State.NO_ADDRESS.name());
  }

  /**
   * Gives up the deliveries still pending that were recorded before {@code cutoff}.
   *
   * @return how many
   */
  int giveUpRecordedBefore(Instant cutoff) {
    Integer given =
        ownTransaction.execute(
            status ->
                jdbc.update(
                    "UPDATE supervision_digest_delivery SET state = ? WHERE state = ? AND"
                        + " recorded_at < ?",
                    State.GAVE_UP.name(),
                    State.PENDING.name(),
                    Timestamp.from(cutoff)));
    return given == null ? 0 : given;
  }

  private void update(String assignments, Delivery delivery, Object... values) {
    Object[] arguments = new Object[values.length + 4];
    for (int i = 0; i < values.length; i++) {
      arguments[i] = values[i] instanceof Instant instant ? Timestamp.from(instant) : values[i];
    }
    arguments[values.length] = delivery.agencyCode();
    arguments[values.length + 1] = delivery.isoWeek();
    arguments[values.length + 2] = delivery.includeSubordinates();
    arguments[values.length + 3] = delivery.username();
    ownTransaction.executeWithoutResult(
        status ->
            jdbc.update(
                "UPDATE supervision_digest_delivery SET " + assignments + " WHERE " + KEY,
                arguments));
  }
}
