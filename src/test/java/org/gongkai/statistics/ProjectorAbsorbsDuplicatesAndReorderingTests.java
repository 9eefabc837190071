package org.gongkai.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.gongkai.platform.GongkaiTopics;
import org.gongkai.statistics.StatisticsProjector.EventRecord;
import org.gongkai.statistics.StatisticsReadModel.PartitionKey;
import org.junit.jupiter.api.Test;

class ProjectorAbsorbsDuplicatesAndReorderingTests {

  private static final String DISCLOSURES = GongkaiTopics.DISCLOSURE_REQUESTS;
  private static final String COMPLAINTS = GongkaiTopics.COMPLAINTS;

  @Test
  void readsEveryContractFixtureOfBothProducers() {
    InMemoryStatisticsReadModel readModel = new InMemoryStatisticsReadModel();
    StatisticsProjector projector = projector(readModel);
    List<EventRecord> batch = new ArrayList<>();
    CaseEvents.disclosureFixtures()
        .forEach((type, node) -> batch.add(record(DISCLOSURES, asOwnCase(type, node))));
    CaseEvents.complaintFixtures()
        .forEach((type, node) -> batch.add(record(COMPLAINTS, asOwnCase(type, node))));

    StatisticsProjector.BatchResult result = projector.project(batch);

    assertThat(result.unreadable()).isEmpty();
    assertThat(readModel.disclosures).hasSize(CaseEvents.disclosureFixtures().size());
    assertThat(readModel.complaints).hasSize(CaseEvents.complaintFixtures().size());
    DisclosureCase appealed = readModel.disclosures.get("AppealDecided");
    assertThat(appealed.outcome()).isEqualTo("PARTIALLY_DISCLOSED");
    assertThat(appealed.finishedOn()).isEqualTo(LocalDate.of(2025, 4, 8));
    assertThat(appealed.appeals())
        .singleElement()
        .satisfies(
            appeal -> {
              assertThat(appeal.kind()).isEqualTo("ADMINISTRATIVE_REVIEW");
              assertThat(appeal.result()).isEqualTo("UPHELD");
              assertThat(appeal.decidedOn()).isEqualTo(LocalDate.of(2025, 7, 1));
            });
    ComplaintCase closed = readModel.complaints.get("ComplaintClosed");
    assertThat(closed.closedOn()).isEqualTo(LocalDate.of(2025, 5, 13));
    assertThat(closed.receivedOn()).isEqualTo(LocalDate.of(2025, 5, 6));
    assertThat(closed.rating()).isEqualTo("SATISFIED");
    assertThat(closed.onTime()).isTrue();
    assertThat(closed.followedUp()).isTrue();
    assertThat(closed.unitCode()).isEqualTo("demo-housing");
    assertThat(closed.dueOn()).isEqualTo(LocalDate.of(2025, 5, 23));
    assertThat(closed.overdue()).isFalse();
    ComplaintCase overdue = readModel.complaints.get("ComplaintOverdue");
    assertThat(overdue.status()).isEqualTo("IN_HANDLING");
    assertThat(overdue.unitCode()).isEqualTo("demo-chengguan");
    assertThat(overdue.dueOn()).isEqualTo(LocalDate.of(2025, 5, 7));
    assertThat(overdue.overdue()).isTrue();
  }

  @Test
  void readsOlderComplaintEventsWithoutUnitDueDateOrOverdueFlag() {
    InMemoryStatisticsReadModel readModel = new InMemoryStatisticsReadModel();
    String event =
        CaseEvents.complaint("ComplaintAccepted")
            .caseId("before-units")
            .without("unitCode")
            .without("dueOn")
            .without("overdue")
            .json();

    StatisticsProjector.BatchResult result =
        projector(readModel).project(List.of(record(COMPLAINTS, 0, event)));

    assertThat(result.unreadable()).isEmpty();
    ComplaintCase stored = readModel.complaints.get("before-units");
    assertThat(stored.status()).isEqualTo("IN_HANDLING");
    assertThat(stored.unitCode()).isNull();
    assertThat(stored.dueOn()).isNull();
    assertThat(stored.overdue()).isFalse();
  }

  @Test
  void keepsTheFactsOfTheHighestVersionOfEachCase() {
    InMemoryStatisticsReadModel readModel = new InMemoryStatisticsReadModel();
    List<String> events =
        CaseEvents.disclosureRequest(
            "case-1",
            "county",
            "NATURAL_PERSON",
            LocalDate.of(2020, 3, 2),
            "DISCLOSED",
            LocalDate.of(2020, 3, 20));

    projector(readModel).project(List.of(record(DISCLOSURES, 0, events.get(2))));
    projector(readModel).project(List.of(record(DISCLOSURES, 1, events.get(0))));

    DisclosureCase stored = readModel.disclosures.get("case-1");
    assertThat(stored.caseVersion()).isEqualTo(3);
    assertThat(stored.outcome()).isEqualTo("DISCLOSED");
    assertThat(stored.finishedOn()).isEqualTo(LocalDate.of(2020, 3, 20));
  }

