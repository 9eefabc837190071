package org.gongkai.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gongkai.organization.AgencyKind;
import org.gongkai.organization.AgencyView;
import org.gongkai.organization.Organization;
import org.gongkai.organization.Role;
import org.gongkai.organization.StaffMember;
import org.gongkai.platform.process.CaseProcesses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Publishes a week's digests for every agency — a government's with its region (itself, departments
 * and townships) — and tracks each leader's reading of theirs (阅示).
 */
@Component
public class WeeklyDigestPublisher {

  private static final Logger log = LoggerFactory.getLogger(WeeklyDigestPublisher.class);

  static final String PROCESS = "weekly-digest";
  static final String TASK_READ = "Task_Read";

  private final WeeklyDigests digests;
  private final Organization organization;
  private final CaseProcesses processes;
  private final DigestMail mail;

  WeeklyDigestPublisher(
      WeeklyDigests digests, Organization organization, CaseProcesses processes, DigestMail mail) {
    this.digests = digests;
    this.organization = organization;
    this.processes = processes;
    this.mail = mail;
  }

  /** The ISO week before the one of {@code monday}. */
  public static String previousWeek(LocalDate monday) {
    return WeeklyDigests.isoWeekOf(monday.minusWeeks(1));
  }

  /** Whether an agency's digest covers its region: a government's does. */
  static boolean coversRegion(AgencyView agency) {
    return agency.kind() == AgencyKind.GOVERNMENT;
  }

  /**
   * Publishes the week's digest of every agency that has a leader, and answers those leaders, who
   * each get a task to read theirs.
   */
  public ArrayList<String> publishAll(String isoWeek) {
    LocalDate monday = WeeklyDigests.mondayOf(isoWeek);
    List<StaffMember> leaders = organization.withRole(Role.LEADER);
    Set<String> agenciesWithLeaders =
        new java.util.TreeSet<>(leaders.stream().map(StaffMember::agencyCode).toList());
    agenciesWithLeaders.forEach(agencyCode -> publish(monday, agencyCode));
    log.info("Published the digests of {} for {} agencies", isoWeek, agenciesWithLeaders.size());
    return new ArrayList<>(leaders.stream().map(StaffMember::username).toList());
  }

  /**
   * Publishes the week's digest of the agency — with its region for a government — and mails it to
   * the agency's leaders when mail is set up; a digest already published stays as it is and is
   * mailed to nobody again.
   */
  void publish(LocalDate monday, String agencyCode) {
    organization
        .agency(agencyCode)
        .ifPresent(
            agency -> mail.published(digests.publish(monday, agencyCode, coversRegion(agency))));
  }

  /** The leader opened the week's digest: their 阅示 task is done. */
  public void read(String isoWeek, String leader) {
    processes.completeAssigned(PROCESS, TASK_READ, leader, "week", isoWeek);
  }
}
