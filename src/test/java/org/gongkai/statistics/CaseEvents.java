package org.gongkai.statistics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Case events as the producers write them: each one starts from the producer's contract fixture
 * ({@code contracts/disclosure/*.json}, {@code contracts/complaint/*.json}, {@code
 * contracts/supervision/*.json}) and changes only the values a test needs, so the statistics side
 * reads exactly the producers' format.
 */
final class CaseEvents {

  static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

  private static final Map<String, ObjectNode> DISCLOSURE = load("disclosure");
  private static final Map<String, ObjectNode> COMPLAINT = load("complaint");
  private static final Map<String, ObjectNode> SUPERVISION = load("supervision");

  private CaseEvents() {}

  /** The fixture of every disclosure event type, by type. */
  static Map<String, ObjectNode> disclosureFixtures() {
    return copies(DISCLOSURE);
  }

  /** The fixture of every complaint event type, by type. */
  static Map<String, ObjectNode> complaintFixtures() {
    return copies(COMPLAINT);
  }

  static Draft disclosure(String type) {
    return new Draft(fixture(DISCLOSURE, type));
  }

  static Draft complaint(String type) {
    return new Draft(fixture(COMPLAINT, type));
  }

  /** An event of a supervised item ({@code contracts/supervision/*.json}). */
  static Draft supervision(String type) {
    return new Draft(fixture(SUPERVISION, type));
  }

  /**
   * The events of a disclosure request received on {@code receivedOn} and, when {@code outcome} is
   * given, finished with it on {@code finishedOn}: received, decision proposed, replied.
   */
  static List<String> disclosureRequest(
      String caseId,
      String agencyCode,
      String applicantType,
      LocalDate receivedOn,
      @Nullable String outcome,
      @Nullable LocalDate finishedOn) {
    List<String> events = new ArrayList<>();
    events.add(
        disclosure("DisclosureRequestReceived")
            .caseId(caseId)
            .version(1)
            .agency(agencyCode)
            .occurredAt(receivedOn.atTime(9, 0).atOffset(java.time.ZoneOffset.ofHours(8)))
            .fact("trackingNumber", "〔" + receivedOn.getYear() + "〕第" + caseId + "号")
            .fact("applicantType", applicantType)
            .fact("receivedOn", receivedOn.toString())
            .fact("status", "IN_HANDLING")
            .json());
    events.add(
        disclosure("DecisionProposed")
            .caseId(caseId)
            .version(2)
            .agency(agencyCode)
            .fact("trackingNumber", "〔" + receivedOn.getYear() + "〕第" + caseId + "号")
            .fact("applicantType", applicantType)
            .fact("receivedOn", receivedOn.toString())
            .fact("status", "UNDER_REVIEW")
            .json());
    if (outcome != null && finishedOn != null) {
      events.add(
          disclosure("DisclosureRequestReplied")
              .caseId(caseId)
              .version(3)
              .agency(agencyCode)
              .occurredAt(finishedOn.atTime(10, 0).atOffset(java.time.ZoneOffset.ofHours(8)))
              .fact("trackingNumber", "〔" + receivedOn.getYear() + "〕第" + caseId + "号")
              .fact("applicantType", applicantType)
              .fact("receivedOn", receivedOn.toString())
              .fact("status", "FINISHED")
              .fact("outcome", outcome)
              .fact("finishedOn", finishedOn.toString())
              .json());
    }
    return events;
  }

  /** A unique case id for a test. */
  static String newCaseId() {
    return UUID.randomUUID().toString();
  }

  private static ObjectNode fixture(Map<String, ObjectNode> fixtures, String type) {
    ObjectNode fixture = fixtures.get(type);
    if (fixture == null) {
      throw new IllegalArgumentException("no contract fixture for " + type);
    }
    return fixture.deepCopy();
  }

  private static Map<String, ObjectNode> copies(Map<String, ObjectNode> fixtures) {
    Map<String, ObjectNode> copies = new TreeMap<>();
    fixtures.forEach((type, node) -> copies.put(type, node.deepCopy()));
    return copies;
  }

  private static Map<String, ObjectNode> load(String kind) {
    try {
      Map<String, ObjectNode> fixtures = new TreeMap<>();
      Resource[] resources =
          new PathMatchingResourcePatternResolver()
              .getResources("classpath:contracts/" + kind + "/*.json");
      for (Resource resource : resources) {
        try (InputStream in = resource.getInputStream()) {
          ObjectNode node = (ObjectNode) JSON.readTree(in);
          fixtures.put(node.get("type").asText(), node);
        }
      }
      if (fixtures.isEmpty()) {
        throw new IllegalStateException("no contract fixtures under contracts/" + kind);
      }
      return fixtures;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One event being written: a fixture with some values changed. */
  static final class Draft {

    private final ObjectNode node;

    Draft(ObjectNode node) {
      this.node = node;
    }

    Draft caseId(String caseId) {
      envelope().put("caseId", caseId);
      envelope().put("eventId", UUID.randomUUID().toString());
      return this;
    }

    Draft version(long version) {
      envelope().put("caseVersion", version);
      return this;
    }

    Draft agency(String agencyCode) {
      envelope().put("agencyCode", agencyCode);
      return this;
    }

    Draft occurredAt(OffsetDateTime at) {
      envelope().put("occurredAt", at.toString());
      return this;
    }

    Draft fact(String name, @Nullable Object value) {
      ObjectNode facts = (ObjectNode) node.get("facts");
      if (value == null) {
        facts.putNull(name);
      } else if (value instanceof Boolean flag) {
        facts.put(name, flag);
      } else if (value instanceof Number number) {
        facts.put(name, number.longValue());
      } else {
        facts.put(name, value.toString());
      }
      return this;
    }

    /** Leaves the fact out, as events written before it was part of the snapshot did. */
    Draft without(String name) {
      ((ObjectNode) node.get("facts")).remove(name);
      return this;
    }

    /** Replaces the appeals with the given ones: {kind, filedOn, result, decidedOn}. */
    Draft appeals(List<Map<String, @Nullable String>> appeals) {
      ArrayNode array = ((ObjectNode) node.get("facts")).putArray("appeals");
      int n = 0;
      for (Map<String, @Nullable String> appeal : appeals) {
        ObjectNode item = array.addObject();
        item.put("appealId", "appeal-" + (++n));
        appeal.forEach(item::put);
      }
      return this;
    }

    String json() {
      try {
        return JSON.writeValueAsString(node);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    JsonNode node() {
      return node;
    }

    private ObjectNode envelope() {
      return (ObjectNode) node.get("envelope");
    }
  }
}
