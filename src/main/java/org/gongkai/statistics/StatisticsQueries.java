package org.gongkai.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.organization.Organization;
import org.gongkai.platform.ProblemException;
import org.gongkai.statistics.DisclosureReport.Check;
import org.gongkai.statistics.DisclosureReport.SectionFour;
import org.gongkai.statistics.DisclosureReport.SectionFourRow;
import org.gongkai.statistics.DisclosureReport.SectionThree;
import org.gongkai.statistics.DisclosureReport.SectionThreeRow;
import org.gongkai.statistics.ReadModelTallies.ComplaintCounts;
import org.gongkai.statistics.ReportCell.CaseLine;
import org.gongkai.statistics.SectionThreeLayout.Kind;
import org.gongkai.statistics.SectionThreeLayout.Row;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statistics module's API: the annual report's tables and the complaint figures, computed from
 * the read model only (never from the operational tables or the process history). Every count uses
 * business dates in {@code Asia/Shanghai}, as the events carry them.
 */
@Service
@Transactional(readOnly = true)
public class StatisticsQueries {

  /** Complaint channels in the order the figures list them. */
  static final List<String> COMPLAINT_CHANNELS =
      List.of("PHONE", "ONLINE", "LINKAGE_110", "HOTLINE_12345", "SERVICE_REVIEW", "WALK_IN");

  /** The channels the sentence counts as 电话诉求. */
  static final Set<String> PHONE_CHANNELS = Set.of("PHONE", "HOTLINE_12345");

  /** The channels the sentence counts as 网民诉求. */
  static final Set<String> ONLINE_CHANNELS = Set.of("ONLINE");

  private final ReadModelTallies tallies;
  private final YearLockStore locks;
  private final Organization organization;
  private final StatisticsSettings settings;
  private final Clock clock;

