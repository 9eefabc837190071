package org.gongkai.platform.kafka;

import java.util.List;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.util.StringUtils;

/** Starts the in-process broker when no external Kafka is configured. */
@Configuration(proxyBeanMethods = false)
@Conditional(InProcessKafkaBrokerCondition.class)
@EnableConfigurationProperties(InProcessKafkaBrokerProperties.class)
class InProcessKafkaBrokerConfiguration {

  private static final String BROKER = "inProcessKafkaBroker";

  @Bean(BROKER)
  InProcessKafkaBroker inProcessKafkaBroker(InProcessKafkaBrokerProperties properties) {
    return new InProcessKafkaBroker(properties);
  }

  /** Kafka clients are created after, and closed before, the broker they talk to. */
  @Bean
  static BeanFactoryPostProcessor kafkaClientsDependOnInProcessBroker() {
    return beanFactory -> {
      for (Class<?> client :
          List.of(KafkaAdmin.class, ProducerFactory.class, ConsumerFactory.class)) {
        for (String name : beanFactory.getBeanNamesForType(client, true, false)) {
          if (beanFactory.containsBeanDefinition(name)) {
            BeanDefinition definition = beanFactory.getBeanDefinition(name);
            definition.setDependsOn(
                StringUtils.addStringToArray(definition.getDependsOn(), BROKER));
          }
        }
      }
    };
  }
}
