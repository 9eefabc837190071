package org.gongkai.disclosure;

/** The applicant columns of the annual report's section three. */
public enum ApplicantType {
  NATURAL_PERSON("自然人"),
  COMMERCIAL_ENTERPRISE("商业企业"),
  RESEARCH_INSTITUTION("科研机构"),
  SOCIAL_WELFARE_ORGANIZATION("社会公益组织"),
  LEGAL_SERVICE_AGENCY("法律服务机构"),
  OTHER_ORGANIZATION("其他");

  private final String label;

  ApplicantType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean isOrganization() {
    return this != NATURAL_PERSON;
  }
}
