package org.gongkai.complaint;

/** What the citizen wants; it decides the time limit and, with the area, the responsible unit. */
public enum ComplaintCategory {
  CONSULTATION("咨询"),
  HELP("求助"),
  COMPLAINT("投诉"),
  REPORT("举报"),
  SUGGESTION("建议"),
  PRAISE("表扬/感谢"),
  OTHER("其他");

  private final String label;

  ComplaintCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
