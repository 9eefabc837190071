package org.gongkai.statistics.web;

import static org.gongkai.platform.ClockConfiguration.BUSINESS_ZONE;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.gongkai.organization.AgencyView;
import org.gongkai.organization.Organization;
import org.gongkai.organization.Role;
import org.gongkai.organization.StaffMember;
import org.gongkai.platform.ProblemException;
import org.gongkai.platform.web.StaffPage;
import org.gongkai.statistics.ComplaintFigures;
import org.gongkai.statistics.DisclosureReport;
import org.gongkai.statistics.DisclosureReport.Check;
import org.gongkai.statistics.DisclosureReport.SectionFourRow;
import org.gongkai.statistics.DisclosureReport.SectionThreeRow;
import org.gongkai.statistics.ReportCell;
import org.gongkai.statistics.ReportFormat;
import org.gongkai.statistics.ReportReaders;
import org.gongkai.statistics.StatisticsQueries;
import org.gongkai.statistics.YearLocks;
import org.gongkai.statistics.report.DisclosureReportSheet;
import org.gongkai.statistics.report.ReportTable;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The annual report page (年度报告) for leaders, report authors and administrators: sections three and
 * four drawn as the statutory tables (the layout the exports use), the checks, the complaint
 * figures of section one, downloads, and for every number the list of cases behind it.
 */
@StaffPage
@RequestMapping("/reports/annual")
@PreAuthorize("hasAnyRole('LEADER', 'REPORT_AUTHOR', 'ADMIN')")
class AnnualReportPageController {

  private final StatisticsQueries queries;
  private final YearLocks locks;
  private final Organization organization;
  private final Clock clock;

  AnnualReportPageController(
      StatisticsQueries queries, YearLocks locks, Organization organization, Clock clock) {
    this.queries = queries;
    this.locks = locks;
    this.organization = organization;
    this.clock = clock;
  }

  /** What the reader picked: the year, the agency, and whether its subordinates are included. */
  record ReportChoice(int year, String agencyCode, boolean includeSubordinates) {}

  /** The report of the choice, as the page draws it. */
  record ReportView(
      String agencyName,
      DisclosureReport report,
      ReportTable sectionThree,
      ReportTable sectionFour,
      List<Check> failedChecks,
      ComplaintFigures figures) {}

  /** The cases behind one number, with the labels of its row and column. */
  record CellView(
      String agencyName,
      boolean sectionFour,
      @Nullable String group,
      String rowLabel,
      String columnLabel,
      ReportCell cell,
      DisclosureReport report) {

    /** The statutory label of an applicant type, as the table's column heads read. */
    public String applicantLabel(String applicantType) {
      int index = report.sectionThree().columns().indexOf(applicantType);
      return index < 0 ? applicantType : report.sectionThree().columnLabels().get(index);
    }
  }

  @GetMapping
  String report(
      @RequestParam(required = false) @Nullable String year,
      @RequestParam(required = false) @Nullable String agencyCode,
      @RequestParam(defaultValue = "false") boolean includeSubordinates,
      Principal user,
      Model model,
      HttpServletResponse response) {
    StaffMember staff = organization.member(user.getName());
    List<Integer> years = years();
    List<AgencyView> agencies = agenciesOf(staff);
    String code = ReportReaders.agencyCode(staff, agencyCode);
    Optional<Integer> chosenYear = year == null ? Optional.of(lastYear()) : parse(year, years);
    model.addAttribute("years", years);
    model.addAttribute("agencies", agencies);
    model.addAttribute(
        "choice", new ReportChoice(chosenYear.orElse(lastYear()), code, includeSubordinates));
    if (chosenYear.isEmpty()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("yearRefused", year);
      return "statistics/annual-report";
    }
    String agencyName = readableAgency(staff, code);
    int y = chosenYear.get();
    DisclosureReport report = queries.disclosureReport(y, code, includeSubordinates);
    DisclosureReportSheet sheet = DisclosureReportSheet.of(report, agencyName);
    model.addAttribute(
        "view",
        new ReportView(
            agencyName,
            report,
            sheet.tables().get(0),
            sheet.tables().get(1),
            report.checks().stream().filter(check -> !check.ok()).toList(),
            queries.complaintFigures(y, code, includeSubordinates)));
    model.addAttribute(
        "mayLock",
        locks.lockable(y) && (staff.hasRole(Role.REPORT_AUTHOR) || staff.hasRole(Role.ADMIN)));
    return "statistics/annual-report";
  }

