package org.gongkai.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.gongkai.organization.AgencyKind;
import org.gongkai.organization.NewAgency;
import org.gongkai.organization.Organization;
import org.gongkai.support.IntegrationTest;
import org.gongkai.support.StaffClient;
import org.gongkai.support.StaffClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rebuilding the read model from the topics while front-desk staff keep registering requests:
 * reports answer throughout, the rebuild reports its progress, and afterwards the numbers are those
 * of a fresh computation — the same as before for the cases that did not change, plus the cases
 * registered meanwhile.
 */
@IntegrationTest
class StatisticsRebuildIntegrationTests {

  private static final Duration PATIENCE = Duration.ofSeconds(90);

  @LocalServerPort int port;
  @Autowired Organization organization;
  @Autowired JdbcTemplate jdbc;

  @Test
  void rebuildingWhileCasesAreRegisteredGivesTheNumbersOfAFreshComputation() throws Exception {
    String agency = "rebuild-" + UUID.randomUUID().toString().substring(0, 8);
    organization.registerAgency(new NewAgency(agency, "重建测试县人民政府", AgencyKind.GOVERNMENT, null));
    List<CaseTopics.Event> stream = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      LocalDate received = LocalDate.of(2021, 1 + i % 12, 5);
      String caseId = agency + "-d" + i;
      boolean open = i % 10 == 0;
      for (String event :
          CaseEvents.disclosureRequest(
              caseId,
              agency,
              i % 3 == 0 ? "COMMERCIAL_ENTERPRISE" : "NATURAL_PERSON",
              received,
              open ? null : (i % 4 == 0 ? "PARTIALLY_DISCLOSED" : "DISCLOSED"),
              open ? null : received.plusDays(15))) {
        stream.add(CaseTopics.Event.disclosure(caseId, event));
      }
    }
    for (int i = 0; i < 200; i++) {
      OffsetDateTime received = OffsetDateTime.parse("2021-03-01T09:00:00+08:00").plusHours(i * 7L);
      String caseId = agency + "-c" + i;
      for (String event :
          ComplaintStreams.complaint(
              caseId,
              agency,
              i % 5 == 0 ? "ONLINE" : "PHONE",
              received,
              i % 20 == 0 ? null : received.plusDays(2),
              i % 9 == 0 ? "DISSATISFIED" : "SATISFIED")) {
        stream.add(CaseTopics.Event.complaint(caseId, event));
      }
    }
    StaffClient admin = StaffClient.as(port, "admin");
    String ofAgency = "?agencyCode=" + agency;
    try (CaseTopics topics = new CaseTopics()) {
      topics.publish(stream);
    }
    awaitProjected();
    JsonNode disclosureBefore = report(admin, "/api/reports/disclosure/2021" + ofAgency);
    JsonNode complaintsBefore = report(admin, "/api/reports/complaints/2021" + ofAgency);
    assertThat(complaintsBefore.get("received").asLong()).isEqualTo(200);
    long registeredBefore = newReceivedTotal(admin, "demo-county", 2025);

    AtomicInteger registered = new AtomicInteger();
    CompletableFuture<Void> frontDesk =
        CompletableFuture.runAsync(
            () -> {
              for (int i = 0; i < 8; i++) {
                register(LocalDate.of(2025, 3, 3 + i));
                registered.incrementAndGet();
              }
            });
    Response started = admin.post("/api/admin/statistics/rebuild", Map.of());
    assertThat(started.status()).isEqualTo(202);
    String location = started.headers().firstValue("Location").orElseThrow();
    assertThat(location)
        .isEqualTo("/api/admin/statistics/rebuild/" + started.json().get("jobId").asText());
    assertThat(started.json().get("state").asText()).isEqualTo("RUNNING");

