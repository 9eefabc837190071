package org.gongkai.statistics.rest;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.function.Function;
import org.gongkai.organization.AgencyView;
import org.gongkai.organization.Organization;
import org.gongkai.organization.StaffMember;
import org.gongkai.platform.ProblemException;
import org.gongkai.platform.web.FileDownloads;
import org.gongkai.statistics.ComplaintFigures;
import org.gongkai.statistics.DisclosureReport;
import org.gongkai.statistics.Publication;
import org.gongkai.statistics.ReportCell;
import org.gongkai.statistics.ReportReaders;
import org.gongkai.statistics.StatisticsQueries;
import org.gongkai.statistics.YearLocks;
import org.gongkai.statistics.report.DisclosureReportSheet;
import org.gongkai.statistics.report.DocxReport;
import org.gongkai.statistics.report.HtmlReport;
import org.gongkai.statistics.report.XlsxReport;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The annual report's tables (as JSON, or as an XLSX, DOCX or printable HTML file laid out like the
 * statutory tables) and the complaint figures over HTTP, for leaders, report authors and
 * administrators, each within the agencies they may act on. Without {@code agencyCode} the report
 * is for the reader's own agency.
 */
@RestController
@RequestMapping("/api/reports")
@PreAuthorize("hasAnyRole('LEADER', 'REPORT_AUTHOR', 'ADMIN')")
class ReportController {

  private final StatisticsQueries queries;
  private final YearLocks locks;
  private final Organization organization;

  ReportController(StatisticsQueries queries, YearLocks locks, Organization organization) {
    this.queries = queries;
    this.locks = locks;
    this.organization = organization;
  }

  @GetMapping("/disclosure/{year}")
  DisclosureReport disclosure(
      @PathVariable int year,
      @RequestParam(required = false) @Nullable String agencyCode,
      @RequestParam(defaultValue = "false") boolean includeSubordinates,
      Principal user) {
    return queries.disclosureReport(year, agency(agencyCode, user), includeSubordinates);
  }

  @GetMapping("/disclosure/{year}.xlsx")
  ResponseEntity<byte[]> disclosureXlsx(
      @PathVariable int year,
      @RequestParam(required = false) @Nullable String agencyCode,
      @RequestParam(defaultValue = "false") boolean includeSubordinates,
      Principal user,
      HttpServletResponse response) {
    return file(year, agencyCode, includeSubordinates, user, response, ReportFile.XLSX);
  }

  @GetMapping("/disclosure/{year}.docx")
  ResponseEntity<byte[]> disclosureDocx(
      @PathVariable int year,
      @RequestParam(required = false) @Nullable String agencyCode,
      @RequestParam(defaultValue = "false") boolean includeSubordinates,
      Principal user,
      HttpServletResponse response) {
    return file(year, agencyCode, includeSubordinates, user, response, ReportFile.DOCX);
  }

  @GetMapping("/disclosure/{year}.html")
  ResponseEntity<String> disclosureHtml(
      @PathVariable int year,
      @RequestParam(required = false) @Nullable String agencyCode,
      @RequestParam(defaultValue = "false") boolean includeSubordinates,
      Principal user) {
    DisclosureReport report = disclosure(year, agencyCode, includeSubordinates, user);
    String page = HtmlReport.render(DisclosureReportSheet.of(report, agencyName(report)));
    return ResponseEntity.ok()
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .body(page);
  }

  @GetMapping("/disclosure/{year}/cells/{rowKey}/{column}")
  ReportCell cell(
      @PathVariable int year,
      @PathVariable String rowKey,
      @PathVariable String column,
      @RequestParam(required = false) @Nullable String agencyCode,
      @RequestParam(defaultValue = "false") boolean includeSubordinates,
      Principal user) {
    return queries.cell(year, agency(agencyCode, user), includeSubordinates, rowKey, column);
  }

  @GetMapping("/complaints/{year}")
  ComplaintFigures complaints(
      @PathVariable int year,
      @RequestParam(required = false) @Nullable String agencyCode,
      @RequestParam(defaultValue = "false") boolean includeSubordinates,
      Principal user) {
    return queries.complaintFigures(year, agency(agencyCode, user), includeSubordinates);
  }

  /**
   * Locks the year's published report for the agency: from now on its numbers are served as
   * published, and later changes are listed as restatements.
   */
  @PostMapping("/{year}/lock")
  @PreAuthorize("hasAnyRole('REPORT_AUTHOR', 'ADMIN')")
  ResponseEntity<Publication> lock(
      @PathVariable int year, @RequestBody @Valid LockRequest request, Principal user) {
    String agencyCode = agency(request.agencyCode(), user);
    Publication publication =
        locks.lock(
            year,
            agencyCode,
            Boolean.TRUE.equals(request.includeSubordinates()),
            user.getName(),
            request.note());
    return ResponseEntity.status(HttpStatus.CREATED).body(publication);
  }

  @GetMapping("/{year}/lock")
  Publication publication(
      @PathVariable int year,
      @RequestParam(required = false) @Nullable String agencyCode,
      @RequestParam(defaultValue = "false") boolean includeSubordinates,
      Principal user) {
    String code = agency(agencyCode, user);
    return locks
        .publication(year, code, includeSubordinates)
        .orElseThrow(() -> ProblemException.notFound(year + "年度报告尚未锁定"));
  }

  /**
   * The body of a lock.
   *
   * @param agencyCode the reader's own agency when absent
   * @param note why or where it was published, optional
   */
  record LockRequest(
      @Nullable String agencyCode,
      @Nullable Boolean includeSubordinates,
      @Nullable @Size(max = 500, message = "说明不能超过500字") String note) {}

  /** The files the report downloads as. */
  private enum ReportFile {
    XLSX(XlsxReport.CONTENT_TYPE, ".xlsx", XlsxReport::render),
    DOCX(DocxReport.CONTENT_TYPE, ".docx", DocxReport::render);

    private final String contentType;
    private final String extension;
    private final Function<DisclosureReportSheet, byte[]> renderer;

    ReportFile(
        String contentType, String extension, Function<DisclosureReportSheet, byte[]> renderer) {
      this.contentType = contentType;
      this.extension = extension;
      this.renderer = renderer;
    }
  }

  private ResponseEntity<byte[]> file(
      int year,
      @Nullable String agencyCode,
      boolean includeSubordinates,
      Principal user,
      HttpServletResponse response,
      ReportFile format) {
    DisclosureReport report = disclosure(year, agencyCode, includeSubordinates, user);
    String agencyName = agencyName(report);
    // server.servlet.encoding.force puts a charset on every response; a binary file has none.
    response.setCharacterEncoding((String) null);
    byte[] file = format.renderer.apply(DisclosureReportSheet.of(report, agencyName));
    return FileDownloads.attachment(
        format.contentType,
        DisclosureReportSheet.fileName(report, agencyName) + format.extension,
        file);
  }

  private String agencyName(DisclosureReport report) {
    return organization
        .agency(report.agencyCode())
        .map(AgencyView::name)
        .orElse(report.agencyCode());
  }

  private String agency(@Nullable String agencyCode, Principal user) {
    StaffMember staff = organization.member(user.getName());
    String code = ReportReaders.agencyCode(staff, agencyCode);
    ReportReaders.readable(organization, staff, code);
    return code;
  }
}
