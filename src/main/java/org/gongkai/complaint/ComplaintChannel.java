package org.gongkai.complaint;

/** How a complaint reached the agency. */
public enum ComplaintChannel {
  PHONE("电话"),
  ONLINE("网络"),
  LINKAGE_110("110联动"),
  HOTLINE_12345("12345热线"),
  SERVICE_REVIEW("好差评"),
  WALK_IN("来访");

  private final String label;

  ComplaintChannel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
