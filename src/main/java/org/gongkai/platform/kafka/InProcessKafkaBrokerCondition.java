package org.gongkai.platform.kafka;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when the application talks to its own in-process broker: nobody configured an external
 * Kafka (see {@link KafkaBootstrapServersEnvironment}), nothing more specific replaced the address
 * since, and {@code gongkai.kafka.embedded.enabled} is not false.
 */
class InProcessKafkaBrokerCondition extends SpringBootCondition {

  @Override
  public ConditionOutcome getMatchOutcome(
      ConditionContext context, AnnotatedTypeMetadata metadata) {
    Environment environment = context.getEnvironment();
    if (!environment.getProperty("gongkai.kafka.embedded.enabled", Boolean.class, true)) {
      return ConditionOutcome.noMatch("the in-process Kafka broker is switched off");
    }
    if (!environment.getProperty(KafkaBootstrapServersEnvironment.ACTIVE, Boolean.class, false)) {
      return ConditionOutcome.noMatch(
          "Kafka configured at "
              + environment.getProperty(KafkaBootstrapServersEnvironment.BOOTSTRAP_SERVERS));
    }
    String own =
        InProcessKafkaBroker.bootstrapServers(
            environment.getRequiredProperty("gongkai.kafka.embedded.port", Integer.class));
    String configured =
        environment.getProperty(KafkaBootstrapServersEnvironment.BOOTSTRAP_SERVERS, own);
    return own.equals(configured)
        ? ConditionOutcome.match("no external Kafka configured")
        : ConditionOutcome.noMatch("Kafka configured at " + configured);
  }
}
