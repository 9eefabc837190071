package org.gongkai.platform.kafka;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Decides where Kafka is before any bean exists. {@code KAFKA_BOOTSTRAP_SERVERS} (or {@code
 * spring.kafka.bootstrap-servers}) names an external cluster; without either, the application talks
 * to its own in-process broker and marks it active. Both settings sit at the lowest precedence, so
 * anything configured more specifically (a test, a command-line argument) still wins.
 */
class KafkaBootstrapServersEnvironment implements EnvironmentPostProcessor {

  static final String ACTIVE = "gongkai.kafka.embedded.active";
  static final String BOOTSTRAP_SERVERS = "spring.kafka.bootstrap-servers";
  private static final String EXTERNAL = "KAFKA_BOOTSTRAP_SERVERS";
  private static final int DEFAULT_PORT = 19092;

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    Map<String, Object> kafka = new HashMap<>();
    String external = environment.getProperty(EXTERNAL);
    if (external != null && !external.isBlank()) {
      kafka.put(BOOTSTRAP_SERVERS, external);
    } else if (!environment.containsProperty(BOOTSTRAP_SERVERS)) {
      int port =
          environment.getProperty("gongkai.kafka.embedded.port", Integer.class, DEFAULT_PORT);
      kafka.put(BOOTSTRAP_SERVERS, InProcessKafkaBroker.bootstrapServers(port));
      kafka.put(ACTIVE, true);
    }
    environment.getPropertySources().addLast(new MapPropertySource("gongkaiKafka", kafka));
  }
}
