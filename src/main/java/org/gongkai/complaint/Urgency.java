package org.gongkai.complaint;

/** Urgent tickets have the shortest time limit whatever their category. */
public enum Urgency {
  NORMAL("一般"),
  URGENT("紧急");

  private final String label;

  Urgency(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
