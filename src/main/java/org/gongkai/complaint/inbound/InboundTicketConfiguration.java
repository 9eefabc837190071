package org.gongkai.complaint.inbound;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.gongkai.platform.GongkaiTopics;
import org.gongkai.platform.NodeRole;
import org.gongkai.platform.NodeRoles;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The listener container of inbound tickets: String values, and a dead-letter recoverer that
 * publishes the original text unchanged to {@value GongkaiTopics#INBOUND_TICKETS_DEAD_LETTER} with
 * the reason in the {@value #REASON_HEADER} header. Malformed tickets are not retried; other
 * failures are tried three times, a second apart, first.
 *
 * <p>The dead letters get their own String-valued template: the application's template writes
 * values as JSON, which would wrap the original text in quotes. Neither it nor its factories are
 * beans, so that Boot's auto-configured template, which the event externalization uses, stays.
 */
@Configuration(proxyBeanMethods = false)
class InboundTicketConfiguration implements DisposableBean {

  static final String CONTAINER_FACTORY = "inboundTicketListenerContainerFactory";

  /** The header of a dead letter that says, in Chinese, why the ticket was refused. */
  static final String REASON_HEADER = "gongkai-dead-letter-reason";

  private DefaultKafkaProducerFactory<String, String> deadLetterProducers;

  @Bean(CONTAINER_FACTORY)
  ConcurrentKafkaListenerContainerFactory<String, String> inboundTicketListenerContainerFactory(
      KafkaProperties kafka, NodeRoles roles) {
    var consumers =
        new DefaultKafkaConsumerFactory<>(
            kafka.buildConsumerProperties(null),
            new StringDeserializer(),
            new StringDeserializer());
    deadLetterProducers =
        new DefaultKafkaProducerFactory<>(
            kafka.buildProducerProperties(null), new StringSerializer(), new StringSerializer());
    var recoverer =
        new DeadLetterPublishingRecoverer(
            new KafkaTemplate<>(deadLetterProducers),
            (record, failure) -> new TopicPartition(GongkaiTopics.INBOUND_TICKETS_DEAD_LETTER, -1));
    recoverer.setHeadersFunction(
        (record, failure) ->
            new RecordHeaders(
                new RecordHeader[] {
                  new RecordHeader(REASON_HEADER, reason(failure).getBytes(StandardCharsets.UTF_8))
                }));
    var errorHandler = new DefaultErrorHandler(recoverer, new FixedBackOff(1000L, 2L));
    errorHandler.addNotRetryableExceptions(
        MalformedTicketException.class, DeserializationException.class);
    var factory = new ConcurrentKafkaListenerContainerFactory<String, String>();
    // Inbound tickets are jobs work, not web work: no one waits on a page for them; like the
    // timers they drive the process engine in the background and must go on when no one uses the
    // pages; and web nodes come and go with the traffic, each coming and going would pause the
    // intake for a rebalance. So only nodes with the jobs role consume them.
    factory.setAutoStartup(roles.runs(NodeRole.JOBS));
    factory.setConsumerFactory(consumers);
    factory.setCommonErrorHandler(errorHandler);
    return factory;
  }

  private static String reason(Exception failure) {
    Throwable cause = failure;
    while (cause != null) {
      if (cause instanceof MalformedTicketException malformed) {
        return malformed.getMessage();
      }
      cause = cause.getCause();
    }
    return "处理工单时出错：" + failure.getMessage();
  }

  @Override
  public void destroy() {
    if (deadLetterProducers != null) {
      deadLetterProducers.destroy();
    }
  }
}
