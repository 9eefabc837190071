package org.gongkai.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.gongkai.organization.AgencyKind;
import org.gongkai.organization.NewAgency;
import org.gongkai.organization.Organization;
import org.gongkai.support.IntegrationTest;
import org.gongkai.support.StaffClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * The projector dies in the middle of a batch — its database connection is killed while it is
 * writing the batch's facts, and its listener container is stopped — and is started again: the
 * half-written batch leaves nothing behind, reading resumes at the last committed batch, and the
 * numbers equal the ground truth, nothing lost and nothing counted twice.
 */
@IntegrationTest(properties = "gongkai.statistics.max-batch-size=40")
class ProjectorKilledMidBatchIntegrationTests {

  private static final Duration PATIENCE = Duration.ofSeconds(90);

  @LocalServerPort int port;
  @Autowired Organization organization;
  @Autowired JdbcTemplate jdbc;
  @Autowired KafkaListenerEndpointRegistry listeners;

  @Test
  void aProjectorKilledMidBatchResumesWithoutLosingOrDoubleCounting() throws Exception {
    String agency = "crash-" + UUID.randomUUID().toString().substring(0, 8);
    organization.registerAgency(new NewAgency(agency, "中断测试县人民政府", AgencyKind.GOVERNMENT, null));
    List<CaseTopics.Event> stream = new ArrayList<>();
    int received = 300;
    int closed = 0;
    int satisfied = 0;
    for (int i = 0; i < received; i++) {
      OffsetDateTime at = OffsetDateTime.parse("2022-02-01T09:00:00+08:00").plusHours(i * 5L);
      String caseId = String.format("%s-c%04d", agency, i);
      boolean isClosed = i % 10 != 0;
      String rating = i % 7 == 0 ? "DISSATISFIED" : "SATISFIED";
      closed += isClosed ? 1 : 0;
      satisfied += isClosed && rating.equals("SATISFIED") ? 1 : 0;
      for (String event :
          ComplaintStreams.complaint(
              caseId,
              agency,
              i % 4 == 0 ? "ONLINE" : "PHONE",
              at,
              isClosed ? at.plusDays(3) : null,
              isClosed ? rating : null)) {
        stream.add(CaseTopics.Event.complaint(caseId, event));
      }
    }
    String victim = String.format("%s-c%04d", agency, 150);
    String trigger = "stall_" + agency.replace('-', '_');
    MessageListenerContainer projector = listeners.getListenerContainer(StatisticsListener.GROUP);
    jdbc.execute(
        "CREATE TRIGGER "
            + trigger
            + " BEFORE INSERT ON stat_complaint_case FOR EACH ROW BEGIN IF NEW.case_id = '"
            + victim
            + "' THEN DO SLEEP(120); END IF; END");
    try {
      try (CaseTopics topics = new CaseTopics()) {
        topics.publish(stream);
      }
      List<Long> stalled = new ArrayList<>();
      Awaitility.await()
          .atMost(PATIENCE)
          .until(
              () -> {
                stalled.clear();
                stalled.addAll(
                    jdbc.queryForList(
                        "SELECT ID FROM information_schema.PROCESSLIST"
                            + " WHERE DB = DATABASE() AND ID <> CONNECTION_ID()"
                            + " AND STATE = 'User sleep'",
                        Long.class));
                return !stalled.isEmpty();
              });
      projector.stop(() -> {});
      jdbc.execute("KILL CONNECTION " + stalled.get(0));
      Awaitility.await().atMost(PATIENCE).until(() -> !projector.isRunning());
    } finally {
      jdbc.execute("DROP TRIGGER IF EXISTS " + trigger);
    }
    long committed = committedCases(agency);
    assertThat(committed)
        .as("the killed batch and everything after it are not in the read model")
        .isLessThan(received);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM stat_complaint_case WHERE case_id = ?", Long.class, victim))
        .isZero();

    projector.start();
    Map<TopicPartition, Long> ends = CaseTopics.endOffsets();
    Awaitility.await().atMost(PATIENCE).until(() -> CaseTopics.projectedUpTo(jdbc, ends));

    assertThat(committedCases(agency)).isEqualTo(received);
    JsonNode figures =
        StaffClient.as(port, "admin")
            .get("/api/reports/complaints/2022?agencyCode=" + agency)
            .json();
    assertThat(figures.get("received").asLong()).isEqualTo(received);
    assertThat(figures.get("closed").asLong()).isEqualTo(closed);
    assertThat(figures.get("followedUp").asLong()).isEqualTo(closed);
    assertThat(figures.get("rated").asLong()).isEqualTo(closed);
    assertThat(figures.get("satisfied").asLong()).isEqualTo(satisfied);
    assertThat(figures.at("/byChannel/ONLINE").asLong()).isEqualTo(75);
    assertThat(figures.at("/byChannel/PHONE").asLong()).isEqualTo(225);
  }

  private long committedCases(String agency) {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM stat_complaint_case WHERE agency_code = ?", Long.class, agency);
  }
}
