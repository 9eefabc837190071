package org.gongkai.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Resubmits event publications that Kafka has not acknowledged, on a schedule rather than only at
 * restart: on one node at a time (a {@link ScheduledLocks database lock}), in batches, and only
 * publications older than the producer's delivery timeout, and not resubmitted within it, so that
 * an event still being sent is not sent again. Only on nodes with the {@link NodeRole#JOBS jobs}
 * role.
 */
@Component
@ConditionalOnNodeRole(NodeRole.JOBS)
class EventPublicationResubmitter {

  private static final Logger log = LoggerFactory.getLogger(EventPublicationResubmitter.class);
  private static final String LOCK = "event-publication-resubmission";

  /** Kafka's default {@code delivery.timeout.ms}. */
  private static final Duration KAFKA_DEFAULT_DELIVERY_TIMEOUT = Duration.ofMinutes(2);

  private final IncompleteEventPublications incompletePublications;
  private final ScheduledLocks locks;
  private final Clock clock;
  private final Duration olderThan;
  private final Duration interval;
  private final int batchSize;

  /**
   * When this node last resubmitted each publication: the publication date does not move with a
   * resubmission, so without this a publication still in flight would be sent again every interval.
   */
  private final Map<UUID, Instant> resubmitted = new ConcurrentHashMap<>();

  EventPublicationResubmitter(
      IncompleteEventPublications incompletePublications,
      ScheduledLocks locks,
      Clock clock,
      KafkaProperties kafka,
      @Value("${gongkai.events.resubmit-older-than:PT5M}") Duration olderThan,
      @Value("${gongkai.events.resubmit-interval:PT30S}") Duration interval,
      @Value("${gongkai.events.resubmit-batch-size:500}") int batchSize) {
    this.incompletePublications = incompletePublications;
    this.locks = locks;
    this.clock = clock;
    this.olderThan = olderThan;
    this.interval = interval;
    this.batchSize = batchSize;
    Duration deliveryTimeout = deliveryTimeout(kafka);
    if (olderThan.compareTo(deliveryTimeout) <= 0) {
      throw new IllegalStateException(
          "gongkai.events.resubmit-older-than ("
              + olderThan
              + ") must be longer than the Kafka producer's delivery.timeout.ms ("
              + deliveryTimeout
              + "), or events still in flight are sent twice");
    }
  }

  @Scheduled(
      fixedDelayString = "${gongkai.events.resubmit-interval:PT30S}",
      initialDelayString = "${gongkai.events.resubmit-interval:PT30S}")
  void resubmitUnacknowledged() {
    locks.runExclusively(
        LOCK, interval.dividedBy(2), interval.multipliedBy(10), this::resubmitWhatIsDue);
  }

  /**
   * Batch after batch while more is due, so that a backlog (the broker was away) drains at once
   * rather than one batch per interval; at most ten batches a turn.
   */
  private void resubmitWhatIsDue() {
    for (int batch = 0; batch < 10 && resubmitOneBatch(); batch++) {
      // the next batch
    }
  }

  /** Resubmits one batch of what is due; true if more was due than the batch took. */
  private boolean resubmitOneBatch() {
    AtomicInteger taken = new AtomicInteger();
    Instant now = clock.instant();
    Instant cutoff = now.minus(olderThan);
    resubmitted.values().removeIf(at -> at.isBefore(cutoff.minus(olderThan)));
    incompletePublications.resubmitIncompletePublications(
        publication -> {
          Instant last = resubmitted.get(publication.getIdentifier());
          boolean due =
              publication.getPublicationDate().isBefore(cutoff)
                  && (last == null || last.isBefore(cutoff))
                  && taken.incrementAndGet() <= batchSize;
          if (due) {
            resubmitted.put(publication.getIdentifier(), now);
          }
          return due;
        });
    if (taken.get() > 0) {
      log.info(
          "Resubmitted {} event publications not acknowledged by Kafka",
          Math.min(taken.get(), batchSize));
    }
    return taken.get() > batchSize;
  }

  private static Duration deliveryTimeout(KafkaProperties kafka) {
    String configured = kafka.getProducer().getProperties().get("delivery.timeout.ms");
    return configured == null
        ? KAFKA_DEFAULT_DELIVERY_TIMEOUT
        : Duration.ofMillis(Long.parseLong(configured.strip()));
  }
}
