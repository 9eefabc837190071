package org.gongkai.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.platform.GongkaiTopics;
import org.gongkai.support.IntegrationTest;
import org.gongkai.support.RealInfrastructure;
import org.gongkai.support.StaffClient;
import org.gongkai.support.StaffClient.Response;
import org.gongkai.support.TopicRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A leader's instruction on a case, through the API: the owner unit's handler answers, the leader
 * sends the answer back once, the handler answers again, the leader accepts. Each step is on the
 * item's timeline and on {@value GongkaiTopics#SUPERVISION}; only the roles the contract names may
 * take each step, and only the instructing leader may review.
 */
@IntegrationTest
class InstructionsIntegrationTests {

  @LocalServerPort int port;
  @Autowired Clock clock;

  @Test
  void anInstructionIsAnsweredSentBackAnsweredAgainAndAcceptedEachStepAnEvent() {
    String complaint = overdueComplaint();
    Response created =
        as("leader")
            .post(
                "/api/instructions",
                Map.of(
                    "caseKind", "COMPLAINT",
                    "caseId", complaint,
                    "text", "请住建局三日内修复并回复",
                    "ownerUnitCode", "demo-housing",
                    "workingDays", 3));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode instruction = created.json();
    String path = "/api/instructions/" + instruction.path("id").asText();
    assertThat(instruction.path("status").asText()).isEqualTo("ASSIGNED");
    assertThat(instruction.path("trackingNumber").asText()).matches("督〔\\d{4}〕\\d+号");
    assertThat(created.headers().firstValue("Location")).hasValue(path);

    assertThat(as("reviewer").post(path + "/answer", Map.of("text", "已安排")).status())
        .as("only a handler answers")
        .isEqualTo(403);
    assertThat(as("frontdesk").post("/api/instructions", Map.of()).status()).isEqualTo(403);
    step(path + "/answer", "handler", Map.of("text", "已安排维修"), "ANSWERED");
    step(
        path + "/acceptance",
        "leader",
        Map.of("accepted", false, "comment", "请写明完成时间"),
        "SENT_BACK");
    Response noComment =
        as("leader").post(path + "/acceptance", Map.of("accepted", false, "comment", " "));
    assertThat(noComment.status()).as("reviewing while no answer is awaited").isEqualTo(409);
    step(path + "/answer", "handler", Map.of("text", "已于今日修复，经回访群众满意"), "ANSWERED");
    JsonNode closed =
        step(path + "/acceptance", "leader", Map.of("accepted", true, "comment", "同意"), "CLOSED");

    assertThat(closed.path("rounds").asInt()).isEqualTo(2);
    assertThat(closed.path("answer").asText()).isEqualTo("已于今日修复，经回访群众满意");
    List<String> history = new ArrayList<>();
    closed.path("history").forEach(entry -> history.add(entry.path("type").asText()));
    assertThat(history)
        .containsExactly(
            "InstructionRegistered",
            "InstructionAnswered",
            "InstructionSentBack",
            "InstructionAnswered",
            "InstructionClosed");
    assertThat(eventTypesOn(instruction.path("id").asText())).containsExactlyElementsOf(history);
    assertThat(as("leader").get("/api/instructions?status=CLOSED").json().findValuesAsText("id"))
        .contains(instruction.path("id").asText());
  }

  @Test
  void
      anOverdueComplaintClimbsTheLadderIntoTheDigestAndItsSupervisedItemIsWorkedLikeAnInstruction() {
    String complaint = overdueComplaint();
    String casePath = "/api/complaints/" + complaint;
    List<JsonNode> rungs = new ArrayList<>();
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> {
              rungs.clear();
              as("leader")
                  .get(casePath)
                  .json()
                  .path("timeline")
                  .forEach(
                      entry -> {
                        if (entry.path("type").asText().equals("ComplaintLadderStepReached")) {
                          rungs.add(entry);
                        }
                      });
              assertThat(rungs).hasSize(3);
            });
    assertThat(rungs)
        .extracting(rung -> rung.path("summary").asText().substring(0, 2))
        .containsExactly("催办", "督办", "通报");

    LocalDate supervisedOn = day(rungs.get(1));
    JsonNode supervisedWeek = digestOf(supervisedOn);
    JsonNode supervision = null;
    for (JsonNode line : supervisedWeek.path("ladder")) {
      if (line.path("caseId").asText().equals(complaint)
          && line.path("step").asText().equals("SUPERVISION")) {
        supervision = line;
      }
    }
    assertThat(supervision).as("the week's digest lists the 督办").isNotNull();
    // the rungs of a back-dated case fire as soon as it is registered, so the dispatch entered a
    // moment later may come before or after them: the unit is the one responsible at that moment
    String supervisedUnit = supervision.path("unitCode").asText(null);
    assertThat(supervision.path("unitName").asText())
        .isEqualTo(supervisedUnit == null ? "（尚未派单）" : "示范县住房和城乡建设局");
    String item = supervision.path("instructionId").asText();
    assertThat(supervisedWeek.path("instructions").findValuesAsText("id")).contains(item);

