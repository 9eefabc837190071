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

  /** The kind of case, e.g. {@code DISCLOSURE} or {@code COMPLAINT}; not part of the JSON. */
  String caseKind();

  /** One line for the case's timeline, in Chinese; not part of the JSON. */
  String summary();
}
