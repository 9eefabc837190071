package org.gongkai.organization;

/** The kinds of agency in a county's hierarchy. */
public enum AgencyKind {
  GOVERNMENT("人民政府"),
  DEPARTMENT("部门"),
  TOWNSHIP("乡镇（街道）");

  private final String label;

  AgencyKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
