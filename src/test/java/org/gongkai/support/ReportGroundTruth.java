package org.gongkai.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The annual report's figures recounted by hand, as DOMAIN.md §2 and §3 define them, from the
 * operational tables ({@code disclosure_request}, {@code disclosure_appeal}, {@code complaint},
 * {@code agency}) with plain JDBC — never from the statistics read model nor with the statistics
 * module's code — so that a test can hold the report API to an independent count.
 *
 * <p>Every figure is counted on business dates in {@code Asia/Shanghai}. The moments the
 * application stores ({@code DATETIME} columns written through JPA) hold UTC wall-clock time
 * ({@code hibernate.jdbc.time_zone: UTC}); the {@code DATE} columns hold business dates already.
 *
 * <p>The answers have the shape of the API's JSON, so that a test compares them with {@link
 * #sectionThreeOf}, {@link #sectionFourOf} and {@link #complaintFiguresOf} of the API's answer:
 *
 * <pre>{@code
 * assertThat(truth.sectionThree(agency, year, false))
 *     .isEqualTo(ReportGroundTruth.sectionThreeOf(apiReport));
 * }</pre>
 */
public final class ReportGroundTruth {

  /** The zone business dates are reckoned in (DOMAIN.md §2). */
  public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

  /** The zone the application's {@code DATETIME} columns are written in. */
  private static final ZoneId STORED_ZONE = ZoneOffset.UTC;

  /** The applicant columns of section three, in table order, then the total. */
  public static final List<String> COLUMNS =
      List.of(
          "NATURAL_PERSON",
          "COMMERCIAL_ENTERPRISE",
          "RESEARCH_INSTITUTION",
          "SOCIAL_WELFARE_ORGANIZATION",
          "LEGAL_SERVICE_AGENCY",
          "OTHER_ORGANIZATION",
          "TOTAL");

  /** Every outcome leaf of DOMAIN.md §1 (Art. 36 → report rows), in table order. */
  public static final List<String> OUTCOMES =
      List.of(
          "DISCLOSED",
          "PARTIALLY_DISCLOSED",
          "REFUSED_STATE_SECRET",
          "REFUSED_OTHER_LAW",
          "REFUSED_THREE_SECURITY_ONE_STABILITY",
          "REFUSED_THIRD_PARTY_RIGHTS",
          "REFUSED_INTERNAL_AFFAIRS",
          "REFUSED_PROCESS_INFORMATION",
          "REFUSED_ENFORCEMENT_FILE",
          "REFUSED_ADMINISTRATIVE_QUERY",
          "UNAVAILABLE_NOT_HELD",
          "UNAVAILABLE_NEEDS_CREATION",
          "UNAVAILABLE_UNCLEAR_AFTER_CORRECTION",
          "NOT_PROCESSED_PETITION_COMPLAINT",
          "NOT_PROCESSED_REPEATED",
          "NOT_PROCESSED_PUBLICATION",
          "NOT_PROCESSED_MASS_REPEATED",
          "NOT_PROCESSED_CONFIRM_OR_REISSUE",
          "OTHER_NO_CORRECTION",
          "OTHER_FEE_UNPAID",
          "OTHER");

  /** The three （六） leaves the 2019 format sums into its single 「其他处理」 row. */
  private static final Set<String> OTHER_HANDLING =
      Set.of("OTHER_NO_CORRECTION", "OTHER_FEE_UNPAID", "OTHER");

  /** The blocks of section four and the appeal kind each counts. */
  private static final Map<String, String> APPEAL_BLOCKS = appealBlocks();

  /** The columns of a section-four block. */
  public static final List<String> APPEAL_COLUMNS =
      List.of("UPHELD", "CORRECTED", "OTHER", "PENDING", "TOTAL");

  /** The complaint channels of DOMAIN.md §3. */
  public static final List<String> COMPLAINT_CHANNELS =
      List.of("PHONE", "ONLINE", "LINKAGE_110", "HOTLINE_12345", "SERVICE_REVIEW", "WALK_IN");

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** Opens a connection to the database that holds the operational tables. */
  @FunctionalInterface
  public interface Connections {
    Connection open() throws SQLException;
  }

