package org.gongkai.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The rows and columns of section three (收到和处理政府信息公开申请情况), labels verbatim from the statutory
 * tables. A copy of the outcome codes the disclosure module publishes: this module reads them from
 * the events as text and must not depend on that module.
 */
final class SectionThreeLayout {

  static final String CORNER_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

  static final String NEW_RECEIVED = "new_received";
  static final String CARRIED_IN = "carried_in";
  static final String RESULT_TOTAL = "result_total";
  static final String CARRIED_OUT = "carried_out";
  static final String RESULTS_HEADING = "三、本年度办理结果";

  static final String TOTAL = "TOTAL";

  /** The applicant columns in table order, without the total. */
  static final List<String> APPLICANT_COLUMNS =
      List.of(
          "NATURAL_PERSON",
          "COMMERCIAL_ENTERPRISE",
          "RESEARCH_INSTITUTION",
          "SOCIAL_WELFARE_ORGANIZATION",
          "LEGAL_SERVICE_AGENCY",
          "OTHER_ORGANIZATION");

  /** The columns of the API, the total last. */
  static final List<String> COLUMNS = withTotal();

  static final List<String> COLUMN_LABELS =
      List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");

  /**
   * Every outcome leaf of the 2021 format, in table order: one for each outcome code a disclosure
   * request can finish with, with the result row it sums into (the dashboard's group) and its
   * statutory label. The one mapping of outcomes for the report and the dashboard.
   */
  enum Leaf {
    DISCLOSED("disclosed", "（一）予以公开"),
    PARTIALLY_DISCLOSED("partially_disclosed", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    REFUSED_STATE_SECRET("refused", "（三）不予公开 1.属于国家秘密"),
    REFUSED_OTHER_LAW("refused", "（三）2.其他法律行政法规禁止公开"),
    REFUSED_THREE_SECURITY_ONE_STABILITY("refused", "（三）3.危及“三安全一稳定”"),
    REFUSED_THIRD_PARTY_RIGHTS("refused", "（三）4.保护第三方合法权益"),
    REFUSED_INTERNAL_AFFAIRS("refused", "（三）5.属于三类内部事务信息"),
    REFUSED_PROCESS_INFORMATION("refused", "（三）6.属于四类过程性信息"),
    REFUSED_ENFORCEMENT_FILE("refused", "（三）7.属于行政执法案卷"),
    REFUSED_ADMINISTRATIVE_QUERY("refused", "（三）8.属于行政查询事项"),
    UNAVAILABLE_NOT_HELD("unavailable", "（四）无法提供 1.本机关不掌握相关政府信息"),
    UNAVAILABLE_NEEDS_CREATION("unavailable", "（四）2.没有现成信息需要另行制作"),
    UNAVAILABLE_UNCLEAR_AFTER_CORRECTION("unavailable", "（四）3.补正后申请内容仍不明确"),
    NOT_PROCESSED_PETITION_COMPLAINT("not_processed", "（五）不予处理 1.信访举报投诉类申请"),
    NOT_PROCESSED_REPEATED("not_processed", "（五）2.重复申请"),
    NOT_PROCESSED_PUBLICATION("not_processed", "（五）3.要求提供公开出版物"),
    NOT_PROCESSED_MASS_REPEATED("not_processed", "（五）4.无正当理由大量反复申请"),
    NOT_PROCESSED_CONFIRM_OR_REISSUE("not_processed", "（五）5.要求行政机关确认或重新出具已获取信息"),
    OTHER_NO_CORRECTION("other", "（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    OTHER_FEE_UNPAID("other", "（六）2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    OTHER("other", "（六）3.其他");

    private final String group;
    private final String label;

    Leaf(String group, String label) {
      this.group = group;
      this.label = label;
    }

    /**
     * The result row of section three the leaf sums into, as the dashboard groups outcomes: one of
     * {@link DashboardQueries#OUTCOME_GROUPS}.
     */
    String group() {
      return group;
    }

    /** The group of an outcome by its name; an outcome unknown here counts as other. */
    static String groupOf(String outcome) {
      for (Leaf leaf : values()) {
        if (leaf.name().equals(outcome)) {
          return leaf.group;
        }
      }
      return "other";
    }

    String label() {
      return label;
    }

    String rowKey() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The single （六） row of the 2019 format. */
  static final String OTHER_2019_LABEL = "（六）其他处理";

  /** What a row counts. */
  enum Kind {
    NEW_RECEIVED,
    CARRIED_IN,
    RESULT,
    RESULT_TOTAL,
    CARRIED_OUT
  }

  /** One row: its key, statutory label, and for a result row the outcomes it sums. */
  record Row(String key, String label, Kind kind, Set<String> outcomes) {}

  private SectionThreeLayout() {}

  /** The rows of the format, in table order. */
  static List<Row> rows(ReportFormat format) {
    List<Row> rows = new ArrayList<>();
    rows.add(new Row(NEW_RECEIVED, "一、本年新收政府信息公开申请数量", Kind.NEW_RECEIVED, Set.of()));
    rows.add(new Row(CARRIED_IN, "二、上年结转政府信息公开申请数量", Kind.CARRIED_IN, Set.of()));
    for (Leaf leaf : Leaf.values()) {
      boolean mergedOther =
          format == ReportFormat.FORMAT_2019
              && (leaf == Leaf.OTHER_NO_CORRECTION || leaf == Leaf.OTHER_FEE_UNPAID);
      if (mergedOther) {
        continue;
      }
      if (format == ReportFormat.FORMAT_2019 && leaf == Leaf.OTHER) {
        rows.add(
            new Row(
                leaf.rowKey(),
                OTHER_2019_LABEL,
                Kind.RESULT,
                Set.of(
                    Leaf.OTHER_NO_CORRECTION.name(),
                    Leaf.OTHER_FEE_UNPAID.name(),
                    Leaf.OTHER.name())));
      } else {
        rows.add(new Row(leaf.rowKey(), leaf.label(), Kind.RESULT, Set.of(leaf.name())));
      }
    }
    rows.add(new Row(RESULT_TOTAL, "（七）总计", Kind.RESULT_TOTAL, Set.of()));
    rows.add(new Row(CARRIED_OUT, "四、结转下年度继续办理", Kind.CARRIED_OUT, Set.of()));
    return List.copyOf(rows);
  }

  static Optional<Row> row(ReportFormat format, String key) {
    return rows(format).stream().filter(r -> r.key().equals(key)).findFirst();
  }

  private static List<String> withTotal() {
    List<String> columns = new ArrayList<>(APPLICANT_COLUMNS);
    columns.add(TOTAL);
    return List.copyOf(columns);
  }
}
