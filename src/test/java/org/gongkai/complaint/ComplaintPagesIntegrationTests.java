package org.gongkai.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.support.IntegrationTest;
import org.gongkai.support.RealInfrastructure;
import org.gongkai.support.StaffClient;
import org.gongkai.support.StaffClient.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The complaint pages over HTTP as staff use them: registration with its receipt, each step on its
 * own page as the role that takes it, and bad input sent back on the form with the message next to
 * the field and what was typed kept, changing nothing.
 */
@IntegrationTest
class ComplaintPagesIntegrationTests {

  @Autowired Clock clock;

  @LocalServerPort int port;

  @Test
  void badRegistrationComesBackWithMessagesNextToTheFieldsAndWhatWasTyped() {
    StaffClient frontDesk = session("frontdesk");
    long before = total();
    Map<String, String> form = validIntake();
    form.put("channel", "");
    form.put("citizenName", " ");
    form.put("citizenPhone", "12345");
    form.put("receivedAt", "昨天上午");
    form.put("content", "小区路灯不亮，已经一周了");
    form.put("areaCode", "chengguan");

    Response response = frontDesk.submitForm("/complaints", form, "/complaints/new");

    assertThat(response.status()).isEqualTo(200);
    Document page = Jsoup.parse(response.body());
    assertThat(errorAfter(page, "channel")).isEqualTo("请选择诉求渠道");
    assertThat(errorAfter(page, "citizenName")).isEqualTo("请填写诉求人姓名");
    assertThat(errorAfter(page, "citizenPhone")).isEqualTo("电话号码格式不正确：请填写11位手机号码或带区号的固定电话");
    assertThat(errorAfter(page, "receivedAt"))
        .isEqualTo("时间格式不正确，请按“2026-05-06 10:12”的格式填写，年份在 1900 至 2199 之间");
    assertThat(page.getElementById("citizenPhone").val()).isEqualTo("12345");
    assertThat(page.getElementById("receivedAt").val()).isEqualTo("昨天上午");
    assertThat(page.getElementById("content").text()).isEqualTo("小区路灯不亮，已经一周了");
    assertThat(page.getElementById("areaCode").val()).isEqualTo("chengguan");
    assertThat(page.select("#category option[selected]").val()).isEqualTo("CONSULTATION");
    assertThat(page.getElementById("citizenPhone").hasClass("invalid")).isTrue();
    assertThat(total()).isEqualTo(before);
  }

  @Test
  void aReceiptTimeInTheFutureIsRefusedByTheDeskNextToTheField() {
    StaffClient frontDesk = session("frontdesk");
    long before = total();
    Map<String, String> form = validIntake();
    form.put("receivedAt", "2099-01-01T09:00");

    Response response = frontDesk.submitForm("/complaints", form, "/complaints/new");

    assertThat(response.status()).isEqualTo(200);
    Document page = Jsoup.parse(response.body());
    assertThat(errorAfter(page, "receivedAt")).startsWith("不能晚于当前时间");
    assertThat(page.getElementById("receivedAt").val()).isEqualTo("2099-01-01T09:00");
    assertThat(total()).isEqualTo(before);
  }

  @Test
  void theFrontDeskRegistersAComplaintAndPrintsItsReceipt() {
    StaffClient frontDesk = session("frontdesk");
    Map<String, String> form = validIntake();
    form.put("receivedAt", "2025-05-06T10:12");

    Response registered = frontDesk.submitForm("/complaints", form, "/complaints/new");

    assertThat(registered.status()).isEqualTo(302);
    assertThat(registered.location()).matches(".*/complaints/[0-9a-f-]{36}/receipt");
    String id = registered.location().replaceAll(".*/complaints/([0-9a-f-]{36})/receipt", "$1");
    JsonNode complaint = StaffClient.as(port, "frontdesk").get("/api/complaints/" + id).json();
    assertThat(complaint.get("status").asText()).isEqualTo("REGISTERED");
    assertThat(complaint.get("receivedAt").asText()).isEqualTo("2025-05-06T10:12:00+08:00");
    assertThat(complaint.get("category").asText()).isEqualTo("CONSULTATION");
    assertThat(complaint.at("/citizen/phone").asText()).isEqualTo("13900001111");

    Document receipt = Jsoup.parse(frontDesk.get("/complaints/" + id + "/receipt").body());
    assertThat(receipt.select("h1").text()).isEqualTo("群众诉求登记回执");
    assertThat(receipt.getElementById("receipt-ticket").text()).isEqualTo(id);
    assertThat(receipt.getElementById("receipt-received").text()).isEqualTo("2025-05-06 10:12");
    // consultation: 3 working days from the day after receipt (Wed 6 May 2025) is Fri 9 May
    assertThat(receipt.getElementById("receipt-due").text()).isEqualTo("2025-05-09");
    assertThat(receipt.body().text()).doesNotContain("13900001111").contains("139****1111");
  }

