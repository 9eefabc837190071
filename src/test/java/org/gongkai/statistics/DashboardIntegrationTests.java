package org.gongkai.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.gongkai.organization.AgencyKind;
import org.gongkai.organization.NewAgency;
import org.gongkai.organization.Organization;
import org.gongkai.platform.GongkaiTopics;
import org.gongkai.support.IntegrationTest;
import org.gongkai.support.RealInfrastructure;
import org.gongkai.support.StaffClient;
import org.gongkai.support.StaffClient.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The leaders' dashboard counts what the published events say: a year of disclosure requests and
 * complaints of an agency of its own reaches the dashboard's data and page through the projector.
 */
@IntegrationTest
class DashboardIntegrationTests {

  @Autowired Clock clock;

  @LocalServerPort int port;
  @Autowired Organization organization;

  @Test
  void drawsTheYearFromTheReadModel() {
    String agency = "dash-" + UUID.randomUUID().toString().substring(0, 8);
    organization.registerAgency(new NewAgency(agency, "驾驶舱测试县人民政府", AgencyKind.GOVERNMENT, null));
    List<String[]> stream = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      disclosure(stream, agency, "d" + i, LocalDate.of(2020, 2, 3 + i), "DISCLOSED", 3);
    }
    disclosure(stream, agency, "refused", LocalDate.of(2020, 3, 2), "REFUSED_STATE_SECRET", 4);
    disclosure(stream, agency, "partly", LocalDate.of(2020, 3, 9), "PARTIALLY_DISCLOSED", 4);
    disclosure(stream, agency, "open", LocalDate.of(2020, 4, 1), null, 0);
    disclosure(stream, agency, "dec2019", LocalDate.of(2019, 12, 20), "OTHER_NO_CORRECTION", 1);
    complaint(stream, agency, "c1", "2020-05-06", "2020-05-10", true, "SATISFIED");
    complaint(stream, agency, "c2", "2020-05-07", "2020-05-20", true, "DISSATISFIED");
    complaint(stream, agency, "c3", "2020-05-08", "2020-06-30", false, "SATISFIED");
    complaint(stream, agency, "c4", "2020-05-09", null, null, null);
    publish(stream);