  @GetMapping("/cells")
  String cell(
      @RequestParam String year,
      @RequestParam(required = false) @Nullable String agencyCode,
      @RequestParam(defaultValue = "false") boolean includeSubordinates,
      @RequestParam String row,
      @RequestParam String column,
      Principal user,
      Model model) {
    StaffMember staff = organization.member(user.getName());
    String code = ReportReaders.agencyCode(staff, agencyCode);
    String agencyName = readableAgency(staff, code);
    int y =
        parse(year, years())
            .orElseThrow(() -> ProblemException.invalid("year", "没有「" + year + "」年度的报告"));
    ReportCell cell = queries.cell(y, code, includeSubordinates, row, column);
    DisclosureReport report = queries.disclosureReport(y, code, includeSubordinates);
    model.addAttribute("choice", new ReportChoice(y, code, includeSubordinates));
    model.addAttribute("view", cellView(agencyName, cell, report));
    return "statistics/report-cell";
  }

  private static CellView cellView(String agencyName, ReportCell cell, DisclosureReport report) {
    for (SectionThreeRow row : report.sectionThree().rows()) {
      if (row.key().equals(cell.rowKey())) {
        int index = report.sectionThree().columns().indexOf(cell.column());
        return new CellView(
            agencyName,
            false,
            row.group() == null || row.group().isBlank() ? null : row.group(),
            row.label(),
            report.sectionThree().columnLabels().get(index),
            cell,
            report);
      }
    }
    SectionFourRow block =
        report.sectionFour().rows().stream()
            .filter(b -> b.key().equals(cell.rowKey()))
            .findFirst()
            .orElseThrow(() -> ProblemException.invalid("row", "报告没有「" + cell.rowKey() + "」项"));
    int index = DisclosureReportSheet.SECTION_FOUR_COLUMNS.indexOf(cell.column());
    return new CellView(
        agencyName,
        true,
        null,
        block.label(),
        report.sectionFour().columnLabels().get(index),
        cell,
        report);
  }

  private String readableAgency(StaffMember staff, String code) {
    return ReportReaders.readable(organization, staff, code).name();
  }

  private List<AgencyView> agenciesOf(StaffMember staff) {
    Set<String> visible = organization.visibleAgencies(staff);
    return organization.agencies().stream()
        .filter(agency -> visible == null || visible.contains(agency.code()))
        .toList();
  }

  /** The report years: from the first year a format covers up to the current one, newest first. */
  private List<Integer> years() {
    int current = currentYear();
    return IntStream.rangeClosed(ReportFormat.FIRST_YEAR, current)
        .map(y -> current - y + ReportFormat.FIRST_YEAR)
        .boxed()
        .toList();
  }

  /** The year whose report is due now: reports cover the year before. */
  private int lastYear() {
    return Math.max(ReportFormat.FIRST_YEAR, currentYear() - 1);
  }

  private int currentYear() {
    return Year.now(clock.withZone(BUSINESS_ZONE)).getValue();
  }

  private static Optional<Integer> parse(String year, List<Integer> years) {
    try {
      int value = Integer.parseInt(year.strip());
      return years.contains(value) ? Optional.of(value) : Optional.empty();
    } catch (NumberFormatException notANumber) {
      return Optional.empty();
    }
  }
}
