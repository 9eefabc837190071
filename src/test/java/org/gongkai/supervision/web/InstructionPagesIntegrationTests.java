package org.gongkai.supervision.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.organization.AgencyKind;
import org.gongkai.organization.NewAgency;
import org.gongkai.organization.NewStaff;
import org.gongkai.organization.Organization;
import org.gongkai.organization.Role;
import org.gongkai.support.IntegrationTest;
import org.gongkai.support.PhoneComplaints;
import org.gongkai.support.RealInfrastructure;
import org.gongkai.support.StaffClient;
import org.gongkai.support.StaffClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A leader's instruction (批示件) worked through the pages over HTTP: written from the complaint's
 * page, found by the owner unit's handler in 我的待办 and answered, sent back once, answered again and
 * accepted by the leader; bad input comes back in Chinese and changes nothing, and another agency's
 * staff are refused.
 */
@IntegrationTest
class InstructionPagesIntegrationTests {

  private static final Pattern INSTRUCTION = Pattern.compile("/instructions/([0-9a-f-]{36})$");

  @LocalServerPort int port;
  @Autowired Clock clock;
  @Autowired Organization organization;

  @Test
  void theHandlerAnswersFromHisTasksTheLeaderSendsItBackOnceThenAcceptsTheSecondAnswer() {
    String complaint = complaintForHousing();
    StaffClient leader = loggedIn("leader");
    assertThat(leader.get("/complaints/" + complaint).body())
        .contains("/instructions/new?caseKind=COMPLAINT&amp;caseId=" + complaint);

    String id = write(leader, complaint, "请住建局核实施工许可并答复群众", "5").orElseThrow();
    String page = "/instructions/" + id;
    String written = leader.get(page).body();
    assertThat(written)
        .contains("批示已登记")
        .contains("督〔")
        .contains("请住建局核实施工许可并答复群众")
        .contains("示范县住房和城乡建设局")
        .contains("待承办单位办理")
        .contains("href=\"/complaints/" + complaint + "\"")
        .doesNotContain("id=\"answer-form\"");

    StaffClient handler = loggedIn("handler");
    String task = row(handler.get("/tasks").body(), "/instructions/" + id);
    assertThat(task)
        .contains("批示件")
        .contains("报送办理情况报告")
        .contains(status(id).path("dueOn").asText());
    assertThat(handler.get(page).body()).contains("id=\"answer-form\"");

    Response empty = handler.submitForm(page + "/answer", Map.of("text", "  "), page);
    assertThat(empty.status()).isEqualTo(200);
    assertThat(empty.body()).contains("请填写此项");
    assertThat(status(id).path("status").asText()).isEqualTo("ASSIGNED");

    answer(handler, page, "已约谈施工单位，停止夜间施工");
    assertThat(handler.get("/tasks").body()).doesNotContain("/instructions/" + id);
    assertThat(leader.get("/").body()).contains("待您审阅的批示件").contains(page);
    assertThat(leader.get(page).body()).contains("id=\"review-form\"").contains("已约谈施工单位");

    Response noComment =
        leader.submitForm(page + "/acceptance", Map.of("accepted", "false", "comment", ""), page);
    assertThat(noComment.body()).contains("退回时请写明退回意见");
    assertThat(status(id).path("status").asText()).isEqualTo("ANSWERED");
    review(leader, page, "false", "请写明群众是否满意", "已退回承办单位重办");
    assertThat(status(id).path("status").asText()).isEqualTo("SENT_BACK");

    assertThat(row(handler.get("/tasks").body(), "/instructions/" + id)).contains("退回重办");
    answer(handler, page, "已停止夜间施工，回访群众表示满意");
    review(leader, page, "true", "同意", "批示件办结");

    String closed = leader.get(page).body();
    assertThat(closed)
        .contains("已办结")
        .contains("领导退回办理情况报告：请写明群众是否满意")
        .contains("报送办理情况报告（第2次）")
        .contains("领导审阅同意，批示件办结：同意")
        .doesNotContain("id=\"review-form\"");
    assertThat(status(id).path("rounds").asInt()).isEqualTo(2);
    assertThat(leader.get("/instructions?status=CLOSED").body()).contains(page);
    assertThat(leader.get("/instructions?status=ASSIGNED").body()).doesNotContain(page);
  }

