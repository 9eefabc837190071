package org.gongkai.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.gongkai.organization.AgencyKind;
import org.gongkai.organization.NewAgency;
import org.gongkai.organization.Organization;
import org.gongkai.platform.GongkaiTopics;
import org.gongkai.support.IntegrationTest;
import org.gongkai.support.RealInfrastructure;
import org.gongkai.support.StaffClient;
import org.gongkai.support.StaffClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A poison event cannot stop the projector: events that cannot be read, that break the contract's
 * column rules, or that the read model refuses on their own go to the dead-letter topic with the
 * reason, and the events around them are counted.
 */
@IntegrationTest
class StatisticsDeadLettersIntegrationTests {

  @LocalServerPort int port;
  @Autowired Organization organization;
  @Autowired JdbcTemplate jdbc;
  @Autowired StatisticsDeadLetters deadLetters;

  @Test
  void poisonEventsGoToTheDeadLetterTopicWithTheirReasonAndTheEventsAroundThemAreCounted()
      throws Exception {
    String agency = "dlt-" + UUID.randomUUID().toString().substring(0, 8);
    organization.registerAgency(new NewAgency(agency, "死信测试县人民政府", AgencyKind.GOVERNMENT, null));
    LocalDate received = LocalDate.of(2021, 3, 1);
    String before = agency + "-before";
    String after = agency + "-after";
    String unreadable = "{ not an event of " + agency;
    String tooLong =
        CaseEvents.disclosure("DisclosureRequestReceived")
            .caseId(agency + "-long")
            .version(1)
            .agency(agency)
            .fact("trackingNumber", "〔2021〕第1号")
            .fact("applicantType", "NATURAL_PERSON")
            .fact("receivedOn", received.toString())
            .fact("status", "S".repeat(31))
            .json();
    String twoAppealsOneId =
        CaseEvents.disclosure("AppealFiled")
            .caseId(agency + "-appeals")
            .version(5)
            .agency(agency)
            .fact("trackingNumber", "〔2021〕第2号")
            .fact("applicantType", "NATURAL_PERSON")
            .fact("receivedOn", received.toString())
            .fact("status", "FINISHED")
            .fact("outcome", "DISCLOSED")
            .fact("finishedOn", received.plusDays(10).toString())
            .appeals(
                List.of(
                    Map.of("kind", "ADMINISTRATIVE_REVIEW", "filedOn", "2021-04-01"),
                    Map.of("kind", "ADMINISTRATIVE_LITIGATION", "filedOn", "2021-04-02")))
            .json()
            .replace("appeal-2", "appeal-1");
    List<CaseTopics.Event> stream = new ArrayList<>();
    CaseEvents.disclosureRequest(
            before, agency, "NATURAL_PERSON", received, "DISCLOSED", received.plusDays(5))
        .forEach(json -> stream.add(CaseTopics.Event.disclosure(before, json)));
    // one partition for all of them, so that the poison sits between the good events
    stream.add(CaseTopics.Event.disclosure(before, unreadable));
    stream.add(CaseTopics.Event.disclosure(before, tooLong));
    stream.add(CaseTopics.Event.disclosure(before, twoAppealsOneId));
    CaseEvents.disclosureRequest(
            after, agency, "NATURAL_PERSON", received, "DISCLOSED", received.plusDays(6))
        .forEach(json -> stream.add(CaseTopics.Event.disclosure(before, json)));

    try (CaseTopics topics = new CaseTopics()) {
      topics.publish(stream);
    }

    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> assertThat(activeCasesOf(agency)).containsExactlyInAnyOrder(before, after));

    List<ConsumerRecord<String, String>> letters = deadLettersOf(agency, 3);
    assertThat(letters)
        .extracting(ConsumerRecord::value)
        .containsExactly(unreadable, tooLong, twoAppealsOneId);
    assertThat(letters)
        .extracting(letter -> header(letter, StatisticsDeadLetters.REASON_HEADER))
        .satisfiesExactly(
            reason -> assertThat(reason).startsWith("无法读取的事件"),
            reason -> assertThat(reason).contains("facts.status 超过30个字符"),
            reason -> assertThat(reason).startsWith("统计读模型拒绝写入"));
    assertThat(header(letters.get(0), "gongkai-original-topic"))
        .isEqualTo(GongkaiTopics.DISCLOSURE_REQUESTS);

