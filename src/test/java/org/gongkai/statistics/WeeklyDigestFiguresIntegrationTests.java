package org.gongkai.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.gongkai.platform.GongkaiTopics;
import org.gongkai.statistics.StatisticsProjector.EventRecord;
import org.gongkai.supervision.WeeklyDigest;
import org.gongkai.supervision.WeeklyDigest.AttentionKind;
import org.gongkai.supervision.WeeklyDigests;
import org.gongkai.support.IntegrationTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A seeded week of one agency's cases, projected into the read model, gives a digest whose every
 * figure equals the hand count below: this week (2025-W20, 05-12 to 05-18), the week before, and
 * the same week a year earlier (2024-W20), the units ranked worst first, the unit under the floors
 * and the overdue complaint named in section 1, and the steps of supervised items.
 */
@IntegrationTest
class WeeklyDigestFiguresIntegrationTests {

  @Autowired StatisticsProjections projections;
  @Autowired TransactionTemplate transactions;
  @Autowired WeeklyDigests digests;

  @Test
  void everyFigureOfTheSeededWeekIsTheHandCount() {
    String agency = "w" + UUID.randomUUID().toString().substring(0, 8);
    String unitA = agency + "-a";
    String unitB = agency + "-b";
    List<String> events = new ArrayList<>();
    // this week: c1 on time and satisfied, c2 late and dissatisfied (unit A); c3 open, overdue
    events.add(
        closed(
            agency,
            "c1",
            "PHONE",
            unitA,
            "2025-05-12T09:00",
            "2025-05-14T10:00",
            "SATISFIED",
            true));
    events.add(
        closed(
            agency,
            "c2",
            "PHONE",
            unitA,
            "2025-05-13T09:00",
            "2025-05-16T10:00",
            "DISSATISFIED",
            false));
    events.add(open(agency, "c3", "ONLINE", unitB, "2025-05-15T09:00", "2025-05-30"));
    // received the week before: c4 closed this week on time (unit B), c5 closed that week
    events.add(
        closed(
            agency,
            "c4",
            "PHONE",
            unitB,
            "2025-05-07T09:00",
            "2025-05-13T10:00",
            "SATISFIED",
            true));
    events.add(
        closed(
            agency,
            "c5",
            "PHONE",
            unitA,
            "2025-05-08T09:00",
            "2025-05-09T10:00",
            "SATISFIED",
            true));
    // the same week a year earlier
    events.add(
        closed(
            agency,
            "c6",
            "PHONE",
            unitA,
            "2024-05-14T09:00",
            "2024-05-15T10:00",
            "SATISFIED",
            true));
    project(GongkaiTopics.COMPLAINTS, events);
    project(
        GongkaiTopics.DISCLOSURE_REQUESTS,
        List.of(
            disclosure(agency, "d1", "2025-05-12", "2025-05-16"),
            disclosure(agency, "d2", "2025-05-06", null)));
    // supervised items: i1 opened, answered on time, sent back, answered late and closed this
    // week; i2 opened the week before, answered on time this week and chased (not counted); i3 in
    // the same week a year earlier; i1's first answer delivered twice
    project(
        GongkaiTopics.SUPERVISION,
        List.of(
            step(agency, "i1", "InstructionRegistered", 1, "2025-05-12T09:00", null),
            step(agency, "i1", "InstructionAnswered", 2, "2025-05-13T16:00", true),
            step(agency, "i1", "InstructionSentBack", 3, "2025-05-14T09:00", true),
            step(agency, "i1", "InstructionAnswered", 4, "2025-05-16T11:00", false),
            step(agency, "i1", "InstructionClosed", 5, "2025-05-16T15:00", false),
            step(agency, "i2", "InstructionRegistered", 1, "2025-05-07T09:00", null),
            step(agency, "i2", "InstructionAnswered", 2, "2025-05-12T10:00", true),
            step(agency, "i2", "InstructionChased", 3, "2025-05-15T08:00", true),
            step(agency, "i3", "InstructionRegistered", 1, "2024-05-14T09:00", null),
            step(agency, "i3", "InstructionAnswered", 2, "2024-05-15T09:00", true),
            step(agency, "i3", "InstructionClosed", 3, "2024-05-16T09:00", true)));
    project(
        GongkaiTopics.SUPERVISION,
        List.of(step(agency, "i1", "InstructionAnswered", 2, "2025-05-13T16:00", true)));

    WeeklyDigest digest = digests.publish(LocalDate.of(2025, 5, 12), agency, false);

    assertThat(digest.week()).isEqualTo("2025-W20");
    assertThat(digest.issueNumber()).isEqualTo(20);
    WeeklyDigest.Figures figures = digest.figures();
    assertThat(figures.disclosure().received()).isEqualTo(new WeeklyDigest.Count(1, 1, 0));
    assertThat(figures.disclosure().finished()).isEqualTo(new WeeklyDigest.Count(1, 0, 0));
    assertThat(figures.complaints().received()).isEqualTo(new WeeklyDigest.Count(3, 2, 1));
    assertThat(figures.complaints().byChannel())
        .containsEntry("PHONE", 2L)
        .containsEntry("ONLINE", 1L);
    assertThat(figures.complaints().closed()).isEqualTo(new WeeklyDigest.Count(3, 1, 1));
    // 2 of 3 closed on time (c1, c4), all 3 followed up, 2 of 3 rated satisfied
    assertThat(figures.complaints().onTimeRate().thisWeek()).isEqualByComparingTo("66.67");
    assertThat(figures.complaints().onTimeRate().previousWeek()).isEqualByComparingTo("100");
    assertThat(figures.complaints().onTimeRate().sameWeekLastYear()).isEqualByComparingTo("100");
    assertThat(figures.complaints().followUpRate().thisWeek()).isEqualByComparingTo("100");
    assertThat(figures.complaints().satisfactionRate().thisWeek()).isEqualByComparingTo("66.67");
    assertThat(figures.supervision())
        .isEqualTo(
            new WeeklyDigest.SupervisionFigures(
                new WeeklyDigest.Count(1, 1, 1),
                new WeeklyDigest.Count(3, 0, 1),
                new WeeklyDigest.Count(2, 0, 1),
                new WeeklyDigest.Count(1, 0, 0),
                new WeeklyDigest.Count(1, 0, 1)));
    assertThat(wordText(digest))
        .contains(
            "批示件、督办件：新立1件（上周1件，去年同期1件）；书面报告办理情况3次（上周0次，去年同期1次），"
                + "其中按期报告2次（上周0次，去年同期1次）；领导退回重办1次（上周0次，去年同期0次）；"
                + "办结1件（上周0件，去年同期1件）。");

    assertThat(digest.units())
        .extracting(WeeklyDigest.UnitLine::unitCode)
        .as("worst first")
        .containsExactly(unitA, unitB);
    WeeklyDigest.UnitLine a = digest.units().get(0);
    assertThat(a.received()).isEqualTo(2);
    assertThat(a.closed()).isEqualTo(2);
    assertThat(a.onTimeRate()).isEqualByComparingTo("50");
    assertThat(a.satisfactionRate()).isEqualByComparingTo("50");
    assertThat(a.belowFloor()).hasSize(2);
    WeeklyDigest.UnitLine b = digest.units().get(1);
    assertThat(b.received()).isEqualTo(1);
    assertThat(b.closed()).isEqualTo(1);
    assertThat(b.onTimeRate()).isEqualByComparingTo("100");
    assertThat(b.belowFloor()).isEmpty();

    assertThat(digest.attention())
        .anySatisfy(
            item -> {
              assertThat(item.kind()).isEqualTo(AttentionKind.UNIT_BELOW_FLOOR);
              assertThat(item.unitCode()).isEqualTo(unitA);
            })
        .anySatisfy(
            item -> {
              assertThat(item.kind()).isEqualTo(AttentionKind.OVERDUE);
              assertThat(item.caseId()).isEqualTo(agency + "-c3");
              assertThat(item.unitCode()).isEqualTo(unitB);
            })
        .filteredOn(item -> item.kind() == AttentionKind.UNIT_BELOW_FLOOR)
        .extracting(WeeklyDigest.AttentionItem::unitCode)
        .containsExactly(unitA);

    // published: later events do not change it
    project(
        GongkaiTopics.COMPLAINTS,
        List.of(
            closed(
                agency,
                "c7",
                "PHONE",
                unitB,
                "2025-05-14T09:00",
                "2025-05-15T10:00",
                "SATISFIED",
                true)));
    assertThat(digests.publish(LocalDate.of(2025, 5, 12), agency, false)).isEqualTo(digest);
  }

