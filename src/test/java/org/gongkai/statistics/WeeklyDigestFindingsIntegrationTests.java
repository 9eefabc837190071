package org.gongkai.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.platform.ClockConfiguration.BUSINESS_ZONE;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.organization.Organization;
import org.gongkai.platform.GongkaiTopics;
import org.gongkai.statistics.StatisticsProjector.EventRecord;
import org.gongkai.supervision.WeeklyDigest;
import org.gongkai.supervision.WeeklyDigest.AttentionItem;
import org.gongkai.supervision.WeeklyDigest.AttentionKind;
import org.gongkai.supervision.WeeklyDigest.Topic;
import org.gongkai.supervision.WeeklyDigest.TopicKind;
import org.gongkai.supervision.WeeklyDigests;
import org.gongkai.support.IntegrationTest;
import org.gongkai.support.RealInfrastructure;
import org.gongkai.support.StaffClient;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the weekly digest reads from the statistics read model besides the week's counts, each
 * projected through the projector (and the restatement watch, as the listener runs them) and
 * checked against a hand count: restatements of a locked year recorded this week, disclosure
 * requests overdue or due within 3 working days, and the week's topics and repeated callers.
 */
@IntegrationTest
class WeeklyDigestFindingsIntegrationTests {

  @Autowired StatisticsProjections projections;
  @Autowired YearLocks yearLocks;
  @Autowired TransactionTemplate transactions;
  @Autowired WeeklyDigests digests;
  @Autowired Organization organization;
  @Autowired JdbcTemplate jdbc;
  @Autowired Clock clock;
  @LocalServerPort int port;

  @Test
  void aRestatementOfALockedYearRecordedThisWeekStandsInSectionOne() {
    String agency = TestAgencies.countyWithReportAuthor(organization, "rst", "更正测试县人民政府");
    List<String> published = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      published.addAll(
          CaseEvents.disclosureRequest(
              agency + "-d" + i,
              agency,
              "NATURAL_PERSON",
              LocalDate.of(2021, 4 + i, 6),
              "DISCLOSED",
              LocalDate.of(2021, 4 + i, 16)));
    }
    project(GongkaiTopics.DISCLOSURE_REQUESTS, published);
    yearLocks.lock(2021, agency, false, TestAgencies.reportAuthorOf(agency), null);
    LocalDate monday = thisMonday();
    assertThat(digests.publish(monday, agency, false).attention())
        .noneMatch(item -> item.kind() == AttentionKind.RESTATEMENT);

    // a request received and answered in 2021, entered on paper after the lock
    project(
        GongkaiTopics.DISCLOSURE_REQUESTS,
        CaseEvents.disclosureRequest(
            agency + "-paper",
            agency,
            "NATURAL_PERSON",
            LocalDate.of(2021, 11, 8),
            "UNAVAILABLE_NOT_HELD",
            LocalDate.of(2021, 11, 18)));

