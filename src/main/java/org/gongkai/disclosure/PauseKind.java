package org.gongkai.disclosure;

/** Why the reply clock stopped. */
public enum PauseKind {
  CORRECTION("补正", "等待申请人补正，补正后重新计算期限"),
  CONSULTATION("征求意见", "征求第三方或其他机关意见，所需时间不计算在期限内（第三十二条、第三十三条）"),
  FEE("缴费", "自发出收费通知至申请人缴费，所需时间不计算在期限内（《政府信息公开信息处理费管理办法》）");

  private final String label;
  private final String rule;

  PauseKind(String label, String rule) {
    this.label = label;
    this.rule = rule;
  }

  public String label() {
    return label;
  }

  public String rule() {
    return rule;
  }
}
