package org.gongkai.supervision;

import static org.gongkai.platform.ClockConfiguration.BUSINESS_ZONE;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.casework.LadderStep;
import org.gongkai.organization.AgencyView;
import org.gongkai.organization.Organization;
import org.gongkai.organization.Role;
import org.gongkai.organization.StaffMember;
import org.gongkai.organization.SupervisionRulebook;
import org.gongkai.organization.SupervisionRules;
import org.gongkai.platform.ProblemException;
import org.gongkai.statistics.WeekFigures;
import org.gongkai.supervision.WeeklyDigest.AttentionItem;
import org.gongkai.supervision.WeeklyDigest.AttentionKind;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Builds and keeps the leaders' weekly digests. A digest of a week that has ended is stored the
 * first time it is built — by the Monday process or on demand — and read back unchanged from then
 * on; the digest of the current week is built afresh each time and not stored.
 */
@Service
public class WeeklyDigests {

  private static final Pattern ISO_WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

  /** How many working days ahead a time limit counts as "due soon". */
  static final int DUE_SOON_WORKING_DAYS = 3;

  private final WeekFigures figures;
  private final InstructionDesk instructions;
  private final Organization organization;
  private final WorkingCalendar calendar;
  private final JdbcTemplate jdbc;
  private final ObjectMapper json;
  private final Clock clock;
  private final SupervisionRulebook rulebook;
  private final LadderSteps ladder;
  private final DigestFindings findings;

  WeeklyDigests(
      WeekFigures figures,
      InstructionDesk instructions,
      Organization organization,
      WorkingCalendar calendar,
      JdbcTemplate jdbc,
      ObjectMapper json,
      Clock clock,
      SupervisionRulebook rulebook,
      LadderSteps ladder,
      DigestFindings findings) {
    this.figures = figures;
    this.instructions = instructions;
    this.organization = organization;
    this.calendar = calendar;
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
    this.rulebook = rulebook;
    this.ladder = ladder;
    this.findings = findings;
  }

  /**
   * The Monday of an ISO week written as {@code 2026-W48}, or a 400 problem naming {@code isoWeek}.
   */
  public static LocalDate mondayOf(String isoWeek) {
    Matcher matcher = ISO_WEEK.matcher(isoWeek);
    if (!matcher.matches()) {
      throw ProblemException.invalid("isoWeek", "「" + isoWeek + "」不是有效的周次，请按“2026-W48”的格式填写");
    }
    int year = Integer.parseInt(matcher.group(1));
    int week = Integer.parseInt(matcher.group(2));
    try {
      LocalDate monday =
          LocalDate.of(year, 1, 4)
              .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
              .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      if (week < 1 || monday.get(IsoFields.WEEK_BASED_YEAR) != year) {
        throw new DateTimeParseException("no such week", isoWeek, 0);
      }
      return monday;
    } catch (java.time.DateTimeException e) {
      throw ProblemException.invalid("isoWeek", year + "年没有第" + week + "周");
    }
  }