    List<Long> progress = new ArrayList<>();
    Awaitility.await()
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              assertThat(admin.get("/api/reports/disclosure/2021" + ofAgency).status())
                  .as("reports answer during the rebuild")
                  .isEqualTo(200);
              JsonNode job = admin.get(location).json();
              progress.add(job.get("eventsApplied").asLong());
              return !job.get("state").asText().equals("RUNNING");
            });
    JsonNode job = admin.get(location).json();
    assertThat(job.get("state").asText()).isEqualTo("SUCCEEDED");
    assertThat(job.get("eventsTotal").asLong()).isGreaterThanOrEqualTo(stream.size());
    assertThat(job.get("eventsApplied").asLong()).isEqualTo(job.get("eventsTotal").asLong());
    assertThat(progress).isSorted();
    frontDesk.get();
    assertThat(registered.get()).isEqualTo(8);
    awaitProjected();

    assertThat(report(admin, "/api/reports/disclosure/2021" + ofAgency))
        .isEqualTo(disclosureBefore);
    assertThat(report(admin, "/api/reports/complaints/2021" + ofAgency))
        .isEqualTo(complaintsBefore);
    assertThat(newReceivedTotal(admin, "demo-county", 2025)).isEqualTo(registeredBefore + 8);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM stat_disclosure_case WHERE generation <> (SELECT generation"
                    + " FROM stat_generation WHERE state = 'ACTIVE')",
                Long.class))
        .as("the previous generation's rows are deleted")
        .isZero();

    JsonNode demoAfterFirst = report(admin, "/api/reports/disclosure/2025?agencyCode=demo-county");
    Response again = admin.post("/api/admin/statistics/rebuild", Map.of());
    assertThat(again.status()).isEqualTo(202);
    String secondJob = again.headers().firstValue("Location").orElseThrow();
    Awaitility.await()
        .atMost(PATIENCE)
        .until(() -> admin.get(secondJob).json().get("state").asText().equals("SUCCEEDED"));
    awaitProjected();

    assertThat(report(admin, "/api/reports/disclosure/2025?agencyCode=demo-county"))
        .as("a second, quiet rebuild gives the same numbers")
        .isEqualTo(demoAfterFirst);
    assertThat(report(admin, "/api/reports/disclosure/2021" + ofAgency))
        .isEqualTo(disclosureBefore);
  }

  @Test
  void onlyAdministratorsRebuildAndAnUnknownJobIsAProblem() {
    assertThat(
            StaffClient.as(port, "leader").post("/api/admin/statistics/rebuild", Map.of()).status())
        .isEqualTo(403);
    Response unknown = StaffClient.as(port, "admin").get("/api/admin/statistics/rebuild/nope");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.contentType()).startsWith("application/problem+json");
    assertThat(unknown.json().get("detail").asText()).contains("重建任务");
  }

  private void register(LocalDate receivedOn) {
    Response response =
        StaffClient.as(port, "frontdesk")
            .post(
                "/api/disclosure-requests",
                Map.of(
                    "agencyCode", "demo-county",
                    "channel", "IN_PERSON",
                    "submittedAt", receivedOn + "T09:30:00+08:00",
                    "receivedAt", receivedOn.toString(),
                    "applicant",
                        Map.of(
                            "type", "NATURAL_PERSON",
                            "name", "李四",
                            "idNumber", "11010519491231002X",
                            "phone", "13800001234"),
                    "description", "申请公开本县道路养护经费",
                    "purpose", "了解",
                    "deliveryMethod", "EMAIL"));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
  }

  private void awaitProjected() throws Exception {
    Map<TopicPartition, Long> ends = CaseTopics.endOffsets();
    Awaitility.await().atMost(PATIENCE).until(() -> CaseTopics.projectedUpTo(jdbc, ends));
  }

  private static long newReceivedTotal(StaffClient client, String agency, int year) {
    JsonNode report = report(client, "/api/reports/disclosure/" + year + "?agencyCode=" + agency);
    for (JsonNode row : report.at("/sectionThree/rows")) {
      if (row.get("key").asText().equals("new_received")) {
        return row.get("values").get(6).asLong();
      }
    }
    throw new AssertionError("no new_received row");
  }

  private static JsonNode report(StaffClient client, String path) {
    Response response = client.get(path);
    assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
    ObjectNode json = (ObjectNode) response.json();
    json.remove("asOf");
    return json;
  }
}
