package org.gongkai.statistics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.gongkai.platform.GongkaiTopics;
import org.gongkai.statistics.StatisticsProjector.EventRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Case events the projector cannot count — unreadable, outside the contract, or refused by the read
 * model on their own — go to {@value GongkaiTopics#STATISTICS_DEAD_LETTER}: the original value
 * unchanged, with the reason ({@value #REASON_HEADER}) and where it came from in the headers. Each
 * is counted in the metric {@value #METRIC} and shown in the health component {@code
 * statisticsProjector} (status stays UP: the figures are complete but for those events).
 *
 * <p>The send waits for the broker's acknowledgement, inside the batch's transaction: if it fails,
 * the batch is rolled back and read again, so no event is dropped without its dead letter.
 */
@Component("statisticsProjectorHealthIndicator")
class StatisticsDeadLetters implements HealthIndicator, DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(StatisticsDeadLetters.class);

  static final String REASON_HEADER = "gongkai-dead-letter-reason";
  static final String METRIC = "gongkai.statistics.dead.letters";

  private final DefaultKafkaProducerFactory<String, String> producers;
  private final KafkaTemplate<String, String> template;
  private final Counter counter;
  private final Clock clock;
  private final AtomicLong sent = new AtomicLong();
  private final AtomicReference<@Nullable Map<String, Object>> last = new AtomicReference<>();

  StatisticsDeadLetters(KafkaProperties kafka, MeterRegistry meters, Clock clock) {
    // the original text goes out as it came: a String template, not the application's JSON one
    this.producers =
        new DefaultKafkaProducerFactory<>(
            kafka.buildProducerProperties(null), new StringSerializer(), new StringSerializer());
    this.template = new KafkaTemplate<>(producers);
    this.counter =
        Counter.builder(METRIC)
            .description("Case events the statistics projector could not count")
            .register(meters);
    this.clock = clock;
  }

  /** Sends the event to the dead-letter topic and waits for the broker to take it. */
  void send(EventRecord event, String reason) {
    ProducerRecord<String, String> letter =
        new ProducerRecord<>(GongkaiTopics.STATISTICS_DEAD_LETTER, null, event.value());
    letter.headers().add(REASON_HEADER, reason.getBytes(StandardCharsets.UTF_8));
    letter.headers().add("gongkai-original-topic", bytes(event.topic()));
    letter.headers().add("gongkai-original-partition", bytes(Integer.toString(event.partition())));
    letter.headers().add("gongkai-original-offset", bytes(Long.toString(event.offset())));
    try {
      template.send(letter).get(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KafkaException("Interrupted while sending a dead letter", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new KafkaException("Could not send a dead letter of the statistics projector", e);
    }
    counter.increment();
    sent.incrementAndGet();
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("topic", event.topic());
    detail.put("partition", event.partition());
    detail.put("offset", event.offset());
    detail.put("reason", reason);
    detail.put("at", Instant.now(clock).toString());
    last.set(detail);
    log.error(
        "A case event at {}-{}@{} cannot be counted and went to {}: {}",
        event.topic(),
        event.partition(),
        event.offset(),
        GongkaiTopics.STATISTICS_DEAD_LETTER,
        reason);
  }

  /**
   * Sends the event to the dead-letter topic and moves the generation's position past it, so that
   * the events after it are counted; in the caller's transaction.
   */
  void skip(EventRecord event, String reason, StatisticsReadModel generation) {
    send(event, reason);
    generation.advance(
        new StatisticsReadModel.PartitionKey(event.topic(), event.partition()), event.offset() + 1);
  }

  @Override
  public Health health() {
    Health.Builder health =
        Health.up()
            .withDetail("deadLetterTopic", GongkaiTopics.STATISTICS_DEAD_LETTER)
            .withDetail("deadLettersSinceStart", sent.get());
    Map<String, Object> latest = last.get();
    if (latest != null) {
      health.withDetail("lastDeadLetter", latest);
    }
    return health.build();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void destroy() {
    producers.destroy();
  }
}
