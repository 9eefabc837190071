package org.gongkai.organization;

/** What a staff member may do in Gongkai. */
public enum Role {
  FRONT_DESK("前台登记"),
  HANDLER("承办人"),
  REVIEWER("审核人"),
  LEADER("领导"),
  REPORT_AUTHOR("年报编写人"),
  ADMIN("系统管理员");

  private final String label;

  Role(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The Spring Security authority of this role. */
  public String authority() {
    return "ROLE_" + name();
  }

  /** Whether the role reaches the cases of subordinate agencies too. */
  public boolean seesSubordinates() {
    return this == LEADER || this == REPORT_AUTHOR || this == ADMIN;
  }
}
