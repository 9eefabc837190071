package org.gongkai.platform.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.springframework.boot.autoconfigure.kafka.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.JsonSerializer;

/**
 * Events leave as the application's JSON (ISO dates with offset, the {@code type} property),
 * written by the same ObjectMapper the event publication registry uses, without Java type headers.
 * Spring Modulith's externalization hands the template JSON already written as bytes (its {@code
 * ByteArrayJsonMessageConverter}); those pass through unchanged, as JSON would otherwise wrap them
 * in a base64 string.
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
          JsonSerializer<Object> json = new JsonSerializer<>(objectMapper);
          json.setAddTypeInfo(false);
          Map<Class<?>, Serializer<?>> byType = new LinkedHashMap<>();
          byType.put(byte[].class, new ByteArraySerializer());
          byType.put(Object.class, json);
          @SuppressWarnings("unchecked")
          Serializer<V> serializer = (Serializer<V>) new DelegatingByTypeSerializer(byType, true);
          return serializer;
        });
  }
}
