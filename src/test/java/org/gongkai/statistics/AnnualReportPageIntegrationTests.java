package org.gongkai.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.gongkai.organization.AgencyKind;
import org.gongkai.organization.NewAgency;
import org.gongkai.organization.Organization;
import org.gongkai.platform.GongkaiTopics;
import org.gongkai.statistics.StatisticsProjector.EventRecord;
import org.gongkai.support.IntegrationTest;
import org.gongkai.support.RealInfrastructure;
import org.gongkai.support.StaffClient;
import org.gongkai.support.StaffClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The annual report page over HTTP with a logged-in page session: a request walked through the API
 * shows up as a number in its cell, the cell lists the request, the checks are shown (a failed one
 * loudly), the files download with the page session, and the front desk gets the friendly 403 page.
 * The year 2023 of {@code demo-county} belongs to this test.
 */
@IntegrationTest
class AnnualReportPageIntegrationTests {

  private static final int YEAR = 2023;

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired Organization organization;
  @Autowired StatisticsProjections projections;
  @Autowired TransactionTemplate transactions;

  @Test
  void aRefusedCompanysRequestIsCountedInItsCellAndTheCellListsIt() {
    String id = refuseAsStateSecret(LocalDate.of(YEAR, 3, 6));
    String tracking =
        StaffClient.as(port, "handler")
            .get("/api/disclosure-requests/" + id)
            .json()
            .get("trackingNumber")
            .asText();
    StaffClient author = loggedIn("author");
    String page = "/reports/annual?year=" + YEAR + "&agencyCode=demo-county";
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                assertThat(cell(author.get(page).body(), "refused_state_secret", "TOTAL"))
                    .isEqualTo("1"));

    Response report = author.get(page);

    assertThat(report.status()).isEqualTo(200);
    assertThat(report.contentType()).startsWith("text/html");
    String html = report.body();
    assertThat(html).contains("示范县人民政府2023年政府信息公开工作年度报告（统计表）");
    assertThat(html).contains("三、收到和处理政府信息公开申请情况").contains("四、政府信息公开行政复议、行政诉讼情况");
    assertThat(html).contains("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
    assertThat(html)
        .as("rows outside 三、 span both label columns, as on the statutory form")
        .containsPattern("<th[^>]*colspan=\"2\"[^>]*>一、本年新收政府信息公开申请数量</th>")
        .containsPattern("<th[^>]*colspan=\"2\"[^>]*>四、结转下年度继续办理</th>")
        .containsPattern("<th[^>]*rowspan=\"\\d+\"[^>]*>三、本年度办理结果</th>");
    assertThat(cell(html, "refused_state_secret", "COMMERCIAL_ENTERPRISE")).isEqualTo("1");
    assertThat(cell(html, "refused_state_secret", "NATURAL_PERSON")).isEqualTo("0");
    assertThat(cell(html, "new_received", "COMMERCIAL_ENTERPRISE")).isEqualTo("1");
    assertThat(cell(html, "result_total", "TOTAL")).isEqualTo("1");
    assertThat(cell(html, "new_received", "TOTAL")).isEqualTo("1");
    assertThat(cell(html, "review", "TOTAL")).isEqualTo("0");
    assertThat(html).contains("id=\"report-checks\"").doesNotContain("role=\"alert\"");
    assertThat(html).contains("id=\"complaint-sentence\"").contains("共受理群众诉求");
    assertThat(html).contains("办结率 = 办结件数 ÷ 受理件数");
    assertThat(html).doesNotContain("??");

    String link = link(html, "refused_state_secret", "COMMERCIAL_ENTERPRISE");
    Response drill = author.get(link);
    assertThat(drill.status()).isEqualTo(200);
    assertThat(drill.body())
        .contains("（三）不予公开 1.属于国家秘密")
        .contains("商业企业")
        .contains("共 1 件")
        .contains("href=\"/disclosure-requests/" + id + "\">" + tracking + "</a>")
        .contains("不予公开（属于国家秘密）")
        .doesNotContain("??");

    StaffClient.FileResponse xlsx =
        author.getFile(
            "/api/reports/disclosure/"
                + YEAR
                + ".xlsx?agencyCode=demo-county&includeSubordinates=false");
    assertThat(xlsx.status()).isEqualTo(200);
    assertThat(xlsx.contentType())
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(html)
        .contains(
            "href=\"/api/reports/disclosure/"
                + YEAR
                + ".xlsx?agencyCode=demo-county&amp;includeSubordinates=false\"")
        .contains(".docx?agencyCode=demo-county&amp;includeSubordinates=false\"");
  }

