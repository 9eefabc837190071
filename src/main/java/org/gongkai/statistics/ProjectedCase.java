package org.gongkai.statistics;

/** The case facts one event carries. */
sealed interface ProjectedCase {

  String caseId();

  long caseVersion();

  record Disclosure(DisclosureCase facts) implements ProjectedCase {
    @Override
    public String caseId() {
      return facts.caseId();
    }

    @Override
    public long caseVersion() {
      return facts.caseVersion();
    }
  }

  record Complaint(ComplaintCase facts) implements ProjectedCase {
    @Override
    public String caseId() {
      return facts.caseId();
    }

    @Override
    public long caseVersion() {
      return facts.caseVersion();
    }
  }
}
