package org.gongkai.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import org.gongkai.support.StaffClient;
import org.gongkai.support.StaffClient.Response;

/** A complaint taken by phone at the demo county's front desk a few minutes ago, over the API. */
final class PhoneComplaints {

  private PhoneComplaints() {}

  /** Registers the complaint and answers its id. */
  static String register(int port, Clock clock, String content, String name, String phone) {
    Response created =
        StaffClient.as(port, "frontdesk")
            .post(
                "/api/complaints",
                Map.of(
                    "agencyCode", "demo-county",
                    "channel", "PHONE",
                    "receivedAt", OffsetDateTime.now(clock).withNano(0).minusMinutes(5).toString(),
                    "category", "HELP",
                    "urgency", "NORMAL",
                    "content", content,
                    "citizen", Map.of("name", name, "phone", phone)));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().path("id").asText();
  }
}
