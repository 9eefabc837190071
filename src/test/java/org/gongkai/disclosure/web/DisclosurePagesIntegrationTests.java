package org.gongkai.disclosure.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.gongkai.support.IntegrationTest;
import org.gongkai.support.RealInfrastructure;
import org.gongkai.support.StaffClient;
import org.gongkai.support.StaffClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The disclosure pages over real HTTP with a logged-in page session: a rejected form comes back
 * with Chinese messages next to its fields and what was typed, and changes nothing; a good one
 * registers the request, prints its receipt and moves the case along.
 */
@IntegrationTest
class DisclosurePagesIntegrationTests {

  @Autowired Clock clock;

  private static final AtomicInteger PHONES = new AtomicInteger(1000);
  private static final Pattern CASE_ID =
      Pattern.compile("/disclosure-requests/([0-9a-f-]{36})/receipt");

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aRegistrationWithBadInputComesBackWithMessagesNextToItsFieldsAndWhatWasTyped() {
    StaffClient frontDesk = loggedIn("frontdesk");
    int before = requestCount();
    Map<String, String> form = registration("13900001111");
    form.put("applicantIdNumber", "110105194912310021");
    form.put("applicantPhone", "12345");
    form.put("description", "  ");
    form.put("receivedAt", "2025-13-40");
    form.put("purpose", "用于学术研究");

    Response page = frontDesk.submitForm("/disclosure-requests", form, "/disclosure-requests/new");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("提交的内容有误")
        .contains("身份证号码不正确：请核对18位号码及最后一位校验码")
        .contains("电话号码格式不正确")
        .contains("请填写所需政府信息的内容描述")
        .contains("日期格式不正确")
        .contains("value=\"110105194912310021\"")
        .contains("value=\"12345\"")
        .contains("value=\"2025-13-40\"")
        .contains("用于学术研究")
        .contains("value=\"张三丰\"");
    assertThat(fieldError(page.body(), "applicantIdNumber")).contains("身份证号码不正确");
    assertThat(fieldError(page.body(), "receivedAt")).contains("日期格式不正确");
    assertThat(requestCount()).isEqualTo(before);
  }

  @Test
  void theDesksRefusalOfTheReceiptDateIsShownNextToThatField() {
    StaffClient frontDesk = loggedIn("frontdesk");
    int before = requestCount();
    Map<String, String> form = registration("13900002222");
    form.put("receivedAt", "2025-03-04");

    Response page = frontDesk.submitForm("/disclosure-requests", form, "/disclosure-requests/new");

    assertThat(page.status()).isEqualTo(200);
    assertThat(fieldError(page.body(), "receivedAt"))
        .contains("当面提交的申请")
        .contains("以申请人提交政府信息公开申请之日为收到申请之日")
        .contains("2025-03-03");
    assertThat(page.body()).contains("value=\"2025-03-04\"");
    assertThat(requestCount()).isEqualTo(before);
  }

  @Test
  void anOrganisationWithoutItsNameIsAskedForIt() {
    Map<String, String> form = registration("13900003333");
    form.put("applicantType", "LEGAL_SERVICE_AGENCY");

    Response page =
        loggedIn("frontdesk").submitForm("/disclosure-requests", form, "/disclosure-requests/new");

    assertThat(fieldError(page.body(), "applicantOrganization")).contains("请填写单位名称");
    assertThat(page.body())
        .contains("<option value=\"LEGAL_SERVICE_AGENCY\" selected=\"selected\"");
  }

  @Test
  void aRegisteredRequestGetsAPrintableReceiptWithItsNumberAndDueDate() {
    String phone = nextPhone();
    String id = register(phone);

    Response receipt = loggedIn("frontdesk").get("/disclosure-requests/" + id + "/receipt");

    assertThat(receipt.status()).isEqualTo(200);
    assertThat(receipt.body())
        .contains("政府信息公开申请登记回执")
        .containsPattern("〔2025〕第\\d+号")
        .contains("示范县人民政府")
        .contains("2025-03-03")
        .contains("最迟于2025-03-31答复")
        .contains("window.print()");
  }

