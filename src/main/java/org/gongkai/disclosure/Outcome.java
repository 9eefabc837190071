package org.gongkai.disclosure;

/**
 * How a finished request was handled: exactly one leaf of section three of the annual report (Art.
 * 36 of the Regulations on Open Government Information). A request partly disclosed and partly
 * refused counts only as {@link #PARTIALLY_DISCLOSED}.
 */
public enum Outcome {
  DISCLOSED("（一）予以公开", "予以公开", "第三十六条第一项、第二项"),
  PARTIALLY_DISCLOSED("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "部分公开", "第三十七条"),
  REFUSED_STATE_SECRET("（三）不予公开 1.属于国家秘密", "不予公开（属于国家秘密）", "第十四条、第三十六条第三项"),
  REFUSED_OTHER_LAW("（三）2.其他法律行政法规禁止公开", "不予公开（其他法律行政法规禁止公开）", "第十四条、第三十六条第三项"),
  REFUSED_THREE_SECURITY_ONE_STABILITY("（三）3.危及“三安全一稳定”", "不予公开（危及“三安全一稳定”）", "第十四条、第三十六条第三项"),
  REFUSED_THIRD_PARTY_RIGHTS("（三）4.保护第三方合法权益", "不予公开（保护第三方合法权益）", "第十五条、第三十六条第三项"),
  REFUSED_INTERNAL_AFFAIRS("（三）5.属于三类内部事务信息", "不予公开（属于内部事务信息）", "第十六条第一款、第三十六条第三项"),
  REFUSED_PROCESS_INFORMATION("（三）6.属于四类过程性信息", "不予公开（属于过程性信息）", "第十六条第二款、第三十六条第三项"),
  REFUSED_ENFORCEMENT_FILE("（三）7.属于行政执法案卷", "不予公开（属于行政执法案卷）", "第十六条第二款、第三十六条第三项"),
  REFUSED_ADMINISTRATIVE_QUERY("（三）8.属于行政查询事项", "不予公开（属于行政查询事项）", "第三十六条第七项"),
  UNAVAILABLE_NOT_HELD("（四）无法提供 1.本机关不掌握相关政府信息", "无法提供（本机关不掌握相关政府信息）", "第三十六条第四项、第五项"),
  UNAVAILABLE_NEEDS_CREATION("（四）2.没有现成信息需要另行制作", "无法提供（没有现成信息需要另行制作）", "第三十八条"),
  UNAVAILABLE_UNCLEAR_AFTER_CORRECTION("（四）3.补正后申请内容仍不明确", "无法提供（补正后申请内容仍不明确）", "第二十九条、第三十条"),
  NOT_PROCESSED_PETITION_COMPLAINT("（五）不予处理 1.信访举报投诉类申请", "不予处理（信访举报投诉类申请）", "第三十九条第一款"),
  NOT_PROCESSED_REPEATED("（五）2.重复申请", "不予处理（重复申请）", "第三十六条第六项"),
  NOT_PROCESSED_PUBLICATION("（五）3.要求提供公开出版物", "不予处理（要求提供公开出版物）", "第三十九条第二款"),
  NOT_PROCESSED_MASS_REPEATED("（五）4.无正当理由大量反复申请", "不予处理（无正当理由大量反复申请）", "第三十五条"),
  NOT_PROCESSED_CONFIRM_OR_REISSUE(
      "（五）5.要求行政机关确认或重新出具已获取信息", "不予处理（要求行政机关确认或重新出具已获取信息）", "第三十九条第二款"),
  OTHER_NO_CORRECTION("（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "其他处理（申请人无正当理由逾期不补正）", "第三十条"),
  OTHER_FEE_UNPAID("（六）2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "其他处理（申请人逾期未缴纳信息处理费）", "第四十二条"),
  OTHER("（六）3.其他", "其他处理", "第三十六条");

  private final String reportLabel;
  private final String shortLabel;
  private final String articles;

  Outcome(String reportLabel, String shortLabel, String articles) {
    this.reportLabel = reportLabel;
    this.shortLabel = shortLabel;
    this.articles = articles;
  }

  /** The statutory row label of the 2021 report format, verbatim. */
  public String reportLabel() {
    return reportLabel;
  }

  /** A short label for pages and lists. */
  public String shortLabel() {
    return shortLabel;
  }

  /** The articles of 《中华人民共和国政府信息公开条例》 the reply rests on, e.g. 「第十五条、第三十六条第三项」. */
  public String articles() {
    return articles;
  }

  /** The report row key, e.g. {@code refused_state_secret}. */
  public String rowKey() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
