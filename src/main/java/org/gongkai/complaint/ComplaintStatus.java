package org.gongkai.complaint;

import org.gongkai.casework.CaseStatus;

/** Where a complaint stands in its lifecycle. */
public enum ComplaintStatus implements CaseStatus {
  REGISTERED("待派单"),
  DISPATCHED("待签收"),
  RETURNED("退单待审核"),
  IN_HANDLING("办理中"),
  REPLIED("待回访"),
  CLOSED("已办结");

  private final String label;

  ComplaintStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public boolean isOpen() {
    return this != CLOSED;
  }
}
