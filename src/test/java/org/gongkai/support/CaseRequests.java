package org.gongkai.support;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.support.StaffClient.Response;

/**
 * What machine clients send in tests and benchmarks that drive whole lifecycles over HTTP: their
 * API tokens, and the bodies of a disclosure request's commands (register → decision → review →
 * reply, the last three each completing one user task of its process).
 */
public final class CaseRequests {

  private CaseRequests() {}

  /**
   * API tokens of the demo agency's machine clients, issued by {@code admin} with HTTP Basic:
   * {@code frontdesk}, {@code handler} (of {@code unit}), {@code reviewer} and {@code author}.
   * Their calls then pay no password check each.
   */
  public static Map<String, String> issueTokens(int port, String agency, String unit, String name) {
    StaffClient admin = StaffClient.as(port, "admin");
    Map<String, String> tokens = new HashMap<>();
    for (String[] client :
        new String[][] {
          {"frontdesk", "FRONT_DESK"},
          {"handler", "HANDLER"},
          {"reviewer", "REVIEWER"},
          {"author", "REPORT_AUTHOR"}
        }) {
      Response issued =
          admin.post(
              "/api/admin/api-tokens",
              Map.of(
                  "name",
                  name + " " + client[0],
                  "agencyCode",
                  agency,
                  "roles",
                  List.of(client[1]),
                  "unitCodes",
                  client[1].equals("HANDLER") ? List.of(unit) : List.of()));
      if (issued.status() != 201) {
        throw new IllegalStateException(
            "Could not issue an API token: HTTP " + issued.status() + " " + issued.body());
      }
      tokens.put(client[0], issued.json().path("token").asText());
    }
    return tokens;
  }

  /** A natural person's request, submitted at {@code at} and received on {@code receivedOn}. */
  public static Map<String, Object> disclosureRegistration(
      String agency, OffsetDateTime at, LocalDate receivedOn, int serial, String purpose) {
    return Map.of(
        "agencyCode",
        agency,
        "channel",
        "IN_PERSON",
        "submittedAt",
        at.toString(),
        "receivedAt",
        receivedOn.toString(),
        "applicant",
        Map.of("type", "NATURAL_PERSON", "name", purpose, "phone", "13800000000"),
        "description",
        "申请公开第" + serial + "项信息",
        "purpose",
        purpose,
        "deliveryMethod",
        "EMAIL");
  }

  public static Map<String, Object> disclosureDecision(OffsetDateTime at) {
    return Map.of("outcome", "DISCLOSED", "note", "依法公开", "at", at.toString());
  }

  public static Map<String, Object> disclosureReview(OffsetDateTime at) {
    return Map.of("approved", true, "comment", "同意", "at", at.toString());
  }

  public static Map<String, Object> disclosureReply(OffsetDateTime at) {
    return Map.of("method", "EMAIL", "at", at.toString());
  }
}