  @Test
  void aDecisionWithoutAnOutcomeComesBackWithTheNoteAndChangesNothing() {
    String id = register(nextPhone());
    StaffClient handler = loggedIn("handler");
    String step = "/disclosure-requests/" + id + "/decision";
    Response form = handler.get(step);
    assertThat(form.body())
        .contains("（三）不予公开")
        .contains("4.保护第三方合法权益（依据：第十五条、第三十六条第三项）")
        .contains("（六）其他处理");

    Response page = handler.submitForm(step, Map.of("outcome", "", "note", "经检索，信息存在"), step);

    assertThat(page.status()).isEqualTo(200);
    assertThat(fieldError(page.body(), "outcome")).contains("此项必须填写");
    assertThat(page.body()).contains("经检索，信息存在");
    assertThat(status(id)).isEqualTo("IN_HANDLING");
  }

  @Test
  void anExtensionBeyondTwentyWorkingDaysIsRefusedOnItsField() {
    String id = registerToday(nextPhone());
    StaffClient reviewer = loggedIn("reviewer");
    String step = "/disclosure-requests/" + id + "/extension";

    Response page =
        reviewer.submitForm(step, Map.of("workingDays", "25", "reason", "需要会商多个部门"), step);

    assertThat(fieldError(page.body(), "workingDays")).contains("请填写1至20之间的整数");
    assertThat(page.body()).contains("value=\"25\"").contains("需要会商多个部门");
    assertThat(
            jdbc.queryForObject(
                "SELECT extension_working_days FROM disclosure_request WHERE id = ?",
                Integer.class,
                id))
        .isZero();
  }