  private final Connections connections;
  private final boolean basicallySatisfiedByDefault;

  /**
   * @param basicallySatisfiedByDefault whether 基本满意 counts as satisfied for an agency without a
   *     setting of its own ({@code gongkai.statistics.basically-satisfied-counts}, true unless set)
   */
  public ReportGroundTruth(Connections connections, boolean basicallySatisfiedByDefault) {
    this.connections = connections;
    this.basicallySatisfiedByDefault = basicallySatisfiedByDefault;
  }

  /** Counts in the database of the data source, with 基本满意 counted as satisfied by default. */
  public static ReportGroundTruth of(DataSource dataSource) {
    return new ReportGroundTruth(dataSource::getConnection, true);
  }

  /** Counts in the database at the JDBC URL, with 基本满意 counted as satisfied by default. */
  public static ReportGroundTruth of(String jdbcUrl, String username, String password) {
    return new ReportGroundTruth(
        () -> DriverManager.getConnection(jdbcUrl, username, password), true);
  }

  // ---------------------------------------------------------------- section three

  /**
   * Section three of the year's report: {@code {columns: [...], rows: [{key, values: [7
   * counts]}]}}, rows in table order in the format of the year (2019 format for 2019 and 2020, with
   * one （六） row {@code other}; 2021 format after, with three).
   */
  public JsonNode sectionThree(String agencyCode, int year, boolean includeSubordinates) {
    List<Request> requests = requests(agencies(agencyCode, includeSubordinates));
    LocalDate start = LocalDate.of(year, 1, 1);
    LocalDate end = LocalDate.of(year, 12, 31);
    Predicate<Request> finishedInYear = r -> r.finishedIn(start, end);

    ObjectNode section = JSON.objectNode();
    ArrayNode columns = section.putArray("columns");
    COLUMNS.forEach(columns::add);
    ArrayNode rows = section.putArray("rows");
    addRow(rows, "new_received", requests, r -> inYear(r.receivedOn(), start, end));
    addRow(
        rows,
        "carried_in",
        requests,
        r -> r.receivedOn().isBefore(start) && !r.finishedBefore(start));
    for (String outcome : OUTCOMES) {
      boolean format2019 = year <= 2020;
      if (format2019 && OTHER_HANDLING.contains(outcome)) {
        if (outcome.equals("OTHER")) {
          addRow(
              rows,
              "other",
              requests,
              finishedInYear.and(r -> OTHER_HANDLING.contains(r.outcome())));
        }
        continue;
      }
      addRow(
          rows,
          outcome.toLowerCase(Locale.ROOT),
          requests,
          finishedInYear.and(r -> outcome.equals(r.outcome())));
    }
    addRow(rows, "result_total", requests, finishedInYear);
    addRow(
        rows,
        "carried_out",
        requests,
        r -> !r.receivedOn().isAfter(end) && !r.finishedBefore(end.plusDays(1)));
    return section;
  }

  /** The API's section three reduced to what {@link #sectionThree} answers. */
  public static JsonNode sectionThreeOf(JsonNode disclosureReport) {
    JsonNode api = disclosureReport.get("sectionThree");
    ObjectNode section = JSON.objectNode();
    ArrayNode columns = section.putArray("columns");
    api.get("columns").forEach(c -> columns.add(c.asText()));
    ArrayNode rows = section.putArray("rows");
    for (JsonNode apiRow : api.get("rows")) {
      ObjectNode row = rows.addObject();
      row.put("key", apiRow.get("key").asText());
      ArrayNode values = row.putArray("values");
      apiRow.get("values").forEach(v -> values.add(v.asLong()));
    }
    return section;
  }

