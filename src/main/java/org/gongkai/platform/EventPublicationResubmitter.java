package org.gongkai.platform;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Resubmits event publications that Kafka has not acknowledged yet, on a schedule rather than only
 * at restart. Consumers are idempotent, so a publication resubmitted by two instances is harmless.
 */
@Component
class EventPublicationResubmitter {

  private final IncompleteEventPublications incompletePublications;
  private final Duration olderThan;

  EventPublicationResubmitter(
      IncompleteEventPublications incompletePublications,
      @Value("${gongkai.events.resubmit-older-than:PT1M}") Duration olderThan) {
    this.incompletePublications = incompletePublications;
    this.olderThan = olderThan;
  }

  @Scheduled(
      fixedDelayString = "${gongkai.events.resubmit-interval:PT30S}",
      initialDelayString = "${gongkai.events.resubmit-interval:PT30S}")
  void resubmitUnacknowledged() {
    incompletePublications.resubmitIncompletePublicationsOlderThan(olderThan);
  }
}