  StatisticsQueries(
      ReadModelTallies tallies,
      YearLockStore locks,
      Organization organization,
      StatisticsSettings settings,
      Clock clock) {
    this.tallies = tallies;
    this.locks = locks;
    this.organization = organization;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * Sections three and four of the year's report, in the format of the year, with their checks. For
   * a locked year, the numbers as published, with the restatements recorded since; for any year,
   * the restatements of the locked previous year.
   *
   * @throws ProblemException (400) for a year before 2019 or after the current one
   */
  public DisclosureReport disclosureReport(
      int year, String agencyCode, boolean includeSubordinates) {
    requireReportableYear(year);
    List<Publication.Restatement> previousYear =
        year > ReportFormat.FIRST_YEAR
            ? locks.restatements(year - 1, agencyCode, includeSubordinates)
            : List.of();
    return locks
        .find(year, agencyCode, includeSubordinates)
        .map(lock -> lock.report().published(locks.publication(lock), previousYear))
        .orElseGet(
            () ->
                liveDisclosureReport(year, agencyCode, includeSubordinates)
                    .published(null, previousYear));
  }

  /** The year's report as the read model has it now, whether the year is locked or not. */
  DisclosureReport liveDisclosureReport(int year, String agencyCode, boolean includeSubordinates) {
    ReportFormat format = formatOf(year);
    ReadModelTallies.Scope agencies = agencies(agencyCode, includeSubordinates);
    List<SectionThreeRow> rows = sectionThreeRows(format, agencies, year);
    SectionThree sectionThree =
        new SectionThree(
            SectionThreeLayout.CORNER_NOTE,
            SectionThreeLayout.COLUMNS,
            SectionThreeLayout.COLUMN_LABELS,
            rows);
    SectionFour sectionFour = sectionFour(agencies, year);
    List<Check> checks = new ArrayList<>();
    checks.add(balanceCheck(rows));
    checks.add(rowTotalsCheck(rows));
    checks.add(resultTotalCheck(rows));
    checks.add(carryOverCheck(rows, agencies, year));
    checks.add(sectionFourCheck(sectionFour));
    return new DisclosureReport(
        year,
        format.code(),
        agencyCode,
        includeSubordinates,
        sectionThree,
        sectionFour,
        List.copyOf(checks),
        checks.stream().allMatch(Check::ok),
        OffsetDateTime.now(clock),
        null,
        List.of());
  }

  /**
   * The cases behind one cell: a section-three row key with an applicant column or {@code TOTAL},
   * or a section-four block key with {@code UPHELD}, {@code CORRECTED}, {@code OTHER}, {@code
   * PENDING} or {@code TOTAL}.
   *
   * @throws ProblemException (400) for a row or column the year's report does not have
   */
  public ReportCell cell(
      int year, String agencyCode, boolean includeSubordinates, String rowKey, String column) {
    ReportFormat format = formatOf(year);
    ReadModelTallies.Scope agencies = agencies(agencyCode, includeSubordinates);
    List<CaseLine> cases;
    var block = SectionFourLayout.block(rowKey);
    if (block.isPresent()) {
      if (!SectionFourLayout.COLUMNS.contains(column)) {
        throw ProblemException.invalid(
            "column", "第四部分没有「" + column + "」列，可选：" + SectionFourLayout.COLUMNS);
      }
      boolean pending = SectionFourLayout.PENDING.equals(column);
      String result = pending || SectionFourLayout.TOTAL.equals(column) ? null : column;
      cases = tallies.appeals(block.get().kind(), result, pending, agencies, year);
    } else {
      Row row =
          SectionThreeLayout.row(format, rowKey)
              .orElseThrow(
                  () ->
                      ProblemException.invalid(
                          "rowKey", format.code() + "年格式的报告没有「" + rowKey + "」行"));
      if (!SectionThreeLayout.COLUMNS.contains(column)) {
        throw ProblemException.invalid(
            "column", "第三部分没有「" + column + "」列，可选：" + SectionThreeLayout.COLUMNS);
      }
      String applicant = SectionThreeLayout.TOTAL.equals(column) ? null : column;
      cases =
          switch (row.kind()) {
            case NEW_RECEIVED ->
                tallies.requests(ReadModelTallies.NEW_RECEIVED, null, applicant, agencies, year);
            case CARRIED_IN ->
                tallies.requests(ReadModelTallies.CARRIED_IN, null, applicant, agencies, year);
            case RESULT ->
                tallies.requests(
                    ReadModelTallies.FINISHED, row.outcomes(), applicant, agencies, year);
            case RESULT_TOTAL ->
                tallies.requests(ReadModelTallies.FINISHED, null, applicant, agencies, year);
            case CARRIED_OUT ->
                tallies.requests(ReadModelTallies.CARRIED_OUT, null, applicant, agencies, year);
          };
    }
    return new ReportCell(year, agencyCode, rowKey, column, cases.size(), cases);
  }

  /**
   * The year's complaint figures: complaints received in the year (repeat tickets merged into
   * another case are counted there only), how many of them were closed by the year's end, closed on
   * time, followed up and rated, and the rates of DOMAIN.md §3.
   */
  public ComplaintFigures complaintFigures(
      int year, String agencyCode, boolean includeSubordinates) {
    requireReportableYear(year);
    return locks
        .find(year, agencyCode, includeSubordinates)
        .map(lock -> lock.figures().published(locks.publication(lock)))
        .orElseGet(() -> liveComplaintFigures(year, agencyCode, includeSubordinates));
  }

  /** The year's complaint figures as the read model has them now, whether locked or not. */
  ComplaintFigures liveComplaintFigures(int year, String agencyCode, boolean includeSubordinates) {
    requireReportableYear(year);
    ReadModelTallies.Scope agencies = agencies(agencyCode, includeSubordinates);
    boolean basicallySatisfied = settings.basicallySatisfiedCounts(organization.agency(agencyCode));
    Set<String> satisfiedRatings = StatisticsSettings.satisfiedRatings(basicallySatisfied);
    Map<String, ComplaintCounts> byChannel =
        tallies.complaintsByChannel(agencies, year, satisfiedRatings);
    ComplaintCounts total =
        byChannel.values().stream().reduce(ComplaintCounts.NONE, ComplaintCounts::plus);
    Map<String, Long> received = new LinkedHashMap<>();
    for (String channel : COMPLAINT_CHANNELS) {
      received.put(channel, byChannel.getOrDefault(channel, ComplaintCounts.NONE).received());
    }
    byChannel.forEach((channel, counts) -> received.putIfAbsent(channel, counts.received()));
    long phone = sum(received, PHONE_CHANNELS);
    long online = sum(received, ONLINE_CHANNELS);
    BigDecimal closureRate = rate(total.closed(), total.received());
    BigDecimal onTimeRate = rate(total.closedOnTime(), total.closed());
    BigDecimal followUpRate = rate(total.followedUp(), total.closed());
    BigDecimal satisfactionRate = rate(total.satisfied(), total.rated());
    String sentence =
        "共受理群众诉求"
            + total.received()
            + "件，其中电话诉求"
            + phone
            + "件，网民诉求"
            + online
            + "件，回访率"
            + percent(followUpRate)
            + "，办结率"
            + percent(closureRate)
            + "，群众满意率"
            + percent(satisfactionRate);
    return new ComplaintFigures(
        year,
        agencyCode,
        includeSubordinates,
        total.received(),
        received,
        total.closed(),
        total.closedOnTime(),
        total.followedUp(),
        total.rated(),
        total.satisfied(),
        closureRate,
        onTimeRate,
        followUpRate,
        satisfactionRate,
        basicallySatisfied,
        definitions(basicallySatisfied),
        sentence,
        OffsetDateTime.now(clock),
        null);
  }

  private List<SectionThreeRow> sectionThreeRows(
      ReportFormat format, ReadModelTallies.Scope agencies, int year) {
    Map<String, Long> received =
        tallies.requestsByApplicant(ReadModelTallies.NEW_RECEIVED, agencies, year);
    Map<String, Long> carriedIn =
        tallies.requestsByApplicant(ReadModelTallies.CARRIED_IN, agencies, year);
    Map<String, Long> carriedOut =
        tallies.requestsByApplicant(ReadModelTallies.CARRIED_OUT, agencies, year);
    Map<String, Map<String, Long>> results = tallies.resultsByOutcomeAndApplicant(agencies, year);
    Map<String, Long> finished =
        tallies.requestsByApplicant(ReadModelTallies.FINISHED, agencies, year);
    List<SectionThreeRow> rows = new ArrayList<>();
    for (Row row : SectionThreeLayout.rows(format)) {
      Map<String, Long> counts =
          switch (row.kind()) {
            case NEW_RECEIVED -> received;
            case CARRIED_IN -> carriedIn;
            case CARRIED_OUT -> carriedOut;
            case RESULT_TOTAL -> finished;
            case RESULT -> sumOutcomes(results, row.outcomes());
          };
      String group =
          row.kind() == Kind.RESULT || row.kind() == Kind.RESULT_TOTAL
              ? SectionThreeLayout.RESULTS_HEADING
              : "";
      rows.add(new SectionThreeRow(row.key(), row.label(), group, values(counts)));
    }
    return List.copyOf(rows);
  }

  private static Map<String, Long> sumOutcomes(
      Map<String, Map<String, Long>> results, Set<String> outcomes) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String outcome : outcomes) {
      results
          .getOrDefault(outcome, Map.of())
          .forEach((type, n) -> counts.merge(type, n, Long::sum));
    }
    return counts;
  }

  /**
   * One value per applicant column and the total. The total is every counted request, so a request
   * of an applicant type the layout does not know shows as a failed row-total check, not as a
   * silently smaller total.
   */
  private static List<Long> values(Map<String, Long> counts) {
    List<Long> values = new ArrayList<>();
    for (String column : SectionThreeLayout.APPLICANT_COLUMNS) {
      values.add(counts.getOrDefault(column, 0L));
    }
    values.add(counts.values().stream().mapToLong(Long::longValue).sum());
    return List.copyOf(values);
  }

  private SectionFour sectionFour(ReadModelTallies.Scope agencies, int year) {
    Map<String, Map<String, Long>> appeals = tallies.appealsByKind(agencies, year);
    List<SectionFourRow> rows = new ArrayList<>();
    for (SectionFourLayout.Block block : SectionFourLayout.BLOCKS) {
      Map<String, Long> counts = appeals.getOrDefault(block.kind(), Map.of());
      Map<String, Long> values = new LinkedHashMap<>();
      for (String result : SectionFourLayout.RESULTS) {
        values.put(result, counts.getOrDefault(result, 0L));
      }
      values.put(SectionFourLayout.PENDING, counts.getOrDefault(SectionFourLayout.PENDING, 0L));
      values.put(
          SectionFourLayout.TOTAL, counts.values().stream().mapToLong(Long::longValue).sum());
      rows.add(new SectionFourRow(block.key(), block.label(), values));
    }
    return new SectionFour(SectionFourLayout.COLUMN_LABELS, List.copyOf(rows));
  }

  private static Check balanceCheck(List<SectionThreeRow> rows) {
    List<Long> received = row(rows, SectionThreeLayout.NEW_RECEIVED);
    List<Long> carriedIn = row(rows, SectionThreeLayout.CARRIED_IN);
    List<Long> results = row(rows, SectionThreeLayout.RESULT_TOTAL);
    List<Long> carriedOut = row(rows, SectionThreeLayout.CARRIED_OUT);
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < SectionThreeLayout.COLUMNS.size(); i++) {
      long left = received.get(i) + carriedIn.get(i);
      long right = results.get(i) + carriedOut.get(i);
      if (left != right) {
        failures.add(
            SectionThreeLayout.COLUMN_LABELS.get(i)
                + "列："
                + received.get(i)
                + "+"
                + carriedIn.get(i)
                + "≠"
                + results.get(i)
                + "+"
                + carriedOut.get(i));
      }
    }
    return check("balance", "每列第一项加第二项之和等于第三项（七）总计加第四项之和", failures, "各列均相等");
  }

  private static Check rowTotalsCheck(List<SectionThreeRow> rows) {
    List<String> failures = new ArrayList<>();
    int total = SectionThreeLayout.COLUMNS.size() - 1;
    for (SectionThreeRow row : rows) {
      long sum = row.values().subList(0, total).stream().mapToLong(Long::longValue).sum();
      if (sum != row.values().get(total)) {
        failures.add(row.label() + "：各列之和" + sum + "≠总计" + row.values().get(total));
      }
    }
    return check("row_totals", "每行总计等于六列之和", failures, "各行均相等");
  }

  private static Check resultTotalCheck(List<SectionThreeRow> rows) {
    List<Long> total = row(rows, SectionThreeLayout.RESULT_TOTAL);
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < SectionThreeLayout.COLUMNS.size(); i++) {
      int column = i;
      long leaves =
          rows.stream()
              .filter(r -> SectionThreeLayout.RESULTS_HEADING.equals(r.group()))
              .filter(r -> !r.key().equals(SectionThreeLayout.RESULT_TOTAL))
              .mapToLong(r -> r.values().get(column))
              .sum();
      if (leaves != total.get(i)) {
        failures.add(
            SectionThreeLayout.COLUMN_LABELS.get(i)
                + "列：各项办理结果之和"
                + leaves
                + "≠（七）总计"
                + total.get(i));
      }
    }
    return check("result_total", "（七）总计等于（一）至（六）各项之和", failures, "各列均相等");
  }

  private Check carryOverCheck(
      List<SectionThreeRow> rows, ReadModelTallies.Scope agencies, int year) {
    List<Long> carriedIn = row(rows, SectionThreeLayout.CARRIED_IN);
    List<Long> lastYear =
        values(tallies.requestsByApplicant(ReadModelTallies.CARRIED_OUT, agencies, year - 1));
    boolean ok = carriedIn.equals(lastYear);
    return new Check(
        "carry_over",
        "本年上年结转等于" + (year - 1) + "年结转下年度继续办理",
        ok,
        ok ? "均为 " + carriedIn : "本年上年结转 " + carriedIn + "，" + (year - 1) + "年结转下年度 " + lastYear);
  }

  private static Check sectionFourCheck(SectionFour sectionFour) {
    List<String> failures = new ArrayList<>();
    for (SectionFourRow row : sectionFour.rows()) {
      long parts =
          row.values().entrySet().stream()
              .filter(e -> !e.getKey().equals(SectionFourLayout.TOTAL))
              .mapToLong(Map.Entry::getValue)
              .sum();
      if (parts != row.values().get(SectionFourLayout.TOTAL)) {
        failures.add(
            row.label() + "：各项之和" + parts + "≠总计" + row.values().get(SectionFourLayout.TOTAL));
      }
    }
    return check("section_four_totals", "第四部分各栏总计等于结果维持、结果纠正、其他结果、尚未审结之和", failures, "各栏均相等");
  }

  /** A check that passes without failures, and otherwise lists them. */
  private static Check check(
      String name, String description, List<String> failures, String whenPassed) {
    return new Check(
        name,
        description,
        failures.isEmpty(),
        failures.isEmpty() ? whenPassed : String.join("；", failures));
  }

  private static List<Long> row(List<SectionThreeRow> rows, String key) {
    return rows.stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow().values();
  }

  /** The agencies the report covers, in the generation of the read model active now. */
  private ReadModelTallies.Scope agencies(String agencyCode, boolean includeSubordinates) {
    return tallies.scope(
        includeSubordinates ? organization.withSubordinates(agencyCode) : Set.of(agencyCode));
  }

  private ReportFormat formatOf(int year) {
    requireReportableYear(year);
    return ReportFormat.of(year);
  }

  private void requireReportableYear(int year) {
    if (year < ReportFormat.FIRST_YEAR) {
      throw ProblemException.invalid(
          "year", "年度报告格式自" + ReportFormat.FIRST_YEAR + "年起适用，没有" + year + "年的报告格式");
    }
    int current = Year.now(clock).getValue();
    if (year > current) {
      throw ProblemException.invalid("year", year + "年尚未开始，不能统计");
    }
  }

  private static Map<String, String> definitions(boolean basicallySatisfied) {
    Map<String, String> definitions = new LinkedHashMap<>();
    definitions.put("received", "受理件数：本年受理的群众诉求（并单的重复工单只在主件计一次）");
    definitions.put("closed", "办结件数：本年受理、且在年底前办结的诉求");
    definitions.put("closureRate", "办结率 = 办结件数 ÷ 受理件数");
    definitions.put("onTimeRate", "按时办结率 = 按时办结件数 ÷ 办结件数");
    definitions.put("followUpRate", "回访率 = 已回访的办结件数 ÷ 办结件数");
    definitions.put(
        "satisfactionRate",
        basicallySatisfied
            ? "群众满意率 = 评价为“满意”或“基本满意”的件数 ÷ 有评价的回访件数"
            : "群众满意率 = 评价为“满意”的件数 ÷ 有评价的回访件数（“基本满意”不计入满意）");
    definitions.put("sentence", "电话诉求含电话、12345热线渠道；网民诉求为网络渠道");
    return definitions;
  }

  private static long sum(Map<String, Long> byChannel, Set<String> channels) {
    return byChannel.entrySet().stream()
        .filter(e -> channels.contains(e.getKey()))
        .mapToLong(Map.Entry::getValue)
        .sum();
  }

  /** A rate in percent with two decimals, half up; null when there is nothing to rate. */
  static @Nullable BigDecimal rate(long part, long whole) {
    if (whole == 0) {
      return null;
    }
    return BigDecimal.valueOf(part)
        .multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
  }

  /** A rate as the report writes it: 100%, 98.43%, 98.8%; 「—」 when there is nothing to rate. */
  static String percent(@Nullable BigDecimal rate) {
    if (rate == null) {
      return "—";
    }
    return rate.stripTrailingZeros().toPlainString() + "%";
  }
}
