package org.gongkai.casework;

/**
 * The rungs of the supervision ladder a case climbs once it runs late, after the reminder (提醒)
 * before its due date: 催办 on the first overdue working day, 督办 (a supervised item opens) and 通报
 * (the unit is named in the weekly digest) after as many overdue working days as the agency set.
 */
public enum LadderStep {
  CHASE("催办"),
  SUPERVISION("督办"),
  CIRCULATION("通报");

  private final String label;

  LadderStep(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
