package org.gongkai.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.gongkai.disclosure.ApplicantType;
import org.gongkai.disclosure.Channel;
import org.gongkai.disclosure.DisclosureRequestEvent;
import org.gongkai.disclosure.DisclosureRequestEvent.DisclosureRequestTransferredToComplaint;
import org.gongkai.disclosure.DisclosureStatus;
import org.gongkai.disclosure.Outcome;
import org.gongkai.platform.EventEnvelope;
import org.gongkai.support.IntegrationTest;
import org.gongkai.support.StaffClient;
import org.gongkai.support.StaffClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Cases move between the two processes keeping their original receipt time, and show the link. */
@IntegrationTest
class ComplaintDisclosureTransferIntegrationTests {

  @LocalServerPort int port;
  @Autowired ComplaintDesk complaintDesk;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transactions;

  @Test
  void aDisclosureRequestThatIsAComplaintOpensALinkedComplaintReceivedWhenTheRequestWas() {
    Response request =
        as("frontdesk")
            .post(
                "/api/disclosure-requests",
                Map.of(
                    "agencyCode", "demo-county",
                    "channel", "ONLINE",
                    "submittedAt", "2025-03-03T09:30:00+08:00",
                    "receivedAt", "2025-03-04",
                    "applicant",
                        Map.of("type", "NATURAL_PERSON", "name", "张三", "phone", "13800000000"),
                    "description", "投诉本县某局工作人员服务态度恶劣",
                    "deliveryMethod", "EMAIL"));
    assertThat(request.status()).isEqualTo(201);
    String requestPath = "/api/disclosure-requests/" + request.json().get("id").asText();

    Response transferred =
        as("handler")
            .post(
                requestPath + "/transfer-to-complaint", Map.of("at", "2025-03-05T10:00:00+08:00"));
    assertThat(transferred.status()).isEqualTo(200);
    assertThat(transferred.json().get("outcome").asText())
        .isEqualTo("NOT_PROCESSED_PETITION_COMPLAINT");

    String complaintId =
        await()
            .atMost(Duration.ofSeconds(60))
            .until(
                () -> as("handler").get(requestPath).json().path("linkedComplaintId").asText(""),
                id -> !id.isBlank());
    JsonNode complaint = as("handler").get("/api/complaints/" + complaintId).json();
    assertThat(complaint.get("receivedAt").asText()).isEqualTo("2025-03-03T09:30:00+08:00");
    assertThat(complaint.get("channel").asText()).isEqualTo("ONLINE");
    assertThat(complaint.get("citizen").get("name").asText()).isEqualTo("张三");
    assertThat(complaint.get("content").asText()).contains("服务态度");
    assertThat(complaint.get("status").asText()).isEqualTo("REGISTERED");
    assertThat(complaint.get("linkedCases").get(0).get("kind").asText())
        .isEqualTo("DISCLOSURE_REQUEST");
    assertThat(complaint.get("linkedCases").get(0).get("id").asText())
        .isEqualTo(request.json().get("id").asText());
    assertThat(complaint.get("linkedCases").get(0).get("relation").asText())
        .isEqualTo("TRANSFERRED_FROM");

    // the outbox delivers the transfer again, once alone and twice at once: still one complaint
    String requestId = request.json().get("id").asText();
    DisclosureRequestTransferredToComplaint again = transferEvent(requestId);
    redeliver(again);
    List<CompletableFuture<Void>> atOnce =
        List.of(
            CompletableFuture.runAsync(() -> redeliver(again)),
            CompletableFuture.runAsync(() -> redeliver(again)));
    atOnce.forEach(CompletableFuture::join);
    assertThat(
            jdbc.queryForList(
                "SELECT id FROM complaint WHERE linked_disclosure_request_id = ?",
                String.class,
                requestId))
        .containsExactly(complaintId);
    String another =
        jdbc.queryForObject(
            "SELECT id FROM complaint WHERE id <> ? ORDER BY id LIMIT 1",
            String.class,
            complaintId);
    assertThatThrownBy(
            () ->
                jdbc.update(
                    "UPDATE complaint SET opened_from_request_id = ? WHERE id = ?",
                    requestId,
                    another))
        .isInstanceOf(DuplicateKeyException.class);
  }

  /**
   * Delivers the event as the listener's transaction does; one racing another may lose on the
   * unique key, and the outbox then delivers it again.
   */
  private void redeliver(DisclosureRequestTransferredToComplaint event) {
    try {
      transactions.executeWithoutResult(status -> complaintDesk.openLinkedComplaint(event));
    } catch (DataIntegrityViolationException lostTheRace) {
      transactions.executeWithoutResult(status -> complaintDesk.openLinkedComplaint(event));
    }
  }

  private DisclosureRequestTransferredToComplaint transferEvent(String requestId) {
    OffsetDateTime at = OffsetDateTime.parse("2025-03-05T10:00:00+08:00");
    return new DisclosureRequestTransferredToComplaint(
        new EventEnvelope(UUID.randomUUID(), requestId, 2, at, at, "demo-county", "handler"),
        new DisclosureRequestEvent.Facts(
            "redelivered",
            ApplicantType.NATURAL_PERSON,
            Channel.ONLINE,
            LocalDate.parse("2025-03-04"),
            DisclosureStatus.FINISHED,
            Outcome.NOT_PROCESSED_PETITION_COMPLAINT,
            LocalDate.parse("2025-03-05"),
            null,
            false,
            false,
            List.of()));
  }

  @Test
  void aComplaintThatIsAnInformationRequestBecomesALinkedDisclosureRequest() {
    Response complaint =
        as("frontdesk")
            .post(
                "/api/complaints",
                Map.of(
                    "agencyCode", "demo-county",
                    "channel", "HOTLINE_12345",
                    "receivedAt", "2025-04-01T10:00:00+08:00",
                    "category", "CONSULTATION",
                    "content", "要求公开本县2024年财政预算执行情况",
                    "citizen", Map.of("name", "李四", "phone", "13700000000")));
    assertThat(complaint.status()).isEqualTo(201);
    String path = "/api/complaints/" + complaint.json().get("id").asText();

    Response transferred =
        as("handler")
            .post(path + "/transfer-to-disclosure", Map.of("at", "2025-04-02T09:00:00+08:00"));

    assertThat(transferred.status()).isEqualTo(200);
    assertThat(transferred.json().get("status").asText()).isEqualTo("CLOSED");
    assertThat(transferred.json().get("closure").asText()).isEqualTo("TRANSFERRED_TO_DISCLOSURE");
    JsonNode link = transferred.json().get("linkedCases").get(0);
    assertThat(link.get("relation").asText()).isEqualTo("TRANSFERRED_TO");
    JsonNode request =
        as("handler").get("/api/disclosure-requests/" + link.get("id").asText()).json();
    assertThat(request.get("submittedAt").asText()).isEqualTo("2025-04-01T10:00:00+08:00");
    assertThat(request.get("receivedAt").asText()).isEqualTo("2025-04-01");
    assertThat(request.get("linkedComplaintId").asText())
        .isEqualTo(complaint.json().get("id").asText());
    assertThat(request.get("applicant").get("name").asText()).isEqualTo("李四");

    assertThat(as("handler").post(path + "/transfer-to-disclosure", Map.of()).status())
        .as("a closed complaint is not transferred twice")
        .isEqualTo(409);
  }

  private StaffClient as(String user) {
    return StaffClient.as(port, user);
  }
}
