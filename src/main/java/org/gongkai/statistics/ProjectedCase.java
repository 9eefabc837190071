package org.gongkai.statistics;

/** The case facts one event carries. */
sealed interface ProjectedCase {

  CaseFacts facts();

  default String caseId() {
    return facts().caseId();
  }

  default long caseVersion() {
    return facts().caseVersion();
  }

  record Disclosure(DisclosureCase facts) implements ProjectedCase {}

  record Complaint(ComplaintCase facts) implements ProjectedCase {}
}
