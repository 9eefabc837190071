package org.gongkai.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.organization.Organization;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The figures of a span of days (a week, for the leaders' digest) over the read model, by the
 * business dates the events carried: what was received, finished and closed in the span, per unit,
 * the open complaints and disclosure requests that are overdue or due soon, the week's topics and
 * repeated callers, and the steps of supervised items.
 */
@Component
public class WeekFigures {

  private static final String NOT_MERGED =
      " AND merged = FALSE AND (closure IS NULL OR closure <> 'MERGED')";

  private static final String RECEIVED_IN_SPAN = " AND received_on BETWEEN :from AND :to";

  private static final String CLOSED_IN_SPAN = " AND closed_on BETWEEN :from AND :to";

  private static final String FINISHED_IN_SPAN = " AND finished_on BETWEEN :from AND :to";

  /** A closed complaint whose follow-up call got a rating: what the satisfaction rate rates. */
  private static final String RATED = " AND followed_up = TRUE AND rating IS NOT NULL";

  /** The complaint categories' labels (DOMAIN.md §3). */
  private static final Map<String, String> CATEGORY_LABELS =
      Map.of(
          "CONSULTATION", "咨询",
          "HELP", "求助",
          "COMPLAINT", "投诉",
          "REPORT", "举报",
          "SUGGESTION", "建议",
          "PRAISE", "表扬/感谢",
          "OTHER", "其他");

  private final NamedParameterJdbcTemplate jdbc;
  private final StatisticsGenerations generations;
  private final StatisticsSettings settings;
  private final Organization organization;

  WeekFigures(
      NamedParameterJdbcTemplate jdbc,
      StatisticsGenerations generations,
      StatisticsSettings settings,
      Organization organization) {
    this.jdbc = jdbc;
    this.generations = generations;
    this.settings = settings;
    this.organization = organization;
  }

  /** The counts of a span; rates are percentages with two decimals, null when nothing to rate. */
  public record Span(
      long disclosureReceived,
      long disclosureFinished,
      long complaintsReceived,
      Map<String, Long> complaintsByChannel,
      long complaintsClosed,
      long closedOnTime,
      long followedUp,
      long rated,
      long satisfied,
      @Nullable BigDecimal onTimeRate,
      @Nullable BigDecimal followUpRate,
      @Nullable BigDecimal satisfactionRate) {}

  /** One responsible unit's complaints in the span. */
  public record UnitRow(
      String unitCode,
      long received,
      long closed,
      long closedOnTime,
      long rated,
      long satisfied,
      @Nullable BigDecimal onTimeRate,
      @Nullable BigDecimal satisfactionRate) {}

  /** An open complaint past or near its time limit. */
  public record OpenComplaint(String caseId, @Nullable String unitCode, LocalDate dueOn) {}

  /** A number of a span's figures whose cases can be listed ({@link #cases}). */
  public enum Figure {
    /** Disclosure requests received in the span. */
    DISCLOSURE_RECEIVED,
    /** Disclosure requests finished in the span. */
    DISCLOSURE_FINISHED,
    /** Complaints received in the span (not merged into another). */
    COMPLAINTS_RECEIVED,
    /** Complaints closed in the span: the base of the on-time and follow-up rates. */
    COMPLAINTS_CLOSED,
    /** Complaints closed in the span, followed up and rated: the base of the satisfaction rate. */
    COMPLAINTS_RATED
  }

  /**
   * A case behind a number, as the read model holds it (no personal data).
   *
   * @param caseKind {@code DISCLOSURE} or {@code COMPLAINT}
   * @param trackingNumber a disclosure request's; null for a complaint
   * @param finishedOn the day a request was finished or a complaint closed
   */
  public record CaseLine(
      String caseKind,
      String caseId,
      @Nullable String trackingNumber,
      String agencyCode,
      @Nullable String unitCode,
      @Nullable String channel,
      LocalDate receivedOn,
      String status,
      @Nullable LocalDate finishedOn,
      @Nullable Boolean onTime,
      boolean followedUp,
      @Nullable String rating) {}

  /**
   * The cases counted in a number of {@link #span} or {@link #units} over {@code [from, to]},
   * narrowed to a responsible unit or a channel when given; the earliest received first.
   */
  public List<CaseLine> cases(
      Set<String> agencies,
      LocalDate from,
      LocalDate to,
      Figure figure,
      @Nullable String unitCode,
      @Nullable String channel) {
    MapSqlParameterSource params =
        new MapSqlParameterSource("generation", generations.active())
            .addValue("agencies", agencies)
            .addValue("from", from)
            .addValue("to", to)
            .addValue("unit", unitCode)
            .addValue("channel", channel);
    String inAgencies = " WHERE generation = :generation AND agency_code IN (:agencies)";
    if (figure == Figure.DISCLOSURE_RECEIVED || figure == Figure.DISCLOSURE_FINISHED) {
      return jdbc.query(
          "SELECT case_id, tracking_number, agency_code, received_on, status, finished_on"
              + " FROM stat_disclosure_case"
              + inAgencies
              + (figure == Figure.DISCLOSURE_RECEIVED ? RECEIVED_IN_SPAN : FINISHED_IN_SPAN)
              + " ORDER BY received_on, tracking_number",
          params,
          (rs, n) ->
              new CaseLine(
                  "DISCLOSURE",
                  rs.getString("case_id"),
                  rs.getString("tracking_number"),
                  rs.getString("agency_code"),
                  null,
                  null,
                  rs.getObject("received_on", LocalDate.class),
                  rs.getString("status"),
                  rs.getObject("finished_on", LocalDate.class),
                  null,
                  false,
                  null));
    }
    String which =
        switch (figure) {
          case COMPLAINTS_RECEIVED -> RECEIVED_IN_SPAN;
          case COMPLAINTS_RATED -> CLOSED_IN_SPAN + RATED;
          default -> CLOSED_IN_SPAN;
        };
    return jdbc.query(
        "SELECT case_id, agency_code, unit_code, channel, received_on, status, closed_on, on_time,"
            + " followed_up, rating FROM stat_complaint_case"
            + inAgencies
            + which
            + NOT_MERGED
            + (unitCode == null ? "" : " AND unit_code = :unit")
            + (channel == null ? "" : " AND channel = :channel")
            + " ORDER BY received_on, case_id",
        params,
        (rs, n) ->
            new CaseLine(
                "COMPLAINT",
                rs.getString("case_id"),
                null,
                rs.getString("agency_code"),
                rs.getString("unit_code"),
                rs.getString("channel"),
                rs.getObject("received_on", LocalDate.class),
                rs.getString("status"),
                rs.getObject("closed_on", LocalDate.class),
                (Boolean) rs.getObject("on_time", Boolean.class),
                rs.getBoolean("followed_up"),
                rs.getString("rating")));
  }

  /**
   * An open disclosure request past or near its due date; no due date while its clock is paused.
   */
  public record OpenDisclosure(
      String caseId, String trackingNumber, @Nullable LocalDate dueOn, boolean overdue) {}

  /** What a line of the week's topics counts. */
  public enum TopicKind {
    /** A frequent category × area of the week's complaints (merged repeat tickets not counted). */
    TOPIC,
    /** The same caller (masked phone) three times or more, repeat tickets included. */
    REPEATED_CALLER,
    /** The same category in the same area three times or more, repeat tickets included. */
    REPEATED_PLACE
  }

  /**
   * A line of the week's topics: its label in Chinese, how many complaints, and which.
   *
   * @param caseIds the complaints counted, oldest first
   */
  public record TopicRow(TopicKind kind, String label, long count, List<String> caseIds) {

    public TopicRow {
      caseIds = List.copyOf(caseIds);
    }
  }

  /**
   * The steps of supervised items (批示件/督办件) in a span: opened, answered (and of those by the due
   * date), sent back by the leader, closed.
   */
  public record SupervisedItems(
      long opened, long answered, long answeredOnTime, long sentBack, long closed) {}

  /** The counts of the agencies' cases in {@code [from, to]}; ratings as the agency counts them. */
  public Span span(String agencyCode, Set<String> agencies, LocalDate from, LocalDate to) {
    MapSqlParameterSource params = params(agencies, from, to, agencyCode);
    Map<String, Long> byChannel = new LinkedHashMap<>();
    jdbc.query(
        "SELECT channel, COUNT(*) AS n FROM stat_complaint_case WHERE generation = :generation"
            + " AND agency_code IN (:agencies)"
            + RECEIVED_IN_SPAN
            + NOT_MERGED
            + " GROUP BY channel ORDER BY channel",
        params,
        rs -> {
          byChannel.put(rs.getString("channel"), rs.getLong("n"));
        });
    long received = byChannel.values().stream().mapToLong(Long::longValue).sum();
    Map<String, Object> closed =
        jdbc.queryForMap(
            "SELECT COUNT(*) AS closed,"
                + " COALESCE(SUM(CASE WHEN on_time = TRUE THEN 1 ELSE 0 END), 0) AS on_time,"
                + " COALESCE(SUM(CASE WHEN followed_up = TRUE THEN 1 ELSE 0 END), 0) AS followed_up,"
                + " COALESCE(SUM(CASE WHEN followed_up = TRUE AND rating IS NOT NULL THEN 1 ELSE 0"
                + " END), 0) AS rated,"
                + " COALESCE(SUM(CASE WHEN followed_up = TRUE AND rating IN (:satisfied) THEN 1"
                + " ELSE 0 END), 0) AS satisfied"
                + " FROM stat_complaint_case WHERE generation = :generation"
                + " AND agency_code IN (:agencies)"
                + CLOSED_IN_SPAN
                + NOT_MERGED,
            params);
    long closedCount = number(closed.get("closed"));
    long onTime = number(closed.get("on_time"));
    long followedUp = number(closed.get("followed_up"));
    long rated = number(closed.get("rated"));
    long satisfied = number(closed.get("satisfied"));
    return new Span(
        count(
            "SELECT COUNT(*) FROM stat_disclosure_case WHERE generation = :generation"
                + " AND agency_code IN (:agencies)"
                + RECEIVED_IN_SPAN,
            params),
        count(
            "SELECT COUNT(*) FROM stat_disclosure_case WHERE generation = :generation"
                + " AND agency_code IN (:agencies)"
                + FINISHED_IN_SPAN,
            params),
        received,
        byChannel,
        closedCount,
        onTime,
        followedUp,
        rated,
        satisfied,
        StatisticsQueries.rate(onTime, closedCount),
        StatisticsQueries.rate(followedUp, closedCount),
        StatisticsQueries.rate(satisfied, rated));
  }

  /** Per responsible unit: received and closed in the span, with the rates; the worst first. */
  public List<UnitRow> units(
      String agencyCode, Set<String> agencies, LocalDate from, LocalDate to) {
    List<UnitRow> rows = new ArrayList<>();
    jdbc.query(
        "SELECT unit_code,"
            + " SUM(CASE WHEN received_on BETWEEN :from AND :to THEN 1 ELSE 0 END) AS received,"
            + " SUM(CASE WHEN closed_on BETWEEN :from AND :to THEN 1 ELSE 0 END) AS closed,"
            + " SUM(CASE WHEN closed_on BETWEEN :from AND :to AND on_time = TRUE THEN 1 ELSE 0"
            + " END) AS on_time,"
            + " SUM(CASE WHEN closed_on BETWEEN :from AND :to AND followed_up = TRUE AND rating IS"
            + " NOT NULL THEN 1 ELSE 0 END) AS rated,"
            + " SUM(CASE WHEN closed_on BETWEEN :from AND :to AND followed_up = TRUE AND rating IN"
            + " (:satisfied) THEN 1 ELSE 0 END) AS satisfied"
            + " FROM stat_complaint_case WHERE generation = :generation"
            + " AND agency_code IN (:agencies) AND unit_code IS NOT NULL"
            + " AND (received_on BETWEEN :from AND :to OR closed_on BETWEEN :from AND :to)"
            + NOT_MERGED
            + " GROUP BY unit_code",
        params(agencies, from, to, agencyCode),
        rs -> {
          long closed = rs.getLong("closed");
          long onTime = rs.getLong("on_time");
          long rated = rs.getLong("rated");
          long satisfied = rs.getLong("satisfied");
          rows.add(
              new UnitRow(
                  rs.getString("unit_code"),
                  rs.getLong("received"),
                  closed,
                  onTime,
                  rated,
                  satisfied,
                  StatisticsQueries.rate(onTime, closed),
                  StatisticsQueries.rate(satisfied, rated)));
        });
    rows.sort(
        java.util.Comparator.comparing(
                (UnitRow row) ->
                    row.onTimeRate() == null ? BigDecimal.valueOf(101) : row.onTimeRate())
            .thenComparing(
                row ->
                    row.satisfactionRate() == null
                        ? BigDecimal.valueOf(101)
                        : row.satisfactionRate())
            .thenComparing(UnitRow::unitCode));
    return rows;
  }

  /** Open complaints whose time limit ends on or before {@code dueBy} (overdue ones included). */
  public List<OpenComplaint> openComplaintsDueBy(Set<String> agencies, LocalDate dueBy) {
    return jdbc.query(
        "SELECT case_id, unit_code, due_on FROM stat_complaint_case WHERE generation = :generation"
            + " AND agency_code IN (:agencies) AND status <> 'CLOSED' AND due_on IS NOT NULL"
            + " AND due_on <= :dueBy"
            + NOT_MERGED
            + " ORDER BY due_on, case_id",
        ofAgencies(agencies).addValue("dueBy", dueBy),
        (rs, n) ->
            new OpenComplaint(
                rs.getString("case_id"),
                rs.getString("unit_code"),
                rs.getObject("due_on", LocalDate.class)));
  }

  /**
   * Open disclosure requests whose running due date is on or before {@code dueBy}, and those marked
   * overdue; the earliest due first. A paused request has no running due date.
   */
  public List<OpenDisclosure> openDisclosuresDueBy(Set<String> agencies, LocalDate dueBy) {
    return jdbc.query(
        "SELECT case_id, tracking_number, due_on, overdue FROM stat_disclosure_case"
            + " WHERE generation = :generation AND agency_code IN (:agencies)"
            + " AND status <> 'FINISHED' AND finished_on IS NULL"
            + " AND (overdue = TRUE OR (due_on IS NOT NULL AND due_on <= :dueBy))"
            + " ORDER BY due_on, tracking_number, case_id",
        ofAgencies(agencies).addValue("dueBy", dueBy),
        (rs, n) ->
            new OpenDisclosure(
                rs.getString("case_id"),
                rs.getString("tracking_number"),
                rs.getObject("due_on", LocalDate.class),
                rs.getBoolean("overdue")));
  }

  /**
   * The week's topics of the complaints received in {@code [from, to]}: the {@code top} most
   * frequent category × area, then every caller (by masked phone) and every category × area with at
   * least {@code repeatedAt} complaints. Most frequent first.
   */
  public List<TopicRow> topics(
      Set<String> agencies, LocalDate from, LocalDate to, int top, int repeatedAt) {
    List<ReceivedComplaint> received =
        jdbc.query(
            "SELECT case_id, category, area_code, masked_phone, merged, closure"
                + " FROM stat_complaint_case WHERE generation = :generation"
                + " AND agency_code IN (:agencies) AND received_on BETWEEN :from AND :to"
                + " ORDER BY received_on, case_id",
            ofAgencies(agencies).addValue("from", from).addValue("to", to),
            (rs, n) ->
                new ReceivedComplaint(
                    rs.getString("case_id"),
                    rs.getString("category"),
                    rs.getString("area_code"),
                    rs.getString("masked_phone"),
                    rs.getBoolean("merged") || "MERGED".equals(rs.getString("closure"))));
    List<TopicRow> rows = new ArrayList<>();
    rows.addAll(
        TopicTally.of(
                received.stream().filter(c -> !c.repeat() && c.category() != null).toList(),
                ReceivedComplaint::matter)
            .stream()
            .limit(top)
            .map(t -> new TopicRow(TopicKind.TOPIC, matterLabel(t.key()), t.count(), t.caseIds()))
            .toList());
    for (TopicTally tally :
        TopicTally.of(
            received.stream().filter(c -> c.maskedPhone() != null).toList(),
            ReceivedComplaint::maskedPhone)) {
      if (tally.count() >= repeatedAt) {
        rows.add(
            new TopicRow(
                TopicKind.REPEATED_CALLER, "来电号码 " + tally.key(), tally.count(), tally.caseIds()));
      }
    }
    for (TopicTally tally :
        TopicTally.of(
            received.stream().filter(c -> c.areaCode() != null && c.category() != null).toList(),
            ReceivedComplaint::matter)) {
      if (tally.count() >= repeatedAt) {
        rows.add(
            new TopicRow(
                TopicKind.REPEATED_PLACE,
                matterLabel(tally.key()),
                tally.count(),
                tally.caseIds()));
      }
    }
    return rows;
  }

  /** The steps of the agencies' supervised items in {@code [from, to]}. */
  public SupervisedItems supervisedItems(Set<String> agencies, LocalDate from, LocalDate to) {
    Map<String, Object> row =
        jdbc.queryForMap(
            "SELECT"
                + " COALESCE(SUM(CASE WHEN event_type = :opened THEN 1 ELSE 0 END), 0) AS opened,"
                + " COALESCE(SUM(CASE WHEN event_type = :answered THEN 1 ELSE 0 END), 0) AS answered,"
                + " COALESCE(SUM(CASE WHEN event_type = :answered AND answered_on_time = TRUE"
                + " THEN 1 ELSE 0 END), 0) AS answered_on_time,"
                + " COALESCE(SUM(CASE WHEN event_type = :sentBack THEN 1 ELSE 0 END), 0) AS sent_back,"
                + " COALESCE(SUM(CASE WHEN event_type = :closed THEN 1 ELSE 0 END), 0) AS closed"
                + " FROM stat_supervision_step WHERE generation = :generation"
                + " AND agency_code IN (:agencies) AND occurred_on BETWEEN :from AND :to",
            ofAgencies(agencies)
                .addValue("from", from)
                .addValue("to", to)
                .addValue("opened", SupervisionStep.OPENED)
                .addValue("answered", SupervisionStep.ANSWERED)
                .addValue("sentBack", SupervisionStep.SENT_BACK)
                .addValue("closed", SupervisionStep.CLOSED));
    return new SupervisedItems(
        number(row.get("opened")),
        number(row.get("answered")),
        number(row.get("answered_on_time")),
        number(row.get("sent_back")),
        number(row.get("closed")));
  }

  /** 「投诉（区域：城关镇人民政府）」: the category's label and the area, named if it is an agency. */
  private String matterLabel(String matter) {
    int separator = matter.indexOf('|');
    String category = matter.substring(0, separator);
    String area = matter.substring(separator + 1);
    return CATEGORY_LABELS.getOrDefault(category, category)
        + "（"
        + (area.isEmpty()
            ? "未填区域"
            : "区域：" + organization.agency(area).map(a -> a.name()).orElse(area))
        + "）";
  }

  /** A complaint received in the span, as the topics count it. */
  private record ReceivedComplaint(
      String caseId,
      @Nullable String category,
      @Nullable String areaCode,
      @Nullable String maskedPhone,
      boolean repeat) {

    String matter() {
      return category + "|" + (areaCode == null ? "" : areaCode);
    }
  }

  /** Complaints grouped by a key: the largest group first, then by key. */
  private record TopicTally(String key, long count, List<String> caseIds) {

    static List<TopicTally> of(
        List<ReceivedComplaint> complaints,
        java.util.function.Function<ReceivedComplaint, @Nullable String> key) {
      Map<String, List<String>> groups = new LinkedHashMap<>();
      for (ReceivedComplaint complaint : complaints) {
        String k = key.apply(complaint);
        if (k != null) {
          groups.computeIfAbsent(k, g -> new ArrayList<>()).add(complaint.caseId());
        }
      }
      return groups.entrySet().stream()
          .map(e -> new TopicTally(e.getKey(), e.getValue().size(), e.getValue()))
          .sorted(
              java.util.Comparator.comparingLong(TopicTally::count)
                  .reversed()
                  .thenComparing(TopicTally::key))
          .toList();
    }
  }

  /** The active generation and the agencies, for a query's parameters. */
  private MapSqlParameterSource ofAgencies(Set<String> agencies) {
    return new MapSqlParameterSource("generation", generations.active())
        .addValue("agencies", agencies);
  }

  private MapSqlParameterSource params(
      Set<String> agencies, LocalDate from, LocalDate to, String agencyCode) {
    boolean basicallySatisfied = settings.basicallySatisfiedCounts(organization.agency(agencyCode));
    return new MapSqlParameterSource("generation", generations.active())
        .addValue("agencies", agencies)
        .addValue("from", from)
        .addValue("to", to)
        .addValue("satisfied", StatisticsSettings.satisfiedRatings(basicallySatisfied));
  }

  private long count(String sql, MapSqlParameterSource params) {
    Long n = jdbc.queryForObject(sql, params, Long.class);
    return n == null ? 0 : n;
  }

  private static long number(@Nullable Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
