package org.gongkai.disclosure;

/** The blocks of the annual report's section four. */
public enum AppealKind {
  ADMINISTRATIVE_REVIEW("行政复议", "review"),
  LITIGATION_DIRECT("行政诉讼（未经复议直接起诉）", "litigation_direct"),
  LITIGATION_AFTER_REVIEW("行政诉讼（复议后起诉）", "litigation_after_review");

  private final String label;
  private final String rowKey;

  AppealKind(String label, String rowKey) {
    this.label = label;
    this.rowKey = rowKey;
  }

  public String label() {
    return label;
  }

  public String rowKey() {
    return rowKey;
  }
}
