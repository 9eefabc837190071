package org.gongkai.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gongkai.organization.AgencyKind;
import org.gongkai.organization.NewAgency;
import org.gongkai.organization.Organization;
import org.gongkai.platform.GongkaiTopics;
import org.gongkai.platform.ProblemException;
import org.gongkai.statistics.DisclosureReport.SectionThreeRow;
import org.gongkai.statistics.StatisticsProjector.EventRecord;
import org.gongkai.support.IntegrationTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The counting rules of section three and four on the read model in MySQL/MariaDB. Events go
 * straight into the projector (the Kafka side has its own test); each test counts for an agency of
 * its own.
 */
@IntegrationTest
class AnnualReportCountingIntegrationTests {

  private static final List<String> ROW_KEYS_2019 =
      List.of(
          "new_received",
          "carried_in",
          "disclosed",
          "partially_disclosed",
          "refused_state_secret",
          "refused_other_law",
          "refused_three_security_one_stability",
          "refused_third_party_rights",
          "refused_internal_affairs",
          "refused_process_information",
          "refused_enforcement_file",
          "refused_administrative_query",
          "unavailable_not_held",
          "unavailable_needs_creation",
          "unavailable_unclear_after_correction",
          "not_processed_petition_complaint",
          "not_processed_repeated",
          "not_processed_publication",
          "not_processed_mass_repeated",
          "not_processed_confirm_or_reissue",
          "other",
          "result_total",
          "carried_out");

  @Autowired StatisticsProjections projections;
  @Autowired StatisticsQueries queries;
  @Autowired Organization organization;
  @Autowired TransactionTemplate transactions;

  private long offset;

  @Test
  void aRequestReceivedInDecemberAndAnsweredInJanuaryIsCarriedOverIntoTheNextYear() {
    String agency = newAgencyCode();
    project(
        CaseEvents.disclosureRequest(
            "dec-" + agency,
            agency,
            "NATURAL_PERSON",
            LocalDate.of(2020, 12, 15),
            "DISCLOSED",
            LocalDate.of(2021, 1, 8)));
    project(
        CaseEvents.disclosureRequest(
            "mar-" + agency,
            agency,
            "COMMERCIAL_ENTERPRISE",
            LocalDate.of(2020, 3, 2),
            "REFUSED_STATE_SECRET",
            LocalDate.of(2020, 3, 20)));

    DisclosureReport first = queries.disclosureReport(2020, agency, false);
    DisclosureReport second = queries.disclosureReport(2021, agency, false);

    assertThat(first.format()).isEqualTo("2019");
    assertThat(values(first, "new_received")).containsExactly(1L, 1L, 0L, 0L, 0L, 0L, 2L);
    assertThat(values(first, "carried_in")).containsOnly(0L);
    assertThat(values(first, "disclosed")).containsOnly(0L);
    assertThat(values(first, "refused_state_secret")).containsExactly(0L, 1L, 0L, 0L, 0L, 0L, 1L);
    assertThat(values(first, "result_total")).containsExactly(0L, 1L, 0L, 0L, 0L, 0L, 1L);
    assertThat(values(first, "carried_out")).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 1L);

