package org.gongkai.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.TopicPartition;
import org.gongkai.platform.ClockConfiguration;
import org.gongkai.support.AppNode;
import org.gongkai.support.KafkaServerProcess;
import org.gongkai.support.RealInfrastructure;
import org.gongkai.support.StaffClient;
import org.gongkai.support.StaffClient.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two application nodes from the packaged jar, each in its own JVM on its own port, started
 * together on one empty MariaDB database with a Kafka broker in a third JVM: what one node does,
 * the other sees; a page session is valid on both; every timer fires once; the statistics consumers
 * share the partitions and both nodes report the same figures.
 */
class TwoNodesClusterIntegrationTests {

  private static final Path FOLDER =
      Path.of("target", "cluster-" + java.util.UUID.randomUUID().toString().substring(0, 8));

  private static final Clock NODES_CLOCK = ClusterClock.NODES;

  private static KafkaServerProcess kafka;
  private static AppNode nodeA;
  private static AppNode nodeB;

  @BeforeAll
  static void startTwoNodesTogetherOnAnEmptyDatabase() {
    String database = RealInfrastructure.newDatabase("gongkai_cluster_");
    kafka = KafkaServerProcess.start(FOLDER.resolve("kafka"));
    Map<String, String> settings = new java.util.HashMap<>();
    if (ClusterClock.shifted()) {
      settings.put(ClockConfiguration.START_PROPERTY, ClusterClock.START);
    }
    settings.putAll(
        Map.of(
            "spring.datasource.url", database,
            "spring.datasource.username", "root",
            "spring.datasource.password", "",
            "spring.kafka.bootstrap-servers", kafka.bootstrapServers(),
            "gongkai.kafka.embedded.enabled", "false",
            "gongkai.kafka.topics.partitions", "4",
            "gongkai.demo.enabled", "true",
            "gongkai.demo.password", RealInfrastructure.PASSWORD));
    nodeA = AppNode.start("node-a", FOLDER, named(settings, "node-a"));
    nodeB = AppNode.start("node-b", FOLDER, named(settings, "node-b"));
    nodeA.awaitReady();
    nodeB.awaitReady();
  }

  /** The node's settings, its Kafka clients named after it (so the consumer group shows whose). */
  private static Map<String, String> named(Map<String, String> settings, String node) {
    Map<String, String> named = new java.util.HashMap<>(settings);
    named.put("spring.kafka.consumer.client-id", node);
    return named;
  }

  @AfterAll
  static void stopCluster() {
    for (AutoCloseable part : new AutoCloseable[] {nodeA, nodeB, kafka}) {
      try {
        if (part != null) {
          part.close();
        }
      } catch (Exception e) {
        // the next part still has to stop
      }
    }
  }

  @Test
  void nodesStartedTogetherShareOneOrganizationWithItsAccountsCreatedOnce() {
    JsonNode onA = as("admin", nodeA).get("/api/admin/agencies").json();
    JsonNode onB = as("admin", nodeB).get("/api/admin/agencies").json();
    assertThat(onA).isEqualTo(onB);
    assertThat(onA.findValuesAsText("code")).containsOnlyOnce("demo-county");
    assertThat(nodeA.log() + nodeB.log())
        .as("exactly one node created the demo accounts")
        .containsOnlyOnce("Created the demo agency demo-county");
  }

  @Test
  void aPageSessionFromOneNodeIsValidOnTheOtherAndEndsOnBoth() {
    StaffClient onA = StaffClient.loggedIn(nodeA.port(), "handler");
    StaffClient onB = onA.onPort(nodeB.port());

    assertThat(onB.get("/tasks").status()).as("the login of node A on node B").isEqualTo(200);
    Response loggedOut = onB.submitForm("/logout", Map.of(), "/tasks");
    assertThat(loggedOut.status()).as("a CSRF-protected form on node B").isEqualTo(302);
    Response afterwards = onA.get("/tasks");
    assertThat(afterwards.status()).isEqualTo(302);
    assertThat(afterwards.headers().firstValue("Location").orElse("")).contains("/login");
  }

