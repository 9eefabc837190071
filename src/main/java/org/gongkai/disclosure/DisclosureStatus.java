package org.gongkai.disclosure;

import org.gongkai.casework.CaseStatus;

/** Where a request stands. */
public enum DisclosureStatus implements CaseStatus {
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

  @Override
  public String label() {
    return label;
  }

  @Override
  public boolean isOpen() {
    return this != FINISHED;
  }

  /**
   * Open, and no reply has been proposed yet: the request may still be turned into another case.
   */
  public boolean isBeforeDecision() {
    return this == IN_HANDLING
        || this == AWAITING_CORRECTION
        || this == IN_CONSULTATION
        || this == AWAITING_FEE;
  }
}
