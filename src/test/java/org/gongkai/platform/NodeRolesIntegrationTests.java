package org.gongkai.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.gongkai.support.IntegrationTest;
import org.gongkai.support.StaffClient;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Nodes that run some of the roles, each on the shared database and broker beside the suite's
 * all-roles nodes: a projector node and a web-and-jobs node. Each context is closed after its
 * tests, so its consumers leave their groups.
 */
class NodeRolesIntegrationTests {

  private static final String STATISTICS_CONSUMERS = "gongkai-statistics";
  private static final String INBOUND_TICKETS = "inbound-tickets";

  @Nested
  @IntegrationTest(properties = "gongkai.node.roles=projector")
  @DirtiesContext
  class ProjectorNode {

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired KafkaListenerEndpointRegistry listeners;
    @Autowired ScheduledLocks locks;
    @Autowired ApplicationContext context;

    @Test
    void acquiresNoJobsAndRunsNoScheduledWork() {
      assertThat(jobExecutorActive(engine)).isFalse();
      assertThat(context.getBeanNamesForType(EventPublicationResubmitter.class)).isEmpty();

      assertThat(runsLockedWork(locks, "node-roles-projector")).isFalse();
    }

    @Test
    void runsTheStatisticsConsumersButNotTheInboundTickets() {
      assertThat(listeners.getListenerContainer(STATISTICS_CONSUMERS).isRunning()).isTrue();
      assertThat(listeners.getListenerContainer(INBOUND_TICKETS).isRunning()).isFalse();
    }

    @Test
    void servesNoApiNoPagesAndNoCamundaButTheActuator() {
      StaffClient admin = StaffClient.as(port, "admin");

      for (String path :
          new String[] {"/api/disclosure-requests", "/", "/login", "/camunda/app/cockpit/"}) {
        StaffClient.Response answer = admin.get(path);
        assertThat(answer.status()).as(path).isEqualTo(404);
        assertThat(answer.contentType()).as(path).startsWith("application/problem+json");
        assertThat(answer.json().path("type").asText())
            .isEqualTo("urn:gongkai:problem:not-a-web-node");
        assertThat(answer.json().path("detail").asText()).contains("projector");
      }
      assertThat(admin.get("/actuator/prometheus").status()).isEqualTo(200);
      assertThat(StaffClient.anonymous(port).get("/actuator/health/liveness").status())
          .isEqualTo(200);
    }

    @Test
    void isReadyWithItsConsumersRunningAndShowsItsRoles() {
      awaitReady(port);

      JsonNode health = StaffClient.as(port, "admin").get("/actuator/health").json();
      JsonNode nodeRoles = health.at("/components/nodeRoles");
      assertThat(nodeRoles.path("status").asText()).isEqualTo("UP");
      assertThat(nodeRoles.at("/details/roles").toString()).isEqualTo("[\"projector\"]");
      assertThat(nodeRoles.at("/details/statisticsConsumers/state").asText()).isEqualTo("running");
      assertThat(nodeRoles.at("/details/jobExecutor").isMissingNode()).isTrue();
      assertThat(health.at("/components/db/status").asText()).isEqualTo("UP");
      assertThat(health.at("/components/kafka/status").asText()).isEqualTo("UP");

      JsonNode readiness = StaffClient.as(port, "admin").get("/actuator/health/readiness").json();
      assertThat(readiness.at("/components/nodeRoles/details/roles").toString())
          .isEqualTo("[\"projector\"]");
    }
  }

  @Nested
  @IntegrationTest(properties = "gongkai.node.roles=web,jobs")
  @DirtiesContext
  class WebAndJobsNode {

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired KafkaListenerEndpointRegistry listeners;
    @Autowired ScheduledLocks locks;

    @Test
    void runsTheJobExecutorAndTheScheduledWork() {
      await().atMost(Duration.ofSeconds(30)).until(() -> jobExecutorActive(engine));

      assertThat(runsLockedWork(locks, "node-roles-web-jobs-" + port)).isTrue();
    }

    @Test
    void runsTheInboundTicketsButNotTheStatisticsConsumers() {
      assertThat(listeners.getListenerContainer(STATISTICS_CONSUMERS).isRunning()).isFalse();
      assertThat(listeners.getListenerContainer(INBOUND_TICKETS).isRunning()).isTrue();
    }

    @Test
    void servesTheApiAndShowsItsRolesWhenReady() {
      assertThat(StaffClient.as(port, "frontdesk").get("/api/disclosure-requests").status())
          .isEqualTo(200);

      awaitReady(port);
      JsonNode nodeRoles =
          StaffClient.as(port, "admin").get("/actuator/health").json().at("/components/nodeRoles");
      assertThat(nodeRoles.path("status").asText()).isEqualTo("UP");
      assertThat(nodeRoles.at("/details/roles").toString()).isEqualTo("[\"web\",\"jobs\"]");
      assertThat(nodeRoles.at("/details/jobExecutor/state").asText()).isEqualTo("active");
      assertThat(nodeRoles.at("/details/statisticsConsumers").isMissingNode()).isTrue();
    }
  }

  /** Runs a task under a scheduled lock: whether it ran (and the lock says the same). */
  private static boolean runsLockedWork(ScheduledLocks locks, String name) {
    AtomicBoolean ran = new AtomicBoolean();
    boolean took =
        locks.runExclusively(name, Duration.ZERO, Duration.ofSeconds(1), () -> ran.set(true));
    assertThat(ran.get()).as("the task ran").isEqualTo(took);
    return took;
  }

  private static void awaitReady(int port) {
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(StaffClient.anonymous(port).get("/actuator/health/readiness").status())
                    .isEqualTo(200));
  }

  private static boolean jobExecutorActive(ProcessEngine engine) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getJobExecutor()
        .isActive();
  }
}