  /** The ISO week of a day, as {@code 2026-W48}. */
  public static String isoWeekOf(LocalDate day) {
    return String.format(
        "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /**
   * The digest the viewer asked for: stored if published, else built now (and stored if due).
   *
   * @param includeSubordinates whether to cover the agency's region; null for its default (a
   *     government's digest covers its region)
   */
  public WeeklyDigest digest(
      String isoWeek, String agencyCode, @Nullable Boolean includeSubordinates, String viewer) {
    StaffMember staff = organization.member(viewer);
    if (!staff.hasRole(Role.LEADER) && !staff.hasRole(Role.ADMIN)) {
      throw ProblemException.forbidden("周报供领导阅示，您无权查看。");
    }
    organization.requireMayActOn(staff, organization.requireAgency(agencyCode), "周报");
    LocalDate monday = mondayOf(isoWeek);
    if (monday.isAfter(today())) {
      throw ProblemException.invalid("isoWeek", isoWeek + " 尚未开始，没有周报");
    }
    boolean region =
        includeSubordinates != null
            ? includeSubordinates
            : organization
                .agency(agencyCode)
                .map(WeeklyDigestPublisher::coversRegion)
                .orElse(false);
    return publish(monday, agencyCode, region);
  }

  /** The stored digest of the week, or a new one, stored when the week has ended. */
  public WeeklyDigest publish(LocalDate monday, String agencyCode, boolean includeSubordinates) {
    String week = isoWeekOf(monday);
    Optional<WeeklyDigest> stored = stored(week, agencyCode, includeSubordinates);
    if (stored.isPresent()) {
      return stored.get();
    }
    WeeklyDigest digest = build(monday, agencyCode, includeSubordinates);
    if (monday.plusDays(6).isBefore(today())) {
      try {
        jdbc.update(
            "INSERT INTO supervision_digest (agency_code, iso_week, include_subordinates,"
                + " published_at, body) VALUES (?, ?, ?, ?, ?)",
            agencyCode,
            week,
            includeSubordinates,
            Timestamp.from(digest.publishedAt().toInstant()),
            write(digest));
      } catch (org.springframework.dao.DuplicateKeyException publishedMeanwhile) {
        return publish(monday, agencyCode, includeSubordinates);
      }
    }
    return digest;
  }

  /** The digest of the week as it was published, if it was. */
  Optional<WeeklyDigest> stored(String isoWeek, String agencyCode, boolean includeSubordinates) {
    return jdbc
        .queryForList(
            "SELECT body FROM supervision_digest WHERE agency_code = ? AND iso_week = ? AND"
                + " include_subordinates = ?",
            String.class,
            agencyCode,
            isoWeek,
            includeSubordinates)
        .stream()
        .findFirst()
        .map(this::read);
  }

  private WeeklyDigest build(LocalDate monday, String agencyCode, boolean includeSubordinates) {
    LocalDate sunday = monday.plusDays(6);
    Set<String> agencies = agencies(agencyCode, includeSubordinates);
    LocalDate today = today();
    WeekFigures.Span week = figures.span(agencyCode, agencies, monday, sunday);
    WeekFigures.Span before =
        figures.span(agencyCode, agencies, monday.minusWeeks(1), sunday.minusWeeks(1));
    LocalDate lastYearMonday = sameWeekLastYear(monday);
    WeekFigures.Span lastYear =
        figures.span(agencyCode, agencies, lastYearMonday, lastYearMonday.plusDays(6));

    SupervisionRules rules = rulebook.rules(agencyCode);
    BigDecimal onTimeFloor = rules.onTimeRateFloor();
    BigDecimal satisfactionFloor = rules.satisfactionRateFloor();
    List<WeeklyDigest.UnitLine> units = new ArrayList<>();
    for (WeekFigures.UnitRow row : figures.units(agencyCode, agencies, monday, sunday)) {
      List<String> below = new ArrayList<>();
      if (row.onTimeRate() != null && row.onTimeRate().compareTo(onTimeFloor) < 0) {
        below.add("按时办结率 " + row.onTimeRate() + "% 低于 " + onTimeFloor + "%");
      }
      if (row.satisfactionRate() != null
          && row.satisfactionRate().compareTo(satisfactionFloor) < 0) {
        below.add("满意率 " + row.satisfactionRate() + "% 低于 " + satisfactionFloor + "%");
      }
      units.add(
          new WeeklyDigest.UnitLine(
              row.unitCode(),
              name(row.unitCode()),
              row.received(),
              row.closed(),
              row.onTimeRate(),
              row.satisfactionRate(),
              below));
    }

    List<AttentionItem> attention = new ArrayList<>();
    LocalDate dueSoonBy = calendar.addWorkingDays(today, DUE_SOON_WORKING_DAYS);
    for (WeekFigures.OpenComplaint open : figures.openComplaintsDueBy(agencies, dueSoonBy)) {
      boolean overdue = open.dueOn().isBefore(today);
      attention.add(
          new AttentionItem(
              overdue ? AttentionKind.OVERDUE : AttentionKind.DUE_SOON,
              "COMPLAINT",
              open.caseId(),
              null,
              open.unitCode(),
              (overdue ? "群众诉求已超过办理时限（" : "群众诉求办理时限即将届满（")
                  + open.dueOn()
                  + "）"
                  + (open.unitCode() == null ? "，尚未派单" : "，承办单位：" + name(open.unitCode()))));
    }
    for (WeeklyDigest.UnitLine unit : units) {
      if (!unit.belowFloor().isEmpty()) {
        attention.add(
            new AttentionItem(
                AttentionKind.UNIT_BELOW_FLOOR,
                "COMPLAINT",
                null,
                null,
                unit.unitCode(),
                unit.unitName() + "：" + String.join("；", unit.belowFloor())));
      }
    }
    List<WeeklyDigest.LadderLine> rungs = new ArrayList<>();
    for (LadderSteps.Rung rung : ladder.reached(agencies, monday, sunday)) {
      String unitName = rung.unitCode() == null ? "（尚未派单）" : name(rung.unitCode());
      rungs.add(
          new WeeklyDigest.LadderLine(
              rung.caseKind(),
              rung.caseId(),
              rung.trackingNumber(),
              rung.unitCode(),
              unitName,
              rung.step(),
              rung.step().label(),
              rung.dueOn(),
              rung.reachedOn(),
              rung.overdueWorkingDays(),
              rung.instructionId()));
      if (rung.step() == LadderStep.CIRCULATION) {
        attention.add(
            new AttentionItem(
                AttentionKind.OVERDUE,
                rung.caseKind(),
                rung.caseId(),
                rung.trackingNumber(),
                rung.unitCode(),
                "通报："
                    + unitName
                    + "，"
                    + (rung.trackingNumber() == null ? "" : "案件" + rung.trackingNumber())
                    + "超过期限（"
                    + rung.dueOn()
                    + "）已满 "
                    + rung.overdueWorkingDays()
                    + " 个工作日仍未答复"));
      }
    }
    attention.addAll(findings.disclosuresDue(agencies, today, dueSoonBy, attention));
    List<WeeklyDigest.InstructionLine> lines = new ArrayList<>();
    for (InstructionDetails instruction : instructions.ofAgencies(agencies)) {
      boolean closedBeforeTheWeek =
          instruction.closedAt() != null
              && instruction
                  .closedAt()
                  .atZoneSameInstant(BUSINESS_ZONE)
                  .toLocalDate()
                  .isBefore(monday);
      if (closedBeforeTheWeek || instruction.registeredOn().isAfter(sunday)) {
        continue;
      }
      if (instruction.overdue()) {
        attention.add(
            new AttentionItem(
                AttentionKind.SUPERVISION_OVERDUE,
                SupervisionEvent.KIND,
                instruction.id(),
                instruction.trackingNumber(),
                instruction.ownerUnitCode(),
                "批示件"
                    + instruction.trackingNumber()
                    + "已于 "
                    + instruction.dueOn()
                    + " 到期，"
                    + name(instruction.ownerUnitCode())
                    + "尚未办结"));
      }
      lines.add(
          new WeeklyDigest.InstructionLine(
              instruction.id(),
              instruction.trackingNumber(),
              instruction.status(),
              instruction.statusLabel(),
              instruction.ownerUnitCode(),
              instruction.dueOn(),
              instruction.overdue(),
              instruction.history().stream()
                  .map(entry -> entry.occurredAt().toLocalDate() + " " + entry.summary())
                  .toList()));
    }

    attention.addAll(findings.restatements(agencies, monday, sunday));

    WeeklyDigest.Figures weekFigures =
        new WeeklyDigest.Figures(
            new WeeklyDigest.DisclosureFigures(
                new WeeklyDigest.Count(
                    week.disclosureReceived(),
                    before.disclosureReceived(),
                    lastYear.disclosureReceived()),
                new WeeklyDigest.Count(
                    week.disclosureFinished(),
                    before.disclosureFinished(),
                    lastYear.disclosureFinished())),
            new WeeklyDigest.ComplaintFigures(
                new WeeklyDigest.Count(
                    week.complaintsReceived(),
                    before.complaintsReceived(),
                    lastYear.complaintsReceived()),
                week.complaintsByChannel(),
                new WeeklyDigest.Count(
                    week.complaintsClosed(),
                    before.complaintsClosed(),
                    lastYear.complaintsClosed()),
                new WeeklyDigest.Rate(
                    week.onTimeRate(), before.onTimeRate(), lastYear.onTimeRate()),
                new WeeklyDigest.Rate(
                    week.followUpRate(), before.followUpRate(), lastYear.followUpRate()),
                new WeeklyDigest.Rate(
                    week.satisfactionRate(),
                    before.satisfactionRate(),
                    lastYear.satisfactionRate())),
            findings.supervision(agencies, monday, lastYearMonday));
    return new WeeklyDigest(
        isoWeekOf(monday),
        monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
        agencyCode,
        name(agencyCode),
        includeSubordinates,
        monday,
        sunday,
        OffsetDateTime.now(clock.withZone(BUSINESS_ZONE)).withNano(0),
        attention,
        lines,
        weekFigures,
        units,
        findings.topics(agencies, monday, sunday),
        rungs);
  }

  /** Which week of a digest a number counts: the digest's, the week before, a year earlier. */
  public enum Span {
    THIS_WEEK,
    PREVIOUS_WEEK,
    SAME_WEEK_LAST_YEAR
  }

  /**
   * The cases behind a number of a digest, from the statistics read model as it stands now (a
   * published digest keeps the numbers of its day), narrowed to a unit or a channel when given.
   */
  public List<WeekFigures.CaseLine> casesBehind(
      WeeklyDigest digest,
      WeekFigures.Figure figure,
      Span span,
      @Nullable String unitCode,
      @Nullable String channel) {
    LocalDate monday =
        switch (span) {
          case THIS_WEEK -> digest.from();
          case PREVIOUS_WEEK -> digest.from().minusWeeks(1);
          case SAME_WEEK_LAST_YEAR -> sameWeekLastYear(digest.from());
        };
    return figures.cases(
        agencies(digest.agencyCode(), digest.includeSubordinates()),
        monday,
        monday.plusDays(6),
        figure,
        unitCode,
        channel);
  }

  /** The agencies a digest covers: the agency, with its region when asked. */
  private Set<String> agencies(String agencyCode, boolean includeSubordinates) {
    return includeSubordinates ? organization.withSubordinates(agencyCode) : Set.of(agencyCode);
  }

  /** The Monday of the same ISO week number a year earlier (the last week of that year if none). */
  static LocalDate sameWeekLastYear(LocalDate monday) {
    int week = monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    LocalDate reference = LocalDate.of(monday.get(IsoFields.WEEK_BASED_YEAR) - 1, 6, 1);
    long weeks = reference.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
    return reference
        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Math.min(week, weeks))
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  private String name(String agencyCode) {
    return organization.agency(agencyCode).map(AgencyView::name).orElse(agencyCode);
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(BUSINESS_ZONE));
  }

  private String write(WeeklyDigest digest) {
    try {
      return json.writeValueAsString(digest);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot store the digest " + digest.week(), e);
    }
  }

  private WeeklyDigest read(String body) {
    try {
      return json.readValue(body, WeeklyDigest.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot read a stored digest", e);
    }
  }
}
