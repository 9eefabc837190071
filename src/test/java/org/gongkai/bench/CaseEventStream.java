package org.gongkai.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.gongkai.platform.GongkaiTopics;

/**
 * Realistic case events for the case topics: each one is a producer's contract fixture ({@code
 * contracts/disclosure/*.json}, {@code contracts/complaint/*.json}, the files the statistics
 * contract tests read) with a new envelope and dates. Cases come in pairs: a disclosure request of
 * three events (received, decision proposed, replied) and a complaint of five (received,
 * dispatched, accepted, replied, followed up), keyed by case id as the outbox sends them.
 */
final class CaseEventStream {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> DISCLOSURE =
      List.of("DisclosureRequestReceived", "DecisionProposed", "DisclosureRequestReplied");
  private static final List<String> COMPLAINT =
      List.of(
          "ComplaintReceived",
          "ComplaintDispatched",
          "ComplaintAccepted",
          "ComplaintReplied",
          "ComplaintFollowedUp");
  private static final List<String> APPLICANTS =
      List.of("NATURAL_PERSON", "COMMERCIAL_ENTERPRISE", "OTHER_ORGANIZATION");
  private static final List<String> OUTCOMES =
      List.of("DISCLOSED", "PARTIALLY_DISCLOSED", "UNAVAILABLE_NOT_HELD", "REFUSED_STATE_SECRET");

  private final Map<String, ObjectNode> fixtures;
  private final String agency;
  private final int year;

  CaseEventStream(String agency, int year) {
    this.agency = agency;
    this.year = year;
    this.fixtures =
        java.util.stream.Stream.concat(
                DISCLOSURE.stream().map(type -> "disclosure/" + type),
                COMPLAINT.stream().map(type -> "complaint/" + type))
            .collect(
                Collectors.toMap(
                    name -> name.substring(name.indexOf('/') + 1), CaseEventStream::fixture));
  }

  /** Sends at least {@code events} events (whole cases) and waits until the broker has them all. */
  long publish(String bootstrapServers, long events) {
    Properties settings = new Properties();
    settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    settings.put(ProducerConfig.ACKS_CONFIG, "all");
    settings.put(ProducerConfig.LINGER_MS_CONFIG, 20);
    settings.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
    long sent = 0;
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer())) {
      for (int pair = 0; sent < events; pair++) {
        LocalDate receivedOn = LocalDate.of(year, 1, 1).plusDays(pair % 300);
        String disclosure = UUID.randomUUID().toString();
        for (int v = 0; v < DISCLOSURE.size(); v++) {
          producer.send(
              new ProducerRecord<>(
                  GongkaiTopics.DISCLOSURE_REQUESTS,
                  disclosure,
                  disclosureEvent(disclosure, pair, v, receivedOn)));
        }
        String complaint = UUID.randomUUID().toString();
        for (int v = 0; v < COMPLAINT.size(); v++) {
          producer.send(
              new ProducerRecord<>(
                  GongkaiTopics.COMPLAINTS, complaint, complaintEvent(complaint, v, receivedOn)));
        }
        sent += DISCLOSURE.size() + COMPLAINT.size();
      }
      producer.flush();
    }
    return sent;
  }

  private String disclosureEvent(String caseId, int serial, int step, LocalDate receivedOn) {
    ObjectNode event = fixtures.get(DISCLOSURE.get(step)).deepCopy();
    OffsetDateTime at = receivedOn.atTime(9, 0).atOffset(ZoneOffset.ofHours(8)).plusDays(step * 3L);
    envelope(event, caseId, step + 1, at);
    ObjectNode facts = (ObjectNode) event.get("facts");
    facts.put("trackingNumber", "〔" + year + "〕第" + serial + "号");
    facts.put("applicantType", APPLICANTS.get(serial % APPLICANTS.size()));
    facts.put("receivedOn", receivedOn.toString());
    facts.put("dueDate", receivedOn.plusDays(28).toString());
    if (step == DISCLOSURE.size() - 1) {
      facts.put("outcome", OUTCOMES.get(serial % OUTCOMES.size()));
      facts.put("finishedOn", at.toLocalDate().toString());
    }
    return event.toString();
  }

  private String complaintEvent(String caseId, int step, LocalDate receivedOn) {
    ObjectNode event = fixtures.get(COMPLAINT.get(step)).deepCopy();
    OffsetDateTime received = receivedOn.atTime(10, 12).atOffset(ZoneOffset.ofHours(8));
    envelope(event, caseId, step + 1, received.plusHours(step * 4L));
    ObjectNode facts = (ObjectNode) event.get("facts");
    facts.put("receivedAt", received.toString());
    facts.put("dueOn", receivedOn.plusDays(14).toString());
    return event.toString();
  }

  private void envelope(ObjectNode event, String caseId, long version, OffsetDateTime at) {
    ObjectNode envelope = (ObjectNode) event.get("envelope");
    envelope.put("eventId", UUID.randomUUID().toString());
    envelope.put("caseId", caseId);
    envelope.put("caseVersion", version);
    envelope.put("occurredAt", at.toString());
    envelope.put("recordedAt", at.plusSeconds(1).toString());
    envelope.put("agencyCode", agency);
  }

  private static ObjectNode fixture(String name) {
    try (InputStream in =
        CaseEventStream.class.getResourceAsStream("/contracts/" + name + ".json")) {
      if (in == null) {
        throw new IllegalStateException("no contract fixture " + name);
      }
      return (ObjectNode) JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
