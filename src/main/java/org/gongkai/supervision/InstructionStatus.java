package org.gongkai.supervision;

import org.gongkai.casework.CaseStatus;

/** Where a leader's instruction (批示件) stands. */
public enum InstructionStatus implements CaseStatus {
  /** Registered and assigned to the owner unit, which owes a written answer. */
  ASSIGNED("待承办单位办理"),
  /** Answered in writing; the instructing leader reads the answer. */
  ANSWERED("待领导审阅"),
  /** The leader sent the answer back: the unit owes a new one. */
  SENT_BACK("退回重办"),
  /** The leader accepted the answer. */
  CLOSED("已办结");

  private final String label;

  InstructionStatus(String label) {
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

  /** Whether the owner unit owes an answer now. */
  public boolean awaitsAnswer() {
    return this == ASSIGNED || this == SENT_BACK;
  }
}