  @Test
  void aBadInstructionComesBackWithAChineseMessageAndNothingIsWritten() {
    String complaint = complaintForHousing();
    StaffClient leader = loggedIn("leader");
    int before = StaffClient.as(port, "leader").get("/api/instructions").json().size();

    assertThat(write(leader, complaint, "", "5")).isEmpty();
    assertThat(lastPage).contains("请填写此项");
    assertThat(write(leader, complaint, "请办理", "0")).isEmpty();
    assertThat(lastPage).contains("办理时限应为1至60个工作日");
    assertThat(write(leader, complaint, "请办理", "61")).isEmpty();
    assertThat(lastPage).contains("办理时限应为1至60个工作日");
    assertThat(write(leader, complaint, "请办理", "三天")).isEmpty();
    assertThat(lastPage).contains("办理时限请填写整数个工作日").contains("三天").contains("请办理");
    assertThat(write(leader, UUID.randomUUID().toString(), "请办理", "5")).isEmpty();
    assertThat(lastPage).contains("没有编号为");

    assertThat(StaffClient.as(port, "leader").get("/api/instructions").json().size())
        .isEqualTo(before);
  }

  @Test
  void anotherAgencysStaffCannotSeeOrAnswerTheInstruction() {
    String id = write(loggedIn("leader"), complaintForHousing(), "请核实", "5").orElseThrow();
    String page = "/instructions/" + id;
    String agency = "other-" + UUID.randomUUID().toString().substring(0, 8);
    organization.registerAgency(new NewAgency(agency, "另一县人民政府", AgencyKind.GOVERNMENT, null));
    for (Role role : Set.of(Role.HANDLER, Role.LEADER)) {
      organization.registerStaff(
          new NewStaff(
              agency + "-" + role.name().toLowerCase(java.util.Locale.ROOT),
              RealInfrastructure.PASSWORD,
              "外单位工作人员",
              agency,
              null,
              Set.of(role),
              Set.of(agency),
              null));
    }
    StaffClient otherHandler = loggedIn(agency + "-handler");
    StaffClient otherLeader = loggedIn(agency + "-leader");

    assertThat(otherHandler.get(page).status()).isEqualTo(403);
    assertThat(otherHandler.submitForm(page + "/answer", Map.of("text", "越权答复"), "/").status())
        .isEqualTo(403);
    assertThat(
            otherLeader
                .submitForm(page + "/acceptance", Map.of("accepted", "true", "comment", "同意"), "/")
                .status())
        .isEqualTo(403);
    assertThat(otherHandler.get("/tasks").body()).doesNotContain(page);
    assertThat(status(id).path("status").asText()).isEqualTo("ASSIGNED");
    assertThat(status(id).path("rounds").asInt()).isZero();
  }

  private String lastPage = "";

  /** Writes an instruction on the complaint through the page form; its id when it was written. */
  private java.util.Optional<String> write(
      StaffClient leader, String complaint, String text, String workingDays) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("caseKind", "COMPLAINT");
    form.put("caseId", complaint);
    form.put("text", text);
    form.put("ownerUnitCode", "demo-housing");
    form.put("workingDays", workingDays);
    Response response =
        leader.submitForm(
            "/instructions", form, "/instructions/new?caseKind=COMPLAINT&caseId=" + complaint);
    lastPage = response.body();
    if (response.status() == 200) {
      return java.util.Optional.empty();
    }
    assertThat(response.status()).as(response.body()).isEqualTo(302);
    Matcher created = INSTRUCTION.matcher(response.location());
    assertThat(created.find()).as(response.location()).isTrue();
    return java.util.Optional.of(created.group(1));
  }

  private void answer(StaffClient handler, String page, String text) {
    Response answered = handler.submitForm(page + "/answer", Map.of("text", text), page);
    assertThat(answered.status()).as(answered.body()).isEqualTo(302);
    assertThat(handler.get(page).body()).contains("办理情况报告已报送").contains(text);
  }

  private void review(
      StaffClient leader, String page, String accepted, String comment, String notice) {
    Response reviewed =
        leader.submitForm(
            page + "/acceptance", Map.of("accepted", accepted, "comment", comment), page);
    assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(302);
    assertThat(leader.get(page).body()).contains(notice);
  }

  private com.fasterxml.jackson.databind.JsonNode status(String id) {
    return StaffClient.as(port, "leader").get("/api/instructions/" + id).json();
  }

  private String complaintForHousing() {
    OffsetDateTime received = OffsetDateTime.now(clock).withNano(0).minusHours(2);
    String id = PhoneComplaints.register(port, received, "工地夜间施工噪音扰民", "吴九", "13700002222");
    Response dispatched =
        StaffClient.as(port, "frontdesk")
            .post(
                "/api/complaints/" + id + "/dispatch",
                Map.of("unitCode", "demo-housing", "at", received.plusHours(1).toString()));
    assertThat(dispatched.status()).as(dispatched.body()).isEqualTo(200);
    return id;
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