  @Test
  void aComplaintGoesThroughItsStepsEachOfferedOnlyWhenItMayBeTaken() {
    StaffClient frontDesk = session("frontdesk");
    StaffClient handler = session("handler");
    String id = register(frontDesk);
    String casePage = "/complaints/" + id;

    assertThat(stepLinks(frontDesk.get(casePage))).containsExactly("派单");
    assertThat(stepLinks(handler.get(casePage))).isEmpty();
    assertThat(handler.get(casePage + "/dispatch").status()).isEqualTo(403);
    assertThat(frontDesk.get(casePage + "/reply").status()).isEqualTo(403);
    assertThat(handler.get(casePage + "/acceptance").status()).isEqualTo(302);

    Response dispatched =
        frontDesk.submitForm(
            casePage + "/dispatch", Map.of("unitCode", ""), casePage + "/dispatch");
    assertThat(dispatched.status()).isEqualTo(302);
    assertThat(status(id)).isEqualTo("DISPATCHED");
    assertThat(stepLinks(handler.get(casePage))).containsExactly("签收", "退单", "申请延期");

    Response emptyReturn =
        handler.submitForm(casePage + "/return", Map.of("reason", "  "), casePage + "/return");
    assertThat(emptyReturn.status()).isEqualTo(200);
    assertThat(errorAfter(Jsoup.parse(emptyReturn.body()), "reason")).isEqualTo("请填写退单理由");
    assertThat(status(id)).isEqualTo("DISPATCHED");

    assertThat(
            handler
                .submitForm(casePage + "/acceptance", Map.of("at", ""), casePage + "/acceptance")
                .status())
        .isEqualTo(302);
    assertThat(status(id)).isEqualTo("IN_HANDLING");

    Response noResolution =
        handler.submitForm(
            casePage + "/reply", Map.of("content", "已安排维修，路灯已修复。"), casePage + "/reply");
    assertThat(noResolution.status()).isEqualTo(200);
    Document replyPage = Jsoup.parse(noResolution.body());
    assertThat(replyPage.select("fieldset p.error").text()).isEqualTo("请说明诉求是否已解决");
    assertThat(replyPage.getElementById("content").text()).isEqualTo("已安排维修，路灯已修复。");
    assertThat(status(id)).isEqualTo("IN_HANDLING");
    assertThat(
            handler
                .submitForm(
                    casePage + "/reply",
                    Map.of("content", "已安排维修，路灯已修复。", "resolved", "true"),
                    casePage + "/reply")
                .status())
        .isEqualTo(302);
    assertThat(status(id)).isEqualTo("REPLIED");

    Response unrated =
        frontDesk.submitForm(
            casePage + "/follow-up",
            Map.of("reached", "true", "note", "群众表示路灯已亮"),
            casePage + "/follow-up");
    assertThat(unrated.status()).isEqualTo(200);
    Document followUpPage = Jsoup.parse(unrated.body());
    assertThat(errorAfter(followUpPage, "rating")).isEqualTo("联系上诉求人的，请选择满意度评价");
    assertThat(followUpPage.getElementById("note").text()).isEqualTo("群众表示路灯已亮");
    assertThat(followUpPage.getElementById("reached-true").hasAttr("checked")).isTrue();
    assertThat(status(id)).isEqualTo("REPLIED");

    Response followedUp =
        frontDesk.submitForm(
            casePage + "/follow-up",
            Map.of("reached", "true", "rating", "SATISFIED", "note", "群众表示路灯已亮"),
            casePage + "/follow-up");
    assertThat(followedUp.status()).isEqualTo(302);
    assertThat(status(id)).isEqualTo("CLOSED");

    Document closed = Jsoup.parse(frontDesk.get(casePage).body());
    assertThat(closed.select("#case-status .tag").first().text()).isEqualTo("已办结");
    assertThat(closed.getElementById("case-rating").text()).isEqualTo("满意");
    assertThat(closed.getElementById("case-closure").text()).isEqualTo("回访后办结");
    assertThat(closed.getElementById("case-phone").text()).isEqualTo("139****1111");
    assertThat(closed.select("#timeline tbody tr")).hasSizeGreaterThanOrEqualTo(5);
    assertThat(stepLinks(frontDesk.get(casePage))).isEmpty();
    assertThat(frontDesk.get(casePage + "/follow-up").status()).isEqualTo(302);

    Response list = frontDesk.get("/complaints?status=CLOSED");
    assertThat(list.status()).isEqualTo(200);
    Element row =
        Jsoup.parse(list.body()).select("#complaints tbody tr:has(a[href$=" + id + "])").first();
    assertThat(row).isNotNull();
    assertThat(row.select("td").eachText())
        .contains("电话", "咨询", "赵*", "139****1111", "已办结")
        .doesNotContain("赵六", "13900001111");
  }

