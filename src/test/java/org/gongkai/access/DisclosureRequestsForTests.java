package org.gongkai.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.platform.ClockConfiguration.BUSINESS_ZONE;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import org.gongkai.support.StaffClient;
import org.gongkai.support.StaffClient.Response;

/** A disclosure request registered at the demo county's front desk a few minutes ago. */
final class DisclosureRequestsForTests {

  private DisclosureRequestsForTests() {}

  /** Registers the request and answers its id. */
  static String register(int port, Clock clock) {
    OffsetDateTime now =
        OffsetDateTime.now(clock.withZone(BUSINESS_ZONE)).withNano(0).minusMinutes(5);
    Response created =
        StaffClient.as(port, "frontdesk")
            .post(
                "/api/disclosure-requests",
                Map.of(
                    "agencyCode", "demo-county",
                    "channel", "IN_PERSON",
                    "submittedAt", now.toString(),
                    "receivedAt", now.toLocalDate().toString(),
                    "applicant",
                        Map.of("type", "NATURAL_PERSON", "name", "吴矩阵", "phone", "13600001234"),
                    "description", "申请公开本县道路养护经费使用情况",
                    "purpose", "了解情况",
                    "deliveryMethod", "EMAIL"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().path("id").asText();
  }
}
