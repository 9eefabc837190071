package org.gongkai.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.gongkai.organization.AgencyKind;
import org.gongkai.organization.NewAgency;
import org.gongkai.organization.NewStaff;
import org.gongkai.organization.Organization;
import org.gongkai.organization.Role;
import org.gongkai.support.IntegrationTest;
import org.gongkai.support.RealInfrastructure;
import org.gongkai.support.ReportGroundTruth;
import org.gongkai.support.StaffClient;
import org.gongkai.support.StaffClient.Response;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The report API agrees, cell for cell, with a count made by hand from the operational tables
 * ({@link ReportGroundTruth}): a county and one of its departments work a varied set of cases
 * through the API — every applicant type, many outcomes, a request carried over from the year
 * before and one carried into the next, appeals decided and pending, complaints of every channel
 * closed on time, late, unreached, reopened, merged, answered on the spot — and sections three and
 * four and the complaint figures are compared for every year they touch, for the county alone and
 * with its department. The report year is last year by the application's clock; some moments sit on
 * New Year's night in Beijing, when it is still the old year in UTC.
 */
@IntegrationTest
class ReportGroundTruthIntegrationTests {

  private static final Duration PATIENCE = Duration.ofMinutes(2);

  @LocalServerPort int port;
  @Autowired Clock clock;
  @Autowired Organization organization;
  @Autowired DataSource dataSource;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;

  private String county;
  private String department;

  @Test
  void theReportApiEqualsTheCountFromTheOperationalTables() {
    int year = Year.now(clock).getValue() - 1;
    int previous = year - 1;
    int next = year + 1;
    county = "truth-" + UUID.randomUUID().toString().substring(0, 8);
    department = county + "-dept";
    organization.registerAgency(new NewAgency(county, "核对测试县人民政府", AgencyKind.GOVERNMENT, null));
    organization.registerAgency(
        new NewAgency(department, "核对测试县财政局", AgencyKind.DEPARTMENT, county));
    staff(county, Set.of(county, department));
    staff(department, Set.of(department));

    seedRequests(year);
    seedComplaints(year);

    ReportGroundTruth truth = ReportGroundTruth.of(dataSource);
    StaffClient author = StaffClient.as(port, county + "-author");
    Set<Integer> years = new TreeSet<>(List.of(2020, 2021, previous, year, next));
    Awaitility.await()
        .atMost(PATIENCE)
        .pollInterval(Duration.ofSeconds(1))
        .untilAsserted(() -> assertReportsEqualTheTruth(truth, author, years));

    assertReportsEqualTheTruth(truth, author, years);
    assertTheTruthCountsWhatWasSeeded(truth, year);
    assertThat(nonZeroCells(truth, years))
        .as("the comparison covers many counted cells, not tables of zeros")
        .isGreaterThanOrEqualTo(100);
  }

  /** Every cell of sections three and four and every complaint count, per year and scope. */
  private void assertReportsEqualTheTruth(
      ReportGroundTruth truth, StaffClient author, Set<Integer> years) {
    for (int year : years) {
      for (boolean withSubordinates : List.of(false, true)) {
        String query = "?agencyCode=" + county + "&includeSubordinates=" + withSubordinates;
        String scope = year + (withSubordinates ? " with subordinates" : " alone");
        JsonNode report = ok(author.get("/api/reports/disclosure/" + year + query));
        assertThat(report.get("format").asText())
            .as("format of " + year)
            .isEqualTo(year <= 2020 ? "2019" : "2021");
        assertThat(ReportGroundTruth.sectionThreeOf(report))
            .as("section three, " + scope)
            .isEqualTo(truth.sectionThree(county, year, withSubordinates));
        assertThat(ReportGroundTruth.sectionFourOf(report))
            .as("section four, " + scope)
            .isEqualTo(truth.sectionFour(county, year, withSubordinates));
        JsonNode figures = ok(author.get("/api/reports/complaints/" + year + query));
        assertThat(ReportGroundTruth.complaintFiguresOf(figures))
            .as("complaint figures, " + scope)
            .isEqualTo(truth.complaintFigures(county, year, withSubordinates));
      }
    }
  }