  private static void addRow(
      ArrayNode rows, String key, List<Request> requests, Predicate<Request> counted) {
    Map<String, Long> byApplicant = new HashMap<>();
    long total = 0;
    for (Request request : requests) {
      if (counted.test(request)) {
        byApplicant.merge(request.applicantType(), 1L, Long::sum);
        total++;
      }
    }
    ObjectNode row = rows.addObject();
    row.put("key", key);
    ArrayNode values = row.putArray("values");
    for (String column : COLUMNS.subList(0, COLUMNS.size() - 1)) {
      values.add(byApplicant.getOrDefault(column, 0L));
    }
    values.add(total);
  }

  // ---------------------------------------------------------------- section four

  /**
   * Section four of the year's report: {@code {rows: [{key, values: {UPHELD, CORRECTED, OTHER,
   * PENDING, TOTAL}}]}}. An appeal decided in the year counts under its result; one filed by the
   * year's end and not decided by then counts as pending.
   */
  public JsonNode sectionFour(String agencyCode, int year, boolean includeSubordinates) {
    List<AppealRow> appeals = appeals(agencies(agencyCode, includeSubordinates));
    LocalDate start = LocalDate.of(year, 1, 1);
    LocalDate end = LocalDate.of(year, 12, 31);
    ObjectNode section = JSON.objectNode();
    ArrayNode rows = section.putArray("rows");
    APPEAL_BLOCKS.forEach(
        (key, kind) -> {
          Map<String, Long> values = new LinkedHashMap<>();
          APPEAL_COLUMNS.forEach(column -> values.put(column, 0L));
          for (AppealRow appeal : appeals) {
            if (!appeal.kind().equals(kind)) {
              continue;
            }
            String column = null;
            if (appeal.decidedOn() != null
                && appeal.result() != null
                && inYear(appeal.decidedOn(), start, end)) {
              column = appeal.result();
            } else if (!appeal.filedOn().isAfter(end)
                && (appeal.decidedOn() == null
                    || appeal.result() == null
                    || appeal.decidedOn().isAfter(end))) {
              column = "PENDING";
            }
            if (column != null) {
              values.merge(column, 1L, Long::sum);
              values.merge("TOTAL", 1L, Long::sum);
            }
          }
          ObjectNode row = rows.addObject();
          row.put("key", key);
          ObjectNode cells = row.putObject("values");
          values.forEach(cells::put);
        });
    return section;
  }

  /** The API's section four reduced to what {@link #sectionFour} answers. */
  public static JsonNode sectionFourOf(JsonNode disclosureReport) {
    ObjectNode section = JSON.objectNode();
    ArrayNode rows = section.putArray("rows");
    for (JsonNode apiRow : disclosureReport.at("/sectionFour/rows")) {
      ObjectNode row = rows.addObject();
      row.put("key", apiRow.get("key").asText());
      ObjectNode cells = row.putObject("values");
      apiRow.get("values").properties().forEach(e -> cells.put(e.getKey(), e.getValue().asLong()));
    }
    return section;
  }

  // ---------------------------------------------------------------- complaints