    // a rebuild replays the same events: the poison cannot make it fail
    StaffClient admin = StaffClient.as(port, "admin");
    Response started = admin.post("/api/admin/statistics/rebuild", Map.of());
    assertThat(started.status()).isEqualTo(202);
    String job = started.headers().firstValue("Location").orElseThrow();
    Awaitility.await()
        .atMost(Duration.ofMinutes(3))
        .until(() -> !admin.get(job).json().path("state").asText().equals("RUNNING"));
    assertThat(admin.get(job).json().path("state").asText()).isEqualTo("SUCCEEDED");
    assertThat(activeCasesOf(agency)).containsExactlyInAnyOrder(before, after);
    List<ConsumerRecord<String, String>> again = deadLettersOf(agency, 4);
    assertThat(again)
        .filteredOn(
            letter -> header(letter, StatisticsDeadLetters.REASON_HEADER).startsWith("统计重建"))
        .extracting(ConsumerRecord::value)
        .containsExactly(twoAppealsOneId);
  }

  private List<String> activeCasesOf(String agency) {
    return jdbc.queryForList(
        "SELECT case_id FROM stat_disclosure_case WHERE agency_code = ? AND generation = (SELECT"
            + " generation FROM stat_generation WHERE state = 'ACTIVE')",
        String.class,
        agency);
  }

  /**
   * The count is per node: the test JVM keeps several application contexts whose projectors share
   * the consumer group, so any of them may have taken the partition above. This one counts what it
   * sends itself.
   */
  @Test
  void eachDeadLetterIsCountedInTheHealthComponentAndTheMetric() {
    long healthBefore = deadLettersInHealth();
    double metricBefore = deadLettersInMetric();

    deadLetters.send(
        new StatisticsProjector.EventRecord(GongkaiTopics.COMPLAINTS, 0, 4711, "{ broken"),
        "无法读取的事件：测试");

    assertThat(deadLettersInHealth()).isEqualTo(healthBefore + 1);
    assertThat(deadLettersInMetric()).isEqualTo(metricBefore + 1.0);
    Response health = StaffClient.as(port, "admin").get("/actuator/health");
    assertThat(health.json().path("status").asText()).isEqualTo("UP");
    JsonNode last = health.json().path("components").path("statisticsProjector").path("details");
    assertThat(last.path("lastDeadLetter").path("offset").asLong()).isEqualTo(4711);
    assertThat(last.path("lastDeadLetter").path("reason").asText()).isEqualTo("无法读取的事件：测试");
  }

  private long deadLettersInHealth() {
    return StaffClient.as(port, "admin")
        .get("/actuator/health")
        .json()
        .path("components")
        .path("statisticsProjector")
        .path("details")
        .path("deadLettersSinceStart")
        .asLong(-1);
  }

  private double deadLettersInMetric() {
    // tests run without the Prometheus exporter; the metrics endpoint reads the same meter
    return StaffClient.as(port, "admin")
        .get("/actuator/metrics/gongkai.statistics.dead.letters")
        .json()
        .path("measurements")
        .path(0)
        .path("value")
        .asDouble(-1);
  }

  private static List<ConsumerRecord<String, String>> deadLettersOf(String marker, int expected) {
    List<ConsumerRecord<String, String>> found = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                RealInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "dlt-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest"),
            new StringDeserializer(),
            new StringDeserializer())) {
      consumer.subscribe(List.of(GongkaiTopics.STATISTICS_DEAD_LETTER));
      Awaitility.await()
          .pollInSameThread()
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> {
                consumer
                    .poll(Duration.ofMillis(500))
                    .forEach(
                        letter -> {
                          if (letter.value() != null && letter.value().contains(marker)) {
                            found.add(letter);
                          }
                        });
                return found.size() >= expected;
              });
    }
    found.sort(
        java.util.Comparator.comparingLong(
            letter -> Long.parseLong(header(letter, "gongkai-original-offset"))));
    return found;
  }

  private static String header(ConsumerRecord<String, String> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
  }
}