  @Test
  void theHandlerAsksForAnExtensionOnItsPageAndAReviewerRefusesItOnTheirs() {
    StaffClient frontDesk = session("frontdesk");
    StaffClient handler = session("handler");
    StaffClient reviewer = session("reviewer");
    String id = register(frontDesk);
    String casePage = "/complaints/" + id;
    frontDesk.submitForm(casePage + "/dispatch", Map.of("unitCode", ""), casePage + "/dispatch");
    handler.submitForm(casePage + "/acceptance", Map.of(), casePage + "/acceptance");
    String dueBefore =
        StaffClient.as(port, "handler").get("/api/complaints/" + id).json().path("dueAt").asText();
    assertThat(stepLinks(reviewer.get(casePage))).containsExactly("批准延期");

    Response tooLong =
        handler.submitForm(
            casePage + "/extension-request",
            Map.of("workingDays", "30", "reason", "需现场核查"),
            casePage + "/extension-request");
    assertThat(tooLong.status()).isEqualTo(200);
    Document form = Jsoup.parse(tooLong.body());
    assertThat(errorAfter(form, "workingDays")).isEqualTo("延长的工作日数应为1至20之间的整数");
    assertThat(form.getElementById("reason").text()).isEqualTo("需现场核查");
    assertThat(handler.get(casePage).body()).doesNotContain("待审核");

    Response asked =
        handler.submitForm(
            casePage + "/extension-request",
            Map.of("workingDays", "5", "reason", "需现场核查"),
            casePage + "/extension-request");
    assertThat(asked.status()).isEqualTo(302);
    assertThat(stepLinks(handler.get(casePage))).containsExactly("退单", "答复");
    assertThat(stepLinks(reviewer.get(casePage))).containsExactly("批准延期", "不批准延期");
    Document grantPage = Jsoup.parse(reviewer.get(casePage + "/extension").body());
    assertThat(grantPage.getElementById("workingDays").val()).isEqualTo("5");
    assertThat(grantPage.select(".notice").text()).contains("承办单位申请延期5个工作日", "需现场核查");

    Response refused =
        reviewer.submitForm(
            casePage + "/extension-refusal",
            Map.of("reason", "可在原时限内办结"),
            casePage + "/extension-refusal");

    assertThat(refused.status()).isEqualTo(302);
    JsonNode after = StaffClient.as(port, "handler").get("/api/complaints/" + id).json();
    assertThat(after.path("dueAt").asText()).isEqualTo(dueBefore);
    assertThat(after.path("extensionRequest").isNull()).isTrue();
    Document page = Jsoup.parse(reviewer.get(casePage).body());
    assertThat(page.select(".notice.done").text()).isEqualTo("已不批准延期，办理时限不变。");
    assertThat(page.select("#timeline").text()).contains("不批准延期5个工作日（可在原时限内办结）");
  }

