package org.gongkai.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.gongkai.organization.AgencyKind;
import org.gongkai.organization.NewAgency;
import org.gongkai.organization.Organization;
import org.gongkai.support.IntegrationTest;
import org.gongkai.support.StaffClient;
import org.gongkai.support.StaffClient.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Complaints finished on paper are imported from their ledger over HTTP: item by item checked, all
 * or nothing, each a closed case with one {@code ComplaintImported} event and no process, and a
 * ticket already received is not imported twice. Each test imports into an agency of its own.
 */
@IntegrationTest
class ComplaintLedgerImportIntegrationTests {

  @LocalServerPort int port;
  @Autowired Organization organization;
  @Autowired HistoryService history;

  private String agency;
  private StaffClient admin;

  @BeforeEach
  void anAgencyOfItsOwn() {
    agency = "ledger-" + UUID.randomUUID().toString().substring(0, 8);
    organization.registerAgency(new NewAgency(agency, "台账导入测试县人民政府", AgencyKind.GOVERNMENT, null));
    admin = StaffClient.as(port, "admin");
  }

  @Test
  void importsAClosedCaseWithItsReplyFollowUpAndTimeLimitAndStartsNoProcess() {
    Response response =
        admin.post(
            "/api/complaints/imports",
            Map.of(
                "agencyCode",
                agency,
                "complaints",
                List.of(
                    item("T-1", "2019-03-04T09:00:00+08:00", "2019-03-06T10:00:00+08:00", true),
                    item("T-2", "2019-03-04T09:00:00+08:00", "2019-04-30T10:00:00+08:00", false))));

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.json().get("imported").asInt()).isEqualTo(2);
    JsonNode onTime = admin.get("/api/complaints/" + id(response, 0)).json();
    assertThat(onTime.get("status").asText()).isEqualTo("CLOSED");
    assertThat(onTime.get("closure").asText()).isEqualTo("FOLLOWED_UP");
    assertThat(onTime.get("onTime").asBoolean()).isTrue();
    assertThat(onTime.get("unitCode").asText()).isEqualTo(agency);
    assertThat(onTime.at("/reply/content").asText()).isEqualTo("已答复");
    assertThat(onTime.at("/followUp/rating").asText()).isEqualTo("SATISFIED");
    assertThat(onTime.get("closedAt").asText()).isEqualTo("2019-03-07T10:00:00+08:00");
    assertThat(onTime.get("timeline")).singleElement();
    assertThat(onTime.at("/timeline/0/type").asText()).isEqualTo("ComplaintImported");
    JsonNode late = admin.get("/api/complaints/" + id(response, 1)).json();
    assertThat(late.get("onTime").asBoolean()).isFalse();
    assertThat(late.get("closure").asText()).isEqualTo("UNREACHABLE");
    assertThat(late.at("/followUp/reached").asBoolean()).isFalse();
    assertThat(
            history
                .createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(id(response, 0))
                .count())
        .as("no process for a closed case")
        .isZero();
    JsonNode closed = admin.get("/api/complaints?agencyCode=" + agency + "&status=CLOSED").json();
    assertThat(closed.get("totalElements").asLong()).isEqualTo(2);
  }

  @Test
  void aTicketAlreadyReceivedIsSkippedAndNamed() {
    Map<String, Object> first =
        item("T-1", "2019-05-06T09:00:00+08:00", "2019-05-07T10:00:00+08:00", true);
    Response once =
        admin.post(
            "/api/complaints/imports", Map.of("agencyCode", agency, "complaints", List.of(first)));
    assertThat(once.status()).as(once.body()).isEqualTo(200);

    Response again =
        admin.post(
            "/api/complaints/imports",
            Map.of(
                "agencyCode",
                agency,
                "complaints",
                List.of(
                    item("T-2", "2019-05-06T09:00:00+08:00", "2019-05-07T10:00:00+08:00", true),
                    first)));

    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(again.json().get("imported").asInt()).isEqualTo(1);
    assertThat(again.json().get("skipped")).singleElement();
    assertThat(again.json().at("/skipped/0/index").asInt()).isEqualTo(1);
    assertThat(again.json().at("/skipped/0/upstreamTicketId").asText()).isEqualTo("T-1");
    assertThat(again.json().at("/skipped/0/complaintId").asText()).isEqualTo(id(once, 0));
    assertThat(count()).isEqualTo(2);
  }

  @Test
  void anItemOutOfOrderRefusesTheWholeImportNamingItsIndexAndField() {
    Map<String, Object> outOfOrder =
        item("T-3", "2019-06-03T09:00:00+08:00", "2019-06-04T10:00:00+08:00", true);
    outOfOrder.put("closedAt", "2019-06-04T12:00:00+08:00");

    Response response =
        admin.post(
            "/api/complaints/imports",
            Map.of(
                "agencyCode",
                agency,
                "complaints",
                List.of(
                    item("T-1", "2019-06-03T09:00:00+08:00", "2019-06-04T10:00:00+08:00", true),
                    item("T-2", "2019-06-03T09:00:00+08:00", "2019-06-04T10:00:00+08:00", true),
                    outOfOrder)));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().at("/errors/0/field").asText()).isEqualTo("complaints[2].closedAt");
    assertThat(response.json().at("/errors/0/message").asText())
        .startsWith("第3件：")
        .contains("办结时间不能早于回访时间");
    assertThat(count()).isZero();
  }

  @Test
  void aMissingFieldAndAForeignUnitAreNamedWithTheirItem() {
    Map<String, Object> noReceipt =
        item("T-1", "2019-06-03T09:00:00+08:00", "2019-06-04T10:00:00+08:00", true);
    noReceipt.remove("receivedAt");
    Response missing =
        admin.post(
            "/api/complaints/imports",
            Map.of("agencyCode", agency, "complaints", List.of(noReceipt)));
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json().at("/errors/0/field").asText()).isEqualTo("complaints[0].receivedAt");
    assertThat(missing.json().at("/errors/0/message").asText()).isEqualTo("请填写受理时间");

    Map<String, Object> elsewhere =
        item("T-2", "2019-06-03T09:00:00+08:00", "2019-06-04T10:00:00+08:00", true);
    elsewhere.put("unitCode", "demo-housing");
    Response foreign =
        admin.post(
            "/api/complaints/imports",
            Map.of(
                "agencyCode",
                agency,
                "complaints",
                List.of(
                    item("T-1", "2019-06-03T09:00:00+08:00", "2019-06-04T10:00:00+08:00", true),
                    elsewhere)));
    assertThat(foreign.status()).isEqualTo(400);
    assertThat(foreign.json().at("/errors/0/field").asText()).isEqualTo("complaints[1].unitCode");
    assertThat(foreign.json().at("/errors/0/message").asText())
        .isEqualTo("第2件：「demo-housing」不是本机关或其下属单位");
    assertThat(count()).isZero();
  }

  @Test
  void onlyTheFrontDeskAndAdministratorsImport() {
    Response handler =
        StaffClient.as(port, "handler")
            .post(
                "/api/complaints/imports",
                Map.of(
                    "agencyCode",
                    "demo-county",
                    "complaints",
                    List.of(
                        item(
                            "T-1",
                            "2019-06-03T09:00:00+08:00",
                            "2019-06-04T10:00:00+08:00",
                            true))));
    assertThat(handler.status()).isEqualTo(403);
    Response frontDeskElsewhere =
        StaffClient.as(port, "frontdesk")
            .post(
                "/api/complaints/imports",
                Map.of(
                    "agencyCode",
                    agency,
                    "complaints",
                    List.of(
                        item(
                            "T-1",
                            "2019-06-03T09:00:00+08:00",
                            "2019-06-04T10:00:00+08:00",
                            true))));
    assertThat(frontDeskElsewhere.status()).isEqualTo(403);
    assertThat(count()).isZero();
  }

  private long count() {
    return admin.get("/api/complaints?agencyCode=" + agency).json().get("totalElements").asLong();
  }

  private static String id(Response response, int index) {
    return response.json().get("complaintIds").get(index).asText();
  }

  /** A consultation received, replied at {@code repliedAt}, followed up and closed a day later. */
  private Map<String, Object> item(
      String ticket, String receivedAt, String repliedAt, boolean reached) {
    String followedUp = java.time.OffsetDateTime.parse(repliedAt).plusDays(1).toString();
    Map<String, Object> followUp = new LinkedHashMap<>();
    followUp.put("reached", reached);
    if (reached) {
      followUp.put("rating", "SATISFIED");
    }
    followUp.put("at", followedUp);
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("channel", "PHONE");
    item.put("category", "CONSULTATION");
    item.put("content", "咨询社保缴费");
    item.put("citizen", Map.of("name", "王五", "phone", "13700001234"));
    item.put("upstreamTicketId", ticket);
    item.put("receivedAt", receivedAt);
    item.put("unitCode", agency);
    item.put("reply", Map.of("at", repliedAt, "content", "已答复", "resolved", true));
    item.put("followUp", followUp);
    item.put("closedAt", followedUp);
    return item;
  }
}