    List<AttentionItem> restatements =
        digests.publish(monday, agency, false).attention().stream()
            .filter(item -> item.kind() == AttentionKind.RESTATEMENT)
            .toList();
    assertThat(restatements).hasSize(1);
    AttentionItem restatement = restatements.get(0);
    assertThat(restatement.caseKind()).isEqualTo("DISCLOSURE");
    // new_received, unavailable_not_held and result_total, each for 自然人 and 总计: 6 figures
    assertThat(restatement.detail())
        .startsWith("2021年度报告（更正测试县人民政府，已锁定）于 ")
        .contains("更正6项数字：")
        .contains("由3变为4")
        .contains("等，涉及案件1件（〔2021〕第" + agency + "-paper号）");
    assertThat(digests.publish(monday.minusWeeks(1), agency, false).attention())
        .as("recorded this week, not the week before")
        .noneMatch(item -> item.kind() == AttentionKind.RESTATEMENT);
  }

  @Test
  void disclosureRequestsOverdueOrDueWithinThreeWorkingDaysStandInSectionOne() {
    String agency = TestAgencies.countyWithReportAuthor(organization, "due", "期限测试县人民政府");
    LocalDate today = LocalDate.now(clock.withZone(BUSINESS_ZONE));
    project(
        GongkaiTopics.DISCLOSURE_REQUESTS,
        List.of(
            open(agency, "marked", today.minusDays(10), false, true),
            open(agency, "passed", today.minusDays(1), false, false),
            open(agency, "today", today, false, false),
            open(agency, "later", today.plusDays(60), false, false),
            open(agency, "paused", today.minusDays(5), true, false),
            CaseEvents.disclosure("DisclosureRequestReplied")
                .caseId(agency + "-replied")
                .version(9)
                .agency(agency)
                .fact("trackingNumber", "〔2025〕第" + agency + "-replied号")
                .fact("dueDate", today.minusDays(3).toString())
                .json(),
            CaseEvents.disclosure("DisclosureRequestReceived")
                .caseId(agency + "-old")
                .version(1)
                .agency(agency)
                .fact("trackingNumber", "〔2025〕第" + agency + "-old号")
                .without("dueDate")
                .without("paused")
                .without("overdue")
                .json()));

    List<AttentionItem> disclosures =
        digests.publish(thisMonday(), agency, false).attention().stream()
            .filter(item -> "DISCLOSURE".equals(item.caseKind()))
            .toList();

    assertThat(disclosures)
        .extracting(AttentionItem::caseId, AttentionItem::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(agency + "-marked", AttentionKind.OVERDUE),
            org.assertj.core.groups.Tuple.tuple(agency + "-passed", AttentionKind.OVERDUE),
            org.assertj.core.groups.Tuple.tuple(agency + "-today", AttentionKind.DUE_SOON));
    assertThat(disclosures.get(0).trackingNumber()).isEqualTo("〔2025〕第" + agency + "-marked号");
    assertThat(disclosures.get(0).detail())
        .isEqualTo("政府信息公开申请〔2025〕第" + agency + "-marked号已超过答复期限（" + today.minusDays(10) + "）");
    assertThat(disclosures.get(2).detail())
        .isEqualTo("政府信息公开申请〔2025〕第" + agency + "-today号答复期限即将届满（" + today + "）");
  }

  @Test
  void theWeeksTopicsAndRepeatedCallersAreTheHandCount() {
    String agency = TestAgencies.countyWithReportAuthor(organization, "top", "热点测试县人民政府");
    List<String> events = new ArrayList<>();
    // 2025-W20: k1–k4 投诉 in chengguan, k1–k3 from one caller, who also called about k7 and k8
    events.add(
        complaint(agency, "k1", "2025-05-12T09:00", "COMPLAINT", "chengguan", "137****0000"));
    events.add(
        complaint(agency, "k2", "2025-05-13T09:00", "COMPLAINT", "chengguan", "137****0000"));
    events.add(
        complaint(agency, "k3", "2025-05-14T09:00", "COMPLAINT", "chengguan", "137****0000"));
    events.add(
        complaint(agency, "k4", "2025-05-14T10:00", "COMPLAINT", "chengguan", "13900001111"));
    // two requests for help in the agency's own area, no phone
    events.add(complaint(agency, "k5", "2025-05-15T09:00", "HELP", agency, null));
    events.add(complaint(agency, "k6", "2025-05-15T10:00", "HELP", agency, null));
    events.add(complaint(agency, "k7", "2025-05-16T09:00", "CONSULTATION", null, "137****0000"));
    // a repeat ticket merged into k1: a call of the caller, not a topic of its own
    events.add(
        CaseEvents.complaint("RepeatComplaintMerged")
            .caseId(agency + "-k8")
            .version(3)
            .agency(agency)
            .fact("receivedAt", beijing("2025-05-17T09:00").toString())
            .fact("category", "COMPLAINT")
            .fact("areaCode", "chengguan")
            .fact("maskedPhone", "137****0000")
            .fact("merged", true)
            .json());
    // the week before, and an event from before categories were in the snapshot
    events.add(
        complaint(agency, "k9", "2025-05-09T09:00", "COMPLAINT", "chengguan", "137****0000"));
    events.add(
        CaseEvents.complaint("ComplaintReceived")
            .caseId(agency + "-k10")
            .version(1)
            .agency(agency)
            .fact("receivedAt", beijing("2025-05-16T11:00").toString())
            .without("category")
            .without("areaCode")
            .without("maskedPhone")
            .json());
    project(GongkaiTopics.COMPLAINTS, events);

    WeeklyDigest digest = digests.publish(LocalDate.of(2025, 5, 12), agency, false);

    String k = agency + "-k";
    assertThat(digest.topics())
        .containsExactly(
            new Topic("投诉（区域：chengguan）", 4, TopicKind.TOPIC, List.of(k + 1, k + 2, k + 3, k + 4)),
            new Topic("求助（区域：热点测试县人民政府）", 2, TopicKind.TOPIC, List.of(k + 5, k + 6)),
            new Topic("咨询（未填区域）", 1, TopicKind.TOPIC, List.of(k + 7)),
            new Topic(
                "来电号码 137****0000",
                5,
                TopicKind.REPEATED_CALLER,
                List.of(k + 1, k + 2, k + 3, k + 7, k + 8)),
            new Topic(
                "投诉（区域：chengguan）",
                5,
                TopicKind.REPEATED_PLACE,
                List.of(k + 1, k + 2, k + 3, k + 4, k + 8)));
    assertThat(WeeklyDigestFiguresIntegrationTests.wordText(digest))
        .contains(
            "五、热点问题和重复来电",
            "（1）【热点问题】投诉（区域：chengguan）：4件",
            "（4）【重复来电】来电号码 137****0000：5件",
            "（5）【同一区域反复诉求】投诉（区域：chengguan）：5件");
    StaffClient admin = StaffClient.anonymous(port);
    assertThat(admin.logIn("admin", RealInfrastructure.PASSWORD).status()).isEqualTo(302);
    String page = admin.get("/digests/weekly/2025-W20?agencyCode=" + agency).body();
    assertThat(page)
        .contains("【重复来电】", "来电号码 137****0000：", "<summary>5件</summary>")
        .contains("href=\"/complaints/" + k + "8\"");
    assertThat(
            jdbc.queryForObject(
                "SELECT masked_phone FROM stat_complaint_case WHERE case_id = ?",
                String.class,
                k + 4))
        .as("a whole number in an event is masked before it is stored")
        .isEqualTo("139****1111");
  }

  private LocalDate thisMonday() {
    return LocalDate.now(clock.withZone(BUSINESS_ZONE))
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  private void project(String topic, List<String> events) {
    List<EventRecord> batch = new ArrayList<>();
    for (String event : events) {
      batch.add(new EventRecord(topic, -1, 0, event));
    }
    transactions.executeWithoutResult(
        status -> yearLocks.restate(projections.forActiveGeneration().project(batch).changed()));
  }

  private static String open(
      String agency, String id, LocalDate dueDate, boolean paused, boolean overdue) {
    return CaseEvents.disclosure(overdue ? "ReplyOverdue" : "DisclosureRequestReceived")
        .caseId(agency + "-" + id)
        .version(overdue ? 4 : 1)
        .agency(agency)
        .fact("trackingNumber", "〔2025〕第" + agency + "-" + id + "号")
        .fact("status", paused ? "IN_CONSULTATION" : "IN_HANDLING")
        .fact("dueDate", dueDate.toString())
        .fact("paused", paused)
        .fact("overdue", overdue)
        .json();
  }

  private static String complaint(
      String agency,
      String id,
      String receivedAt,
      String category,
      @Nullable String areaCode,
      @Nullable String maskedPhone) {
    return CaseEvents.complaint("ComplaintReceived")
        .caseId(agency + "-" + id)
        .version(1)
        .agency(agency)
        .occurredAt(beijing(receivedAt))
        .fact("receivedAt", beijing(receivedAt).toString())
        .fact("category", category)
        .fact("areaCode", areaCode)
        .fact("maskedPhone", maskedPhone)
        .json();
  }

  private static OffsetDateTime beijing(String localDateTime) {
    return java.time.LocalDateTime.parse(localDateTime).atOffset(ZoneOffset.ofHours(8));
  }
}
