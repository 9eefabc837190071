package org.gongkai.platform.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.kafka.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.support.serializer.JsonSerializer;

/**
 * Events leave as the application's JSON (ISO dates with offset, the {@code type} property),
 * written by the same ObjectMapper the event publication registry uses, without Java type headers.
 */
@Configuration(proxyBeanMethods = false)
class KafkaJsonConfiguration {

  @Bean
  DefaultKafkaProducerFactoryCustomizer applicationJsonForEvents(ObjectMapper objectMapper) {
    return factory -> useApplicationJson(factory, objectMapper);
  }

  private static <K, V> void useApplicationJson(
      DefaultKafkaProducerFactory<K, V> factory, ObjectMapper objectMapper) {
    factory.setValueSerializerSupplier(
        () -> {
          JsonSerializer<V> serializer = new JsonSerializer<>(objectMapper);
          serializer.setAddTypeInfo(false);
          return serializer;
        });
  }
}