  @Test
  void inOrderReversedDuplicatedAndShuffledStreamsGiveTheSameReadModel() {
    List<EventRecord> stream = aStreamOfManyCases();

    InMemoryStatisticsReadModel inOrder = projectInBatches(stream, new Random(1));
    List<EventRecord> reversed = new ArrayList<>(stream);
    Collections.reverse(reversed);
    List<EventRecord> duplicated = new ArrayList<>(stream);
    duplicated.addAll(stream);
    duplicated.addAll(stream.subList(0, stream.size() / 2));

    assertThat(projectInBatches(reversed, new Random(2)))
        .usingRecursiveComparison()
        .isEqualTo(inOrder);
    assertThat(projectInBatches(duplicated, new Random(3)))
        .usingRecursiveComparison()
        .ignoringFields("positions")
        .isEqualTo(inOrder);
    for (long seed = 10; seed < 20; seed++) {
      List<EventRecord> shuffled = new ArrayList<>(duplicated);
      Collections.shuffle(shuffled, new Random(seed));
      assertThat(projectInBatches(shuffled, new Random(seed)))
          .usingRecursiveComparison()
          .ignoringFields("positions")
          .isEqualTo(inOrder);
    }
    assertThat(inOrder.disclosures).hasSize(30);
    assertThat(inOrder.complaints).hasSize(20);
    assertThat(inOrder.disclosures.values())
        .allSatisfy(c -> assertThat(c.caseVersion()).isEqualTo(c.outcome() == null ? 2 : 3));
  }

  @Test
  void complaintDatesAreBusinessDatesInShanghai() {
    InMemoryStatisticsReadModel readModel = new InMemoryStatisticsReadModel();
    String event =
        CaseEvents.complaint("ComplaintClosed")
            .caseId("late-night")
            .fact("receivedAt", "2020-12-31T15:59:00Z")
            .fact("closedAt", "2020-12-31T16:30:00Z")
            .json();

    projector(readModel).project(List.of(record(COMPLAINTS, 0, event)));

    ComplaintCase stored = readModel.complaints.get("late-night");
    assertThat(stored.receivedOn()).isEqualTo(LocalDate.of(2020, 12, 31));
    assertThat(stored.closedOn()).isEqualTo(LocalDate.of(2021, 1, 1));
  }

  @Test
  void skipsUnreadableRecordsWithTheirReasonsButMovesPastThem() {
    InMemoryStatisticsReadModel readModel = new InMemoryStatisticsReadModel();
    List<String> events =
        CaseEvents.disclosureRequest(
            "case-2", "county", "NATURAL_PERSON", LocalDate.of(2020, 3, 2), null, null);

    StatisticsProjector.BatchResult result =
        projector(readModel)
            .project(
                List.of(
                    record(DISCLOSURES, 7, "{not json"),
                    record(DISCLOSURES, 8, "{\"type\":\"Nothing\"}"),
                    record(DISCLOSURES, 9, events.get(0)),
                    record(DISCLOSURES, 10, events.get(0).replace("\"county\"", "\"\""))));

    assertThat(result.unreadable())
        .extracting(unreadable -> unreadable.record().offset())
        .containsExactly(7L, 8L, 10L);
    assertThat(result.unreadable().get(2).reason()).contains("机关代码为空");
    assertThat(readModel.disclosures).containsKey("case-2");
    assertThat(readModel.positions()).containsEntry(new PartitionKey(DISCLOSURES, 0), 11L);
  }

  private static List<EventRecord> aStreamOfManyCases() {
    List<String> disclosures = new ArrayList<>();
    String[] types = {"NATURAL_PERSON", "COMMERCIAL_ENTERPRISE", "LEGAL_SERVICE_AGENCY"};
    String[] outcomes = {"DISCLOSED", "REFUSED_STATE_SECRET", "OTHER_FEE_UNPAID", null};
    for (int i = 0; i < 30; i++) {
      LocalDate received = LocalDate.of(2020, 1 + i % 12, 1 + i % 28);
      String outcome = outcomes[i % outcomes.length];
      disclosures.addAll(
          CaseEvents.disclosureRequest(
              "d-" + i,
              i % 2 == 0 ? "county" : "township",
              types[i % types.length],
              received,
              outcome,
              outcome == null ? null : received.plusDays(15 + i)));
    }
    List<EventRecord> stream = new ArrayList<>();
    long offset = 0;
    for (String event : disclosures) {
      stream.add(record(DISCLOSURES, offset++, event));
    }
    String[] lifecycle = {
      "ComplaintReceived",
      "ComplaintDispatched",
      "ComplaintReplied",
      "ComplaintFollowedUp",
      "ComplaintClosed"
    };
    for (int i = 0; i < 20; i++) {
      for (int v = 0; v < lifecycle.length - i % 3; v++) {
        String event =
            CaseEvents.complaint(lifecycle[v])
                .caseId("c-" + i)
                .version(v + 1)
                .fact("channel", i % 2 == 0 ? "PHONE" : "ONLINE")
                .json();
        stream.add(record(COMPLAINTS, offset++, event));
      }
    }
    return stream;
  }

  private static InMemoryStatisticsReadModel projectInBatches(
      List<EventRecord> stream, Random random) {
    InMemoryStatisticsReadModel readModel = new InMemoryStatisticsReadModel();
    StatisticsProjector projector = projector(readModel);
    int from = 0;
    while (from < stream.size()) {
      int to = Math.min(stream.size(), from + 1 + random.nextInt(17));
      projector.project(stream.subList(from, to));
      from = to;
    }
    return readModel;
  }

  private static String asOwnCase(String type, ObjectNode node) {
    ((ObjectNode) node.get("envelope")).put("caseId", type);
    return node.toString();
  }

  private static EventRecord record(String topic, String value) {
    return record(topic, 0, value);
  }

  private static EventRecord record(String topic, long offset, String value) {
    return new EventRecord(topic, 0, offset, value);
  }

  private static StatisticsProjector projector(StatisticsReadModel readModel) {
    return new StatisticsProjector(new CaseEventPayloads(CaseEvents.JSON), readModel);
  }
}
