package org.gongkai.disclosure;

/** How a request reached the agency; it decides which day counts as the receipt date (Art. 31). */
public enum Channel {
  IN_PERSON("当面提交", "以申请人提交政府信息公开申请之日为收到申请之日"),
  POST("邮寄", "以行政机关签收之日为收到申请之日"),
  LETTER("平常信函", "以行政机关与申请人确认之日为收到申请之日"),
  ONLINE("互联网渠道", "以双方确认之日为收到申请之日"),
  FAX("政府信息公开工作机构的传真", "以双方确认之日为收到申请之日");

  private final String label;
  private final String receiptRule;

  Channel(String label, String receiptRule) {
    this.label = label;
    this.receiptRule = receiptRule;
  }

  public String label() {
    return label;
  }

  /** The rule of Art. 31 for this channel, in the statute's words. */
  public String receiptRule() {
    return receiptRule;
  }
}