  @Test
  void aDissatisfiedCitizenReopensTheComplaintAndALeaderSupervisesIt() {
    StaffClient frontDesk = session("frontdesk");
    StaffClient handler = session("handler");
    StaffClient leader = session("leader");
    String id = register(frontDesk);
    String casePage = "/complaints/" + id;
    frontDesk.submitForm(casePage + "/dispatch", Map.of("unitCode", ""), casePage + "/dispatch");
    handler.submitForm(casePage + "/acceptance", Map.of(), casePage + "/acceptance");
    handler.submitForm(
        casePage + "/reply", Map.of("content", "已答复", "resolved", "false"), casePage + "/reply");

    frontDesk.submitForm(
        casePage + "/follow-up",
        Map.of("reached", "true", "rating", "DISSATISFIED"),
        casePage + "/follow-up");

    JsonNode reopened = StaffClient.as(port, "leader").get("/api/complaints/" + id).json();
    assertThat(reopened.get("status").asText()).isEqualTo("IN_HANDLING");
    assertThat(reopened.get("reopenCount").asInt()).isEqualTo(1);
    assertThat(stepLinks(leader.get(casePage))).containsExactly("督办");

    Response pastDeadline =
        leader.submitForm(
            casePage + "/supervision",
            Map.of("note", "请三日内办结", "deadline", "2000-01-01"),
            casePage + "/supervision");
    assertThat(pastDeadline.status()).isEqualTo(200);
    assertThat(errorAfter(Jsoup.parse(pastDeadline.body()), "deadline")).startsWith("督办期限不能早于督办之日");
    assertThat(supervisions(id)).isZero();

    String deadline = reopened.get("dueAt").asText().substring(0, 10);
    Response supervised =
        leader.submitForm(
            casePage + "/supervision",
            Map.of("note", "请三日内办结", "deadline", deadline),
            casePage + "/supervision");
    assertThat(supervised.status()).isEqualTo(302);
    assertThat(supervisions(id)).isEqualTo(1);
    Document page = Jsoup.parse(leader.get(casePage).body());
    assertThat(page.select(".notice.done").text()).isEqualTo("已督办。");
  }

  @Test
  void theCasePageLinksARepeatTicketAndTheCaseItWasMergedInto() {
    StaffClient frontDesk = session("frontdesk");
    String original = register(frontDesk);
    String repeat = register(frontDesk);
    Response merged =
        StaffClient.as(port, "handler")
            .post("/api/complaints/" + repeat + "/merge", Map.of("intoComplaintId", original));
    assertThat(merged.status()).isEqualTo(200);

    Document repeatPage = Jsoup.parse(frontDesk.get("/complaints/" + repeat).body());
    Document originalPage = Jsoup.parse(frontDesk.get("/complaints/" + original).body());

    assertThat(repeatPage.select("#linked-cases li").text()).isEqualTo("已并入工单： " + original);
    assertThat(repeatPage.select("#linked-cases a").attr("href"))
        .isEqualTo("/complaints/" + original);
    assertThat(repeatPage.getElementById("case-closure").text()).isEqualTo("并单办结");
    assertThat(originalPage.select("#linked-cases li").text()).isEqualTo("并入本件的重复工单： " + repeat);
  }

  @Test
  void anUpstreamTicketRegisteredTwiceLeadsToTheFirstReceipt() {
    StaffClient frontDesk = session("frontdesk");
    Map<String, String> form = validIntake();
    form.put("receivedAt", "2025-05-06T10:12");
    form.put("channel", "HOTLINE_12345");
    form.put("upstreamTicketId", "12345-" + java.util.UUID.randomUUID());
    Response first = frontDesk.submitForm("/complaints", form, "/complaints/new");
    long after = total();

    Response second = frontDesk.submitForm("/complaints", form, "/complaints/new");

    assertThat(second.status()).isEqualTo(302);
    assertThat(second.location()).isEqualTo(first.location());
    assertThat(total()).isEqualTo(after);
    assertThat(
            Jsoup.parse(frontDesk.get(URI.create(second.location()).getPath()).body())
                .select("p.notice")
                .text())
        .isEqualTo("该上级平台工单已经登记过，以下是已登记的工单。");
  }

