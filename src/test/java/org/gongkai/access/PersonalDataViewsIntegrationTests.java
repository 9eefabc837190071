package org.gongkai.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gongkai.support.IntegrationTest;
import org.gongkai.support.PhoneComplaints;
import org.gongkai.support.RealInfrastructure;
import org.gongkai.support.StaffClient;
import org.gongkai.support.StaffClient.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Personal data is shown whole only to staff working the case: the handler and reviewer of the
 * case's agency and, for 30 days, the clerk who registered it. Everyone else reads it masked and
 * may reveal it by stating why. Every whole view, and every reply letter, is recorded.
 */
@IntegrationTest
class PersonalDataViewsIntegrationTests {

  private static final String ID_NUMBER = "11010519491231002X";

  @LocalServerPort int port;
  @Autowired Clock clock;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aDisclosureRequestIsWholeForItsWorkersMaskedForReadersAndRevealedOnlyWithAReason() {
    Response registered =
        StaffClient.as(port, "frontdesk")
            .post("/api/disclosure-requests", registration("钱多多", "13812345678"));
    assertThat(registered.status()).isEqualTo(201);
    assertThat(registered.body())
        .as("a command answers the case masked")
        .doesNotContain("13812345678", ID_NUMBER, "钱多多");
    String id = registered.json().path("id").asText();
    String path = "/api/disclosure-requests/" + id;
    int views = viewsOf(id);

    for (String worker : List.of("handler", "reviewer", "frontdesk")) {
      JsonNode whole = StaffClient.as(port, worker).get(path).json();
      assertThat(whole.at("/applicant/idNumber").asText()).as(worker).isEqualTo(ID_NUMBER);
      assertThat(whole.at("/applicant/name").asText()).as(worker).isEqualTo("钱多多");
    }
    assertThat(viewsOf(id)).isEqualTo(views + 3);

    for (String reader : List.of("leader", "admin", otherClerk())) {
      JsonNode masked = StaffClient.as(port, reader).get(path).json();
      assertThat(masked.at("/applicant/idNumber").asText())
          .as(reader)
          .isEqualTo("1101**********002X");
      assertThat(masked.at("/applicant/phone").asText()).as(reader).isEqualTo("138****5678");
      assertThat(masked.at("/applicant/name").asText()).as(reader).isEqualTo("钱**");
    }
    assertThat(viewsOf(id)).as("masked reads are not recorded").isEqualTo(views + 3);

    Response revealed =
        StaffClient.as(port, "leader").get(path + "?revealReason=" + encode("核实申请人身份以答复行政复议"));
    assertThat(revealed.json().at("/applicant/phone").asText()).isEqualTo("13812345678");
    assertThat(lastView(id))
        .containsEntry("username", "leader")
        .containsEntry("reason", "核实申请人身份以答复行政复议");

    Response tooLong =
        StaffClient.as(port, "leader").get(path + "?revealReason=" + encode("因".repeat(201)));
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.json().path("detail").asText() + tooLong.body()).contains("查看原因不能超过200个字符");
    assertThat(viewsOf(id)).isEqualTo(views + 4);
  }

  @Test
  void aComplaintIsMaskedInCommandAnswersAndForReadersAndWholeForItsHandler() {
    String id = PhoneComplaints.register(port, clock, "小区路灯损坏", "孙大圣", "13912340000");
    String path = "/api/complaints/" + id;
    Response dispatched =
        StaffClient.as(port, "frontdesk")
            .post(path + "/dispatch", Map.of("unitCode", "demo-housing"));
    assertThat(dispatched.status()).as(dispatched.body()).isEqualTo(200);
    assertThat(dispatched.body()).doesNotContain("13912340000", "孙大圣");

    assertThat(StaffClient.as(port, "handler").get(path).json().at("/citizen/phone").asText())
        .isEqualTo("13912340000");
    assertThat(StaffClient.as(port, "leader").get(path).json().at("/citizen/phone").asText())
        .isEqualTo("139****0000");
    assertThat(StaffClient.as(port, "leader").get(path).json().at("/citizen/name").asText())
        .isEqualTo("孙**");
  }

  @Test
  void onTheCasePageAReaderStatesAReasonBeforeSeeingTheWholeData() {
    Response registered =
        StaffClient.as(port, "frontdesk")
            .post("/api/disclosure-requests", registration("李页面", "13787654321"));
    String id = registered.json().path("id").asText();
    StaffClient leader = StaffClient.anonymous(port);
    leader.logIn("leader", RealInfrastructure.PASSWORD);
    StaffClient handler = StaffClient.anonymous(port);
    handler.logIn("handler", RealInfrastructure.PASSWORD);

    Document masked = Jsoup.parse(leader.get("/disclosure-requests/" + id).body());
    assertThat(masked.getElementById("reveal-form")).isNotNull();
    assertThat(masked.getElementById("show-full")).isNull();
    assertThat(masked.text()).doesNotContain("13787654321");

    Document asked = Jsoup.parse(leader.get("/disclosure-requests/" + id + "?full=true").body());
    assertThat(asked.text()).doesNotContain("13787654321");
    assertThat(asked.getElementById("reveal-reason-required").text()).contains("请先说明查看完整个人信息的原因");

    int views = viewsOf(id);
    Document whole =
        Jsoup.parse(
            leader
                .get("/disclosure-requests/" + id + "?full=true&reason=" + encode("核对来信地址"))
                .body());
    assertThat(whole.text()).contains("13787654321");
    assertThat(lastView(id)).containsEntry("reason", "核对来信地址");
    assertThat(viewsOf(id)).isEqualTo(views + 1);

    Document workerPage = Jsoup.parse(handler.get("/disclosure-requests/" + id).body());
    assertThat(workerPage.getElementById("show-full")).isNotNull();
    assertThat(workerPage.getElementById("reveal-form")).isNull();
    assertThat(handler.get("/disclosure-requests/" + id + "?full=true").body())
        .contains("13787654321");
    assertThat(viewsOf(id)).isEqualTo(views + 2);
  }

  private String otherClerk() {
    String username = "clerk-" + UUID.randomUUID().toString().substring(0, 8);
    Response created =
        StaffClient.as(port, "admin")
            .post(
                "/api/admin/staff",
                Map.of(
                    "username",
                    username,
                    "password",
                    RealInfrastructure.PASSWORD,
                    "displayName",
                    "另一位前台",
                    "agencyCode",
                    "demo-county",
                    "roles",
                    List.of("FRONT_DESK")));
    assertThat(created.status()).as(created.body()).isIn(200, 201);
    return username;
  }

  private Map<String, Object> registration(String name, String phone) {
    java.time.OffsetDateTime now =
        clock
            .instant()
            .atZone(org.gongkai.platform.ClockConfiguration.BUSINESS_ZONE)
            .toOffsetDateTime()
            .withNano(0)
            .minusMinutes(5);
    return Map.of(
        "agencyCode", "demo-county",
        "channel", "IN_PERSON",
        "submittedAt", now.toString(),
        "receivedAt", now.toLocalDate().toString(),
        "applicant",
            Map.of("type", "NATURAL_PERSON", "name", name, "idNumber", ID_NUMBER, "phone", phone),
        "description", "申请公开本村土地征收补偿标准",
        "purpose", "自身权益",
        "deliveryMethod", "EMAIL");
  }

  private int viewsOf(String caseId) {
    Integer views =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM personal_data_access WHERE case_id = ?", Integer.class, caseId);
    return views == null ? 0 : views;
  }

  private Map<String, Object> lastView(String caseId) {
    return jdbc.queryForMap(
        "SELECT username, reason FROM personal_data_access WHERE case_id = ? ORDER BY id DESC"
            + " LIMIT 1",
        caseId);
  }

  private static String encode(String text) {
    return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
  }
}
