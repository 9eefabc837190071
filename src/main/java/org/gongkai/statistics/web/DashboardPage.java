package org.gongkai.statistics.web;

import java.math.BigDecimal;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.gongkai.organization.AgencyView;
import org.gongkai.organization.Organization;
import org.gongkai.organization.Role;
import org.gongkai.organization.StaffMember;
import org.gongkai.platform.web.StaffPage;
import org.gongkai.statistics.ComplaintFigures;
import org.gongkai.statistics.Dashboard;
import org.gongkai.statistics.DashboardQueries;
import org.gongkai.statistics.StatisticsQueries;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The leaders' dashboard (领导驾驶舱): the year's complaint figures and four charts, for the leader's
 * agency and its subordinates, or a subordinate agency the leader picks.
 */
@StaffPage
@RequestMapping("/dashboard")
@PreAuthorize("hasAnyRole('LEADER', 'ADMIN')")
class DashboardPage {

  private final DashboardQueries dashboards;
  private final StatisticsQueries statistics;
  private final Organization organization;
  private final MessageSource messages;

  DashboardPage(
      DashboardQueries dashboards,
      StatisticsQueries statistics,
      Organization organization,
      MessageSource messages) {
    this.dashboards = dashboards;
    this.statistics = statistics;
    this.organization = organization;
    this.messages = messages;
  }

  @GetMapping
  String page(
      @RequestParam(required = false) @Nullable String year,
      @RequestParam(required = false) @Nullable String agencyCode,
      Principal user,
      Model model) {
    List<AgencyView> agencies = agencies(user);
    Selection selection = select(year, agencyCode, agencies);
    Dashboard dashboard = dashboards.dashboard(selection.year(), selection.agencyCode(), true);
    ComplaintFigures figures =
        statistics.complaintFigures(selection.year(), selection.agencyCode(), true);
    model.addAttribute("selection", selection);
    model.addAttribute("agencies", agencies);
    model.addAttribute(
        "years",
        IntStream.rangeClosed(2019, dashboards.currentYear())
            .boxed()
            .sorted((a, b) -> b - a)
            .toList());
    model.addAttribute("dashboard", dashboard);
    model.addAttribute("figures", figures);
    model.addAttribute("chart", chart(dashboard));
    return "dashboard/dashboard";
  }

  /** The dashboard's numbers as JSON, for the same selection as the page. */
  @GetMapping("/data")
  @ResponseBody
  Dashboard data(
      @RequestParam(required = false) @Nullable String year,
      @RequestParam(required = false) @Nullable String agencyCode,
      Principal user) {
    Selection selection = select(year, agencyCode, agencies(user));
    return dashboards.dashboard(selection.year(), selection.agencyCode(), true);
  }

  /**
   * The year and agency asked for, or the current year and the reader's own agency when the request
   * names none, or one the reader may not see; {@code problem} says which was replaced.
   */
  record Selection(int year, String agencyCode, @Nullable String problem) {}

  private Selection select(
      @Nullable String year, @Nullable String agencyCode, List<AgencyView> agencies) {
    int current = dashboards.currentYear();
    int chosenYear = current;
    String problem = null;
    if (year != null && !year.isBlank()) {
      try {
        chosenYear = Integer.parseInt(year.strip());
      } catch (NumberFormatException e) {
        chosenYear = -1;
      }
      if (chosenYear < 2019 || chosenYear > current) {
        chosenYear = current;
        problem = "dashboard.problem.year";
      }
    }
    String chosenAgency = agencies.get(0).code();
    if (agencyCode != null && !agencyCode.isBlank()) {
      if (agencies.stream().anyMatch(a -> a.code().equals(agencyCode))) {
        chosenAgency = agencyCode;
      } else {
        problem = "dashboard.problem.agency";
      }
    }
    return new Selection(chosenYear, chosenAgency, problem);
  }

  /** The reader's own agency first, then the subordinates they may see. */
  private List<AgencyView> agencies(Principal user) {
    StaffMember staff = organization.member(user.getName());
    List<AgencyView> visible = new ArrayList<>();
    organization.agency(staff.agencyCode()).ifPresent(visible::add);
    var codes =
        staff.hasRole(Role.ADMIN)
            ? organization.agencies().stream().map(AgencyView::code).toList()
            : List.copyOf(organization.withSubordinates(staff.agencyCode()));
    for (AgencyView agency : organization.agencies()) {
      if (codes.contains(agency.code()) && !agency.code().equals(staff.agencyCode())) {
        visible.add(agency);
      }
    }
    return visible;
  }

  /** The series the charts draw, with labels from the message bundle. */
  record Chart(
      List<String> months,
      List<Long> disclosureReceived,
      List<Long> complaintsReceived,
      List<@Nullable BigDecimal> onTimeRate,
      List<@Nullable BigDecimal> satisfactionRate,
      List<String> outcomeLabels,
      List<Long> outcomeCounts,
      List<String> overdueUnits,
      List<Long> overdueClosedLate,
      List<Long> overdueOpen) {}

  private Chart chart(Dashboard dashboard) {
    Locale locale = LocaleContextHolder.getLocale();
    return new Chart(
        dashboard.receivedByMonth().stream()
            .map(m -> messages.getMessage("dashboard.month", new Object[] {m.month()}, locale))
            .toList(),
        dashboard.receivedByMonth().stream()
            .map(Dashboard.MonthReceived::disclosureRequests)
            .toList(),
        dashboard.receivedByMonth().stream().map(Dashboard.MonthReceived::complaints).toList(),
        dashboard.complaintsByMonth().stream().map(Dashboard.MonthClosed::onTimeRate).toList(),
        dashboard.complaintsByMonth().stream()
            .map(Dashboard.MonthClosed::satisfactionRate)
            .toList(),
        dashboard.disclosureOutcomes().stream()
            .map(g -> messages.getMessage("dashboard.outcome." + g.group(), null, locale))
            .toList(),
        dashboard.disclosureOutcomes().stream().map(Dashboard.OutcomeGroup::count).toList(),
        dashboard.overdueByUnit().stream()
            .map(
                u ->
                    u.unitName() == null
                        ? messages.getMessage("dashboard.unit.undispatched", null, locale)
                        : u.unitName())
            .toList(),
        dashboard.overdueByUnit().stream().map(Dashboard.UnitOverdue::closedLate).toList(),
        dashboard.overdueByUnit().stream().map(Dashboard.UnitOverdue::openOverdue).toList());
  }
}
