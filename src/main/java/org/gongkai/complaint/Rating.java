package org.gongkai.complaint;

/** The citizen's satisfaction at the follow-up visit (回访); five-grade scales map onto these. */
public enum Rating {
  SATISFIED("满意"),
  BASICALLY_SATISFIED("基本满意"),
  DISSATISFIED("不满意");

  private final String label;

  Rating(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