  @Test
  void theFrontDeskFindsAComplaintByPhoneOrTicketNumberWithTheCitizenMasked() {
    StaffClient frontDesk = session("frontdesk");
    String phone = "139" + String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000L));
    String ticket = "12345-" + java.util.UUID.randomUUID();
    Map<String, String> form = validIntake();
    form.put("receivedAt", "2025-05-06T10:12");
    form.put("channel", "HOTLINE_12345");
    form.put("upstreamTicketId", ticket);
    form.put("citizenName", "孙八");
    form.put("citizenPhone", phone);
    Response registered = frontDesk.submitForm("/complaints", form, "/complaints/new");
    String id = registered.location().replaceAll(".*/complaints/([0-9a-f-]{36})/receipt", "$1");

    for (String query : List.of(phone, ticket, id)) {
      var results =
          Jsoup.parse(frontDesk.get("/search?q=" + query).body())
              .select("#complaint-results tbody tr");
      assertThat(results).as(query).hasSize(1);
      assertThat(results.get(0).select("a").attr("href")).isEqualTo("/complaints/" + id);
      assertThat(results.get(0).text())
          .contains(ticket, "孙*", phone.substring(0, 3) + "****" + phone.substring(7))
          .doesNotContain(phone)
          .doesNotContain("孙八");
    }
    assertThat(
            Jsoup.parse(frontDesk.get("/search?q=13000000001").body()).select("#complaint-results"))
        .isEmpty();
  }

  @Test
  void anUnknownCaseIsAFriendlyNotFoundPage() {
    StaffClient handler = session("handler");

    Response unknown = handler.get("/complaints/" + java.util.UUID.randomUUID());
    Response malformed = handler.get("/complaints/not-a-case");

    assertThat(unknown.status()).isEqualTo(404);
    assertThat(Jsoup.parse(unknown.body()).select("h1").text()).isEqualTo("未找到");
    assertThat(Jsoup.parse(unknown.body()).select("p.error").text()).startsWith("没有编号为");
    assertThat(malformed.status()).isEqualTo(404);
    assertThat(Jsoup.parse(malformed.body()).select("p.error").text())
        .isEqualTo("没有这个编号的群众诉求，请从工单列表进入。");
  }

  private StaffClient session(String username) {
    StaffClient client = StaffClient.anonymous(port);
    assertThat(client.logIn(username, RealInfrastructure.PASSWORD).status()).isEqualTo(302);
    return client;
  }

  private String register(StaffClient frontDesk) {
    Map<String, String> form = validIntake();
    form.put(
        "receivedAt",
        LocalDateTime.now(clock).minusMinutes(5).truncatedTo(ChronoUnit.MINUTES).toString());
    Response registered = frontDesk.submitForm("/complaints", form, "/complaints/new");
    assertThat(registered.status()).isEqualTo(302);
    return registered.location().replaceAll(".*/complaints/([0-9a-f-]{36})/receipt", "$1");
  }

  private static Map<String, String> validIntake() {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("agencyCode", "demo-county");
    form.put("channel", "PHONE");
    form.put("receivedAt", "");
    form.put("category", "CONSULTATION");
    form.put("urgency", "NORMAL");
    form.put("areaCode", "");
    form.put("content", "咨询办理居住证需要哪些材料");
    form.put("citizenName", "赵六");
    form.put("citizenPhone", "13900001111");
    form.put("upstreamTicketId", "");
    return form;
  }

  private long total() {
    return StaffClient.as(port, "leader")
        .get("/api/complaints?agencyCode=demo-county&size=1")
        .json()
        .get("totalElements")
        .asLong();
  }

  private String status(String id) {
    return StaffClient.as(port, "leader")
        .get("/api/complaints/" + id)
        .json()
        .get("status")
        .asText();
  }

  private int supervisions(String id) {
    return StaffClient.as(port, "leader")
        .get("/api/complaints/" + id)
        .json()
        .get("supervisions")
        .size();
  }

  private static java.util.List<String> stepLinks(Response casePage) {
    assertThat(casePage.status()).isEqualTo(200);
    return Jsoup.parse(casePage.body()).select(".step-links a").eachText();
  }

  /** The message shown right after the field's control, in the field's own block. */
  private static String errorAfter(Document page, String field) {
    Element control = page.getElementById(field);
    assertThat(control).as("control #" + field).isNotNull();
    return control.parent().select("p.error").text();
  }
}
