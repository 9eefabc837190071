package org.gongkai.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.gongkai.organization.AgencyKind;
import org.gongkai.organization.NewAgency;
import org.gongkai.organization.Organization;
import org.gongkai.platform.GongkaiTopics;
import org.gongkai.statistics.StatisticsProjector.EventRecord;
import org.gongkai.support.IntegrationTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The complaint figures of section one, counted from complaint events on MySQL/MariaDB. */
@IntegrationTest
class ComplaintFiguresIntegrationTests {

  @Autowired StatisticsProjections projections;
  @Autowired StatisticsQueries queries;
  @Autowired TransactionTemplate transactions;
  @Autowired Organization organization;

  @Test
  void theSeedsTenThousandEightHundredAndFourComplaintsGiveTheSeedsSentence() {
    String agency = newAgencyCode();
    OffsetDateTime received = OffsetDateTime.parse("2020-03-02T09:30:00+08:00");
    OffsetDateTime closed = received.plusDays(5);
    List<String> events = new ArrayList<>();
    for (int i = 0; i < 10_804; i++) {
      String channel = i < 8_855 ? "PHONE" : "ONLINE";
      boolean isClosed = i >= 170;
      String rating =
          i < 170
              ? null
              : i < 10_570 ? "SATISFIED" : i < 10_684 ? "BASICALLY_SATISFIED" : "DISSATISFIED";
      events.add(
          lastEvent(agency + "-" + i, agency, channel, received, isClosed ? closed : null, rating));
    }
    project(events);

    ComplaintFigures figures = queries.complaintFigures(2020, agency, false);

    assertThat(figures.received()).isEqualTo(10_804);
    assertThat(figures.byChannel()).containsEntry("PHONE", 8_855L).containsEntry("ONLINE", 1_949L);
    assertThat(figures.closed()).isEqualTo(10_634);
    assertThat(figures.followedUp()).isEqualTo(10_634);
    assertThat(figures.satisfied()).isEqualTo(10_514);
    assertThat(figures.closureRate()).isEqualByComparingTo("98.43");
    assertThat(figures.followUpRate()).isEqualByComparingTo("100");
    assertThat(figures.satisfactionRate()).isEqualByComparingTo("98.87");
    assertThat(figures.sentence())
        .isEqualTo("共受理群众诉求10804件，其中电话诉求8855件，网民诉求1949件，回访率100%，办结率98.43%，群众满意率98.87%");
    assertThat(figures.definitions())
        .containsKeys("closureRate", "followUpRate", "satisfactionRate", "onTimeRate");
  }

  @Test
  void countsByTheBusinessDateInShanghaiAndLeavesMergedRepeatTicketsToTheirMainCase() {
    String agency = newAgencyCode();
    project(
        List.of(
            lastEvent(
                agency + "-eve",
                agency,
                "PHONE",
                OffsetDateTime.parse("2020-12-31T15:50:00Z"),
                OffsetDateTime.parse("2021-01-04T10:00:00+08:00"),
                "SATISFIED"),
            lastEvent(
                agency + "-new-year",
                agency,
                "ONLINE",
                OffsetDateTime.parse("2020-12-31T16:30:00Z"),
                null,
                null),
            CaseEvents.complaint("ComplaintClosed")
                .caseId(agency + "-repeat")
                .agency(agency)
                .fact("channel", "PHONE")
                .fact("receivedAt", "2020-11-02T10:00:00+08:00")
                .fact("closedAt", "2020-11-03T10:00:00+08:00")
                .fact("closure", "MERGED")
                .fact("merged", true)
                .json()));

    ComplaintFigures year2020 = queries.complaintFigures(2020, agency, false);
    ComplaintFigures year2021 = queries.complaintFigures(2021, agency, false);

    assertThat(year2020.received()).isEqualTo(1);
    assertThat(year2020.byChannel()).containsEntry("PHONE", 1L);
    assertThat(year2020.closed()).isZero();
    assertThat(year2020.followUpRate()).isNull();
    assertThat(year2020.sentence()).isEqualTo("共受理群众诉求1件，其中电话诉求1件，网民诉求0件，回访率—，办结率0%，群众满意率—");
    assertThat(year2021.received()).isEqualTo(1);
    assertThat(year2021.byChannel()).containsEntry("ONLINE", 1L);
  }

  @Test
  void whetherBasicallySatisfiedCountsIsTheAgencysSetting() {
    String strict = newAgencyCode();
    String lenient = newAgencyCode();
    organization.registerAgency(new NewAgency(strict, "严格计满意县", AgencyKind.GOVERNMENT, null));
    organization.registerAgency(new NewAgency(lenient, "宽松计满意县", AgencyKind.GOVERNMENT, null));
    organization.countBasicallySatisfied(strict, false);
    organization.countBasicallySatisfied(lenient, true);
    OffsetDateTime received = OffsetDateTime.parse("2020-05-06T09:00:00+08:00");
    List<String> events = new ArrayList<>();
    String[] ratings = {"SATISFIED", "SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED"};
    for (String agency : List.of(strict, lenient)) {
      for (int i = 0; i < ratings.length; i++) {
        events.add(
            lastEvent(
                agency + "-" + i, agency, "PHONE", received, received.plusDays(2), ratings[i]));
      }
    }
    project(events);

    ComplaintFigures strictFigures = queries.complaintFigures(2020, strict, false);
    ComplaintFigures lenientFigures = queries.complaintFigures(2020, lenient, false);

    assertThat(strictFigures.basicallySatisfiedCounts()).isFalse();
    assertThat(strictFigures.satisfied()).isEqualTo(2);
    assertThat(strictFigures.satisfactionRate()).isEqualByComparingTo("50");
    assertThat(strictFigures.definitions().get("satisfactionRate")).contains("不计入满意");
    assertThat(lenientFigures.basicallySatisfiedCounts()).isTrue();
    assertThat(lenientFigures.satisfied()).isEqualTo(3);
    assertThat(lenientFigures.satisfactionRate()).isEqualByComparingTo("75");
  }

  private void project(List<String> events) {
    for (int from = 0; from < events.size(); from += 1_000) {
      List<EventRecord> batch = new ArrayList<>();
      for (String event : events.subList(from, Math.min(events.size(), from + 1_000))) {
        batch.add(new EventRecord(GongkaiTopics.COMPLAINTS, -1, 0, event));
      }
      transactions.executeWithoutResult(status -> projections.forActiveGeneration().project(batch));
    }
  }

  /** The last event of a complaint: closed with the rating, or still registered. */
  private static String lastEvent(
      String caseId,
      String agency,
      String channel,
      OffsetDateTime receivedAt,
      @Nullable OffsetDateTime closedAt,
      @Nullable String rating) {
    List<String> events =
        ComplaintStreams.complaint(caseId, agency, channel, receivedAt, closedAt, rating);
    return events.get(events.size() - 1);
  }

  private static String newAgencyCode() {
    return "t" + UUID.randomUUID().toString().substring(0, 8);
  }
}
