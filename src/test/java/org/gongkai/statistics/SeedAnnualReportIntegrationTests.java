package org.gongkai.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.gongkai.support.IntegrationTest;
import org.gongkai.support.StaffClient;
import org.gongkai.support.StaffClient.Response;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The seed's own table (reference/luanchuan-2020-annual-report.txt), produced through the real API
 * and projector: twelve natural persons' requests received and disclosed in 2020, walked through
 * registration, decision, review and reply; and the year's 10,804 complaints, entered from their
 * ledger through {@code POST /api/complaints/imports}. The 2020 report of {@code demo-county} then
 * equals the seed's section three, and the complaint figures give the seed's sentence. The year
 * 2020 of {@code demo-county} belongs to this test: no other test counts in it.
 *
 * <p>Of the complaints, 10,634 were closed in 2020, every one followed up: 10,514 rated 满意 and 120
 * 不满意 (10,514 ÷ 10,634 = 98.87%). The other 170 were received in late December and were still open
 * when the year ended; the ledger has them closed in January 2021, so 2020 counts them as received
 * and not closed (10,634 ÷ 10,804 = 98.43%), as the seed's report did.
 */
@IntegrationTest
class SeedAnnualReportIntegrationTests {

  private static final Logger log = LoggerFactory.getLogger(SeedAnnualReportIntegrationTests.class);

  private static final String AGENCY = "demo-county";
  private static final int PHONE = 8_855;
  private static final int RECEIVED = 10_804;
  private static final int CLOSED = 10_634;
  private static final int SATISFIED = 10_514;
  private static final int PER_IMPORT = 5_000;
  private static final Set<String> SEED_ROWS = Set.of("new_received", "disclosed", "result_total");

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;

  @Test
  void theApiAndTheProjectorGiveTheSeedsSectionThreeAndItsComplaintSentence() {
    long start = System.nanoTime();
    for (int month = 1; month <= 12; month++) {
      registerAndDisclose(LocalDate.of(2020, month, 10));
    }

    long importStart = System.nanoTime();
    List<Map<String, Object>> ledger = seedLedger();
    StaffClient frontDesk = StaffClient.as(port, "frontdesk");
    int imported = 0;
    for (int from = 0; from < ledger.size(); from += PER_IMPORT) {
      Response response =
          frontDesk.post(
              "/api/complaints/imports",
              Map.of(
                  "agencyCode",
                  AGENCY,
                  "complaints",
                  ledger.subList(from, Math.min(ledger.size(), from + PER_IMPORT))));
      assertThat(response.status()).as(response.body()).isEqualTo(200);
      imported += response.json().get("imported").asInt();
      assertThat(response.json().get("skipped")).isEmpty();
    }
    assertThat(imported).isEqualTo(RECEIVED);
    double importSeconds = seconds(importStart);

    StaffClient author = StaffClient.as(port, "author");
    String query = "?agencyCode=" + AGENCY;
    Awaitility.await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofSeconds(1))
        .untilAsserted(
            () -> {
              JsonNode figures = author.get("/api/reports/complaints/2020" + query).json();
              assertThat(figures.get("received").asLong()).isEqualTo(RECEIVED);
              assertThat(figures.get("closed").asLong()).isEqualTo(CLOSED);
              assertThat(rowValues(author.get("/api/reports/disclosure/2020" + query).json()))
                  .containsEntry("result_total", List.of(12L, 0L, 0L, 0L, 0L, 0L, 12L));
            });
    double projectedSeconds = seconds(importStart);

