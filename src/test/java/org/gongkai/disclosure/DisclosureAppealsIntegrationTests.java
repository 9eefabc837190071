package org.gongkai.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.gongkai.support.IntegrationTest;
import org.gongkai.support.StaffClient;
import org.gongkai.support.StaffClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** After the reply, administrative reviews and lawsuits are recorded with their results. */
@IntegrationTest
class DisclosureAppealsIntegrationTests {

  @LocalServerPort int port;

  @Test
  void recordsAReviewAndALawsuitAfterItWithTheirResults() {
    String path = "/api/disclosure-requests/" + repliedRequest();

    Response review =
        StaffClient.as(port, "handler")
            .post(path + "/administrative-review", Map.of("at", "2025-04-20T10:00:00+08:00"));
    assertThat(review.status()).isEqualTo(201);
    String reviewId = review.json().path("reviewId").asText();
    JsonNode reviewed =
        ok(
            path + "/administrative-review/" + reviewId + "/result",
            Map.of("result", "UPHELD", "at", "2025-06-10T10:00:00+08:00"));
    Response lawsuit =
        StaffClient.as(port, "handler")
            .post(
                path + "/lawsuit", Map.of("afterReview", true, "at", "2025-06-20T10:00:00+08:00"));
    assertThat(lawsuit.status()).isEqualTo(201);
    String lawsuitId = lawsuit.json().path("lawsuitId").asText();
    JsonNode decided =
        ok(
            path + "/lawsuit/" + lawsuitId + "/result",
            Map.of("result", "CORRECTED", "at", "2025-09-01T10:00:00+08:00"));

    assertThat(reviewed.path("appeals")).hasSize(1);
    assertThat(decided.path("appeals")).hasSize(2);
    assertThat(decided.at("/appeals/0/kind").asText()).isEqualTo("ADMINISTRATIVE_REVIEW");
    assertThat(decided.at("/appeals/0/result").asText()).isEqualTo("UPHELD");
    assertThat(decided.at("/appeals/1/kind").asText()).isEqualTo("LITIGATION_AFTER_REVIEW");
    assertThat(decided.at("/appeals/1/result").asText()).isEqualTo("CORRECTED");
    assertThat(decided.path("timeline").findValuesAsText("type"))
        .containsSubsequence("AppealFiled", "AppealDecided", "AppealFiled", "AppealDecided");

    Response again =
        StaffClient.as(port, "handler")
            .post(path + "/lawsuit/" + lawsuitId + "/result", Map.of("result", "OTHER"));
    assertThat(again.status()).isEqualTo(409);
    Response unknown =
        StaffClient.as(port, "handler")
            .post(
                path + "/administrative-review/" + lawsuitId + "/result",
                Map.of("result", "OTHER"));
    assertThat(unknown.status()).isEqualTo(404);
  }

  private String repliedRequest() {
    Response registered =
        StaffClient.as(port, "frontdesk")
            .post(
                "/api/disclosure-requests",
                DisclosurePersonalDataIntegrationTests.registration("吴九", null, "13400004444"));
    String path = "/api/disclosure-requests/" + registered.json().path("id").asText();
    ok(
        path + "/decision",
        Map.of("outcome", "UNAVAILABLE_NOT_HELD", "at", "2025-03-10T10:00:00+08:00"));
    StaffClient.as(port, "reviewer")
        .post(path + "/review", Map.of("approved", true, "at", "2025-03-11T10:00:00+08:00"));
    ok(path + "/reply", Map.of("method", "POST", "at", "2025-03-12T10:00:00+08:00"));
    return registered.json().path("id").asText();
  }

  private JsonNode ok(String path, Map<String, Object> body) {
    Response response = StaffClient.as(port, "handler").post(path, body);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }
}
