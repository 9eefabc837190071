package org.gongkai.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.gongkai.organization.AgencyKind;
import org.gongkai.organization.NewAgency;
import org.gongkai.organization.Organization;
import org.gongkai.platform.GongkaiTopics;
import org.gongkai.support.IntegrationTest;
import org.gongkai.support.StaffClient;
import org.gongkai.support.StaffClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The projector on the real topics: events published as the producers write them reach the reports
 * over HTTP, and publishing the whole stream again, shuffled, changes no number.
 */
@IntegrationTest
class StatisticsProjectionIntegrationTests {

  private static final List<String> TOPICS =
      List.of(GongkaiTopics.DISCLOSURE_REQUESTS, GongkaiTopics.COMPLAINTS);

  @LocalServerPort int port;
  @Autowired Organization organization;
  @Autowired JdbcTemplate jdbc;

  @Test
  void reportsCountWhatThePublishedEventsSayAndAShuffledReplayChangesNothing() throws Exception {
    String agency = "stat-" + UUID.randomUUID().toString().substring(0, 8);
    organization.registerAgency(new NewAgency(agency, "统计测试县人民政府", AgencyKind.GOVERNMENT, null));
    List<CaseTopics.Event> stream = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      LocalDate received = LocalDate.of(2020, i, 10);
      disclosure(
          stream,
          agency + "-d" + i,
          CaseEvents.disclosureRequest(
              agency + "-d" + i,
              agency,
              "NATURAL_PERSON",
              received,
              "DISCLOSED",
              received.plusDays(12)));
    }
    for (int i = 1; i <= 2; i++) {
      disclosure(
          stream,
          agency + "-dec" + i,
          CaseEvents.disclosureRequest(
              agency + "-dec" + i,
              agency,
              "NATURAL_PERSON",
              LocalDate.of(2020, 12, 20 + i),
              "DISCLOSED",
              LocalDate.of(2021, 1, 5)));
    }
    String[] ratings = {
      "SATISFIED",
      "SATISFIED",
      "SATISFIED",
      "SATISFIED",
      "SATISFIED",
      "SATISFIED",
      "SATISFIED",
      "BASICALLY_SATISFIED",
      "DISSATISFIED"
    };
    for (int i = 0; i < 10; i++) {
      OffsetDateTime received = OffsetDateTime.parse("2020-06-01T09:00:00+08:00").plusDays(i);
      String caseId = agency + "-c" + i;
      List<String> events =
          ComplaintStreams.complaint(
              caseId,
              agency,
              i < 8 ? "PHONE" : "ONLINE",
              received,
              i < 9 ? received.plusDays(3) : null,
              i < 9 ? ratings[i] : null);
      for (String event : events) {
        stream.add(CaseTopics.Event.complaint(caseId, event));
      }
    }
    StaffClient reader = StaffClient.as(port, "admin");
    String query = "?agencyCode=" + agency;

    try (CaseTopics producer = new CaseTopics()) {
      producer.publish(stream);
      Awaitility.await()
          .atMost(Duration.ofSeconds(60))
          .untilAsserted(
              () ->
                  assertThat(
                          values(
                              reader.get("/api/reports/disclosure/2020" + query), "new_received"))
                      .containsExactly(14L, 0L, 0L, 0L, 0L, 0L, 14L));
      awaitComplaintsClosed(reader, query, 9);
      JsonNode disclosure2020 = withoutAsOf(reader.get("/api/reports/disclosure/2020" + query));
      JsonNode disclosure2021 = withoutAsOf(reader.get("/api/reports/disclosure/2021" + query));
      JsonNode complaints2020 = withoutAsOf(reader.get("/api/reports/complaints/2020" + query));

      assertThat(disclosure2020.get("format").asText()).isEqualTo("2019");
      assertThat(rowValues(disclosure2020, "disclosed"))
          .containsExactly(12L, 0L, 0L, 0L, 0L, 0L, 12L);
      assertThat(rowValues(disclosure2020, "carried_out"))
          .containsExactly(2L, 0L, 0L, 0L, 0L, 0L, 2L);
      assertThat(disclosure2020.get("checksPassed").asBoolean()).isTrue();
      assertThat(disclosure2021.get("format").asText()).isEqualTo("2021");
      assertThat(rowValues(disclosure2021, "carried_in"))
          .containsExactly(2L, 0L, 0L, 0L, 0L, 0L, 2L);
      assertThat(rowValues(disclosure2021, "disclosed"))
          .containsExactly(2L, 0L, 0L, 0L, 0L, 0L, 2L);
      assertThat(disclosure2021.get("checksPassed").asBoolean()).isTrue();
      assertThat(complaints2020.get("received").asLong()).isEqualTo(10);
      assertThat(complaints2020.at("/byChannel/PHONE").asLong()).isEqualTo(8);
      assertThat(complaints2020.at("/byChannel/ONLINE").asLong()).isEqualTo(2);
      assertThat(complaints2020.get("closed").asLong()).isEqualTo(9);
      assertThat(complaints2020.get("followedUp").asLong()).isEqualTo(9);
      assertThat(complaints2020.get("rated").asLong()).isEqualTo(9);
      assertThat(complaints2020.get("satisfied").asLong()).isEqualTo(8);
      assertThat(complaints2020.get("closureRate").decimalValue()).isEqualByComparingTo("90");
      assertThat(complaints2020.get("satisfactionRate").decimalValue())
          .isEqualByComparingTo("88.89");
      assertThat(complaints2020.get("sentence").asText())
          .isEqualTo("共受理群众诉求10件，其中电话诉求8件，网民诉求2件，回访率100%，办结率90%，群众满意率88.89%");

      List<CaseTopics.Event> replay = new ArrayList<>(stream);
      Collections.shuffle(replay, new Random(20201231));
      producer.publish(replay);
      Map<TopicPartition, Long> ends = CaseTopics.endOffsets();
      Awaitility.await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> CaseTopics.projectedUpTo(jdbc, ends));

