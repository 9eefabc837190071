package org.gongkai.disclosure;

/** How the applicant wants, or was sent, the information and the reply. */
public enum DeliveryMethod {
  EMAIL("电子邮件"),
  POST("邮寄"),
  IN_PERSON("当面领取"),
  ONLINE("网上获取"),
  FAX("传真");

  private final String label;

  DeliveryMethod(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
