package org.gongkai.platform.kafka;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/** Reports the Kafka cluster as the health component {@code kafka}: UP when a broker answers. */
@Component("kafka")
class KafkaHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  private final KafkaAdmin kafkaAdmin;
  private volatile AdminClient client;

  KafkaHealthIndicator(KafkaAdmin kafkaAdmin) {
    super("Kafka health check failed");
    this.kafkaAdmin = kafkaAdmin;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) throws Exception {
    DescribeClusterResult cluster =
        client().describeCluster(new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis()));
    int brokers = cluster.nodes().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).size();
    builder
        .up()
        .withDetail("clusterId", cluster.clusterId().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS))
        .withDetail("brokers", brokers)
        .withDetail(
            "bootstrapServers",
            String.valueOf(
                kafkaAdmin
                    .getConfigurationProperties()
                    .get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG)));
  }

  private AdminClient client() {
    AdminClient current = client;
    if (current == null) {
      synchronized (this) {
        if (client == null) {
          Map<String, Object> config =
              new java.util.HashMap<>(kafkaAdmin.getConfigurationProperties());
          config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
          config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
          client = AdminClient.create(config);
        }
        current = client;
      }
    }
    return current;
  }

  @Override
  public void destroy() {
    AdminClient current = client;
    if (current != null) {
      current.close(Duration.ofSeconds(2));
    }
  }
}
