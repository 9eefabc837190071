package org.gongkai.platform.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;
import org.springframework.boot.autoconfigure.kafka.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;

/**
 * Values leave as the application's JSON (ISO dates with offset, the {@code type} property),
 * written by the same ObjectMapper the event publication registry uses, without Java type headers.
 * Values that already are JSON text or bytes — the registry hands events over serialised — go out
 * unchanged.
 */
@Configuration(proxyBeanMethods = false)
class KafkaJsonConfiguration {

  @Bean
  DefaultKafkaProducerFactoryCustomizer applicationJsonForEvents(ObjectMapper objectMapper) {
    return factory -> useApplicationJson(factory, new ApplicationJson(objectMapper));
  }

  @SuppressWarnings("unchecked")
  private static <K, V> void useApplicationJson(
      DefaultKafkaProducerFactory<K, V> factory, ApplicationJson serializer) {
    factory.setValueSerializerSupplier(() -> (Serializer<V>) serializer);
  }

  static final class ApplicationJson implements Serializer<Object> {

    private final ObjectMapper objectMapper;

    ApplicationJson(ObjectMapper objectMapper) {
      this.objectMapper = objectMapper;
    }

    @Override
    public byte[] serialize(String topic, Object data) {
      if (data == null) {
        return null;
      }
      if (data instanceof byte[] bytes) {
        return bytes;
      }
      if (data instanceof String text) {
        return text.getBytes(StandardCharsets.UTF_8);
      }
      try {
        return objectMapper.writeValueAsBytes(data);
      } catch (JsonProcessingException e) {
        throw new SerializationException(
            "Cannot write " + data.getClass().getName() + " as JSON", e);
      }
    }
  }
}