  /**
   * The year's complaint counts of section one: {@code {received, byChannel: {every channel},
   * closed, closedOnTime, followedUp, rated, satisfied}}. A repeat ticket merged into another case
   * (并单) counts with that case only. Of the complaints received in the year: closed by its end; of
   * those, closed on time, followed up (回访, reached or not), followed up with a rating, and rated
   * 满意 (or 基本满意 where the agency counts it, DOMAIN.md §3).
   */
  public JsonNode complaintFigures(String agencyCode, int year, boolean includeSubordinates) {
    List<ComplaintRow> complaints = complaints(agencies(agencyCode, includeSubordinates));
    Set<String> satisfiedRatings =
        basicallySatisfiedCounts(agencyCode)
            ? Set.of("SATISFIED", "BASICALLY_SATISFIED")
            : Set.of("SATISFIED");
    LocalDate start = LocalDate.of(year, 1, 1);
    LocalDate end = LocalDate.of(year, 12, 31);
    Map<String, Long> byChannel = new LinkedHashMap<>();
    COMPLAINT_CHANNELS.forEach(channel -> byChannel.put(channel, 0L));
    long received = 0;
    long closed = 0;
    long closedOnTime = 0;
    long followedUp = 0;
    long rated = 0;
    long satisfied = 0;
    for (ComplaintRow complaint : complaints) {
      if (complaint.mergedIntoAnother() || !inYear(complaint.receivedOn(), start, end)) {
        continue;
      }
      received++;
      byChannel.merge(complaint.channel(), 1L, Long::sum);
      if (complaint.closedOn() == null || complaint.closedOn().isAfter(end)) {
        continue;
      }
      closed++;
      if (complaint.onTime()) {
        closedOnTime++;
      }
      if (complaint.followedUp()) {
        followedUp++;
        if (complaint.rating() != null) {
          rated++;
          if (satisfiedRatings.contains(complaint.rating())) {
            satisfied++;
          }
        }
      }
    }
    ObjectNode figures = JSON.objectNode();
    figures.put("received", received);
    ObjectNode channels = figures.putObject("byChannel");
    byChannel.forEach(channels::put);
    figures.put("closed", closed);
    figures.put("closedOnTime", closedOnTime);
    figures.put("followedUp", followedUp);
    figures.put("rated", rated);
    figures.put("satisfied", satisfied);
    return figures;
  }

  /** The API's complaint figures reduced to what {@link #complaintFigures} answers. */
  public static JsonNode complaintFiguresOf(JsonNode apiFigures) {
    ObjectNode figures = JSON.objectNode();
    figures.put("received", apiFigures.get("received").asLong());
    ObjectNode channels = figures.putObject("byChannel");
    apiFigures
        .get("byChannel")
        .properties()
        .forEach(e -> channels.put(e.getKey(), e.getValue().asLong()));
    for (String field : List.of("closed", "closedOnTime", "followedUp", "rated", "satisfied")) {
      figures.put(field, apiFigures.get(field).asLong());
    }
    return figures;
  }

  // ---------------------------------------------------------------- reading the tables

  /** A disclosure request as the operational table holds it. */
  private record Request(
      String applicantType,
      LocalDate receivedOn,
      @Nullable String outcome,
      @Nullable LocalDate finishedOn) {

    boolean finishedIn(LocalDate start, LocalDate end) {
      return finishedOn != null && inYear(finishedOn, start, end);
    }

    boolean finishedBefore(LocalDate day) {
      return finishedOn != null && finishedOn.isBefore(day);
    }
  }

  private record AppealRow(
      String kind, LocalDate filedOn, @Nullable String result, @Nullable LocalDate decidedOn) {}

  private record ComplaintRow(
      String channel,
      LocalDate receivedOn,
      boolean mergedIntoAnother,
      @Nullable LocalDate closedOn,
      boolean onTime,
      boolean followedUp,
      @Nullable String rating) {}

  /**
   * The requests of the agencies. A request is finished when its final reply or closing decision
   * has a moment ({@code finished_at}); the business date of that moment decides its year.
   */
  private List<Request> requests(Set<String> agencies) {
    return query(
        "SELECT applicant_type, received_on, status, outcome, finished_at"
            + " FROM disclosure_request WHERE agency_code IN ("
            + placeholders(agencies)
            + ")",
        List.copyOf(agencies),
        rs -> {
          LocalDate finishedOn = businessDate(rs, "finished_at");
          boolean finished = "FINISHED".equals(rs.getString("status"));
          return new Request(
              rs.getString("applicant_type"),
              rs.getObject("received_on", LocalDate.class),
              finished ? rs.getString("outcome") : null,
              finished ? finishedOn : null);
        });
  }

  /** The appeals about requests of the agencies. */
  private List<AppealRow> appeals(Set<String> agencies) {
    return query(
        "SELECT a.kind, a.filed_at, a.result, a.decided_at FROM disclosure_appeal a"
            + " JOIN disclosure_request r ON r.id = a.request_id"
            + " WHERE r.agency_code IN ("
            + placeholders(agencies)
            + ")",
        List.copyOf(agencies),
        rs ->
            new AppealRow(
                rs.getString("kind"),
                businessDate(rs, "filed_at"),
                rs.getString("result"),
                businessDate(rs, "decided_at")));
  }

