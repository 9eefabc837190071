package org.gongkai.disclosure;

/** How an administrative review or lawsuit ended. */
public enum AppealResult {
  UPHELD("结果维持"),
  CORRECTED("结果纠正"),
  OTHER("其他结果");

  private final String label;

  AppealResult(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
