package org.gongkai.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import org.gongkai.support.StaffClient.Response;

/** A complaint taken by phone at the demo county's front desk, over the API. */
public final class PhoneComplaints {

  private PhoneComplaints() {}

  /** Registers a complaint taken a few minutes ago and answers its id. */
  public static String register(int port, Clock clock, String content, String name, String phone) {
    return register(
        port, OffsetDateTime.now(clock).withNano(0).minusMinutes(5), content, name, phone);
  }

  /** Registers a complaint taken at the moment given and answers its id. */
  public static String register(
      int port, OffsetDateTime receivedAt, String content, String name, String phone) {
    Response created =
        StaffClient.as(port, "frontdesk")
            .post(
                "/api/complaints",
                Map.of(
                    "agencyCode", "demo-county",
                    "channel", "PHONE",
                    "receivedAt", receivedAt.toString(),
                    "category", "HELP",
                    "urgency", "NORMAL",
                    "content", content,
                    "citizen", Map.of("name", name, "phone", phone)));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().path("id").asText();
  }
}
