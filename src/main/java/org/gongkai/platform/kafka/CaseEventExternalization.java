package org.gongkai.platform.kafka;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.gongkai.platform.CaseEvent;
import org.gongkai.platform.CaseEventTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;

/**
 * Sends every {@link CaseEvent} to the topic its case kind names, keyed by case id, with the event
 * type in a header. Events go out after commit and stay incomplete in the registry until Kafka
 * acknowledges them.
 */
@Configuration(proxyBeanMethods = false)
class CaseEventExternalization {

  static final String EVENT_TYPE_HEADER = "gongkai-event-type";

  @Bean
  EventExternalizationConfiguration caseEventsToKafka() {
    return EventExternalizationConfiguration.externalizing()
        .select(event -> event instanceof CaseEvent && topic(event.getClass()).isPresent())
        .headers(
            CaseEvent.class, event -> Map.of(EVENT_TYPE_HEADER, event.getClass().getSimpleName()))
        .route(
            CaseEvent.class,
            event ->
                RoutingTarget.forTarget(topic(event.getClass()).orElseThrow())
                    .andKey(event.caseId()))
        .build();
  }

  static Optional<String> topic(Class<?> type) {
    CaseEventTopic own = type.getAnnotation(CaseEventTopic.class);
    if (own != null) {
      return Optional.of(own.value());
    }
    return Arrays.stream(type.getInterfaces())
        .map(CaseEventExternalization::topic)
        .flatMap(Optional::stream)
        .findFirst();
  }
}
