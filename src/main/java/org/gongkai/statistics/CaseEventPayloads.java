package org.gongkai.statistics;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.gongkai.platform.ClockConfiguration;
import org.gongkai.platform.GongkaiTopics;
import org.gongkai.platform.PersonalDataMasking;
import org.jspecify.annotations.Nullable;

/**
 * The statistics module's own reading of the case events: only the envelope and the facts snapshot,
 * everything else ignored. Owning these records (instead of using the producers' event types) keeps
 * the module free of compile-time dependencies on them; the contract fixtures of both producers are
 * read by the tests, so the two sides cannot drift.
 */
final class CaseEventPayloads {

  private final ObjectMapper objectMapper;
  private final ObjectReader disclosureReader;
  private final ObjectReader complaintReader;
  private final ObjectReader supervisionReader;

  CaseEventPayloads(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
    this.disclosureReader =
        objectMapper
            .readerFor(DisclosureEventPayload.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    this.complaintReader =
        objectMapper
            .readerFor(ComplaintEventPayload.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    this.supervisionReader =
        objectMapper
            .readerFor(SupervisionEventPayload.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  /**
   * The case facts an event of the topic carries, or empty for a topic the module does not count.
   *
   * @throws UnreadableEventException when the value is not an event of the contract
   */
  Optional<ProjectedCase> read(String topic, String value) {
    try {
      JsonNode node = event(value);
      return switch (topic) {
        case GongkaiTopics.DISCLOSURE_REQUESTS ->
            Optional.of(
                new ProjectedCase.Disclosure(
                    valid(disclosureReader.<DisclosureEventPayload>readValue(node).toCase())));
        case GongkaiTopics.COMPLAINTS ->
            Optional.of(
                new ProjectedCase.Complaint(
                    valid(complaintReader.<ComplaintEventPayload>readValue(node).toCase())));
        default -> Optional.empty();
      };
    } catch (IOException | IllegalArgumentException | NullPointerException e) {
      throw new UnreadableEventException(e.getMessage());
    }
  }

  /**
   * The step of a supervised item an event of {@value GongkaiTopics#SUPERVISION} records.
   *
   * @throws UnreadableEventException when the value is not an event of the contract
   */
  SupervisionStep readSupervisionStep(String value) {
    try {
      SupervisionStep step =
          supervisionReader.<SupervisionEventPayload>readValue(event(value)).toStep();
      envelope(step.itemId(), step.caseVersion(), step.eventType(), step.agencyCode());
      text("facts.ownerUnitCode", step.unitCode(), 64);
      date("envelope.occurredAt", step.occurredOn());
      return step;
    } catch (IOException | IllegalArgumentException | NullPointerException e) {
      throw new UnreadableEventException(e.getMessage());
    }
  }

  /** The event's JSON, unwrapped when it arrives as a JSON string; it has an envelope and facts. */
  private JsonNode event(String value) throws IOException {
    JsonNode node = objectMapper.readTree(value);
    if (node != null && node.isTextual()) {
      node = objectMapper.readTree(node.asText());
    }
    if (node == null || !node.hasNonNull("envelope") || !node.hasNonNull("facts")) {
      throw new UnreadableEventException("没有 envelope 或 facts 的事件");
    }
    return node;
  }

  /**
   * Holds the facts to the read model's column rules, so that an event the producer should never
   * have written is refused here, with its reason, instead of failing the batch's transaction.
   */
  private static DisclosureCase valid(DisclosureCase c) {
    envelope(c.caseId(), c.caseVersion(), c.eventType(), c.agencyCode());
    text("facts.trackingNumber", c.trackingNumber(), 64);
    text("facts.applicantType", c.applicantType(), 40);
    text("facts.status", c.status(), 30);
    text("facts.outcome", c.outcome(), 60);
    date("facts.receivedOn", c.receivedOn());
    date("facts.finishedOn", c.finishedOn());
    date("facts.dueDate", c.dueOn());
    for (DisclosureCase.Appeal appeal : c.appeals()) {
      text("facts.appeals.appealId", appeal.appealId(), 64);
      text("facts.appeals.kind", appeal.kind(), 40);
      text("facts.appeals.result", appeal.result(), 20);
      date("facts.appeals.filedOn", appeal.filedOn());
      date("facts.appeals.decidedOn", appeal.decidedOn());
    }
    return c;
  }

  private static ComplaintCase valid(ComplaintCase c) {
    envelope(c.caseId(), c.caseVersion(), c.eventType(), c.agencyCode());
    text("facts.channel", c.channel(), 30);
    text("facts.status", c.status(), 30);
    text("facts.closure", c.closure(), 40);
    text("facts.rating", c.rating(), 30);
    text("facts.unitCode", c.unitCode(), 64);
    date("facts.receivedAt", c.receivedOn());
    date("facts.closedAt", c.closedOn());
    date("facts.dueOn", c.dueOn());
    text("facts.category", c.category(), 30);
    text("facts.areaCode", c.areaCode(), 64);
    text("facts.maskedPhone", c.maskedPhone(), 40);
    return c;
  }

  private static void envelope(
      @Nullable String caseId, long version, @Nullable String type, @Nullable String agencyCode) {
    if (caseId == null || type == null || agencyCode == null) {
      throw new UnreadableEventException("缺少案件编号、事件类型或机关代码");
    }
    text("envelope.caseId", caseId, 64);
    text("type", type, 80);
    text("envelope.agencyCode", agencyCode, 64);
    if (caseId.isBlank() || agencyCode.isBlank() || type.isBlank()) {
      throw new UnreadableEventException("案件编号、事件类型或机关代码为空");
    }
    if (version < 1) {
      throw new UnreadableEventException("案件版本号须为正数：" + version);
    }
  }

  private static void text(String field, @Nullable String value, int max) {
    if (value != null && value.length() > max) {
      throw new UnreadableEventException(field + " 超过" + max + "个字符");
    }
  }

  /** Dates a DATE column holds, and a case can have: years 1900 to 9999. */
  private static void date(String field, @Nullable LocalDate value) {
    if (value != null && (value.getYear() < 1900 || value.getYear() > 9999)) {
      throw new UnreadableEventException(field + " 不是有效日期：" + value);
    }
  }

  /** An event value that cannot be read as the contract says. */
  static final class UnreadableEventException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnreadableEventException(@Nullable String message) {
      super(message);
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Envelope(
      String caseId, long caseVersion, @Nullable OffsetDateTime occurredAt, String agencyCode) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record DisclosureEventPayload(String type, Envelope envelope, DisclosureFacts facts) {

    DisclosureCase toCase() {
      List<DisclosureCase.Appeal> appeals =
          facts.appeals() == null
              ? List.of()
              : facts.appeals().stream()
                  .map(
                      a ->
                          new DisclosureCase.Appeal(
                              a.appealId(), a.kind(), a.filedOn(), a.result(), a.decidedOn()))
                  .toList();
      return new DisclosureCase(
          envelope.caseId(),
          envelope.caseVersion(),
          type,
          envelope.agencyCode(),
          facts.trackingNumber(),
          facts.applicantType(),
          facts.receivedOn(),
          facts.status(),
          facts.outcome(),
          facts.finishedOn(),
          appeals,
          Boolean.TRUE.equals(facts.paused()) || facts.finishedOn() != null
              ? null
              : facts.dueDate(),
          Boolean.TRUE.equals(facts.overdue()));
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record DisclosureFacts(
      String trackingNumber,
      String applicantType,
      LocalDate receivedOn,
      String status,
      @Nullable String outcome,
      @Nullable LocalDate finishedOn,
      @Nullable List<AppealFacts> appeals,
      @Nullable LocalDate dueDate,
      @Nullable Boolean paused,
      @Nullable Boolean overdue) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record AppealFacts(
      String appealId,
      String kind,
      LocalDate filedOn,
      @Nullable String result,
      @Nullable LocalDate decidedOn) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record ComplaintEventPayload(String type, Envelope envelope, ComplaintFacts facts) {

    ComplaintCase toCase() {
      return new ComplaintCase(
          envelope.caseId(),
          envelope.caseVersion(),
          type,
          envelope.agencyCode(),
          facts.channel(),
          businessDate(facts.receivedAt()),
          facts.status(),
          facts.closedAt() == null ? null : businessDate(facts.closedAt()),
          facts.closure(),
          facts.onTime(),
          facts.followedUp(),
          facts.rating(),
          facts.merged(),
          facts.unitCode(),
          facts.dueOn(),
          Boolean.TRUE.equals(facts.overdue()),
          facts.category(),
          facts.areaCode(),
          PersonalDataMasking.phone(facts.maskedPhone()));
    }
  }

  /**
   * The facts of a complaint event. The responsible unit, the due date, the overdue flag, the
   * category, the area and the masked phone may be absent (events written before they were part of
   * the snapshot): they are then null. The phone is masked again on reading, so that a producer's
   * mistake cannot bring a whole number into the read model.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record ComplaintFacts(
      String channel,
      OffsetDateTime receivedAt,
      String status,
      @Nullable OffsetDateTime closedAt,
      @Nullable String closure,
      @Nullable Boolean onTime,
      boolean followedUp,
      @Nullable String rating,
      boolean merged,
      @Nullable String unitCode,
      @Nullable LocalDate dueOn,
      @Nullable Boolean overdue,
      @Nullable String category,
      @Nullable String areaCode,
      @Nullable String maskedPhone) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record SupervisionEventPayload(String type, Envelope envelope, SupervisionFacts facts) {

    SupervisionStep toStep() {
      if (envelope.occurredAt() == null) {
        throw new UnreadableEventException("缺少 envelope.occurredAt");
      }
      return new SupervisionStep(
          envelope.caseId(),
          envelope.caseVersion(),
          type,
          envelope.agencyCode(),
          facts.ownerUnitCode(),
          businessDate(envelope.occurredAt()),
          facts.answeredOnTime());
    }
  }

  /** The facts of a supervised item's event that statistics count. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record SupervisionFacts(@Nullable String ownerUnitCode, @Nullable Boolean answeredOnTime) {}

  private static LocalDate businessDate(OffsetDateTime moment) {
    return moment.atZoneSameInstant(ClockConfiguration.BUSINESS_ZONE).toLocalDate();
  }
}
