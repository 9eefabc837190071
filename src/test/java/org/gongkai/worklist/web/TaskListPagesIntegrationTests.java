package org.gongkai.worklist.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.gongkai.support.IntegrationTest;
import org.gongkai.support.StaffClient;
import org.gongkai.support.StaffClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The task lists over HTTP: disclosure requests and complaints of the handler's units, the earliest
 * due date first; my tasks only where the current step is mine, my department's also those waiting
 * for someone else.
 */
@IntegrationTest
class TaskListPagesIntegrationTests {

  @Autowired Clock clock;

  @LocalServerPort int port;

  @Test
  void aComplaintDispatchedToTheHandlersUnitIsAmongHisTasksWithTheCitizenMasked() {
    String id = complaint("13700001111");
    Response dispatched =
        api("frontdesk")
            .post("/api/complaints/" + id + "/dispatch", Map.of("unitCode", "demo-housing"));
    assertThat(dispatched.status()).as(dispatched.body()).isEqualTo(200);

    String tasks = loggedIn("handler").get("/tasks").body();

    String row = row(tasks, "/complaints/" + id);
    assertThat(row)
        .contains("群众诉求")
        .contains("签收或退单")
        .contains("示范县住房和城乡建设局")
        .contains("钱*")
        .doesNotContain("钱七");
  }

  @Test
  void aRequestAwaitingCorrectionWaitsInTheDepartmentListButIsNotMyTask() {
    String id = request(today());
    Response notice =
        api("handler")
            .post(
                "/api/disclosure-requests/" + id + "/correction-request",
                Map.of("items", "请写明所需文件名称", "correctionDeadline", "2099-12-31"));
    assertThat(notice.status()).as(notice.body()).isEqualTo(200);
    String number =
        api("handler").get("/api/disclosure-requests/" + id).json().path("trackingNumber").asText();
    StaffClient handler = loggedIn("handler");

    assertThat(handler.get("/tasks").body()).doesNotContain("/disclosure-requests/" + id);
    String row = row(handler.get("/tasks/department").body(), "/disclosure-requests/" + id);
    assertThat(row).contains(number).contains("等待申请人补正").contains("暂停计时");
  }

  @Test
  void theEarliestDueDateComesFirstAndOverdueRowsAreMarked() {
    String later = request("2025-04-01");
    String earlier = request("2025-03-03");

    String tasks = loggedIn("handler").get("/tasks").body();

    assertThat(tasks.indexOf("/disclosure-requests/" + earlier))
        .isPositive()
        .isLessThan(tasks.indexOf("/disclosure-requests/" + later));
    assertThat(row(tasks, "/disclosure-requests/" + earlier))
        .contains("class=\"overdue\"")
        .contains("已超期");
  }

  @Test
  void theReviewerSeesOnlyDecisionsToReviewAndTheFrontDeskHasNoTaskList() {
    String waiting = request(today());
    String proposed = request(today());
    Response decided =
        api("handler")
            .post(
                "/api/disclosure-requests/" + proposed + "/decision",
                Map.of("outcome", "DISCLOSED"));
    assertThat(decided.status()).as(decided.body()).isEqualTo(200);

    String tasks = loggedIn("reviewer").get("/tasks").body();

    assertThat(row(tasks, "/disclosure-requests/" + proposed)).contains("审核答复意见");
    assertThat(tasks).doesNotContain("/disclosure-requests/" + waiting);
    Response frontDesk = loggedIn("frontdesk").get("/tasks");
    assertThat(frontDesk.status()).isEqualTo(403);
    assertThat(frontDesk.body()).contains("您没有访问此页面的权限");
  }

  /** Today in Shanghai: a request received today has no deadline timer due yet. */
  private String today() {
    return LocalDate.now(clock).toString();
  }

  private String request(String receivedOn) {
    Response created =
        api("frontdesk")
            .post(
                "/api/disclosure-requests",
                Map.of(
                    "agencyCode",
                    "demo-county",
                    "channel",
                    "IN_PERSON",
                    "submittedAt",
                    receivedOn + "T00:00:00+08:00",
                    "receivedAt",
                    receivedOn,
                    "applicant",
                    Map.of("type", "NATURAL_PERSON", "name", "孙八"),
                    "description",
                    "申请公开某项目的批复文件"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().path("id").asText();
  }

  private String complaint(String phone) {
    Map<String, Object> body = new HashMap<>();
    body.put("agencyCode", "demo-county");
    body.put("channel", "PHONE");
    body.put("receivedAt", today() + "T00:00:00+08:00");
    body.put("category", "COMPLAINT");
    body.put("urgency", "NORMAL");
    body.put("content", "小区夜间施工噪音扰民");
    body.put("citizen", Map.of("name", "钱七", "phone", phone));
    body.put("directAnswer", false);
    Response created = api("frontdesk").post("/api/complaints", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().path("id").asText();
  }

  private StaffClient api(String username) {
    return StaffClient.as(port, username);
  }

  private StaffClient loggedIn(String username) {
    return StaffClient.loggedIn(port, username);
  }

  /** The table row that holds {@code marker}. */
  private static String row(String html, String marker) {
    int at = html.indexOf(marker);
    int start = html.lastIndexOf("<tr", at);
    int end = html.indexOf("</tr>", at);
    return at < 0 || start < 0 || end < 0 ? "" : html.substring(start, end);
  }
}
