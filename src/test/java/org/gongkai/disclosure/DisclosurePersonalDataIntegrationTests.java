package org.gongkai.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.gongkai.platform.PersonalDataAccessLog;
import org.gongkai.support.IntegrationTest;
import org.gongkai.support.RealInfrastructure;
import org.gongkai.support.StaffClient;
import org.gongkai.support.StaffClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Personal data masked in lists, whole and audited in the case view; idempotent commands; letters.
 */
@IntegrationTest
class DisclosurePersonalDataIntegrationTests {

  @LocalServerPort int port;
  @Autowired PersonalDataAccessLog accessLog;
  @Autowired JdbcTemplate jdbc;

  @Test
  void masksNameIdNumberAndPhoneInListsAndAuditsEveryFullView() {
    String id = register("王小明", "11010519491231002X", "13912345678");

    JsonNode list = StaffClient.as(port, "leader").get("/api/disclosure-requests?size=200").json();
    String listed = list.toString();
    assertThat(listed)
        .doesNotContain("13912345678")
        .doesNotContain("11010519491231002X")
        .doesNotContain("王小明");
    JsonNode mine = null;
    for (JsonNode item : list.path("content")) {
      if (item.path("id").asText().equals(id)) {
        mine = item;
      }
    }
    assertThat(mine).isNotNull();
    assertThat(mine.at("/applicant/phone").asText()).isEqualTo("139****5678");
    assertThat(mine.at("/applicant/name").asText()).isEqualTo("王**");

    int before = accessLog.viewsOf("DISCLOSURE", id);
    JsonNode full = StaffClient.as(port, "handler").get("/api/disclosure-requests/" + id).json();
    assertThat(full.at("/applicant/phone").asText()).isEqualTo("13912345678");
    assertThat(full.at("/applicant/idNumber").asText()).isEqualTo("11010519491231002X");
    assertThat(accessLog.viewsOf("DISCLOSURE", id)).isEqualTo(before + 1);
    assertThat(
            jdbc.queryForObject(
                "SELECT username FROM personal_data_access WHERE case_id = ? ORDER BY id DESC LIMIT 1",
                String.class,
                id))
        .isEqualTo("handler");
  }

  @Test
  void refusesTheCaseToStaffOfAnotherAgency() {
    String id = register("赵六", null, "13700001111");
    StaffClient.as(port, "admin")
        .post(
            "/api/admin/agencies",
            Map.of("code", "north-county", "name", "北县人民政府", "kind", "GOVERNMENT"));
    StaffClient.as(port, "admin")
        .post(
            "/api/admin/staff",
            Map.of(
                "username",
                "north.handler",
                "password",
                RealInfrastructure.PASSWORD,
                "displayName",
                "北县承办人",
                "agencyCode",
                "north-county",
                "roles",
                java.util.List.of("HANDLER")));

    Response response = StaffClient.as(port, "north.handler").get("/api/disclosure-requests/" + id);

    assertThat(response.status()).isEqualTo(403);
    assertThat(response.json().path("detail").asText()).contains("demo-county");
  }

  @Test
  void answersARepeatedCommandWithTheSameIdempotencyKeyOnce() throws Exception {
    Map<String, Object> body =
        DisclosurePersonalDataIntegrationTests.registration("孙七", null, "13600002222");
    String key = UUID.randomUUID().toString();
    long before = jdbc.queryForObject("SELECT COUNT(*) FROM disclosure_request", Long.class);

    HttpResponse<String> first = postWithKey(body, key);
    HttpResponse<String> second = postWithKey(body, key);

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(second.statusCode()).isEqualTo(201);
    assertThat(second.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(second.headers().firstValue("Location"))
        .isEqualTo(first.headers().firstValue("Location"));
    assertThat(new ObjectMapper().readTree(second.body()).path("id").asText())
        .isEqualTo(new ObjectMapper().readTree(first.body()).path("id").asText());
    assertThat(second.body()).doesNotContain("13600002222").doesNotContain("孙七");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM disclosure_request", Long.class))
        .isEqualTo(before + 1);
  }

  @Test
  void offersTheReplyLetterOfTheApprovedRefusalCitingArticleFifteen() throws Exception {
    String id = register("周八", null, "13500003333");
    String path = "/api/disclosure-requests/" + id;
    assertThat(StaffClient.as(port, "handler").get(path + "/reply-letter.docx").status())
        .isEqualTo(409);
    StaffClient.as(port, "handler")
        .post(
            path + "/decision",
            Map.of(
                "outcome",
                "REFUSED_THIRD_PARTY_RIGHTS",
                "note",
                "涉及第三方商业秘密，第三方不同意公开",
                "at",
                "2025-03-10T10:00:00+08:00"));
    StaffClient.as(port, "reviewer")
        .post(path + "/review", Map.of("approved", true, "at", "2025-03-11T10:00:00+08:00"));
    StaffClient.as(port, "handler")
        .post(path + "/reply", Map.of("method", "POST", "at", "2025-03-12T10:00:00+08:00"));

    Response html = StaffClient.as(port, "handler").get(path + "/reply-letter.html");
    assertThat(html.body()).contains("第十五条").contains("周八");
    HttpResponse<byte[]> docx =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + path + "/reply-letter.docx"))
                    .header("Authorization", basic("handler"))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(docx.statusCode()).isEqualTo(200);
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
      String text =
          String.join("\n", document.getParagraphs().stream().map(XWPFParagraph::getText).toList());
      assertThat(text).contains("政府信息公开申请答复书").contains("第十五条").contains("周八");
    }
  }

  private HttpResponse<String> postWithKey(Map<String, Object> body, String key) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/api/disclosure-requests"))
                .header("Authorization", basic("frontdesk"))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static String basic(String user) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString(
                (user + ":" + RealInfrastructure.PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  private String register(String name, String idNumber, String phone) {
    Response response =
        StaffClient.as(port, "frontdesk")
            .post("/api/disclosure-requests", registration(name, idNumber, phone));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json().path("id").asText();
  }

  static Map<String, Object> registration(String name, String idNumber, String phone) {
    Map<String, Object> applicant =
        new java.util.HashMap<>(Map.of("type", "NATURAL_PERSON", "name", name, "phone", phone));
    if (idNumber != null) {
      applicant.put("idNumber", idNumber);
    }
    return Map.of(
        "agencyCode", "demo-county",
        "channel", "IN_PERSON",
        "submittedAt", "2025-03-03T09:30:00+08:00",
        "receivedAt", "2025-03-03",
        "applicant", applicant,
        "description", "申请公开某项目环评报告");
  }
}
