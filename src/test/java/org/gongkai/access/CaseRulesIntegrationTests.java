package org.gongkai.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.gongkai.support.IntegrationTest;
import org.gongkai.support.PhoneComplaints;
import org.gongkai.support.StaffClient;
import org.gongkai.support.StaffClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The rules a careless or hurried client meets: an approved reply is not overridden by a transfer,
 * a handler asks for an extension and a reviewer grants or refuses it, and the longest texts the
 * forms accept are kept whole rather than refused as a concurrent change.
 */
@IntegrationTest
class CaseRulesIntegrationTests {

  @LocalServerPort int port;
  @Autowired Clock clock;

  @Test
  void aRequestWhoseReplyTheReviewerApprovedCannotBeTransferredToTheComplaintProcess() {
    String path = "/api/disclosure-requests/" + request();
    assertThat(api("handler").post(path + "/decision", Map.of("outcome", "DISCLOSED")).status())
        .isEqualTo(200);
    assertThat(
            api("reviewer")
                .post(path + "/review", Map.of("approved", true, "comment", "同意"))
                .status())
        .isEqualTo(200);

    Response transfer = api("handler").post(path + "/transfer-to-complaint", Map.of());

    assertThat(transfer.status()).isEqualTo(409);
    assertThat(transfer.contentType()).startsWith("application/problem+json");
    assertThat(transfer.json().path("detail").asText()).contains("已提出答复意见，不能再转为群众诉求");
    JsonNode after = api("handler").get(path).json();
    assertThat(after.path("status").asText()).isEqualTo("AWAITING_REPLY");
    assertThat(after.path("proposedOutcome").asText()).isEqualTo("DISCLOSED");
    assertThat(after.path("outcome").isNull()).isTrue();
  }

  @Test
  void aRequestAwaitingItsCorrectionMayStillBeTransferred() {
    String path = "/api/disclosure-requests/" + request();
    Response notice =
        api("handler")
            .post(
                path + "/correction-request",
                Map.of(
                    "items",
                    "请写明所需文件名称",
                    "correctionDeadline",
                    LocalDate.now(clock).plusDays(20).toString()));
    assertThat(notice.status()).as(notice.body()).isEqualTo(200);

    Response transfer = api("handler").post(path + "/transfer-to-complaint", Map.of());

    assertThat(transfer.status()).as(transfer.body()).isEqualTo(200);
    assertThat(transfer.json().path("outcome").asText())
        .isEqualTo("NOT_PROCESSED_PETITION_COMPLAINT");
  }

  @Test
  void aComplaintExtensionIsAskedForByTheHandlerAndGrantedByAReviewerWhoFindsItInTheirTasks() {
    String id = acceptedComplaint();
    String path = "/api/complaints/" + id;
    String dueBefore = api("handler").get(path).json().path("dueAt").asText();
    Map<String, Object> fiveDays = Map.of("workingDays", 5, "reason", "需要现场核实");

    Response grantedByHandler = api("handler").post(path + "/extension", fiveDays);
    assertThat(grantedByHandler.status()).isEqualTo(403);
    assertThat(grantedByHandler.contentType()).startsWith("application/problem+json");
    assertThat(api("reviewer").post(path + "/extension-request", fiveDays).status())
        .as("a reviewer does not ask on the unit's behalf")
        .isEqualTo(403);

    Response asked = api("handler").post(path + "/extension-request", fiveDays);
    assertThat(asked.status()).as(asked.body()).isEqualTo(200);
    assertThat(asked.json().path("dueAt").asText()).isEqualTo(dueBefore);
    assertThat(asked.json().path("extensionRequest").path("workingDays").asInt()).isEqualTo(5);
    assertThat(asked.json().path("extensionRequest").path("reason").asText()).isEqualTo("需要现场核实");
    Response again = api("handler").post(path + "/extension-request", fiveDays);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().path("detail").asText()).contains("正在等待审核");
    assertThat(tasksOf("reviewer")).contains("/complaints/" + id).contains("延期申请待审核");

    Response granted =
        api("reviewer").post(path + "/extension", Map.of("workingDays", 3, "reason", "同意延期3个工作日"));