  @Test
  void aStepTheCaseDoesNotAllowNowLeadsBackToTheCaseAndAnotherRoleGetsTheFriendlyForbiddenPage() {
    String id = register(nextPhone());

    Response review = loggedIn("reviewer").get("/disclosure-requests/" + id + "/review");
    assertThat(review.status()).isEqualTo(302);
    assertThat(review.location()).endsWith("/disclosure-requests/" + id);

    Response decision = loggedIn("frontdesk").get("/disclosure-requests/" + id + "/decision");
    assertThat(decision.status()).isEqualTo(403);
    assertThat(decision.body()).contains("您没有访问此页面的权限");

    Response missing = loggedIn("handler").get("/disclosure-requests/" + UUID.randomUUID());
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.body()).contains("没有编号为");
  }

  @Test
  void handlerDecidesReviewerApprovesHandlerRepliesAndTheCasePageOffersTheLetter() {
    String phone = nextPhone();
    String id = registerToday(phone);
    String casePath = "/disclosure-requests/" + id;

    StaffClient handler = loggedIn("handler");
    Response tasks = handler.get("/tasks");
    assertThat(tasks.body()).contains(trackingNumber(id)).contains("检索并提出答复意见");
    Response caseForHandler = handler.get(casePath);
    assertThat(caseForHandler.body())
        .contains("提出答复意见")
        .contains("发出补正通知")
        .doesNotContain("审核答复意见")
        .contains("138****" + phone.substring(7))
        .doesNotContain(phone);

    Response decided =
        handler.submitForm(
            casePath + "/decision",
            Map.of("outcome", "DISCLOSED", "note", "信息已主动公开"),
            casePath + "/decision");
    assertThat(decided.status()).isEqualTo(302);
    assertThat(status(id)).isEqualTo("UNDER_REVIEW");

    StaffClient reviewer = loggedIn("reviewer");
    assertThat(reviewer.get("/tasks").body()).contains(trackingNumber(id)).contains("审核答复意见");
    reviewer.submitForm(
        casePath + "/review", Map.of("approved", "true", "comment", "同意"), casePath + "/review");
    assertThat(status(id)).isEqualTo("AWAITING_REPLY");

    Response replied =
        handler.submitForm(casePath + "/reply", Map.of("method", "EMAIL"), casePath + "/reply");
    assertThat(replied.status()).isEqualTo(302);
    assertThat(status(id)).isEqualTo("FINISHED");

    Response finished = handler.get(casePath);
    assertThat(finished.body())
        .contains("已办结")
        .contains("予以公开")
        .contains("reply-letter.docx")
        .contains("答复期限：" + dueDate(id));
    Response letter = handler.get(casePath + "/reply-letter");
    assertThat(letter.body()).contains("政府信息公开申请答复书").contains(trackingNumber(id));
    assertThat(handler.getFile(casePath + "/reply-letter.docx").contentType())
        .startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  }

  @Test
  void correctionConsultationFeeAndExtensionEachHaveTheirPageAndOnlyWhileTheCaseAllowsThem() {
    String id = registerToday(nextPhone());
    String casePath = "/disclosure-requests/" + id;
    StaffClient handler = loggedIn("handler");
    StaffClient frontDesk = loggedIn("frontdesk");
    StaffClient reviewer = loggedIn("reviewer");
    String later = LocalDate.now(clock).plusDays(30).toString();

    step(
        handler,
        casePath + "/correction-request",
        Map.of("items", "请写明所需文件的名称", "correctionDeadline", later));
    assertThat(status(id)).isEqualTo("AWAITING_CORRECTION");
    assertThat(handler.get(casePath).body())
        .contains("答复期限自收到补正后的申请之日起重新计算")
        .doesNotContain("step-decision");
    assertThat(handler.get(casePath + "/correction-request").status())
        .as("one correction notice only")
        .isEqualTo(302);
    assertThat(frontDesk.get(casePath).body()).contains("登记收到补正后的申请");

    step(frontDesk, casePath + "/correction", Map.of());
    assertThat(status(id)).isEqualTo("IN_HANDLING");

    step(handler, casePath + "/consultation", Map.of("party", "某建设工程有限公司"));
    assertThat(status(id)).isEqualTo("IN_CONSULTATION");
    step(handler, casePath + "/consultation-answer", Map.of());
    assertThat(status(id)).isEqualTo("IN_HANDLING");

    Response wrongAmount =
        handler.submitForm(
            casePath + "/fee-notice",
            Map.of("basis", "PER_PAGE", "quantity", "50", "amountYuan", "300"),
            casePath + "/fee-notice");
    assertThat(fieldError(wrongAmount.body(), "amountYuan")).contains("应收200元");
    assertThat(status(id)).isEqualTo("IN_HANDLING");
    step(handler, casePath + "/fee-notice", Map.of("basis", "PER_PAGE", "quantity", "50"));
    assertThat(status(id)).isEqualTo("AWAITING_FEE");
    step(frontDesk, casePath + "/fee-payment", Map.of());
    assertThat(status(id)).isEqualTo("IN_HANDLING");

    step(reviewer, casePath + "/extension", Map.of("workingDays", "10", "reason", "需要会商多个部门"));
    assertThat(
            jdbc.queryForObject(
                "SELECT extension_working_days FROM disclosure_request WHERE id = ?",
                Integer.class,
                id))
        .isEqualTo(10);
    assertThat(reviewer.get(casePath).body()).contains("延长10个工作日").doesNotContain("step-extension");
  }

  @Test
  void aPetitionSentToTheComplaintProcessIsFinishedAndItsCasePageLinksTheComplaint() {
    String id = registerToday(nextPhone());
    String casePath = "/disclosure-requests/" + id;
    StaffClient handler = loggedIn("handler");

    step(handler, casePath + "/transfer-to-complaint", Map.of());

    assertThat(status(id)).isEqualTo("FINISHED");
    String complaintId =
        Awaitility.await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () ->
                    jdbc.queryForObject(
                        "SELECT linked_complaint_id FROM disclosure_request WHERE id = ?",
                        String.class,
                        id),
                linked -> linked != null);
    assertThat(handler.get(casePath).body())
        .contains("关联的群众诉求工单")
        .contains("href=\"/complaints/" + complaintId + "\"")
        .contains("1.信访举报投诉类申请")
        .doesNotContain("step-transfer-to-complaint");
  }

  @Test
  void theFrontDeskRecordsAWithdrawal() {
    String id = registerToday(nextPhone());

    step(loggedIn("frontdesk"), "/disclosure-requests/" + id + "/withdrawal", Map.of());

    assertThat(status(id)).isEqualTo("FINISHED");
    assertThat(
            jdbc.queryForObject(
                "SELECT outcome FROM disclosure_request WHERE id = ?", String.class, id))
        .isEqualTo("OTHER");
  }

  @Test
  void theCasePageShowsThePersonalDataWholeOnlyWhenAskedAndRecordsThatView() {
    String phone = nextPhone();
    String id = register(phone);
    StaffClient handler = loggedIn("handler");
    int viewsBefore = fullViews(id);

    assertThat(handler.get("/disclosure-requests/" + id).body())
        .doesNotContain(phone)
        .doesNotContain("张三丰")
        .contains("张**");
    assertThat(fullViews(id)).as("a masked view is not a full view").isEqualTo(viewsBefore);

    assertThat(handler.get("/disclosure-requests/" + id + "?full=true").body())
        .contains(phone)
        .contains("张三丰");
    assertThat(fullViews(id)).isEqualTo(viewsBefore + 1);
  }

  @Test
  void theFrontDeskFindsARequestByPhoneWithThePersonalDataMasked() {
    String phone = nextPhone();
    String id = register(phone);

    Response found = loggedIn("frontdesk").get("/search?q=" + phone);

    assertThat(found.body()).contains("value=\"" + phone + "\"");
    assertThat(found.body().substring(found.body().indexOf("<table")))
        .contains(trackingNumber(id))
        .contains("张**")
        .contains("138****" + phone.substring(7))
        .doesNotContain(phone)
        .doesNotContain("张三丰");
    assertThat(loggedIn("frontdesk").get("/search?q=13000000000").body()).contains("没有找到符合条件的案件");
  }

  private String register(String phone) {
    return register(registration(phone));
  }

  /**
   * A request handed in today, whose reply is not yet due: its deadline timers wait, so no timer
   * job runs alongside the commands that follow.
   */
  private String registerToday(String phone) {
    Map<String, String> form = registration(phone);
    String today = LocalDate.now(clock).toString();
    form.put("submittedAt", today + "T00:00");
    form.put("receivedAt", today);
    return register(form);
  }

  private String register(Map<String, String> form) {
    Response registered =
        loggedIn("frontdesk").submitForm("/disclosure-requests", form, "/disclosure-requests/new");
    assertThat(registered.status()).as(registered.body()).isEqualTo(302);
    Matcher id = CASE_ID.matcher(registered.location());
    assertThat(id.find()).as(registered.location()).isTrue();
    return id.group(1);
  }

  /** Sends a step's form with its page's token and expects to land back on the case page. */
  private static void step(StaffClient client, String stepPath, Map<String, String> fields) {
    Response sent = client.submitForm(stepPath, fields, stepPath);
    assertThat(sent.status()).as(stepPath + ": " + sent.body()).isEqualTo(302);
    assertThat(sent.location()).endsWith(stepPath.substring(0, stepPath.lastIndexOf('/')));
  }

  private int fullViews(String id) {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM personal_data_access WHERE case_id = ?", Integer.class, id);
  }

  private static Map<String, String> registration(String phone) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("agencyCode", "demo-county");
    form.put("handlingUnit", "demo-county");
    form.put("channel", "IN_PERSON");
    form.put("submittedAt", "2025-03-03T09:30");
    form.put("receivedAt", "2025-03-03");
    form.put("applicantType", "NATURAL_PERSON");
    form.put("applicantName", "张三丰");
    form.put("applicantIdNumber", "");
    form.put("applicantPhone", phone);
    form.put("applicantAddress", "");
    form.put("applicantOrganization", "");
    form.put("description", "申请公开本县2024年财政预算执行情况");
    form.put("purpose", "");
    form.put("deliveryMethod", "EMAIL");
    return form;
  }

  private StaffClient loggedIn(String username) {
    StaffClient client = StaffClient.anonymous(port);
    assertThat(client.logIn(username, RealInfrastructure.PASSWORD).status()).isEqualTo(302);
    return client;
  }

  private static String nextPhone() {
    return "1380000" + PHONES.incrementAndGet();
  }

  private int requestCount() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM disclosure_request", Integer.class);
  }

  private String status(String id) {
    return jdbc.queryForObject(
        "SELECT status FROM disclosure_request WHERE id = ?", String.class, id);
  }

  private String dueDate(String id) {
    return jdbc.queryForObject(
        "SELECT due_date FROM disclosure_request WHERE id = ?", String.class, id);
  }

  private String trackingNumber(String id) {
    return jdbc.queryForObject(
        "SELECT tracking_number FROM disclosure_request WHERE id = ?", String.class, id);
  }

  /** The message shown right after the field with this id. */
  private static String fieldError(String html, String field) {
    Matcher error =
        Pattern.compile("id=\"" + field + "\".*?<p class=\"error\">([^<]*)</p>", Pattern.DOTALL)
            .matcher(html);
    return error.find() ? error.group(1) : "";
  }

  /** The table row of the task list that holds this tracking number. */
  private static String row(String html, String trackingNumber) {
    int at = html.indexOf(trackingNumber);
    int start = html.lastIndexOf("<tr", at);
    int end = html.indexOf("</tr>", at);
    return at < 0 || start < 0 || end < 0 ? "" : html.substring(start, end);
  }
}