  @Test
  void casesRegisteredOnOneNodeAreWorkedOnTheOtherAndEachTimerFiresOnce() {
    // a little behind the nodes' clocks, which started a few seconds after the test's
    OffsetDateTime now = OffsetDateTime.now(NODES_CLOCK).withNano(0).minusMinutes(10);
    // long enough ago that every time limit and every rung of the ladder has passed, holidays or
    // not
    OffsetDateTime received = now.minusDays(75);
    Response request =
        as("frontdesk", nodeA)
            .post(
                "/api/disclosure-requests",
                Map.of(
                    "agencyCode", "demo-county",
                    "channel", "IN_PERSON",
                    "submittedAt", received.toString(),
                    "receivedAt", received.toLocalDate().toString(),
                    "applicant",
                        Map.of("type", "NATURAL_PERSON", "name", "集群测试", "phone", "13800000000"),
                    "description", "申请公开两节点测试的信息",
                    "purpose", "测试",
                    "deliveryMethod", "EMAIL"));
    assertThat(request.status()).as(request.body()).isEqualTo(201);
    String requestPath = "/api/disclosure-requests/" + request.json().path("id").asText();

    Response complaint =
        as("frontdesk", nodeB)
            .post(
                "/api/complaints",
                Map.of(
                    "agencyCode", "demo-county",
                    "channel", "PHONE",
                    "receivedAt", received.toString(),
                    "category", "COMPLAINT",
                    "urgency", "NORMAL",
                    "content", "两节点测试：路灯不亮",
                    "citizen", Map.of("name", "集群测试", "phone", "13900000000")));
    assertThat(complaint.status()).as(complaint.body()).isEqualTo(201);
    String complaintPath = "/api/complaints/" + complaint.json().path("id").asText();
    Response dispatched =
        as("frontdesk", nodeA)
            .post(
                complaintPath + "/dispatch",
                Map.of("unitCode", "demo-housing", "at", received.plusHours(1).toString()));
    assertThat(dispatched.status()).as(dispatched.body()).isEqualTo(200);

    List<String> requestTimers =
        List.of(
            "ReplyDueSoon",
            "ReplyOverdue",
            "ReplyLadderStepReached",
            "ReplyLadderStepReached",
            "ReplyLadderStepReached");
    List<String> complaintTimers =
        List.of(
            "ComplaintDueSoon",
            "ComplaintOverdue",
            "ComplaintLadderStepReached",
            "ComplaintLadderStepReached",
            "ComplaintLadderStepReached");
    await("every timer of both back-dated cases fired")
        .atMost(Duration.ofMinutes(2))
        .untilAsserted(
            () -> {
              assertThat(timerEvents(nodeB, requestPath, "Reply")).hasSameSizeAs(requestTimers);
              assertThat(timerEvents(nodeA, complaintPath, "Complaint"))
                  .hasSameSizeAs(complaintTimers);
            });
    // and it stays so: no node fires a timer the other has fired
    await()
        .during(Duration.ofSeconds(5))
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              assertThat(timerEvents(nodeA, requestPath, "Reply"))
                  .containsExactlyElementsOf(requestTimers);
              assertThat(timerEvents(nodeB, complaintPath, "Complaint"))
                  .containsExactlyElementsOf(complaintTimers);
            });

    Response accepted =
        as("handler", nodeB).post(complaintPath + "/acceptance", Map.of("at", now.toString()));
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    Response replied =
        as("handler", nodeA)
            .post(
                complaintPath + "/reply",
                Map.of("content", "已修复", "resolved", true, "at", now.plusMinutes(1).toString()));
    assertThat(replied.status()).as(replied.body()).isEqualTo(200);
    assertThat(as("leader", nodeB).get(complaintPath).json().path("status").asText())
        .isEqualTo("REPLIED");
  }

  @Test
  void theStatisticsConsumersShareThePartitionsAndBothNodesReportTheSame() throws Exception {
    try (Admin admin =
        Admin.create(
            Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
      await("both nodes' statistics consumers hold partitions")
          .atMost(Duration.ofMinutes(2))
          .untilAsserted(
              () -> {
                Set<String> nodes = new HashSet<>();
                List<TopicPartition> assigned = new ArrayList<>();
                for (StatisticsConsumers.Holder holder : StatisticsConsumers.holders(admin)) {
                  nodes.add(
                      holder.of("node-a")
                          ? "node-a"
                          : holder.of("node-b") ? "node-b" : holder.clientId());
                  assigned.addAll(holder.partitions());
                }
                assertThat(nodes)
                    .as("the nodes whose consumers hold partitions")
                    .containsExactlyInAnyOrder("node-a", "node-b");
                assertThat(assigned).doesNotHaveDuplicates();
              });
    }
    // a complaint of its own, so that the report the two nodes must agree on counts something
    OffsetDateTime received = OffsetDateTime.now(NODES_CLOCK).withNano(0).minusMinutes(10);
    Response complaint =
        as("frontdesk", nodeA)
            .post(
                "/api/complaints",
                Map.of(
                    "agencyCode", "demo-county",
                    "channel", "WALK_IN",
                    "receivedAt", received.toString(),
                    "category", "HELP",
                    "urgency", "NORMAL",
                    "content", "两节点测试：报表",
                    "citizen", Map.of("name", "集群测试", "phone", "13900000001")));
    assertThat(complaint.status()).as(complaint.body()).isEqualTo(201);
    int year = received.getYear();
    String report = "/api/reports/complaints/" + year + "?agencyCode=demo-county";
    await("both nodes report the same figures")
        .atMost(Duration.ofMinutes(1))
        .untilAsserted(
            () -> {
              JsonNode onA = figures(as("author", nodeA).get(report).json());
              JsonNode onB = figures(as("author", nodeB).get(report).json());
              assertThat(onA.path("received").asLong()).isPositive();
              assertThat(onA).isEqualTo(onB);
            });
  }

  /** The report's figures, without what differs from one request to the next. */
  private static JsonNode figures(JsonNode report) {
    return ((com.fasterxml.jackson.databind.node.ObjectNode) report.deepCopy())
        .retain(
            "received",
            "byChannel",
            "closed",
            "closedOnTime",
            "followedUp",
            "rated",
            "satisfied",
            "closureRate",
            "onTimeRate",
            "followUpRate",
            "satisfactionRate",
            "sentence");
  }

  private static List<String> timerEvents(AppNode node, String casePath, String prefix) {
    List<String> types = new ArrayList<>();
    for (JsonNode entry : as("leader", node).get(casePath).json().path("timeline")) {
      String type = entry.path("type").asText();
      if (type.startsWith(prefix)
          && (type.endsWith("DueSoon") || type.endsWith("Overdue") || type.contains("Ladder"))) {
        types.add(type);
      }
    }
    return types;
  }

  private static StaffClient as(String user, AppNode node) {
    return StaffClient.as(node.port(), user);
  }
}
