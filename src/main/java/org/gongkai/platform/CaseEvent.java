package org.gongkai.platform;

/**
 * A state change of a case, published through the event publication registry and externalized to
 * the Kafka topic named by {@link CaseEventTopic} on the case kind's sealed interface, keyed by the
 * case id.
 */
public interface CaseEvent {

  EventEnvelope envelope();

  default String caseId() {
    return envelope().caseId();
  }
}