    JsonNode report = author.get("/api/reports/disclosure/2020" + query).json();
    assertThat(report.get("format").asText()).isEqualTo("2019");
    Map<String, List<Long>> rows = rowValues(report);
    assertThat(rows).hasSize(23);
    assertThat(List.copyOf(rows.keySet()))
        .startsWith("new_received", "carried_in", "disclosed")
        .endsWith("other", "result_total", "carried_out");
    rows.forEach(
        (key, values) ->
            assertThat(values)
                .as(key)
                .containsExactlyElementsOf(
                    SEED_ROWS.contains(key)
                        ? List.of(12L, 0L, 0L, 0L, 0L, 0L, 12L)
                        : List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L)));
    for (JsonNode block : report.at("/sectionFour/rows")) {
      block.get("values").forEach(value -> assertThat(value.asLong()).isZero());
    }
    assertThat(report.get("checks")).isNotEmpty();
    report.get("checks").forEach(check -> assertThat(check.get("ok").asBoolean()).isTrue());
    assertThat(report.get("checksPassed").asBoolean()).isTrue();

    JsonNode figures = author.get("/api/reports/complaints/2020" + query).json();
    assertThat(figures.at("/byChannel/PHONE").asLong()).isEqualTo(PHONE);
    assertThat(figures.at("/byChannel/ONLINE").asLong()).isEqualTo(RECEIVED - PHONE);
    assertThat(figures.get("followedUp").asLong()).isEqualTo(CLOSED);
    assertThat(figures.get("rated").asLong()).isEqualTo(CLOSED);
    assertThat(figures.get("satisfied").asLong()).isEqualTo(SATISFIED);
    assertThat(figures.get("closureRate").decimalValue()).isEqualByComparingTo("98.43");
    assertThat(figures.get("followUpRate").decimalValue()).isEqualByComparingTo("100");
    assertThat(figures.get("satisfactionRate").decimalValue()).isEqualByComparingTo("98.87");
    assertThat(figures.get("sentence").asText())
        .isEqualTo("共受理群众诉求10804件，其中电话诉求8855件，网民诉求1949件，回访率100%，办结率98.43%，群众满意率98.87%");

    log.info(
        "Seed report: imported {} complaints in {} s, projected {} s after the import began;"
            + " whole test {} s",
        RECEIVED,
        String.format("%.1f", importSeconds),
        String.format("%.1f", projectedSeconds),
        String.format("%.1f", seconds(start)));
  }

  /** A natural person's request received on the day, disclosed after decision and review. */
  private void registerAndDisclose(LocalDate received) {
    Response registered =
        StaffClient.as(port, "frontdesk")
            .post(
                "/api/disclosure-requests",
                Map.of(
                    "agencyCode",
                    AGENCY,
                    "channel",
                    "IN_PERSON",
                    "submittedAt",
                    at(received, 9),
                    "receivedAt",
                    received.toString(),
                    "applicant",
                    Map.of("type", "NATURAL_PERSON", "name", "张三", "phone", "13800001234"),
                    "description",
                    "申请公开本县" + received.getMonthValue() + "月财政资金使用情况",
                    "purpose",
                    "了解",
                    "deliveryMethod",
                    "EMAIL"));
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    String id = registered.json().get("id").asText();
    String path = "/api/disclosure-requests/" + id;
    DueTimers.awaitFired(runtime, management, id);
    command(
        "handler",
        path + "/decision",
        Map.of("outcome", "DISCLOSED", "note", "予以公开", "at", at(received.plusDays(1), 10)));
    command(
        "reviewer",
        path + "/review",
        Map.of("approved", true, "comment", "同意", "at", at(received.plusDays(2), 10)));
    JsonNode replied =
        command(
            "handler",
            path + "/reply",
            Map.of("method", "EMAIL", "at", at(received.plusDays(3), 10)));
    assertThat(replied.get("status").asText()).isEqualTo("FINISHED");
    assertThat(replied.get("outcome").asText()).isEqualTo("DISCLOSED");
  }

  private JsonNode command(String user, String path, Map<String, Object> body) {
    Response response = StaffClient.as(port, user).post(path, body);
    assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
    DueTimers.awaitFired(runtime, management, response.json().get("id").asText());
    return response.json();
  }

  /**
   * The year's complaints as the ledger records them: the first 8,855 by phone, the rest online;
   * the last 170 received in late December and closed in January; of those closed in 2020, the last
   * 120 rated 不满意.
   */
  private static List<Map<String, Object>> seedLedger() {
    List<Map<String, Object>> ledger = new ArrayList<>(RECEIVED);
    for (int i = 0; i < RECEIVED; i++) {
      boolean closedIn2020 = i < CLOSED;
      OffsetDateTime received =
          closedIn2020
              ? OffsetDateTime.parse("2020-01-02T08:30:00+08:00")
                  .plusDays(i % 340)
                  .plusMinutes(i / 340)
              : OffsetDateTime.parse("2020-12-28T09:00:00+08:00").plusMinutes(i - CLOSED);
      OffsetDateTime replied = closedIn2020 ? received.plusDays(2) : received.plusDays(6);
      OffsetDateTime followedUp = replied.plusDays(1);
      String rating = closedIn2020 && i >= SATISFIED ? "DISSATISFIED" : "SATISFIED";
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("channel", i < PHONE ? "PHONE" : "ONLINE");
      item.put("category", i % 3 == 0 ? "CONSULTATION" : "HELP");
      item.put("content", "群众反映第" + (i + 1) + "件事项");
      item.put("citizen", Map.of("name", "李四", "phone", "13900001234"));
      item.put("upstreamTicketId", "SEED-2020-" + (i + 1));
      item.put("receivedAt", received.toString());
      item.put("unitCode", i % 2 == 0 ? "demo-housing" : "demo-finance");
      item.put("reply", Map.of("at", replied.toString(), "content", "已按政策答复", "resolved", true));
      item.put("followUp", Map.of("reached", true, "rating", rating, "at", followedUp.toString()));
      item.put("closedAt", followedUp.toString());
      ledger.add(item);
    }
    return ledger;
  }

  private static Map<String, List<Long>> rowValues(JsonNode report) {
    Map<String, List<Long>> rows = new LinkedHashMap<>();
    for (JsonNode row : report.at("/sectionThree/rows")) {
      List<Long> values = new ArrayList<>();
      row.get("values").forEach(v -> values.add(v.asLong()));
      rows.put(row.get("key").asText(), values);
    }
    return rows;
  }

  private static String at(LocalDate day, int hour) {
    return day.atTime(hour, 0).atOffset(java.time.ZoneOffset.ofHours(8)).toString();
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