    LocalDate circulatedOn = day(rungs.get(2));
    JsonNode circulatedWeek = digestOf(circulatedOn);
    String circulatedUnit = null;
    for (JsonNode line : circulatedWeek.path("ladder")) {
      if (line.path("caseId").asText().equals(complaint)
          && line.path("step").asText().equals("CIRCULATION")) {
        circulatedUnit = line.path("unitCode").asText(null);
      }
    }
    List<String> circulated = new ArrayList<>();
    circulatedWeek
        .path("attention")
        .forEach(
            entry -> {
              if (entry.path("caseId").asText().equals(complaint)
                  && entry.path("detail").asText().startsWith("通报：")) {
                circulated.add(
                    entry.path("unitCode").asText("")
                        + " "
                        + entry.path("detail").asText().substring(3, 6));
              }
            });
    assertThat(circulated)
        .as("section 1 names the unit (or that none was responsible yet)")
        .containsExactly(circulatedUnit == null ? " （尚未" : circulatedUnit + " 示范县");

    String path = "/api/instructions/" + item;
    JsonNode opened = as("leader").get(path).json();
    assertThat(opened.path("instructedBy").asText()).isEqualTo("system");
    assertThat(opened.path("ownerUnitCode").asText())
        .as("the unit responsible when the rung fell, else the agency itself")
        .isEqualTo(supervisedUnit == null ? "demo-county" : supervisedUnit);
    step(path + "/answer", "handler", Map.of("text", "已修复并答复群众"), "ANSWERED");
    step(path + "/acceptance", "leader", Map.of("accepted", true, "comment", "同意"), "CLOSED");
    assertThat(eventTypesOn(item))
        .startsWith("InstructionRegistered")
        .endsWith("InstructionClosed");
  }

  private JsonNode digestOf(LocalDate day) {
    String week =
        String.format(
            "%d-W%02d",
            day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    Response digest = as("leader").get("/api/digests/weekly/" + week + "?agencyCode=demo-county");
    assertThat(digest.status()).as(digest.body()).isEqualTo(200);
    return digest.json();
  }

  private static LocalDate day(JsonNode timelineEntry) {
    return OffsetDateTime.parse(timelineEntry.path("occurredAt").asText()).toLocalDate();
  }

  @Test
  void anInstructionNeedsACaseOfThatKindAUnitOfTheAgencyAndAPlausibleTimeLimit() {
    Response unknownCase =
        as("leader")
            .post(
                "/api/instructions",
                Map.of(
                    "caseKind", "COMPLAINT",
                    "caseId", java.util.UUID.randomUUID().toString(),
                    "text", "请办理",
                    "ownerUnitCode", "demo-housing",
                    "workingDays", 3));
    assertThat(unknownCase.status()).isEqualTo(400);
    assertThat(unknownCase.json().path("errors").get(0).path("field").asText()).isEqualTo("caseId");

    Response tooLong =
        as("leader")
            .post(
                "/api/instructions",
                Map.of(
                    "caseKind", "COMPLAINT",
                    "caseId", overdueComplaint(),
                    "text", "请办理",
                    "ownerUnitCode", "no-such-unit",
                    "workingDays", 61));
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.json().path("errors").findValuesAsText("field")).contains("workingDays");
  }

  private JsonNode step(String path, String user, Map<String, Object> body, String status) {
    Response response = as(user).post(path, body);
    assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
    assertThat(response.json().path("status").asText()).isEqualTo(status);
    return response.json();
  }

  private String overdueComplaint() {
    OffsetDateTime received = OffsetDateTime.now(clock).withNano(0).minusDays(40);
    Response created =
        as("frontdesk")
            .post(
                "/api/complaints",
                Map.of(
                    "agencyCode", "demo-county",
                    "channel", "PHONE",
                    "receivedAt", received.toString(),
                    "category", "COMPLAINT",
                    "urgency", "NORMAL",
                    "content", "路灯长期不亮",
                    "citizen", Map.of("name", "周八", "phone", "13700000000")));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.json().path("id").asText();
    Response dispatched =
        as("frontdesk")
            .post(
                "/api/complaints/" + id + "/dispatch",
                Map.of("unitCode", "demo-housing", "at", received.plusHours(1).toString()));
    assertThat(dispatched.status()).as(dispatched.body()).isEqualTo(200);
    return id;
  }

  private static List<String> eventTypesOn(String instructionId) {
    List<String> types = new ArrayList<>();
    for (String value :
        TopicRecords.keyed(
            RealInfrastructure.kafkaBootstrapServers(),
            GongkaiTopics.SUPERVISION,
            instructionId,
            5)) {
      int at = value.indexOf("\"type\":\"") + 8;
      types.add(value.substring(at, value.indexOf('"', at)));
    }
    return types;
  }

  private StaffClient as(String user) {
    return StaffClient.as(port, user);
  }
}