  /**
   * A few cells counted from the seeding below, so that the ground truth itself is held to the
   * rules (and to Beijing time): an agreement of two wrong counts cannot pass.
   */
  private void assertTheTruthCountsWhatWasSeeded(ReportGroundTruth truth, int year) {
    JsonNode three = truth.sectionThree(county, year, false);
    assertThat(row(three, "new_received")).containsExactly(4L, 2L, 1L, 1L, 1L, 1L, 10L);
    assertThat(row(three, "carried_in")).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 1L);
    assertThat(row(three, "disclosed")).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 1L);
    assertThat(row(three, "other_no_correction")).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 1L);
    assertThat(row(three, "result_total")).containsExactly(4L, 1L, 1L, 1L, 1L, 1L, 9L);
    assertThat(row(three, "carried_out")).containsExactly(1L, 1L, 0L, 0L, 0L, 0L, 2L);
    assertThat(row(truth.sectionThree(county, year, true), "new_received"))
        .containsExactly(4L, 2L, 1L, 1L, 1L, 2L, 11L);
    assertThat(row(truth.sectionThree(county, 2020, false), "other"))
        .containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 1L);
    assertThat(row(truth.sectionThree(county, 2021, false), "carried_in"))
        .containsExactly(0L, 1L, 0L, 0L, 0L, 0L, 1L);

    JsonNode four = truth.sectionFour(county, year, false);
    assertThat(block(four, "review")).isEqualTo(List.of(1L, 0L, 1L, 0L, 2L));
    assertThat(block(four, "litigation_direct")).isEqualTo(List.of(0L, 0L, 0L, 1L, 1L));
    assertThat(block(four, "litigation_after_review")).isEqualTo(List.of(0L, 0L, 0L, 1L, 1L));
    assertThat(block(truth.sectionFour(county, year + 1, false), "litigation_direct"))
        .isEqualTo(List.of(0L, 1L, 0L, 0L, 1L));

    JsonNode complaints = truth.complaintFigures(county, year, false);
    assertThat(complaints.get("received").asLong()).isEqualTo(11);
    assertThat(complaints.at("/byChannel/ONLINE").asLong()).isEqualTo(2);
    assertThat(complaints.at("/byChannel/HOTLINE_12345").asLong()).isEqualTo(1);
    assertThat(complaints.at("/byChannel/LINKAGE_110").asLong()).isEqualTo(1);
    assertThat(complaints.at("/byChannel/SERVICE_REVIEW").asLong()).isEqualTo(1);
    assertThat(complaints.at("/byChannel/WALK_IN").asLong())
        .as("with the transferred request")
        .isEqualTo(2);
    assertThat(complaints.get("closed").asLong()).isEqualTo(7);
    assertThat(complaints.get("closedOnTime").asLong()).isEqualTo(5);
    assertThat(complaints.get("followedUp").asLong()).isEqualTo(6);
    assertThat(complaints.get("rated").asLong()).isEqualTo(4);
    assertThat(complaints.get("satisfied").asLong()).isEqualTo(3);
    assertThat(truth.complaintFigures(county, year, true).get("received").asLong()).isEqualTo(12);
    assertThat(truth.complaintFigures(county, year + 1, false).get("received").asLong())
        .isEqualTo(1);
  }

  // ------------------------------------------------------------------ disclosure requests

  /**
   * Requests of the county in the report year, one carried in from the year before, one finished
   * the year before, one open at the year's end and one answered at half past midnight on New
   * Year's Day; one of the department; two in 2020 for the 2019 format.
   */
  private void seedRequests(int year) {
    int previous = year - 1;
    int next = year + 1;

    String carried = register(county, "NATURAL_PERSON", date(previous, 12, 15));
    answer(county, carried, "DISCLOSED", at(date(year, 1, 8), 10));

    String partial = register(county, "COMMERCIAL_ENTERPRISE", date(year, 3, 2));
    answer(county, partial, "PARTIALLY_DISCLOSED", at(date(year, 3, 20), 10));
    String review = fileAppeal(partial, "administrative-review", false, at(date(year, 4, 10), 10));
    decideAppeal(partial, "administrative-review", review, "UPHELD", at(date(year, 6, 1), 10));
    fileAppeal(partial, "lawsuit", true, at(date(year, 6, 20), 10));

    String refused = register(county, "RESEARCH_INSTITUTION", date(year, 4, 1));
    answer(county, refused, "REFUSED_THIRD_PARTY_RIGHTS", at(date(year, 4, 20), 10));
    String lawsuit = fileAppeal(refused, "lawsuit", false, at(date(year, 5, 10), 10));
    decideAppeal(refused, "lawsuit", lawsuit, "CORRECTED", newYearsNight(next));

    String unavailable = register(county, "SOCIAL_WELFARE_ORGANIZATION", date(year, 5, 6));
    answer(county, unavailable, "UNAVAILABLE_NOT_HELD", at(date(year, 5, 25), 10));

    String repeated = register(county, "LEGAL_SERVICE_AGENCY", date(year, 6, 1));
    answer(county, repeated, "NOT_PROCESSED_REPEATED", at(date(year, 6, 15), 10));

    String withdrawn = register(county, "OTHER_ORGANIZATION", date(year, 7, 1));
    command(county, "desk", withdrawn, "withdrawal", Map.of("at", at(date(year, 7, 3), 10)));

    String transferred = register(county, "NATURAL_PERSON", date(year, 8, 3));
    command(
        county,
        "handler",
        transferred,
        "transfer-to-complaint",
        Map.of("at", at(date(year, 8, 5), 10)));

    String secret = register(county, "NATURAL_PERSON", date(year, 9, 1));
    answer(county, secret, "REFUSED_STATE_SECRET", at(date(year, 9, 10), 10));

    String abandoned = register(county, "NATURAL_PERSON", date(year, 12, 1));
    command(
        county,
        "handler",
        abandoned,
        "correction-request",
        Map.of(
            "items",
            "请说明所需信息的具体名称",
            "correctionDeadline",
            date(year, 12, 31).toString(),
            "at",
            at(date(year, 12, 3), 10)));
    awaitFinished(abandoned);

    String midnight = register(county, "NATURAL_PERSON", date(year, 12, 10));
    answer(county, midnight, "DISCLOSED", newYearsNight(next));

    register(county, "COMMERCIAL_ENTERPRISE", date(year, 12, 20));

    String finishedBefore = register(county, "NATURAL_PERSON", date(previous, 6, 1));
    answer(county, finishedBefore, "DISCLOSED", at(date(previous, 6, 10), 10));
    String earlyReview =
        fileAppeal(finishedBefore, "administrative-review", false, at(date(previous, 7, 1), 10));
    decideAppeal(
        finishedBefore, "administrative-review", earlyReview, "OTHER", at(date(year, 2, 1), 10));

    String departments = register(department, "OTHER_ORGANIZATION", date(year, 2, 3));
    answer(department, departments, "DISCLOSED", at(date(year, 2, 20), 10));

    String withdrawn2020 = register(county, "NATURAL_PERSON", date(2020, 6, 1));
    command(county, "desk", withdrawn2020, "withdrawal", Map.of("at", at(date(2020, 6, 5), 10)));
    String across2021 = register(county, "COMMERCIAL_ENTERPRISE", date(2020, 12, 28));
    answer(county, across2021, "DISCLOSED", at(date(2021, 1, 6), 10));
  }

  private String register(String agency, String applicantType, LocalDate received) {
    Map<String, Object> applicant = new HashMap<>();
    applicant.put("type", applicantType);
    applicant.put("name", "王五");
    applicant.put("phone", "13800001234");
    if (!applicantType.equals("NATURAL_PERSON")) {
      applicant.put("organizationName", "核对测试单位");
    }
    Response registered =
        as(agency, "desk")
            .post(
                "/api/disclosure-requests",
                Map.of(
                    "agencyCode",
                    agency,
                    "channel",
                    "IN_PERSON",
                    "submittedAt",
                    at(received, 9),
                    "receivedAt",
                    received.toString(),
                    "applicant",
                    applicant,
                    "description",
                    "申请公开本单位" + received + "的有关信息",
                    "purpose",
                    "了解",
                    "deliveryMethod",
                    "EMAIL"));
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    String id = registered.json().get("id").asText();
    DueTimers.awaitFired(runtime, management, id);
    return id;
  }

  /** Decision, review and reply: the reply at the moment given, the others an hour apart before. */
  private void answer(String agency, String id, String outcome, String repliedAt) {
    OffsetDateTime reply = OffsetDateTime.parse(repliedAt);
    command(
        agency,
        "handler",
        id,
        "decision",
        Map.of("outcome", outcome, "note", "依法处理", "at", reply.minusHours(2).toString()));
    command(
        agency,
        "reviewer",
        id,
        "review",
        Map.of("approved", true, "comment", "同意", "at", reply.minusHours(1).toString()));
    JsonNode replied =
        command(agency, "handler", id, "reply", Map.of("method", "EMAIL", "at", repliedAt));
    assertThat(replied.get("status").asText()).isEqualTo("FINISHED");
  }

  private String fileAppeal(String id, String kind, boolean afterReview, String filedAt) {
    Map<String, Object> body = new HashMap<>();
    body.put("at", filedAt);
    if (kind.equals("lawsuit")) {
      body.put("afterReview", afterReview);
    }
    Response filed =
        as(county, "handler").post("/api/disclosure-requests/" + id + "/" + kind, body);
    assertThat(filed.status()).as(filed.body()).isEqualTo(201);
    return filed.json().get(kind.equals("lawsuit") ? "lawsuitId" : "reviewId").asText();
  }

  private void decideAppeal(
      String id, String kind, String appealId, String result, String decidedAt) {
    command(
        county,
        "handler",
        id,
        kind + "/" + appealId + "/result",
        Map.of("result", result, "at", decidedAt));
  }

  private JsonNode command(
      String agency, String role, String id, String step, Map<String, Object> body) {
    Response response = as(agency, role).post("/api/disclosure-requests/" + id + "/" + step, body);
    assertThat(response.status()).as(step + ": " + response.body()).isEqualTo(200);
    DueTimers.awaitFired(runtime, management, id);
    return response.json();
  }

  /** The process abandons the request itself once its correction period has run out. */
  private void awaitFinished(String id) {
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(300))
        .untilAsserted(
            () ->
                assertThat(
                        as(county, "handler")
                            .get("/api/disclosure-requests/" + id)
                            .json()
                            .get("status")
                            .asText())
                    .isEqualTo("FINISHED"));
  }

  // ------------------------------------------------------------------ complaints

  /**
   * Complaints of the county: closed on time, late, answered on the spot, reopened by a
   * dissatisfied citizen, never reached, still open, merged into another, received at half past
   * midnight on New Year's Day; one received at 8 p.m. on New Year's Eve (a Beijing wall time
   * misread as UTC would put it in the new year) and closed after midnight; three from the ledger;
   * one of the department. The request transferred above brings one more.
   */
  private void seedComplaints(int year) {
    int next = year + 1;

    String onTime = receive("PHONE", at(date(year, 3, 5), 10), false);
    handle(onTime, at(date(year, 3, 5), 11), at(date(year, 3, 6), 10));
    followUp(onTime, true, "SATISFIED", at(date(year, 3, 7), 10));

    String late = receive("ONLINE", at(date(year, 4, 7), 10), false);
    handle(late, at(date(year, 4, 7), 11), at(date(year, 6, 30), 10));
    followUp(late, true, "BASICALLY_SATISFIED", at(date(year, 7, 1), 10));

    receive("HOTLINE_12345", at(date(year, 5, 10), 10), true);

    String reopened = receive("LINKAGE_110", at(date(year, 6, 1), 10), false);
    handle(reopened, at(date(year, 6, 1), 11), at(date(year, 6, 3), 10));
    followUp(reopened, true, "DISSATISFIED", at(date(year, 6, 4), 10));

    String unreached = receive("SERVICE_REVIEW", at(date(year, 9, 1), 10), false);
    handle(unreached, at(date(year, 9, 1), 11), at(date(year, 9, 2), 10));
    followUp(unreached, false, null, at(date(year, 9, 3), 10));
    followUp(unreached, false, null, at(date(year, 9, 10), 10));
    followUp(unreached, false, null, at(date(year, 9, 17), 10));

    String open = receive("WALK_IN", at(date(year, 12, 30), 10), false);
    String repeat = receive("PHONE", at(date(year, 12, 30), 11), false);
    complaintCommand(
        "handler",
        repeat,
        "merge",
        Map.of("intoComplaintId", open, "at", at(date(year, 12, 30), 12)));

    receive("PHONE", newYearsNight(next), false);

    String closedInTheNewYear = receive("PHONE", at(date(year, 12, 31), 20), false);
    handle(closedInTheNewYear, at(date(year, 12, 31), 21), at(date(year, 12, 31), 22));
    followUp(closedInTheNewYear, true, "SATISFIED", newYearsNight(next));

    importLedger(
        county,
        List.of(
            ledgerItem("PHONE", date(year, 2, 3), date(year, 2, 4), true, "SATISFIED"),
            ledgerItem("ONLINE", date(year, 10, 8), date(year, 12, 20), true, "DISSATISFIED"),
            ledgerItem("PHONE", date(year, 11, 2), date(year, 11, 3), false, null)));
    importLedger(
        department,
        List.of(ledgerItem("PHONE", date(year, 2, 10), date(year, 2, 11), true, "SATISFIED")));
  }

  private String receive(String channel, String receivedAt, boolean directAnswer) {
    Map<String, Object> body = new HashMap<>();
    body.put("agencyCode", county);
    body.put("channel", channel);
    body.put("receivedAt", receivedAt);
    body.put("category", "COMPLAINT");
    body.put("urgency", "NORMAL");
    body.put("content", "反映小区道路破损");
    body.put("citizen", Map.of("name", "赵六", "phone", "13900000000"));
    body.put("directAnswer", directAnswer);
    Response received = as(county, "desk").post("/api/complaints", body);
    assertThat(received.status()).as(received.body()).isEqualTo(201);
    String id = received.json().get("id").asText();
    DueTimers.awaitFired(runtime, management, id);
    return id;
  }

  /** Dispatched to the department and accepted at the first moment, replied at the second. */
  private void handle(String id, String dispatchedAt, String repliedAt) {
    complaintCommand("desk", id, "dispatch", Map.of("unitCode", department, "at", dispatchedAt));
    String acceptedAt = OffsetDateTime.parse(dispatchedAt).plusMinutes(10).toString();
    complaintCommand("handler", id, "acceptance", Map.of("at", acceptedAt));
    complaintCommand(
        "handler", id, "reply", Map.of("content", "已修复", "resolved", true, "at", repliedAt));
  }

  private void followUp(String id, boolean reached, @Nullable String rating, String at) {
    Map<String, Object> body = new HashMap<>();
    body.put("reached", reached);
    body.put("rating", rating);
    body.put("note", reached ? "已回访" : "未接通");
    body.put("at", at);
    complaintCommand("desk", id, "follow-up", body);
  }

  private void complaintCommand(String role, String id, String step, Map<String, Object> body) {
    Response response = as(county, role).post("/api/complaints/" + id + "/" + step, body);
    assertThat(response.status()).as(step + ": " + response.body()).isEqualTo(200);
    DueTimers.awaitFired(runtime, management, id);
  }

  private void importLedger(String agency, List<Map<String, Object>> items) {
    Response imported =
        as(agency, "desk")
            .post("/api/complaints/imports", Map.of("agencyCode", agency, "complaints", items));
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    assertThat(imported.json().get("imported").asInt()).isEqualTo(items.size());
  }

  /** A closed complaint from the ledger: followed up and closed the day after the reply. */
  private Map<String, Object> ledgerItem(
      String channel,
      LocalDate received,
      LocalDate replied,
      boolean reached,
      @Nullable String rating) {
    Map<String, Object> followUp = new HashMap<>();
    followUp.put("reached", reached);
    followUp.put("rating", rating);
    followUp.put("at", at(replied.plusDays(1), 10));
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("channel", channel);
    item.put("category", "COMPLAINT");
    item.put("content", "台账记载的群众诉求");
    item.put("citizen", Map.of("name", "李四", "phone", "13900001234"));
    item.put("upstreamTicketId", "TRUTH-" + UUID.randomUUID());
    item.put("receivedAt", at(received, 9));
    item.put("unitCode", department);
    item.put("reply", Map.of("at", at(replied, 10), "content", "已按政策答复", "resolved", true));
    item.put("followUp", followUp);
    item.put("closedAt", at(replied.plusDays(1), 11));
    return item;
  }

  // ------------------------------------------------------------------ helpers

  /** Desk, handler, reviewer and report author of the agency, named {@code <agency>-<role>}. */
  private void staff(String agency, Set<String> units) {
    Map<String, Set<Role>> roles =
        Map.of(
            "desk", Set.of(Role.FRONT_DESK),
            "handler", Set.of(Role.HANDLER),
            "reviewer", Set.of(Role.REVIEWER),
            "author", Set.of(Role.REPORT_AUTHOR));
    roles.forEach(
        (name, granted) ->
            organization.registerStaff(
                new NewStaff(
                    agency + "-" + name,
                    RealInfrastructure.PASSWORD,
                    "核对测试" + name,
                    agency,
                    null,
                    granted,
                    name.equals("handler") ? units : Set.of(),
                    null)));
  }

  private StaffClient as(String agency, String role) {
    return StaffClient.as(port, agency + "-" + role);
  }

  private static JsonNode ok(Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  /** How many cells of all compared tables and figures are not zero. */
  private int nonZeroCells(ReportGroundTruth truth, Set<Integer> years) {
    int count = 0;
    for (int year : years) {
      for (boolean withSubordinates : List.of(false, true)) {
        for (JsonNode row : truth.sectionThree(county, year, withSubordinates).get("rows")) {
          count += nonZero(row.get("values"));
        }
        for (JsonNode row : truth.sectionFour(county, year, withSubordinates).get("rows")) {
          count += nonZero(row.get("values"));
        }
        JsonNode figures = truth.complaintFigures(county, year, withSubordinates);
        count += nonZero(figures.get("byChannel"));
        for (String field :
            List.of("received", "closed", "closedOnTime", "followedUp", "rated", "satisfied")) {
          count += figures.get(field).asLong() != 0 ? 1 : 0;
        }
      }
    }
    return count;
  }

  private static int nonZero(JsonNode values) {
    int count = 0;
    for (JsonNode value : values) {
      count += value.asLong() != 0 ? 1 : 0;
    }
    return count;
  }

  private static List<Long> row(JsonNode sectionThree, String key) {
    for (JsonNode row : sectionThree.get("rows")) {
      if (row.get("key").asText().equals(key)) {
        return longs(row.get("values"));
      }
    }
    throw new AssertionError("no row " + key);
  }

  private static List<Long> block(JsonNode sectionFour, String key) {
    for (JsonNode row : sectionFour.get("rows")) {
      if (row.get("key").asText().equals(key)) {
        return longs(row.get("values"));
      }
    }
    throw new AssertionError("no block " + key);
  }

  private static List<Long> longs(JsonNode values) {
    return java.util.stream.StreamSupport.stream(values.spliterator(), false)
        .map(JsonNode::asLong)
        .toList();
  }

  private static LocalDate date(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  /** The day at the hour, Beijing time. */
  private static String at(LocalDate day, int hour) {
    return day.atTime(hour, 0).atOffset(ZoneOffset.ofHours(8)).toString();
  }

  /** 00:30 on New Year's Day in Beijing: 16:30 on New Year's Eve in UTC. */
  private static String newYearsNight(int year) {
    return date(year, 1, 1).atTime(0, 30).atOffset(ZoneOffset.ofHours(8)).toString();
  }
}
