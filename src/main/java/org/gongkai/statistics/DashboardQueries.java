package org.gongkai.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.organization.AgencyView;
import org.gongkai.organization.Organization;
import org.gongkai.platform.ClockConfiguration;
import org.gongkai.platform.ProblemException;
import org.gongkai.statistics.Dashboard.MonthClosed;
import org.gongkai.statistics.Dashboard.MonthReceived;
import org.gongkai.statistics.Dashboard.OutcomeGroup;
import org.gongkai.statistics.Dashboard.UnitOverdue;
import org.gongkai.statistics.DashboardTallies.ClosedCounts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The leaders' dashboard, counted from the statistics read model only (never from the operational
 * tables): cases received per month, the outcomes of finished disclosure requests, the on-time and
 * satisfaction rates of closed complaints per month, and overdue complaints per responsible unit.
 */
@Service
@Transactional(readOnly = true)
public class DashboardQueries {

  /** The result groups of section three, in the report's order. */
  public static final List<String> OUTCOME_GROUPS =
      List.of(
          "disclosed", "partially_disclosed", "refused", "unavailable", "not_processed", "other");

  private final DashboardTallies tallies;
  private final ReadModelTallies readModel;
  private final Organization organization;
  private final StatisticsSettings settings;
  private final Clock clock;

  DashboardQueries(
      DashboardTallies tallies,
      ReadModelTallies readModel,
      Organization organization,
      StatisticsSettings settings,
      Clock clock) {
    this.tallies = tallies;
    this.readModel = readModel;
    this.organization = organization;
    this.settings = settings;
    this.clock = clock;
  }

  /** The current year in business time ({@code Asia/Shanghai}). */
  public int currentYear() {
    return Year.now(clock.withZone(ClockConfiguration.BUSINESS_ZONE)).getValue();
  }

  /**
   * The year's dashboard for the agency, with its subordinates when asked.
   *
   * @throws ProblemException (400) for a year before 2019 or after the current one
   */
  public Dashboard dashboard(int year, String agencyCode, boolean includeSubordinates) {
    if (year < ReportFormat.FIRST_YEAR || year > currentYear()) {
      throw ProblemException.invalid(
          "year", "可查看" + ReportFormat.FIRST_YEAR + "年至" + currentYear() + "年的数据，没有" + year + "年");
    }
    ReadModelTallies.Scope agencies =
        readModel.scope(
            includeSubordinates ? organization.withSubordinates(agencyCode) : Set.of(agencyCode));
    boolean basicallySatisfied = settings.basicallySatisfiedCounts(organization.agency(agencyCode));
    Set<String> satisfiedRatings = StatisticsSettings.satisfiedRatings(basicallySatisfied);

    Map<Integer, Long> disclosures = tallies.disclosureReceivedByMonth(agencies, year);
    Map<Integer, Long> complaints = tallies.complaintsReceivedByMonth(agencies, year);
    Map<Integer, ClosedCounts> closed =
        tallies.complaintsClosedByMonth(agencies, year, satisfiedRatings);
    List<MonthReceived> received = new ArrayList<>();
    List<MonthClosed> closedByMonth = new ArrayList<>();
    for (int month = 1; month <= 12; month++) {
      received.add(
          new MonthReceived(
              month, disclosures.getOrDefault(month, 0L), complaints.getOrDefault(month, 0L)));
      ClosedCounts c = closed.getOrDefault(month, ClosedCounts.NONE);
      closedByMonth.add(
          new MonthClosed(
              month,
              c.closed(),
              c.onTime(),
              c.rated(),
              c.satisfied(),
              StatisticsQueries.rate(c.onTime(), c.closed()),
              StatisticsQueries.rate(c.satisfied(), c.rated())));
    }

    Map<String, Long> outcomes = tallies.disclosureOutcomes(agencies, year);
    List<OutcomeGroup> groups = new ArrayList<>();
    for (String group : OUTCOME_GROUPS) {
      long count =
          outcomes.entrySet().stream()
              .filter(e -> group.equals(groupOf(e.getKey())))
              .mapToLong(Map.Entry::getValue)
              .sum();
      groups.add(new OutcomeGroup(group, count));
    }

    LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.BUSINESS_ZONE));
    List<UnitOverdue> overdue = new ArrayList<>();
    tallies
        .complaintsOverdueByUnit(agencies, year, today)
        .forEach(
            (unit, counts) ->
                overdue.add(
                    new UnitOverdue(
                        unit.orElse(null),
                        unit.map(
                                code ->
                                    organization.agency(code).map(AgencyView::name).orElse(code))
                            .orElse(null),
                        counts.closedLate(),
                        counts.openOverdue(),
                        counts.closedLate() + counts.openOverdue())));
    overdue.sort(
        Comparator.comparingLong(UnitOverdue::total)
            .reversed()
            .thenComparing(u -> u.unitCode() == null ? 1 : 0)
            .thenComparing(u -> u.unitCode() == null ? "" : u.unitCode()));

    return new Dashboard(
        year,
        agencyCode,
        includeSubordinates,
        List.copyOf(received),
        List.copyOf(groups),
        List.copyOf(closedByMonth),
        List.copyOf(overdue),
        basicallySatisfied,
        OffsetDateTime.now(clock));
  }

  /** The section-three result group of an outcome code. */
  static String groupOf(String outcome) {
    return SectionThreeLayout.Leaf.groupOf(outcome);
  }
}