    assertThat(second.format()).isEqualTo("2021");
    assertThat(values(second, "new_received")).containsOnly(0L);
    assertThat(values(second, "carried_in")).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 1L);
    assertThat(values(second, "disclosed")).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 1L);
    assertThat(values(second, "result_total")).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 1L);
    assertThat(values(second, "carried_out")).containsOnly(0L);

    for (DisclosureReport report : List.of(first, second)) {
      assertThat(report.checks()).allSatisfy(check -> assertThat(check.ok()).isTrue());
      assertThat(report.checksPassed()).isTrue();
    }
    assertThat(second.checks())
        .filteredOn(check -> check.key().equals("carry_over"))
        .singleElement()
        .satisfies(check -> assertThat(check.detail()).contains("[1, 0, 0, 0, 0, 0, 1]"));
  }

  @Test
  void aReplyAtHalfPastMidnightOnNewYearsDayBelongsToTheNewYear() {
    String agency = newAgencyCode();
    String caseId = "midnight-" + agency;
    List<String> events =
        new ArrayList<>(
            CaseEvents.disclosureRequest(
                caseId, agency, "LEGAL_SERVICE_AGENCY", LocalDate.of(2020, 12, 1), null, null));
    events.add(
        CaseEvents.disclosure("DisclosureRequestReplied")
            .caseId(caseId)
            .version(3)
            .agency(agency)
            .occurredAt(java.time.OffsetDateTime.parse("2020-12-31T16:30:00Z"))
            .fact("trackingNumber", "〔2020〕第9号")
            .fact("applicantType", "LEGAL_SERVICE_AGENCY")
            .fact("receivedOn", "2020-12-01")
            .fact("status", "FINISHED")
            .fact("outcome", "UNAVAILABLE_NOT_HELD")
            .fact("finishedOn", "2021-01-01")
            .json());
    project(events);

    DisclosureReport year2020 = queries.disclosureReport(2020, agency, false);
    DisclosureReport year2021 = queries.disclosureReport(2021, agency, false);

    assertThat(values(year2020, "result_total")).containsOnly(0L);
    assertThat(values(year2020, "carried_out")).containsExactly(0L, 0L, 0L, 0L, 1L, 0L, 1L);
    assertThat(values(year2021, "unavailable_not_held"))
        .containsExactly(0L, 0L, 0L, 0L, 1L, 0L, 1L);
    assertThat(year2020.checksPassed()).isTrue();
    assertThat(year2021.checksPassed()).isTrue();
  }

  @Test
  void the2019FormatSumsTheOtherHandlingRowsAndThe2021FormatKeepsThemApart() {
    String agency = newAgencyCode();
    String[] others = {"OTHER_NO_CORRECTION", "OTHER_FEE_UNPAID", "OTHER"};
    for (int year : new int[] {2020, 2021}) {
      for (String outcome : others) {
        project(
            CaseEvents.disclosureRequest(
                outcome + "-" + year + "-" + agency,
                agency,
                "RESEARCH_INSTITUTION",
                LocalDate.of(year, 5, 6),
                outcome,
                LocalDate.of(year, 6, 1)));
      }
    }

    DisclosureReport format2019 = queries.disclosureReport(2020, agency, false);
    DisclosureReport format2021 = queries.disclosureReport(2021, agency, false);

    assertThat(format2019.sectionThree().rows())
        .extracting(SectionThreeRow::key)
        .isEqualTo(ROW_KEYS_2019);
    assertThat(row(format2019, "other").label()).isEqualTo("（六）其他处理");
    assertThat(values(format2019, "other")).containsExactly(0L, 0L, 3L, 0L, 0L, 0L, 3L);
    List<String> keys2021 = new ArrayList<>(ROW_KEYS_2019);
    keys2021.addAll(keys2021.indexOf("other"), List.of("other_no_correction", "other_fee_unpaid"));
    assertThat(format2021.sectionThree().rows())
        .extracting(SectionThreeRow::key)
        .isEqualTo(keys2021);
    assertThat(row(format2021, "other_no_correction").label())
        .isEqualTo("（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请");
    assertThat(row(format2021, "other_fee_unpaid").label())
        .isEqualTo("（六）2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请");
    assertThat(row(format2021, "other").label()).isEqualTo("（六）3.其他");
    for (String key : List.of("other_no_correction", "other_fee_unpaid", "other")) {
      assertThat(values(format2021, key)).containsExactly(0L, 0L, 1L, 0L, 0L, 0L, 1L);
    }
    assertThat(row(format2019, "new_received").label()).isEqualTo("一、本年新收政府信息公开申请数量");
    assertThat(row(format2019, "partially_disclosed").label())
        .isEqualTo("（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
    assertThat(row(format2019, "refused_three_security_one_stability").label())
        .isEqualTo("（三）3.危及“三安全一稳定”");
    assertThat(row(format2019, "carried_out").label()).isEqualTo("四、结转下年度继续办理");
    assertThat(format2019.sectionThree().note()).isEqualTo("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
    assertThat(format2019.checksPassed()).isTrue();
    assertThat(format2021.checksPassed()).isTrue();
  }

  @Test
  void appealsCountUnderTheirResultInTheYearDecidedAndAsPendingWhileOpenAtTheYearsEnd() {
    String agency = newAgencyCode();
    String caseId = "appealed-" + agency;
    List<String> events =
        new ArrayList<>(
            CaseEvents.disclosureRequest(
                caseId,
                agency,
                "NATURAL_PERSON",
                LocalDate.of(2021, 1, 5),
                "REFUSED_THIRD_PARTY_RIGHTS",
                LocalDate.of(2021, 1, 25)));
    events.add(
        appealEvent(
            caseId,
            agency,
            4,
            List.of(
                appeal("ADMINISTRATIVE_REVIEW", "2021-02-10", "UPHELD", "2021-05-06"),
                appeal("LITIGATION_DIRECT", "2021-11-02", null, null))));
    events.add(
        appealEvent(
            caseId,
            agency,
            5,
            List.of(
                appeal("ADMINISTRATIVE_REVIEW", "2021-02-10", "UPHELD", "2021-05-06"),
                appeal("LITIGATION_DIRECT", "2021-11-02", "CORRECTED", "2022-03-01"))));
    project(events);

    DisclosureReport year2021 = queries.disclosureReport(2021, agency, false);
    DisclosureReport year2022 = queries.disclosureReport(2022, agency, false);

    assertThat(sectionFour(year2021, "review"))
        .containsExactly(
            Map.entry("UPHELD", 1L),
            Map.entry("CORRECTED", 0L),
            Map.entry("OTHER", 0L),
            Map.entry("PENDING", 0L),
            Map.entry("TOTAL", 1L));
    assertThat(sectionFour(year2021, "litigation_direct"))
        .containsEntry("PENDING", 1L)
        .containsEntry("TOTAL", 1L);
    assertThat(sectionFour(year2021, "litigation_after_review")).containsEntry("TOTAL", 0L);
    assertThat(sectionFour(year2022, "review")).containsEntry("TOTAL", 0L);
    assertThat(sectionFour(year2022, "litigation_direct"))
        .containsEntry("CORRECTED", 1L)
        .containsEntry("PENDING", 0L)
        .containsEntry("TOTAL", 1L);
    assertThat(year2021.checksPassed()).isTrue();

    ReportCell pending = queries.cell(2021, agency, false, "litigation_direct", "PENDING");
    assertThat(pending.cases())
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.caseId()).isEqualTo(caseId);
              assertThat(line.appealKind()).isEqualTo("LITIGATION_DIRECT");
              assertThat(line.appealFiledOn()).isEqualTo(LocalDate.of(2021, 11, 2));
            });
  }

  @Test
  void anAgencyWithItsSubordinatesCountsTheirRequestsToo() {
    String county = newAgencyCode();
    String township = county + "-town";
    organization.registerAgency(new NewAgency(county, "测试县", AgencyKind.GOVERNMENT, null));
    organization.registerAgency(new NewAgency(township, "测试镇", AgencyKind.TOWNSHIP, county));
    project(
        CaseEvents.disclosureRequest(
            "own-" + county,
            county,
            "NATURAL_PERSON",
            LocalDate.of(2022, 4, 1),
            "DISCLOSED",
            LocalDate.of(2022, 4, 10)));
    project(
        CaseEvents.disclosureRequest(
            "sub-" + county,
            township,
            "OTHER_ORGANIZATION",
            LocalDate.of(2022, 4, 1),
            "DISCLOSED",
            LocalDate.of(2022, 4, 12)));

    assertThat(values(queries.disclosureReport(2022, county, false), "disclosed"))
        .containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 1L);
    assertThat(values(queries.disclosureReport(2022, county, true), "disclosed"))
        .containsExactly(1L, 0L, 0L, 0L, 0L, 1L, 2L);

    ReportCell cell = queries.cell(2022, county, true, "disclosed", "TOTAL");
    assertThat(cell.count()).isEqualTo(2);
    assertThat(cell.cases())
        .extracting(ReportCell.CaseLine::caseId)
        .containsExactlyInAnyOrder("own-" + county, "sub-" + county);
    assertThat(queries.cell(2022, county, true, "disclosed", "OTHER_ORGANIZATION").cases())
        .extracting(ReportCell.CaseLine::agencyCode)
        .containsExactly(township);
  }

  @Test
  void aReportWhoseTablesDoNotAddUpSaysSo() {
    String agency = newAgencyCode();
    project(
        CaseEvents.disclosureRequest(
            "unknown-outcome-" + agency,
            agency,
            "NATURAL_PERSON",
            LocalDate.of(2023, 2, 1),
            "SOMETHING_NEW",
            LocalDate.of(2023, 2, 20)));

    DisclosureReport report = queries.disclosureReport(2023, agency, false);

    assertThat(report.checksPassed()).isFalse();
    assertThat(report.checks())
        .filteredOn(check -> !check.ok())
        .extracting(DisclosureReport.Check::key)
        .containsExactly("result_total");
  }

  @Test
  void refusesYearsWithoutAFormatAndCellsTheTableDoesNotHave() {
    assertThatThrownBy(() -> queries.disclosureReport(2018, "demo-county", false))
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("2019");
    assertThatThrownBy(() -> queries.cell(2020, "demo-county", false, "other_fee_unpaid", "TOTAL"))
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("other_fee_unpaid");
    assertThatThrownBy(() -> queries.cell(2021, "demo-county", false, "disclosed", "ALIENS"))
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("ALIENS");
  }

  /** Applies the events as one batch, on a partition no consumer is ever assigned. */
  private void project(List<String> events) {
    List<EventRecord> batch = new ArrayList<>();
    for (String event : events) {
      batch.add(new EventRecord(GongkaiTopics.DISCLOSURE_REQUESTS, -1, offset++, event));
    }
    transactions.executeWithoutResult(status -> projections.forActiveGeneration().project(batch));
  }

  private static String appealEvent(
      String caseId, String agency, long version, List<Map<String, @Nullable String>> appeals) {
    return CaseEvents.disclosure("AppealDecided")
        .caseId(caseId)
        .version(version)
        .agency(agency)
        .fact("trackingNumber", "〔2021〕第1号")
        .fact("applicantType", "NATURAL_PERSON")
        .fact("receivedOn", "2021-01-05")
        .fact("status", "FINISHED")
        .fact("outcome", "REFUSED_THIRD_PARTY_RIGHTS")
        .fact("finishedOn", "2021-01-25")
        .appeals(appeals)
        .json();
  }

  private static Map<String, @Nullable String> appeal(
      String kind, String filedOn, @Nullable String result, @Nullable String decidedOn) {
    Map<String, @Nullable String> appeal = new java.util.LinkedHashMap<>();
    appeal.put("kind", kind);
    appeal.put("filedOn", filedOn);
    appeal.put("result", result);
    appeal.put("decidedOn", decidedOn);
    return appeal;
  }

  private static SectionThreeRow row(DisclosureReport report, String key) {
    return report.sectionThree().rows().stream()
        .filter(r -> r.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + key));
  }

  private static List<Long> values(DisclosureReport report, String key) {
    return row(report, key).values();
  }

  private static Map<String, Long> sectionFour(DisclosureReport report, String key) {
    return report.sectionFour().rows().stream()
        .filter(r -> r.key().equals(key))
        .findFirst()
        .orElseThrow()
        .values();
  }

  private static String newAgencyCode() {
    return "t" + UUID.randomUUID().toString().substring(0, 8);
  }
}
