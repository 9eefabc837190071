package org.gongkai.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.gongkai.organization.Organization;
import org.gongkai.support.IntegrationTest;
import org.gongkai.support.StaffClient;
import org.gongkai.support.StaffClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A report author locks a published year; a request entered afterwards on paper, received and
 * answered in that year, does not silently change the published numbers: it is recorded as a
 * restatement, listed with the locked year and shown in the next year's report — once, however
 * often its events are delivered.
 */
@IntegrationTest
class YearLockIntegrationTests {

  private static final Duration PATIENCE = Duration.ofSeconds(90);

  @LocalServerPort int port;
  @Autowired Organization organization;
  @Autowired JdbcTemplate jdbc;
  @Autowired java.time.Clock clock;

  @Test
  void changesToALockedYearAreRestatementsShownWithItAndInTheNextYear() throws Exception {
    String agency = TestAgencies.countyWithReportAuthor(organization, "lock", "锁定测试县人民政府");
    String authorName = TestAgencies.reportAuthorOf(agency);
    List<CaseTopics.Event> published = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      request(published, agency + "-d" + i, agency, LocalDate.of(2021, 4 + i, 6), "DISCLOSED");
    }
    publishAndAwait(published);
    StaffClient author = StaffClient.as(port, authorName);
    String ofAgency = "?agencyCode=" + agency;

    Response locked =
        author.post(
            "/api/reports/2021/lock", Map.of("agencyCode", agency, "note", "已于2022年1月20日在门户网站发布"));
    assertThat(locked.status()).as(locked.body()).isEqualTo(201);
    assertThat(locked.json().get("lockedBy").asText()).isEqualTo(authorName);
    assertThat(locked.json().get("restatements")).isEmpty();
    assertThat(author.post("/api/reports/2021/lock", Map.of("agencyCode", agency)).status())
        .as("a year is locked once")
        .isEqualTo(409);

    List<CaseTopics.Event> late = new ArrayList<>();
    request(late, agency + "-paper", agency, LocalDate.of(2021, 11, 8), "UNAVAILABLE_NOT_HELD");
    publishAndAwait(late);

    JsonNode report2021 = author.get("/api/reports/disclosure/2021" + ofAgency).json();
    assertThat(total(report2021, "new_received")).as("the published number stays").isEqualTo(3);
    JsonNode restatements = report2021.at("/publication/restatements");
    assertThat(restatements).hasSize(1);
    assertThat(restatements.get(0).get("cases").get(0).asText())
        .isEqualTo("〔2021〕第" + agency + "-paper号");
    List<String> changed = new ArrayList<>();
    restatements
        .get(0)
        .get("changes")
        .forEach(
            c ->
                changed.add(
                    c.get("figure").asText()
                        + ":"
                        + c.get("before").asLong()
                        + "→"
                        + c.get("after").asLong()));
    assertThat(changed)
        .contains(
            "three.new_received.NATURAL_PERSON:3→4",
            "three.new_received.TOTAL:3→4",
            "three.result_total.TOTAL:3→4");
    JsonNode report2022 = author.get("/api/reports/disclosure/2022" + ofAgency).json();
    assertThat(report2022.get("publication").isNull()).isTrue();
    assertThat(report2022.get("previousYearRestatements")).hasSize(1);
    assertThat(report2022.at("/previousYearRestatements/0/id").asText())
        .isEqualTo(restatements.get(0).get("id").asText());

    publishAndAwait(late);
    assertThat(
            author
                .get("/api/reports/disclosure/2021" + ofAgency)
                .json()
                .at("/publication/restatements"))
        .as("a redelivered event restates nothing again")
        .hasSize(1);
    assertThat(author.get("/api/reports/2021/lock" + ofAgency).json().get("restatements"))
        .hasSize(1);
  }

  @Test
  void onlyReportAuthorsLockEndedYears() {
    assertThat(StaffClient.as(port, "leader").post("/api/reports/2021/lock", Map.of()).status())
        .isEqualTo(403);
    Response current =
        StaffClient.as(port, "author")
            .post("/api/reports/" + LocalDate.now(clock).getYear() + "/lock", Map.of());
    assertThat(current.status()).isEqualTo(400);
    assertThat(current.json().at("/errors/0/message").asText()).contains("尚未结束");
    assertThat(StaffClient.as(port, "author").get("/api/reports/2019/lock").status())
        .isEqualTo(404);
  }

  private static void request(
      List<CaseTopics.Event> stream,
      String caseId,
      String agency,
      LocalDate received,
      String outcome) {
    for (String event :
        CaseEvents.disclosureRequest(
            caseId, agency, "NATURAL_PERSON", received, outcome, received.plusDays(10))) {
      stream.add(CaseTopics.Event.disclosure(caseId, event));
    }
  }

  private void publishAndAwait(List<CaseTopics.Event> events) throws Exception {
    try (CaseTopics topics = new CaseTopics()) {
      topics.publish(events);
    }
    Map<TopicPartition, Long> ends = CaseTopics.endOffsets();
    Awaitility.await().atMost(PATIENCE).until(() -> CaseTopics.projectedUpTo(jdbc, ends));
  }

  private static long total(JsonNode report, String row) {
    for (JsonNode r : report.at("/sectionThree/rows")) {
      if (r.get("key").asText().equals(row)) {
        return r.get("values").get(6).asLong();
      }
    }
    throw new AssertionError("no row " + row);
  }
}
