package org.gongkai.disclosure;

/** Where a request stands. */
public enum DisclosureStatus {
  IN_HANDLING("办理中"),
  AWAITING_CORRECTION("待申请人补正"),
  IN_CONSULTATION("征求第三方意见中"),
  AWAITING_FEE("待缴纳信息处理费"),
  UNDER_REVIEW("答复意见审核中"),
  AWAITING_REPLY("待答复"),
  FINISHED("已办结");

  private final String label;

  DisclosureStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean isOpen() {
    return this != FINISHED;
  }
}