  @Test
  void aReportWhoseTablesDoNotAddUpShowsALoudWarning() {
    String agency = "page-" + UUID.randomUUID().toString().substring(0, 8);
    organization.registerAgency(new NewAgency(agency, "校验测试县人民政府", AgencyKind.GOVERNMENT, null));
    List<EventRecord> batch = new ArrayList<>();
    for (String event :
        CaseEvents.disclosureRequest(
            "odd-" + agency,
            agency,
            "NATURAL_PERSON",
            LocalDate.of(YEAR, 2, 1),
            "SOMETHING_NEW",
            LocalDate.of(YEAR, 2, 20))) {
      batch.add(new EventRecord(GongkaiTopics.DISCLOSURE_REQUESTS, -1, 0, event));
    }
    transactions.executeWithoutResult(status -> projections.forActiveGeneration().project(batch));

    String html =
        loggedIn("admin").get("/reports/annual?year=" + YEAR + "&agencyCode=" + agency).body();

    assertThat(html).contains("role=\"alert\"").contains("警告：本表数据未通过勾稽关系校验");
    assertThat(html).contains("<li data-check=\"result_total\" class=\"check-failed\">");
  }

  @Test
  void theFrontDeskGetsTheFriendlyForbiddenPage() {
    Response response = loggedIn("frontdesk").get("/reports/annual?year=" + YEAR);

    assertThat(response.status()).isEqualTo(403);
    assertThat(response.contentType()).startsWith("text/html");
    assertThat(response.body()).contains("您没有访问此页面的权限");
    Response drill =
        loggedIn("frontdesk")
            .get("/reports/annual/cells?year=" + YEAR + "&row=disclosed&column=TOTAL");
    assertThat(drill.status()).isEqualTo(403);
    assertThat(drill.body()).contains("您没有访问此页面的权限");
  }

  @Test
  void aYearWithoutAReportIsRefusedOnThePageAndAnUnknownRowOnItsOwnPage() {
    StaffClient leader = loggedIn("leader");

    Response tooEarly = leader.get("/reports/annual?year=2018");
    assertThat(tooEarly.status()).isEqualTo(400);
    assertThat(tooEarly.body()).contains("没有「2018」年度的报告").contains("id=\"report-year\"");

    Response notAYear = leader.get("/reports/annual/cells?year=abc&row=disclosed&column=TOTAL");
    assertThat(notAYear.status()).isEqualTo(400);
    assertThat(notAYear.body()).contains("没有「abc」年度的报告");

    Response unknownRow = leader.get("/reports/annual/cells?year=2021&row=nothing&column=TOTAL");
    assertThat(unknownRow.status()).isEqualTo(400);
    assertThat(unknownRow.contentType()).startsWith("text/html");
    assertThat(unknownRow.body()).contains("没有「nothing」行");
  }

  private StaffClient loggedIn(String user) {
    StaffClient client = StaffClient.anonymous(port);
    assertThat(client.logIn(user, RealInfrastructure.PASSWORD).status()).isEqualTo(302);
    return client;
  }

  /** A company's request received on the day, refused as a state secret three days later. */
  private String refuseAsStateSecret(LocalDate received) {
    Response registered =
        StaffClient.as(port, "frontdesk")
            .post(
                "/api/disclosure-requests",
                Map.of(
                    "agencyCode", "demo-county",
                    "channel", "ONLINE",
                    "submittedAt", at(received, 9),
                    "receivedAt", received.toString(),
                    "applicant",
                        Map.of(
                            "type",
                            "COMMERCIAL_ENTERPRISE",
                            "name",
                            "赵六",
                            "organizationName",
                            "示范县某某建材有限公司",
                            "phone",
                            "13800005678"),
                    "description", "申请公开某涉密工程的设计图纸",
                    "purpose", "投标",
                    "deliveryMethod", "EMAIL"));
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    String id = registered.json().get("id").asText();
    String path = "/api/disclosure-requests/" + id;
    DueTimers.awaitFired(runtime, management, id);
    post(
        "handler",
        path + "/decision",
        Map.of(
            "outcome",
            "REFUSED_STATE_SECRET",
            "note",
            "属于国家秘密",
            "at",
            at(received.plusDays(1), 10)));
    post(
        "reviewer",
        path + "/review",
        Map.of("approved", true, "comment", "同意", "at", at(received.plusDays(2), 10)));
    post("handler", path + "/reply", Map.of("method", "EMAIL", "at", at(received.plusDays(3), 10)));
    return id;
  }

  private void post(String user, String path, Map<String, Object> body) {
    Response response = StaffClient.as(port, user).post(path, body);
    assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
    DueTimers.awaitFired(runtime, management, response.json().get("id").asText());
  }

  /** The number the page shows in the cell of the row and column. */
  private static String cell(String html, String row, String column) {
    Matcher number = numberCell(row, column).matcher(html);
    assertThat(number.find()).as("cell %s/%s", row, column).isTrue();
    return number.group(2);
  }

  /** The drill-down link of the cell, unescaped. */
  private static String link(String html, String row, String column) {
    Matcher number = numberCell(row, column).matcher(html);
    assertThat(number.find()).as("cell %s/%s", row, column).isTrue();
    return number.group(1).replace("&amp;", "&");
  }

  private static Pattern numberCell(String row, String column) {
    return Pattern.compile(
        "data-row=\""
            + row
            + "\" data-column=\""
            + column
            + "\"><a\\s+href=\"([^\"]+)\"[^>]*>(\\d+)</a>");
  }

  private static String at(LocalDate day, int hour) {
    return day.atTime(hour, 0).atOffset(ZoneOffset.ofHours(8)).toString();
  }
}
