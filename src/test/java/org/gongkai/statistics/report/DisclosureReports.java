package org.gongkai.statistics.report;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.statistics.DisclosureReport;
import org.gongkai.statistics.DisclosureReport.Check;
import org.gongkai.statistics.DisclosureReport.SectionFour;
import org.gongkai.statistics.DisclosureReport.SectionFourRow;
import org.gongkai.statistics.DisclosureReport.SectionThree;
import org.gongkai.statistics.DisclosureReport.SectionThreeRow;
import org.jspecify.annotations.Nullable;

/** Reports of the 2021 format written by hand, with the statutory labels copied from the forms. */
final class DisclosureReports {

  static final String RESULTS = "三、本年度办理结果";

  static final List<String> COLUMNS =
      List.of(
          "NATURAL_PERSON",
          "COMMERCIAL_ENTERPRISE",
          "RESEARCH_INSTITUTION",
          "SOCIAL_WELFARE_ORGANIZATION",
          "LEGAL_SERVICE_AGENCY",
          "OTHER_ORGANIZATION",
          "TOTAL");

  static final List<String> COLUMN_LABELS =
      List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");

  /** Result rows of the 2021 format: key and label. */
  static final List<List<String>> RESULT_ROWS =
      List.of(
          List.of("disclosed", "（一）予以公开"),
          List.of("partially_disclosed", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
          List.of("refused_state_secret", "（三）不予公开 1.属于国家秘密"),
          List.of("refused_other_law", "（三）2.其他法律行政法规禁止公开"),
          List.of("refused_three_security_one_stability", "（三）3.危及“三安全一稳定”"),
          List.of("refused_third_party_rights", "（三）4.保护第三方合法权益"),
          List.of("refused_internal_affairs", "（三）5.属于三类内部事务信息"),
          List.of("refused_process_information", "（三）6.属于四类过程性信息"),
          List.of("refused_enforcement_file", "（三）7.属于行政执法案卷"),
          List.of("refused_administrative_query", "（三）8.属于行政查询事项"),
          List.of("unavailable_not_held", "（四）无法提供 1.本机关不掌握相关政府信息"),
          List.of("unavailable_needs_creation", "（四）2.没有现成信息需要另行制作"),
          List.of("unavailable_unclear_after_correction", "（四）3.补正后申请内容仍不明确"),
          List.of("not_processed_petition_complaint", "（五）不予处理 1.信访举报投诉类申请"),
          List.of("not_processed_repeated", "（五）2.重复申请"),
          List.of("not_processed_publication", "（五）3.要求提供公开出版物"),
          List.of("not_processed_mass_repeated", "（五）4.无正当理由大量反复申请"),
          List.of("not_processed_confirm_or_reissue", "（五）5.要求行政机关确认或重新出具已获取信息"),
          List.of("other_no_correction", "（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
          List.of("other_fee_unpaid", "（六）2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
          List.of("other", "（六）3.其他"),
          List.of("result_total", "（七）总计"));

  private DisclosureReports() {}

  /**
   * 2022: four new requests (three from natural persons, one from a company), one carried in; three
   * disclosed (one to the company), one refused as a state secret, one carried out. One review
   * upheld and one pending, one direct lawsuit corrected.
   */
  static DisclosureReport balanced() {
    return report(List.of(new Check("balance", "一加二等于七加四", true, "各列均相等")));
  }

  /** The same numbers, but the carry-over check fails. */
  static DisclosureReport withFailedCarryOver() {
    return report(
        List.of(
            new Check("balance", "一加二等于七加四", true, "各列均相等"),
            new Check("carry_over", "本年上年结转等于上年结转下年度", false, "自然人：本年上年结转1，上年结转下年度2")));
  }

  private static DisclosureReport report(List<Check> checks) {
    List<SectionThreeRow> rows = new ArrayList<>();
    rows.add(row("new_received", "一、本年新收政府信息公开申请数量", null, 3, 1, 0, 0, 0, 0, 4));
    rows.add(row("carried_in", "二、上年结转政府信息公开申请数量", null, 1, 0, 0, 0, 0, 0, 1));
    for (List<String> result : RESULT_ROWS) {
      long[] values =
          switch (result.get(0)) {
            case "disclosed" -> new long[] {2, 1, 0, 0, 0, 0, 3};
            case "refused_state_secret" -> new long[] {1, 0, 0, 0, 0, 0, 1};
            case "result_total" -> new long[] {3, 1, 0, 0, 0, 0, 4};
            default -> new long[7];
          };
      rows.add(row(result.get(0), result.get(1), RESULTS, values));
    }
    rows.add(row("carried_out", "四、结转下年度继续办理", null, 1, 0, 0, 0, 0, 0, 1));
    SectionFour four =
        new SectionFour(
            List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计"),
            List.of(
                block("review", "行政复议", 1, 0, 0, 1, 2),
                block("litigation_direct", "行政诉讼 未经复议直接起诉", 0, 1, 0, 0, 1),
                block("litigation_after_review", "行政诉讼 复议后起诉", 0, 0, 0, 0, 0)));
    return new DisclosureReport(
        2022,
        "2021",
        "luanchuan",
        false,
        new SectionThree("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", COLUMNS, COLUMN_LABELS, rows),
        four,
        checks,
        checks.stream().allMatch(Check::ok),
        OffsetDateTime.parse("2023-01-10T09:30:00+08:00"),
        null,
        List.of());
  }

  private static SectionThreeRow row(
      String key, String label, @Nullable String group, long... values) {
    List<Long> boxed = new ArrayList<>();
    for (long value : values) {
      boxed.add(value);
    }
    return new SectionThreeRow(key, label, group, boxed);
  }

  private static SectionFourRow block(String key, String label, long... values) {
    Map<String, Long> map = new LinkedHashMap<>();
    List<String> keys = List.of("UPHELD", "CORRECTED", "OTHER", "PENDING", "TOTAL");
    for (int i = 0; i < keys.size(); i++) {
      map.put(keys.get(i), values[i]);
    }
    return new SectionFourRow(key, label, map);
  }
}