      assertThat(withoutAsOf(reader.get("/api/reports/disclosure/2020" + query)))
          .isEqualTo(disclosure2020);
      assertThat(withoutAsOf(reader.get("/api/reports/disclosure/2021" + query)))
          .isEqualTo(disclosure2021);
      assertThat(withoutAsOf(reader.get("/api/reports/complaints/2020" + query)))
          .isEqualTo(complaints2020);
    }

    Response cell =
        reader.get("/api/reports/disclosure/2020/cells/carried_out/NATURAL_PERSON" + query);
    assertThat(cell.status()).isEqualTo(200);
    assertThat(cell.json().get("count").asLong()).isEqualTo(2);
    assertThat(cell.json().at("/cases/0/receivedOn").asText()).isEqualTo("2020-12-21");
    assertThat(cell.json().at("/cases/0/trackingNumber").asText()).isNotBlank();
  }

  @Test
  void onlyLeadersReportAuthorsAndAdministratorsReadReportsOfAgenciesTheyMayActOn() {
    assertThat(StaffClient.as(port, "frontdesk").get("/api/reports/disclosure/2020").status())
        .isEqualTo(403);
    assertThat(StaffClient.as(port, "handler").get("/api/reports/complaints/2020").status())
        .isEqualTo(403);
    assertThat(StaffClient.anonymous(port).get("/api/reports/disclosure/2020").status())
        .isEqualTo(401);
    Response own = StaffClient.as(port, "leader").get("/api/reports/disclosure/2020");
    assertThat(own.status()).isEqualTo(200);
    assertThat(own.json().get("agencyCode").asText()).isEqualTo("demo-county");
    Response unknown =
        StaffClient.as(port, "leader").get("/api/reports/disclosure/2020?agencyCode=nowhere");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.contentType()).startsWith("application/problem+json");
  }

  @Test
  void refusesAYearWithoutAReportFormatAsAProblem() {
    Response response = StaffClient.as(port, "leader").get("/api/reports/disclosure/2018");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("detail").asText()).contains("2019");
    Response cell =
        StaffClient.as(port, "leader")
            .get("/api/reports/disclosure/2020/cells/other_fee_unpaid/TOTAL");
    assertThat(cell.status()).isEqualTo(400);
  }

  private static void disclosure(
      List<CaseTopics.Event> stream, String caseId, List<String> events) {
    for (String event : events) {
      stream.add(CaseTopics.Event.disclosure(caseId, event));
    }
  }

  private static void awaitComplaintsClosed(StaffClient client, String query, long closed) {
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                assertThat(
                        client
                            .get("/api/reports/complaints/2020" + query)
                            .json()
                            .get("closed")
                            .asLong())
                    .isEqualTo(closed));
  }

  private static List<Long> values(Response response, String key) {
    assertThat(response.status()).isEqualTo(200);
    return rowValues(response.json(), key);
  }

  private static List<Long> rowValues(JsonNode report, String key) {
    for (JsonNode row : report.at("/sectionThree/rows")) {
      if (row.get("key").asText().equals(key)) {
        List<Long> values = new ArrayList<>();
        row.get("values").forEach(v -> values.add(v.asLong()));
        return values;
      }
    }
    throw new AssertionError("no row " + key + " in " + report);
  }

  private static JsonNode withoutAsOf(Response response) {
    assertThat(response.status()).isEqualTo(200);
    ObjectNode json = (ObjectNode) response.json();
    json.remove("asOf");
    return json;
  }
}