  /** The complaints of the agencies. */
  private List<ComplaintRow> complaints(Set<String> agencies) {
    return query(
        "SELECT channel, received_at, merged_into_id, closure, closed_at, on_time, followed_up,"
            + " rating FROM complaint WHERE agency_code IN ("
            + placeholders(agencies)
            + ")",
        List.copyOf(agencies),
        rs ->
            new ComplaintRow(
                rs.getString("channel"),
                businessDate(rs, "received_at"),
                rs.getString("merged_into_id") != null || "MERGED".equals(rs.getString("closure")),
                businessDate(rs, "closed_at"),
                rs.getBoolean("on_time"),
                rs.getBoolean("followed_up"),
                rs.getString("rating")));
  }

  /** The agency, and with its subordinates every agency below it at any depth. */
  private Set<String> agencies(String agencyCode, boolean includeSubordinates) {
    if (!includeSubordinates) {
      return Set.of(agencyCode);
    }
    Map<String, List<String>> children = new HashMap<>();
    for (String[] link :
        query(
            "SELECT code, parent_code FROM agency WHERE parent_code IS NOT NULL",
            List.of(),
            rs -> new String[] {rs.getString("code"), rs.getString("parent_code")})) {
      children.computeIfAbsent(link[1], p -> new ArrayList<>()).add(link[0]);
    }
    Set<String> found = new LinkedHashSet<>();
    Deque<String> pending = new ArrayDeque<>(List.of(agencyCode));
    while (!pending.isEmpty()) {
      String code = pending.pop();
      if (found.add(code)) {
        pending.addAll(children.getOrDefault(code, List.of()));
      }
    }
    return Collections.unmodifiableSet(found);
  }

  /** The agency's own 基本满意 setting, else the default. */
  private boolean basicallySatisfiedCounts(String agencyCode) {
    List<Boolean> setting =
        query(
            "SELECT basically_satisfied_counts FROM agency WHERE code = ?",
            List.of(agencyCode),
            rs -> {
              boolean value = rs.getBoolean(1);
              return rs.wasNull() ? basicallySatisfiedByDefault : value;
            });
    return setting.isEmpty() ? basicallySatisfiedByDefault : setting.get(0);
  }

  /** The business date of a stored moment, or null when the column is null. */
  private static @Nullable LocalDate businessDate(ResultSet rs, String column) throws SQLException {
    LocalDateTime stored = rs.getObject(column, LocalDateTime.class);
    return stored == null
        ? null
        : stored.atZone(STORED_ZONE).withZoneSameInstant(BUSINESS_ZONE).toLocalDate();
  }

  private static boolean inYear(LocalDate day, LocalDate start, LocalDate end) {
    return !day.isBefore(start) && !day.isAfter(end);
  }

  private static String placeholders(Set<String> values) {
    return String.join(",", Collections.nCopies(values.size(), "?"));
  }

  @FunctionalInterface
  private interface RowReader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private <T> List<T> query(String sql, List<String> parameters, RowReader<T> reader) {
    try (Connection connection = connections.open();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.size(); i++) {
        statement.setString(i + 1, parameters.get(i));
      }
      List<T> rows = new ArrayList<>();
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          rows.add(reader.read(rs));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("ground truth query failed: " + sql, e);
    }
  }

  private static Map<String, String> appealBlocks() {
    Map<String, String> blocks = new LinkedHashMap<>();
    blocks.put("review", "ADMINISTRATIVE_REVIEW");
    blocks.put("litigation_direct", "LITIGATION_DIRECT");
    blocks.put("litigation_after_review", "LITIGATION_AFTER_REVIEW");
    return Collections.unmodifiableMap(blocks);
  }
}
