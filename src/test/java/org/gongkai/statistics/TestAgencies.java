package org.gongkai.statistics;

import java.util.Set;
import java.util.UUID;
import org.gongkai.organization.AgencyKind;
import org.gongkai.organization.NewAgency;
import org.gongkai.organization.NewStaff;
import org.gongkai.organization.Organization;
import org.gongkai.organization.Role;
import org.gongkai.support.RealInfrastructure;

/** Agencies a test registers for itself, so that its numbers are its own. */
final class TestAgencies {

  private TestAgencies() {}

  /**
   * A new county government with a report author of its own, {@code <code>-author}, whose password
   * is the test password.
   *
   * @return the agency's code
   */
  static String countyWithReportAuthor(Organization organization, String prefix, String name) {
    String agency = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    organization.registerAgency(new NewAgency(agency, name, AgencyKind.GOVERNMENT, null));
    organization.registerStaff(
        new NewStaff(
            reportAuthorOf(agency),
            RealInfrastructure.PASSWORD,
            "年报编写人",
            agency,
            null,
            Set.of(Role.REPORT_AUTHOR),
            Set.of(),
            null));
    return agency;
  }

  static String reportAuthorOf(String agency) {
    return agency + "-author";
  }
}