  /** The paragraphs of the digest's Word file, one a line. */
  static String wordText(WeeklyDigest digest) {
    try (var document =
        new org.apache.poi.xwpf.usermodel.XWPFDocument(
            new java.io.ByteArrayInputStream(
                org.gongkai.supervision.DigestDocument.docx(digest)))) {
      return String.join(
          "\n",
          document.getParagraphs().stream()
              .map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText)
              .toList());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void project(String topic, List<String> events) {
    List<EventRecord> batch = new ArrayList<>();
    for (String event : events) {
      batch.add(new EventRecord(topic, -1, 0, event));
    }
    transactions.executeWithoutResult(status -> projections.forActiveGeneration().project(batch));
  }

  private static String closed(
      String agency,
      String id,
      String channel,
      String unit,
      String receivedAt,
      String closedAt,
      String rating,
      boolean onTime) {
    return CaseEvents.complaint("ComplaintClosed")
        .caseId(agency + "-" + id)
        .version(5)
        .agency(agency)
        .occurredAt(beijing(closedAt))
        .fact("channel", channel)
        .fact("unitCode", unit)
        .fact("receivedAt", beijing(receivedAt).toString())
        .fact("closedAt", beijing(closedAt).toString())
        .fact("status", "CLOSED")
        .fact("closure", "FOLLOWED_UP")
        .fact("onTime", onTime)
        .fact("followedUp", true)
        .fact("reached", true)
        .fact("rating", rating)
        .fact("merged", false)
        .json();
  }

  private static String open(
      String agency, String id, String channel, String unit, String receivedAt, String dueOn) {
    return CaseEvents.complaint("ComplaintDispatched")
        .caseId(agency + "-" + id)
        .version(2)
        .agency(agency)
        .occurredAt(beijing(receivedAt))
        .fact("channel", channel)
        .fact("unitCode", unit)
        .fact("receivedAt", beijing(receivedAt).toString())
        .fact("status", "DISPATCHED")
        .fact("dueOn", dueOn)
        .fact("overdue", false)
        .fact("closedAt", null)
        .fact("closure", null)
        .fact("onTime", null)
        .fact("followedUp", false)
        .fact("reached", false)
        .fact("rating", null)
        .fact("merged", false)
        .json();
  }

  private static String disclosure(
      String agency, String id, String receivedOn, @Nullable String finishedOn) {
    return CaseEvents.disclosure(
            finishedOn == null ? "DisclosureRequestReceived" : "DisclosureRequestReplied")
        .caseId(agency + "-" + id)
        .version(finishedOn == null ? 1 : 9)
        .agency(agency)
        .occurredAt(beijing((finishedOn == null ? receivedOn : finishedOn) + "T10:00"))
        .fact("receivedOn", receivedOn)
        .fact("status", finishedOn == null ? "IN_HANDLING" : "FINISHED")
        .fact("finishedOn", finishedOn)
        .json();
  }

  private static String step(
      String agency,
      String item,
      String type,
      long version,
      String occurredAt,
      @Nullable Boolean answeredOnTime) {
    return CaseEvents.supervision(type)
        .caseId(agency + "-" + item)
        .version(version)
        .agency(agency)
        .occurredAt(beijing(occurredAt))
        .fact("answeredOnTime", answeredOnTime)
        .json();
  }

  private static java.time.OffsetDateTime beijing(String localDateTime) {
    return java.time.LocalDateTime.parse(localDateTime).atOffset(java.time.ZoneOffset.ofHours(8));
  }
}