    StaffClient admin = StaffClient.anonymous(port);
    admin.logIn("admin", RealInfrastructure.PASSWORD);
    String query = "?year=2020&agencyCode=" + agency;
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> {
              JsonNode data = admin.get("/dashboard/data" + query).json();
              assertThat(data.at("/complaintsByMonth/5/closed").asLong()).isEqualTo(1);
              assertThat(data.at("/receivedByMonth/3/disclosureRequests").asLong()).isEqualTo(1);
              assertThat(data.at("/disclosureOutcomes/5/count").asLong()).isEqualTo(1);
            });

    JsonNode data = admin.get("/dashboard/data" + query).json();
    assertThat(data.get("year").asInt()).isEqualTo(2020);
    assertThat(data.get("agencyCode").asText()).isEqualTo(agency);
    assertThat(longs(data.get("receivedByMonth"), "disclosureRequests"))
        .containsExactly(0L, 3L, 2L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
    assertThat(longs(data.get("receivedByMonth"), "complaints"))
        .containsExactly(0L, 0L, 0L, 0L, 4L, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
    assertThat(texts(data.get("disclosureOutcomes"), "group"))
        .containsExactly(
            "disclosed", "partially_disclosed", "refused", "unavailable", "not_processed", "other");
    assertThat(longs(data.get("disclosureOutcomes"), "count"))
        .containsExactly(3L, 1L, 1L, 0L, 0L, 1L);
    JsonNode may = data.at("/complaintsByMonth/4");
    assertThat(may.get("month").asInt()).isEqualTo(5);
    assertThat(may.get("closed").asLong()).isEqualTo(2);
    assertThat(may.get("closedOnTime").asLong()).isEqualTo(2);
    assertThat(may.get("onTimeRate").decimalValue()).isEqualByComparingTo("100");
    assertThat(may.get("rated").asLong()).isEqualTo(2);
    assertThat(may.get("satisfactionRate").decimalValue()).isEqualByComparingTo("50");
    JsonNode june = data.at("/complaintsByMonth/5");
    assertThat(june.get("closed").asLong()).isEqualTo(1);
    assertThat(june.get("onTimeRate").decimalValue()).isEqualByComparingTo("0");
    assertThat(june.get("satisfactionRate").decimalValue()).isEqualByComparingTo("100");
    assertThat(data.at("/complaintsByMonth/0/onTimeRate").isNull()).isTrue();
    String unit = agency + "-unit";
    assertThat(data.get("overdueByUnit")).hasSize(1);
    assertThat(data.at("/overdueByUnit/0/unitCode").asText()).isEqualTo(unit);
    assertThat(data.at("/overdueByUnit/0/unitName").asText()).isEqualTo(unit);
    assertThat(data.at("/overdueByUnit/0/closedLate").asLong()).isEqualTo(1);
    assertThat(data.at("/overdueByUnit/0/openOverdue").asLong()).isZero();
    assertThat(data.at("/overdueByUnit/0/total").asLong()).isEqualTo(1);

    Response page = admin.get("/dashboard" + query);
    assertThat(page.status()).isEqualTo(200);
    Document html = Jsoup.parse(page.body());
    assertThat(html.select("h1").text()).isEqualTo("2020年领导驾驶舱");
    assertThat(html.select("#kpi-received").text()).isEqualTo("4件");
    assertThat(html.select("#kpi-closed").text()).isEqualTo("3件");
    assertThat(html.select("#kpi-closure-rate").text()).isEqualTo("75%");
    assertThat(html.select("#month-5 td").eachText()).containsExactly("0", "4", "2", "100%", "50%");
    assertThat(html.select("#month-6 td").eachText()).containsExactly("0", "0", "1", "0%", "100%");
    assertThat(html.select("#outcome-disclosed td").text()).isEqualTo("3");
    assertThat(html.select("#overdue-" + unit + " th").text()).isEqualTo(unit);
    assertThat(html.select("#overdue-" + unit + " td").eachText()).containsExactly("1", "0", "1");
    assertThat(html.select("#agencyCode option[selected]").attr("value")).isEqualTo(agency);
    assertThat(html.select("script[src]").attr("src"))
        .isEqualTo("/webjars/echarts/5.3.1/dist/echarts.min.js");
    String script = unescapeJavaScript(html.select("script:not([src])").html());
    assertThat(script).contains("每月收件数", "月份", "件数", "群众诉求按时办结率与满意率趋势");
    assertThat(script).contains("\"complaintsReceived\":[0,0,0,0,4,0,0,0,0,0,0,0]");

    assertThat(
            StaffClient.anonymous(port).get("/webjars/echarts/5.3.1/dist/echarts.min.js").status())
        .isEqualTo(200);
  }

  @Test
  void countsOverdueComplaintsPerResponsibleUnit() {
    String agency = "dash-" + UUID.randomUUID().toString().substring(0, 8);
    String housing = agency + "-housing";
    String town = agency + "-town";
    String gone = agency + "-gone";
    organization.registerAgency(new NewAgency(agency, "超期统计测试县人民政府", AgencyKind.GOVERNMENT, null));
    organization.registerAgency(
        new NewAgency(housing, "超期统计测试县住房和城乡建设局", AgencyKind.DEPARTMENT, agency));
    organization.registerAgency(new NewAgency(town, "超期统计测试县城关镇人民政府", AgencyKind.TOWNSHIP, agency));
    LocalDate today = LocalDate.now(clock);
    int year = today.getYear();
    LocalDate received = LocalDate.of(year, 1, 1);
    LocalDate past = today.minusDays(1);
    LocalDate future = today.plusDays(30);
    List<String[]> stream = new ArrayList<>();
    // 住建局: one closed late, one closed on time, one open past its due date.
    closedComplaint(stream, agency, "h-late", received, housing, year + "-01-20", false);
    closedComplaint(stream, agency, "h-on-time", received, housing, year + "-01-10", true);
    openComplaint(stream, agency, "h-open-past", received, housing, past, false);
    // 城关镇: one closed late, one open flagged overdue, one open past its due date, one not yet due.
    closedComplaint(stream, agency, "t-late", received, town, year + "-02-20", false);
    openComplaint(stream, agency, "t-flagged", received, town, future, true);
    openComplaint(stream, agency, "t-open-past", received, town, past, false);
    openComplaint(stream, agency, "t-not-due", received, town, future, false);
    // A unit the organization does not know, and complaints never dispatched.
    closedComplaint(stream, agency, "g-late", received, gone, year + "-03-01", false);
    openComplaint(stream, agency, "u-past", received, null, past, false);
    openComplaint(stream, agency, "u-not-due", received, null, future, false);
    // Received the year before: not this year's.
    closedComplaint(stream, agency, "h-last-year", received.minusDays(10), housing, null, false);
    publish(stream);

    StaffClient admin = StaffClient.anonymous(port);
    admin.logIn("admin", RealInfrastructure.PASSWORD);
    String query = "?year=" + year + "&agencyCode=" + agency;
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> {
              JsonNode overdue = admin.get("/dashboard/data" + query).json().get("overdueByUnit");
              assertThat(texts(overdue, "unitCode")).containsExactly(town, housing, gone, "null");
              assertThat(longs(overdue, "closedLate")).containsExactly(1L, 1L, 1L, 0L);
              assertThat(longs(overdue, "openOverdue")).containsExactly(2L, 1L, 0L, 1L);
            });

    JsonNode data = admin.get("/dashboard/data" + query).json();
    assertThat(data.at("/receivedByMonth/0/complaints").asLong()).isEqualTo(10);
    JsonNode overdue = data.get("overdueByUnit");
    assertThat(texts(overdue, "unitName"))
        .containsExactly("超期统计测试县城关镇人民政府", "超期统计测试县住房和城乡建设局", gone, "null");
    assertThat(longs(overdue, "total")).containsExactly(3L, 2L, 1L, 1L);

    Response page = admin.get("/dashboard" + query);
    assertThat(page.status()).isEqualTo(200);
    Document html = Jsoup.parse(page.body());
    assertThat(html.select("#table-overdue thead th").eachText())
        .containsExactly("承办单位", "办结超期", "在办超期", "合计");
    assertThat(html.select("#table-overdue tbody th").eachText())
        .containsExactly("超期统计测试县城关镇人民政府", "超期统计测试县住房和城乡建设局", gone, "未派单");
    assertThat(html.select("#overdue-" + town + " td").eachText()).containsExactly("1", "2", "3");
    assertThat(html.select("#overdue-" + housing + " td").eachText())
        .containsExactly("1", "1", "2");
    assertThat(html.select("#overdue-" + gone + " td").eachText()).containsExactly("1", "0", "1");
    assertThat(html.select("#overdue-undispatched td").eachText()).containsExactly("0", "1", "1");
    assertThat(html.text()).doesNotContain("暂未记录承办单位");
    String script = unescapeJavaScript(html.select("script:not([src])").html());
    assertThat(script).contains("超期群众诉求（按承办单位）", "承办单位", "办结超期", "在办超期");
    assertThat(script)
        .contains(
            "\"overdueUnits\":[\"超期统计测试县城关镇人民政府\",\"超期统计测试县住房和城乡建设局\",\"" + gone + "\",\"未派单\"]",
            "\"overdueClosedLate\":[1,1,1,0]",
            "\"overdueOpen\":[2,1,0,1]");
  }

  @Test
  void onlyLeadersAndAdministratorsSeeTheDashboard() {
    StaffClient frontDesk = StaffClient.anonymous(port);
    frontDesk.logIn("frontdesk", RealInfrastructure.PASSWORD);
    Response refused = frontDesk.get("/dashboard");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(Jsoup.parse(refused.body()).select("h1").text()).isEqualTo("您没有访问此页面的权限");

    StaffClient leader = StaffClient.anonymous(port);
    leader.logIn("leader", RealInfrastructure.PASSWORD);
    Response own = leader.get("/dashboard?year=1999&agencyCode=nowhere");
    assertThat(own.status()).isEqualTo(200);
    Document html = Jsoup.parse(own.body());
    assertThat(html.select("#agencyCode option[selected]").attr("value")).isEqualTo("demo-county");
    assertThat(html.select("p.error").text()).isEqualTo("您无权查看所选机关，已显示本机关的数据。");
  }

  private static void disclosure(
      List<String[]> stream,
      String agency,
      String name,
      LocalDate received,
      @Nullable String outcome,
      int finishedMonth) {
    String caseId = agency + "-" + name;
    LocalDate finished =
        outcome == null
            ? null
            : received.getYear() < 2020
                ? LocalDate.of(2020, 1, 15)
                : LocalDate.of(2020, finishedMonth, 10);
    for (String event :
        CaseEvents.disclosureRequest(
            caseId, agency, "NATURAL_PERSON", received, outcome, finished)) {
      stream.add(new String[] {GongkaiTopics.DISCLOSURE_REQUESTS, caseId, event});
    }
  }

  private static void complaint(
      List<String[]> stream,
      String agency,
      String name,
      String receivedOn,
      @Nullable String closedOn,
      @Nullable Boolean onTime,
      @Nullable String rating) {
    String caseId = agency + "-" + name;
    OffsetDateTime received = OffsetDateTime.parse(receivedOn + "T09:00:00+08:00");
    stream.add(
        new String[] {
          GongkaiTopics.COMPLAINTS,
          caseId,
          CaseEvents.complaint("ComplaintReceived")
              .caseId(caseId)
              .version(1)
              .agency(agency)
              .occurredAt(received)
              .fact("channel", "PHONE")
              .fact("receivedAt", received.toString())
              .fact("status", "REGISTERED")
              .fact("unitCode", null)
              .fact("dueOn", null)
              .fact("overdue", false)
              .fact("closedAt", null)
              .fact("closure", null)
              .fact("onTime", null)
              .fact("followedUp", false)
              .fact("rating", null)
              .json()
        });
    if (closedOn != null) {
      OffsetDateTime closed = OffsetDateTime.parse(closedOn + "T16:00:00+08:00");
      stream.add(
          new String[] {
            GongkaiTopics.COMPLAINTS,
            caseId,
            CaseEvents.complaint("ComplaintClosed")
                .caseId(caseId)
                .version(6)
                .agency(agency)
                .occurredAt(closed)
                .fact("channel", "PHONE")
                .fact("receivedAt", received.toString())
                .fact("status", "CLOSED")
                .fact("unitCode", agency + "-unit")
                .fact("dueOn", received.toLocalDate().plusDays(15).toString())
                .fact("overdue", false)
                .fact("closedAt", closed.toString())
                .fact("closure", "FOLLOWED_UP")
                .fact("onTime", onTime)
                .fact("followedUp", true)
                .fact("reached", true)
                .fact("rating", rating)
                .json()
          });
    }
  }

  /** A complaint received, dispatched to the unit and closed then, on time or not. */
  static void closedComplaint(
      List<String[]> stream,
      String agency,
      String name,
      LocalDate receivedOn,
      String unit,
      @Nullable String closedOn,
      boolean onTime) {
    String caseId = agency + "-" + name;
    OffsetDateTime received = receivedOn.atTime(9, 0).atOffset(ZoneOffset.ofHours(8));
    OffsetDateTime closed =
        closedOn == null
            ? received.plusDays(20)
            : OffsetDateTime.parse(closedOn + "T16:00:00+08:00");
    stream.add(received(caseId, agency, received));
    stream.add(
        new String[] {
          GongkaiTopics.COMPLAINTS,
          caseId,
          CaseEvents.complaint("ComplaintClosed")
              .caseId(caseId)
              .version(6)
              .agency(agency)
              .occurredAt(closed)
              .fact("channel", "PHONE")
              .fact("receivedAt", received.toString())
              .fact("status", "CLOSED")
              .fact("unitCode", unit)
              .fact("dueOn", received.toLocalDate().plusDays(15).toString())
              .fact("overdue", !onTime)
              .fact("closedAt", closed.toString())
              .fact("closure", "FOLLOWED_UP")
              .fact("onTime", onTime)
              .fact("followedUp", true)
              .fact("reached", true)
              .fact("rating", "SATISFIED")
              .json()
        });
  }

  /**
   * A complaint received and, with a unit, accepted by it and in handling; without, waiting to be
   * dispatched. {@code flagged}: the complaint's last event marked it overdue.
   */
  static void openComplaint(
      List<String[]> stream,
      String agency,
      String name,
      LocalDate receivedOn,
      @Nullable String unit,
      LocalDate dueOn,
      boolean flagged) {
    String caseId = agency + "-" + name;
    OffsetDateTime received = receivedOn.atTime(9, 0).atOffset(ZoneOffset.ofHours(8));
    stream.add(
        new String[] {
          GongkaiTopics.COMPLAINTS,
          caseId,
          CaseEvents.complaint(unit == null ? "ComplaintReceived" : "ComplaintAccepted")
              .caseId(caseId)
              .version(unit == null ? 1 : 3)
              .agency(agency)
              .occurredAt(received.plusHours(2))
              .fact("channel", "PHONE")
              .fact("receivedAt", received.toString())
              .fact("status", unit == null ? "REGISTERED" : "IN_HANDLING")
              .fact("unitCode", unit)
              .fact("dueOn", dueOn.toString())
              .fact("overdue", flagged)
              .fact("closedAt", null)
              .fact("closure", null)
              .fact("onTime", null)
              .fact("followedUp", false)
              .fact("rating", null)
              .json()
        });
  }

  private static String[] received(String caseId, String agency, OffsetDateTime received) {
    return new String[] {
      GongkaiTopics.COMPLAINTS,
      caseId,
      CaseEvents.complaint("ComplaintReceived")
          .caseId(caseId)
          .version(1)
          .agency(agency)
          .occurredAt(received)
          .fact("channel", "PHONE")
          .fact("receivedAt", received.toString())
          .fact("status", "REGISTERED")
          .fact("unitCode", null)
          .fact("dueOn", null)
          .fact("overdue", false)
          .fact("closedAt", null)
          .fact("closure", null)
          .fact("onTime", null)
          .fact("followedUp", false)
          .fact("rating", null)
          .json()
    };
  }

  static void publish(List<String[]> events) {
    DefaultKafkaProducerFactory<String, String> factory =
        new DefaultKafkaProducerFactory<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                RealInfrastructure.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG,
                "all"),
            new StringSerializer(),
            new StringSerializer());
    try {
      KafkaTemplate<String, String> template = new KafkaTemplate<>(factory);
      for (String[] event : events) {
        template.send(event[0], event[1], event[2]);
      }
      template.flush();
    } finally {
      factory.destroy();
    }
  }

  /** The script with the escapes Thymeleaf writes for non-ASCII characters read back. */
  private static String unescapeJavaScript(String script) {
    return java.util.regex.Pattern.compile("\\\\u([0-9A-Fa-f]{4})")
        .matcher(script)
        .replaceAll(m -> String.valueOf((char) Integer.parseInt(m.group(1), 16)));
  }

  private static List<Long> longs(JsonNode array, String field) {
    List<Long> values = new ArrayList<>();
    array.forEach(item -> values.add(item.get(field).asLong()));
    return values;
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> values = new ArrayList<>();
    array.forEach(item -> values.add(item.get(field).asText()));
    return values;
  }
}
