package org.gongkai.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gongkai.support.IntegrationTest;
import org.gongkai.support.StaffClient;
import org.gongkai.support.StaffClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The complaint API over HTTP: registration once per upstream ticket, masked lists, and bad input —
 * missing fields, unknown values, wrong state, wrong role — answered with a problem and no change.
 */
@IntegrationTest
class ComplaintApiIntegrationTests {

  @Autowired Clock clock;

  @LocalServerPort int port;

  @Test
  void theSameUpstreamTicketPostedTwiceGivesTheSameCase() {
    Map<String, Object> body = body("110-" + UUID.randomUUID());

    Response first = as("frontdesk").post("/api/complaints", body);
    Response second = as("frontdesk").post("/api/complaints", body);

    assertThat(first.status()).isEqualTo(201);
    assertThat(first.location()).endsWith("/api/complaints/" + id(first));
    assertThat(second.status()).isEqualTo(200);
    assertThat(id(second)).isEqualTo(id(first));
    assertThat(first.json().get("status").asText()).isEqualTo("REGISTERED");
    assertThat(first.json().get("dueAt").asText()).isEqualTo("2025-05-23T23:59:59+08:00");
  }

  @Test
  void theListMasksTheCitizensNameAndPhone() {
    Response created = as("frontdesk").post("/api/complaints", body(null));

    Response list = as("leader").get("/api/complaints?agencyCode=demo-county&size=200");

    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body()).doesNotContain("13900000000").doesNotContain("赵六");
    assertThat(list.json().get("totalElements").asLong()).isPositive();
    JsonNode mine = null;
    for (JsonNode row : list.json().get("content")) {
      if (row.get("id").asText().equals(id(created))) {
        mine = row;
      }
    }
    assertThat(mine).isNotNull();
    assertThat(mine.get("citizen").get("phone").asText()).isEqualTo("139****0000");
    assertThat(mine.get("citizen").get("name").asText()).isEqualTo("赵*");
    assertThat(as("handler").get("/api/complaints/" + id(created)).body()).contains("13900000000");
  }

  @Test
  void badRegistrationsAreRefusedWithAProblemAndChangeNothing() {
    long before = total();
    Map<String, Object> noContent = body(null);
    noContent.remove("content");
    Map<String, Object> unknownCategory = body(null);
    unknownCategory.put("category", "GOSSIP");
    Map<String, Object> unknownChannel = body(null);
    unknownChannel.put("channel", "CARRIER_PIGEON");
    Map<String, Object> future = body(null);
    future.put("receivedAt", "2099-01-01T00:00:00+08:00");
    Map<String, Object> badPhone = body(null);
    badPhone.put("citizen", Map.of("name", "赵六", "phone", "12345"));
    Map<String, Object> unknownAgency = body(null);
    unknownAgency.put("agencyCode", "no-such-agency");

    for (Map<String, Object> bad :
        List.of(noContent, unknownCategory, unknownChannel, future, badPhone, unknownAgency)) {
      Response refused = as("frontdesk").post("/api/complaints", bad);
      assertThat(refused.status()).as("%s", bad).isEqualTo(400);
      assertThat(refused.contentType()).contains("application/problem+json");
      assertThat(refused.json().get("title").asText()).isNotBlank();
    }
    Response missing = as("frontdesk").post("/api/complaints", noContent);
    assertThat(missing.json().get("errors").findValuesAsText("field")).contains("content");
    assertThat(as("handler").post("/api/complaints", body(null)).status())
        .as("registration is front-desk work")
        .isEqualTo(403);
    assertThat(total()).isEqualTo(before);
  }

  @Test
  void commandsInTheWrongStateOrRoleAreRefusedAndChangeNothing() {
    OffsetDateTime received = OffsetDateTime.now(clock).withNano(0).minusHours(3);
    Map<String, Object> recent = body(null);
    recent.put("receivedAt", received.toString());
    String id = id(as("frontdesk").post("/api/complaints", recent));
    String path = "/api/complaints/" + id;
    long version = as("handler").get(path).json().get("caseVersion").asLong();

    Response early = as("handler").post(path + "/acceptance", Map.of("at", at(received, 10)));
    assertThat(early.status()).isEqualTo(409);
    assertThat(early.json().get("detail").asText()).contains("待派单");
    assertThat(as("frontdesk").post(path + "/acceptance", Map.of()).status())
        .as("acceptance is handler work")
        .isEqualTo(403);
    assertThat(
            as("handler")
                .post(path + "/supervision", Map.of("note", "请加快", "deadline", "2099-01-01"))
                .status())
        .as("supervision is leader work")
        .isEqualTo(403);
    assertThat(
            as("frontdesk").post(path + "/dispatch", Map.of("unitCode", "somewhere-else")).status())
        .as("not a unit of the agency")
        .isEqualTo(400);
    assertThat(as("frontdesk").post(path + "/dispatch", Map.of("at", at(received, -10))).status())
        .as("before the complaint was received")
        .isEqualTo(400);
    assertThat(as("handler").post(path + "/reply", Map.of("resolved", true)).status())
        .as("a reply without content")
        .isEqualTo(400);
    assertThat(as("handler").get(path).json().get("caseVersion").asLong()).isEqualTo(version);

    Response dispatched = as("frontdesk").post(path + "/dispatch", Map.of("at", at(received, 30)));
    assertThat(dispatched.status()).isEqualTo(200);
    assertThat(dispatched.json().get("unitCode").asText()).isEqualTo("demo-housing");
    long dispatchedVersion = dispatched.json().get("caseVersion").asLong();
    Response outOfOrder = as("handler").post(path + "/acceptance", Map.of("at", at(received, 20)));
    assertThat(outOfOrder.status()).as("earlier than the dispatch").isEqualTo(400);
    Response notRated =
        as("frontdesk")
            .post(path + "/follow-up", Map.of("reached", true, "note", "", "at", at(received, 40)));
    assertThat(notRated.status()).isEqualTo(400);
    Response notReplied =
        as("frontdesk")
            .post(
                path + "/follow-up",
                Map.of("reached", true, "rating", "SATISFIED", "at", at(received, 40)));
    assertThat(notReplied.status()).isEqualTo(409);
    JsonNode after = as("handler").get(path).json();
    assertThat(after.get("status").asText()).isEqualTo("DISPATCHED");
    assertThat(after.get("caseVersion").asLong()).isEqualTo(dispatchedVersion);

    Response supervised =
        as("leader")
            .post(
                path + "/supervision",
                Map.of("note", "请尽快办理", "deadline", "2099-01-01", "at", at(received, 50)));
    assertThat(supervised.status()).isEqualTo(200);
    assertThat(supervised.json().get("supervisions").get(0).get("automatic").asBoolean()).isFalse();
  }

  private static String at(OffsetDateTime received, int minutesLater) {
    return received.plusMinutes(minutesLater).toString();
  }

  private long total() {
    return as("leader").get("/api/complaints?size=1").json().get("totalElements").asLong();
  }

  private StaffClient as(String user) {
    return StaffClient.as(port, user);
  }

  private static String id(Response response) {
    return response.json().get("id").asText();
  }

  private static Map<String, Object> body(String upstreamTicketId) {
    Map<String, Object> body = new HashMap<>();
    body.put("agencyCode", "demo-county");
    body.put("channel", "PHONE");
    body.put("receivedAt", "2025-05-06T10:12:00+08:00");
    body.put("category", "COMPLAINT");
    body.put("urgency", "NORMAL");
    body.put("content", "小区夜间施工噪音扰民");
    body.put("citizen", Map.of("name", "赵六", "phone", "13900000000"));
    body.put("upstreamTicketId", upstreamTicketId);
    body.put("directAnswer", false);
    return body;
  }
}
