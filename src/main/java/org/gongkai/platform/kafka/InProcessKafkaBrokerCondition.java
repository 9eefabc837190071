package org.gongkai.platform.kafka;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when the application talks to its own in-process broker: nobody configured other
 * bootstrap servers (through {@code KAFKA_BOOTSTRAP_SERVERS} or {@code
 * spring.kafka.bootstrap-servers}) and {@code gongkai.kafka.embedded.enabled} is not false.
 */
class InProcessKafkaBrokerCondition extends SpringBootCondition {

  @Override
  public ConditionOutcome getMatchOutcome(
      ConditionContext context, AnnotatedTypeMetadata metadata) {
    Environment environment = context.getEnvironment();
    if (!environment.getProperty("gongkai.kafka.embedded.enabled", Boolean.class, true)) {
      return ConditionOutcome.noMatch("the in-process Kafka broker is switched off");
    }
    String own =
        InProcessKafkaBroker.bootstrapServers(
            environment.getProperty("gongkai.kafka.embedded.port", Integer.class, 19092));
    String configured = environment.getProperty("spring.kafka.bootstrap-servers", own);
    return own.equals(configured)
        ? ConditionOutcome.match("no external Kafka configured")
        : ConditionOutcome.noMatch("Kafka configured at " + configured);
  }
}
