package org.gongkai.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.gongkai.support.IntegrationTest;
import org.gongkai.support.RealInfrastructure;
import org.gongkai.support.StaffClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class HealthIntegrationTests {

  @LocalServerPort int port;

  @Test
  void reportsTheDatabaseAndTheKafkaBrokerToAdministrators() {
    JsonNode health = StaffClient.as(port, "admin").get("/actuator/health").json();

    assertThat(health.path("status").asText()).isEqualTo("UP");
    assertThat(health.at("/components/db/status").asText()).isEqualTo("UP");
    assertThat(health.at("/components/db/details/database").asText()).isIn("MySQL", "MariaDB");
    assertThat(health.at("/components/kafka/status").asText()).isEqualTo("UP");
    assertThat(health.at("/components/kafka/details/brokers").asInt()).isEqualTo(1);
    assertThat(health.at("/components/kafka/details/bootstrapServers").asText())
        .contains(RealInfrastructure.kafkaBootstrapServers());
  }

  @Test
  void answersAnonymousProbesWithoutDetails() {
    JsonNode health = StaffClient.anonymous(port).get("/actuator/health").json();

    assertThat(health.path("status").asText()).isEqualTo("UP");
    assertThat(health.at("/components/kafka/details").isMissingNode()).isTrue();
  }
}
