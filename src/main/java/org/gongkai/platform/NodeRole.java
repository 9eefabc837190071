package org.gongkai.platform;

import java.util.Locale;

/**
 * What a node of a deployment runs, chosen with {@value NodeRoles#PROPERTY}. Every node has the
 * database, Kafka, the process engine and the actuator; the roles decide what it does with them.
 */
public enum NodeRole {

  /** Pages and API: {@code /api/**}, the pages, {@code /camunda/**}, the API documentation. */
  WEB,

  /**
   * Background work for the whole deployment: the Camunda job executor (every timer, the weekly
   * digest's among them), the outbox resubmission, the scheduled work that runs under {@link
   * ScheduledLocks} (digest mail retries, idempotency keys' purge), the expired sessions' cleanup
   * and the inbound tickets.
   */
  JOBS,

  /** The statistics projector: the consumers that fold case events into the read model. */
  PROJECTOR;

  /** The name used in configuration and health: lower case. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