    assertThat(granted.status()).as(granted.body()).isEqualTo(200);
    assertThat(granted.json().path("dueAt").asText()).isNotEqualTo(dueBefore);
    assertThat(granted.json().path("extensionWorkingDays").asInt()).isEqualTo(3);
    assertThat(granted.json().path("extensionRequest").isNull()).isTrue();
    assertThat(granted.json().path("timeline").toString())
        .contains("承办单位申请延期5个工作日（需要现场核实），待审核")
        .contains("延期3个工作日（同意延期3个工作日）");
    assertThat(tasksOf("reviewer")).doesNotContain("/complaints/" + id);
  }

  @Test
  void aRefusedExtensionLeavesTheTimeLimitAndTheHandlerMayNotAskTwiceWhileItIsPending() {
    String path = "/api/complaints/" + acceptedComplaint();
    JsonNode before = api("handler").get(path).json();
    Response nothingToRefuse =
        api("reviewer").post(path + "/extension-request/refusal", Map.of("reason", "无"));
    assertThat(nothingToRefuse.status()).isEqualTo(409);
    assertThat(nothingToRefuse.json().path("detail").asText()).contains("没有待审核的延期申请");
    assertThat(
            api("handler")
                .post(path + "/extension-request", Map.of("workingDays", 10, "reason", "材料较多"))
                .status())
        .isEqualTo(200);
    assertThat(
            api("handler")
                .post(path + "/extension-request/refusal", Map.of("reason", "自己不批准"))
                .status())
        .isEqualTo(403);

    Response refused =
        api("reviewer").post(path + "/extension-request/refusal", Map.of("reason", "可在原时限内办结"));

    assertThat(refused.status()).as(refused.body()).isEqualTo(200);
    assertThat(refused.json().path("dueAt").asText()).isEqualTo(before.path("dueAt").asText());
    assertThat(refused.json().path("extensionWorkingDays").asInt()).isZero();
    assertThat(refused.json().path("extensionRequest").isNull()).isTrue();
    assertThat(refused.json().path("caseVersion").asLong())
        .isEqualTo(before.path("caseVersion").asLong() + 2);
    assertThat(refused.json().path("timeline").toString()).contains("不批准延期10个工作日（可在原时限内办结），办理时限不变");
  }

  private String tasksOf(String user) {
    StaffClient browser = StaffClient.anonymous(port);
    browser.logIn(user, org.gongkai.support.RealInfrastructure.PASSWORD);
    Response tasks = browser.get("/tasks");
    assertThat(tasks.status()).isEqualTo(200);
    return tasks.body();
  }

  @Test
  void theLongestReasonsAndNotesTheFormsAcceptAreKeptWholeInTheTimeline() {
    String path = "/api/complaints/" + acceptedComplaint();
    String extensionReason = "需".repeat(1000);
    String supervisionNote = "督".repeat(2000);
    Response extended =
        api("reviewer")
            .post(path + "/extension", Map.of("workingDays", 3, "reason", extensionReason));
    Response supervised =
        api("leader")
            .post(
                path + "/supervision",
                Map.of(
                    "note",
                    supervisionNote,
                    "deadline",
                    LocalDate.now(clock).plusDays(3).toString()));
    String returnReason = "非".repeat(1000);
    String dispatchedPath = "/api/complaints/" + dispatchedComplaint();
    Response returned =
        api("handler").post(dispatchedPath + "/return", Map.of("reason", returnReason));

    assertThat(extended.status()).as(extended.body()).isEqualTo(200);
    assertThat(supervised.status()).as(supervised.body()).isEqualTo(200);
    assertThat(supervised.json().path("timeline").toString())
        .contains(extensionReason)
        .contains(supervisionNote);
    assertThat(returned.status()).as(returned.body()).isEqualTo(200);
    assertThat(returned.json().path("timeline").toString()).contains(returnReason);
  }

  @Test
  void aUnitThatSignedForATicketMayStillReturnItBeforeReplyingAndItIsDispatchedAgain() {
    String path = "/api/complaints/" + acceptedComplaint();
    String reason = "经核实不属于本单位职责".repeat(90);

    Response returned = api("handler").post(path + "/return", Map.of("reason", reason));

    assertThat(returned.status()).as(returned.body()).isEqualTo(200);
    assertThat(returned.json().path("status").asText()).isEqualTo("RETURNED");
    assertThat(returned.json().path("timeline").toString()).contains(reason);
    Response dispatchedAgain =
        api("frontdesk").post(path + "/dispatch", Map.of("unitCode", "demo-finance"));
    assertThat(dispatchedAgain.status()).as(dispatchedAgain.body()).isEqualTo(200);
    assertThat(dispatchedAgain.json().path("unitCode").asText()).isEqualTo("demo-finance");
    Response signed = api("handler").post(path + "/acceptance", Map.of());
    assertThat(signed.status()).as(signed.body()).isEqualTo(200);
    Response replied =
        api("handler").post(path + "/reply", Map.of("content", "已答复", "resolved", true));
    assertThat(replied.status()).as(replied.body()).isEqualTo(200);
    Response afterReply = api("handler").post(path + "/return", Map.of("reason", "不属于本单位职责"));
    assertThat(afterReply.status()).isEqualTo(409);
    assertThat(afterReply.json().path("detail").asText()).contains("退单");
  }

  private String request() {
    Response created =
        api("frontdesk")
            .post(
                "/api/disclosure-requests",
                Map.of(
                    "agencyCode", "demo-county",
                    "channel", "IN_PERSON",
                    "submittedAt",
                        OffsetDateTime.now(clock).withNano(0).minusMinutes(10).toString(),
                    "receivedAt", LocalDate.now(clock).toString(),
                    "applicant",
                        Map.of("type", "NATURAL_PERSON", "name", "钱九", "phone", "13600000000"),
                    "description", "申请公开某项目审批文件",
                    "deliveryMethod", "EMAIL"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().path("id").asText();
  }

  private String acceptedComplaint() {
    String id = dispatchedComplaint();
    assertThat(api("handler").post("/api/complaints/" + id + "/acceptance", Map.of()).status())
        .isEqualTo(200);
    return id;
  }

  private String dispatchedComplaint() {
    String id = PhoneComplaints.register(port, clock, "求助", "孙十", "13500000000");
    assertThat(
            api("frontdesk")
                .post("/api/complaints/" + id + "/dispatch", Map.of("unitCode", "demo-housing"))
                .status())
        .isEqualTo(200);
    return id;
  }

  private StaffClient api(String username) {
    return StaffClient.as(port, username);
  }
}
