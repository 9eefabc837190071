package org.gongkai.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.organization.Role.ADMIN;
import static org.gongkai.organization.Role.FRONT_DESK;
import static org.gongkai.organization.Role.HANDLER;
import static org.gongkai.organization.Role.LEADER;
import static org.gongkai.organization.Role.REPORT_AUTHOR;
import static org.gongkai.organization.Role.REVIEWER;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.gongkai.organization.Role;
import org.gongkai.support.IntegrationTest;
import org.gongkai.support.PhoneComplaints;
import org.gongkai.support.RealInfrastructure;
import org.gongkai.support.StaffClient;
import org.gongkai.support.StaffClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * The access matrix, checked against the running application: every endpoint it maps (API, pages,
 * actuator, API documentation) must be in {@link #MATRIX}, and for each one anonymous callers,
 * staff of each role of the case's own agency, and staff of each role of another agency get what
 * the matrix says — through (not 401/403), 403, or 401 (pages: the login page). A new endpoint
 * without a line here fails this test; so does a line for an endpoint that is gone.
 *
 * <p>Commands are sent with an empty body to a case that does not exist: a caller with the role
 * gets past the access rules to a 400 or 404 and changes nothing; a caller without it gets 403
 * before the body is read. The Camunda web apps and {@code /engine-rest} are Jersey, not Spring
 * MVC; {@code CamundaSurfacesIntegrationTests} covers them.
 */
@IntegrationTest
class AccessMatrixIntegrationTests {

  private static final Set<Role> STAFF = EnumSet.allOf(Role.class);
  private static final Set<Role> CASE_WORKERS = EnumSet.of(FRONT_DESK, HANDLER, REVIEWER);
  private static final Set<Role> READERS = EnumSet.of(LEADER, REPORT_AUTHOR, ADMIN);

  /** Who may use an endpoint. */
  record Access(boolean open, Set<Role> roles, boolean caseOfAnAgency, boolean callWhenAllowed) {

    static Access anyone() {
      return new Access(true, Set.of(), false, true);
    }

    static Access roles(Set<Role> roles) {
      return new Access(false, roles, false, true);
    }

    static Access roles(Role first, Role... others) {
      return roles(EnumSet.of(first, others));
    }

    /** Only staff of the case's agency (and, for readers, the agencies above it). */
    Access ofTheCasesAgency() {
      return new Access(open, roles, true, callWhenAllowed);
    }

    /** Not called by those allowed: it would start work that outlives the test (a rebuild). */
    Access notCalledWhenAllowed() {
      return new Access(open, roles, caseOfAnAgency, false);
    }
  }

  static final Map<String, Access> MATRIX = new LinkedHashMap<>();

  private static void allow(String endpoint, Access access) {
    if (MATRIX.put(endpoint, access) != null) {
      throw new IllegalStateException("twice in the matrix: " + endpoint);
    }
  }

  static {
    // sign-in, error pages, API documentation, health
    allow("GET /login", Access.anyone());
    // the container forwards here; called directly it has no error to show and answers 500
    allow("ANY /error", Access.anyone().notCalledWhenAllowed());
    allow("ANY /forbidden", Access.roles(STAFF));
    allow("GET /", Access.roles(STAFF));
    allow("GET /swagger-ui.html", Access.anyone());
    allow("GET /v3/api-docs", Access.anyone());
    allow("GET /v3/api-docs/swagger-config", Access.anyone());
    allow("GET /v3/api-docs.yaml", Access.anyone());
    allow("GET /actuator/health", Access.anyone());
    allow("GET /actuator/health/**", Access.anyone());
    allow("GET /actuator/info", Access.anyone());
    allow("GET /actuator", Access.roles(ADMIN));
    allow("GET /actuator/metrics", Access.roles(ADMIN));
    allow("GET /actuator/metrics/{requiredMetricName}", Access.roles(ADMIN));
    allow("GET /actuator/prometheus", Access.roles(ADMIN));

    // disclosure requests: API
    allow("POST /api/disclosure-requests", Access.roles(FRONT_DESK));
    allow("GET /api/disclosure-requests", Access.roles(STAFF));
    allow("GET /api/disclosure-requests/{id}", Access.roles(STAFF).ofTheCasesAgency());
    allow(
        "GET /api/disclosure-requests/{id}/reply-letter.html",
        Access.roles(STAFF).ofTheCasesAgency());
    allow(
        "GET /api/disclosure-requests/{id}/reply-letter.docx",
        Access.roles(STAFF).ofTheCasesAgency());
    for (String handlerCommand :
        List.of(
            "correction-request",
            "consultation",
            "consultation/answer",
            "fee-notice",
            "decision",
            "reply",
            "abandonment",
            "transfer-to-complaint",
            "administrative-review",
            "administrative-review/{reviewId}/result",
            "lawsuit",
            "lawsuit/{lawsuitId}/result")) {
      allow(
          "POST /api/disclosure-requests/{id}/" + handlerCommand,
          Access.roles(HANDLER).ofTheCasesAgency());
    }
    for (String frontDeskCommand : List.of("correction", "fee-payment", "withdrawal")) {
      allow(
          "POST /api/disclosure-requests/{id}/" + frontDeskCommand,
          Access.roles(FRONT_DESK).ofTheCasesAgency());
    }
    for (String reviewerCommand : List.of("review", "extension")) {
      allow(
          "POST /api/disclosure-requests/{id}/" + reviewerCommand,
          Access.roles(REVIEWER).ofTheCasesAgency());
    }

    // disclosure requests: pages
    allow("GET /disclosure-requests/new", Access.roles(FRONT_DESK));
    allow("POST /disclosure-requests", Access.roles(FRONT_DESK));
    allow("GET /disclosure-requests/{id}", Access.roles(STAFF).ofTheCasesAgency());
    allow("GET /disclosure-requests/{id}/receipt", Access.roles(FRONT_DESK).ofTheCasesAgency());
    allow("GET /disclosure-requests/{id}/reply-letter", Access.roles(STAFF).ofTheCasesAgency());
    allow(
        "GET /disclosure-requests/{id}/reply-letter.docx", Access.roles(STAFF).ofTheCasesAgency());
    for (String method : List.of("GET", "POST")) {
      allow(
          method + " /disclosure-requests/{id}/{step:correction|fee-payment|withdrawal}",
          Access.roles(FRONT_DESK).ofTheCasesAgency());
      allow(
          method
              + " /disclosure-requests/{id}/{step:decision|correction-request|consultation"
              + "|fee-notice|consultation-answer|reply|transfer-to-complaint}",
          Access.roles(HANDLER).ofTheCasesAgency());
      allow(
          method + " /disclosure-requests/{id}/{step:review|extension}",
          Access.roles(REVIEWER).ofTheCasesAgency());
    }

    // complaints: API
    allow("POST /api/complaints", Access.roles(FRONT_DESK));
    allow("POST /api/complaints/imports", Access.roles(FRONT_DESK, ADMIN));
    allow("GET /api/complaints", Access.roles(STAFF));
    allow("GET /api/complaints/{id}", Access.roles(STAFF).ofTheCasesAgency());
    for (String frontDeskCommand : List.of("dispatch", "follow-up")) {
      allow(
          "POST /api/complaints/{id}/" + frontDeskCommand,
          Access.roles(FRONT_DESK).ofTheCasesAgency());
    }
    for (String handlerCommand :
        List.of("acceptance", "return", "reply", "merge", "transfer-to-disclosure")) {
      allow(
          "POST /api/complaints/{id}/" + handlerCommand, Access.roles(HANDLER).ofTheCasesAgency());
    }
    allow("POST /api/complaints/{id}/extension-request", Access.roles(HANDLER).ofTheCasesAgency());
    for (String reviewerCommand : List.of("extension", "extension-request/refusal")) {
      allow(
          "POST /api/complaints/{id}/" + reviewerCommand,
          Access.roles(REVIEWER).ofTheCasesAgency());
    }
    allow("POST /api/complaints/{id}/supervision", Access.roles(LEADER).ofTheCasesAgency());

    // complaints: pages
    allow("GET /complaints", Access.roles(STAFF));
    allow("GET /complaints/new", Access.roles(FRONT_DESK));
    allow("POST /complaints", Access.roles(FRONT_DESK));
    allow("GET /complaints/{id}", Access.roles(STAFF).ofTheCasesAgency());
    allow("GET /complaints/{id}/receipt", Access.roles(STAFF).ofTheCasesAgency());
    for (String method : List.of("GET", "POST")) {
      for (String step : List.of("dispatch", "follow-up")) {
        allow(method + " /complaints/{id}/" + step, Access.roles(FRONT_DESK).ofTheCasesAgency());
      }
      for (String step : List.of("acceptance", "return", "extension-request", "reply")) {
        allow(method + " /complaints/{id}/" + step, Access.roles(HANDLER).ofTheCasesAgency());
      }
      for (String step : List.of("extension", "extension-refusal")) {
        allow(method + " /complaints/{id}/" + step, Access.roles(REVIEWER).ofTheCasesAgency());
      }
      allow(method + " /complaints/{id}/supervision", Access.roles(LEADER).ofTheCasesAgency());
    }

    // work lists, search, dashboard
    allow("GET /tasks", Access.roles(HANDLER, REVIEWER));
    allow("GET /tasks/department", Access.roles(HANDLER, REVIEWER));
    allow("GET /search", Access.roles(EnumSet.of(FRONT_DESK, HANDLER, REVIEWER, ADMIN)));
    allow("GET /dashboard", Access.roles(LEADER, ADMIN));
    // supervision: leaders' instructions and the weekly digest (an instruction that does not exist
    // answers 404 to every caller with the role, so the matrix checks roles, not agencies, here)
    allow("POST /api/instructions", Access.roles(LEADER));
    allow("GET /api/instructions", Access.roles(STAFF));
    allow("GET /api/instructions/{id}", Access.roles(STAFF));
    allow("POST /api/instructions/{id}/answer", Access.roles(HANDLER));
    allow("POST /api/instructions/{id}/acceptance", Access.roles(LEADER));
    allow("GET /api/digests/weekly/{isoWeek}", Access.roles(LEADER, ADMIN));
    allow("GET /api/digests/weekly/{isoWeek}.docx", Access.roles(LEADER, ADMIN));
    allow("GET /digests/weekly", Access.roles(LEADER, ADMIN));
    allow("GET /digests/weekly/{isoWeek}", Access.roles(LEADER, ADMIN));
    allow("GET /digests/weekly/{isoWeek}/cases", Access.roles(LEADER, ADMIN));
    allow("GET /instructions", Access.roles(STAFF));
    allow("GET /instructions/new", Access.roles(LEADER));
    allow("POST /instructions", Access.roles(LEADER));
    allow("GET /instructions/{id}", Access.roles(STAFF));
    allow("POST /instructions/{id}/answer", Access.roles(HANDLER));
    allow("POST /instructions/{id}/acceptance", Access.roles(LEADER));
    allow("GET /dashboard/data", Access.roles(LEADER, ADMIN));

    // reports and the year lock
    for (String report :
        List.of(
            "complaints/{year}",
            "disclosure/{year}",
            "disclosure/{year}.docx",
            "disclosure/{year}.html",
            "disclosure/{year}.xlsx",
            "disclosure/{year}/cells/{rowKey}/{column}")) {
      allow("GET /api/reports/" + report, Access.roles(READERS));
    }
    allow("GET /api/reports/{year}/lock", Access.roles(READERS));
    allow("POST /api/reports/{year}/lock", Access.roles(REPORT_AUTHOR, ADMIN));
    allow("GET /reports/annual", Access.roles(READERS));
    allow("GET /reports/annual/cells", Access.roles(READERS));
    allow("POST /reports/annual/lock", Access.roles(REPORT_AUTHOR, ADMIN));

    // administration
    allow("GET /api/calendar", Access.roles(STAFF));
    allow("GET /api/calendar/{year}", Access.roles(STAFF));
    allow("PUT /api/admin/calendar/{year}", Access.roles(ADMIN));
    allow("GET /admin/calendar", Access.roles(ADMIN));
    allow("POST /admin/calendar", Access.roles(ADMIN));
    allow("GET /api/admin/agencies", Access.roles(ADMIN));
    allow("POST /api/admin/agencies", Access.roles(ADMIN));
    allow("PUT /api/admin/agencies/{code}/settings", Access.roles(ADMIN));
    allow("GET /api/admin/agencies/{code}/supervision-rules", Access.roles(ADMIN));
    allow("PUT /api/admin/agencies/{code}/supervision-rules", Access.roles(ADMIN));
    allow("POST /api/admin/staff", Access.roles(ADMIN));
    allow("PUT /api/admin/staff/{username}/email", Access.roles(ADMIN));
    allow("POST /api/admin/api-tokens", Access.roles(ADMIN));
    allow("GET /api/admin/api-tokens", Access.roles(ADMIN));
    allow("DELETE /api/admin/api-tokens/{id}", Access.roles(ADMIN));
    allow("POST /api/admin/statistics/rebuild", Access.roles(ADMIN).notCalledWhenAllowed());
    allow("GET /api/admin/statistics/rebuild/{jobId}", Access.roles(ADMIN));
    allow("GET /admin/statistics", Access.roles(ADMIN));
    allow("POST /admin/statistics/rebuild", Access.roles(ADMIN).notCalledWhenAllowed());
    allow("GET /admin/statistics/rebuild/{jobId}", Access.roles(ADMIN));
  }

  /** The demo agency's staff, one per role. */
  static final Map<Role, String> OWN =
      Map.of(
          FRONT_DESK, "frontdesk",
          HANDLER, "handler",
          REVIEWER, "reviewer",
          LEADER, "leader",
          REPORT_AUTHOR, "author",
          ADMIN, "admin");

  @LocalServerPort int port;
  @Autowired Clock clock;
  @Autowired ApplicationContext context;

  @Test
  void everyEndpointAnswersEachRoleOfEachAgencyAsTheMatrixSays() {
    Map<String, String> mapped = mappedEndpoints();
    assertThat(new TreeSet<>(mapped.keySet()))
        .as("endpoints the application maps (left) and the matrix lists")
        .containsExactlyInAnyOrderElementsOf(new TreeSet<>(MATRIX.keySet()));

    String request = DisclosureRequestsForTests.register(port, clock);
    String complaint = PhoneComplaints.register(port, clock, "小区路灯不亮", "赵矩阵", "13912341234");
    Map<Role, String> other = otherAgencysStaff();
    Map<String, StaffClient> sessions = new LinkedHashMap<>();

    List<String> wrong = new ArrayList<>();
    int checks = 0;
    for (Map.Entry<String, Access> line : MATRIX.entrySet()) {
      String method = line.getKey().substring(0, line.getKey().indexOf(' '));
      String pattern = line.getKey().substring(line.getKey().indexOf(' ') + 1);
      Access access = line.getValue();
      boolean page = isPage(pattern);
      String verb = method.equals("ANY") ? "GET" : method;

      if (access.open() && !access.callWhenAllowed()) {
        continue;
      }
      Call anonymous =
          call(null, verb, path(pattern, verb, request, complaint, true), page, sessions);
      checks++;
      if (access.open()) {
        expectThrough(wrong, line.getKey(), "anonymous", anonymous);
      } else if (page) {
        if (!(anonymous.toLogin() || (verb.equals("POST") && anonymous.status() == 403))) {
          wrong.add(line.getKey() + " anonymous: " + anonymous);
        }
      } else if (anonymous.status() != 401) {
        wrong.add(line.getKey() + " anonymous: " + anonymous + ", expected 401");
      }
      if (access.open()) {
        continue;
      }
      for (Role role : Role.values()) {
        boolean allowed = access.roles().contains(role);
        if (allowed && !access.callWhenAllowed()) {
          continue;
        }
        Call own =
            call(
                OWN.get(role),
                verb,
                path(pattern, verb, request, complaint, !verb.equals("GET")),
                page,
                sessions);
        checks++;
        if (allowed) {
          expectThrough(wrong, line.getKey(), OWN.get(role), own);
        } else if (own.status() != 403) {
          wrong.add(line.getKey() + " " + OWN.get(role) + ": " + own + ", expected 403");
        }
        if (access.caseOfAnAgency() && allowed && other.containsKey(role)) {
          Call stranger =
              call(
                  other.get(role),
                  verb,
                  path(pattern, verb, request, complaint, false),
                  page,
                  sessions);
          checks++;
          if (stranger.status() != 403) {
            wrong.add(
                line.getKey() + " " + role + " of another agency: " + stranger + ", expected 403");
          }
        }
      }
    }
    assertThat(wrong)
        .as("%d checks; these answered otherwise than the matrix says", checks)
        .isEmpty();
    assertThat(checks).isGreaterThan(MATRIX.size() * 7);
    org.slf4j.LoggerFactory.getLogger(AccessMatrixIntegrationTests.class)
        .info("Access matrix: {} endpoints, {} calls, as the matrix says", MATRIX.size(), checks);
  }

  private static void expectThrough(List<String> wrong, String endpoint, String who, Call call) {
    if (call.status() == 401
        || call.status() == 403
        || call.status() >= 500
        || call.toLogin()
        || call.location().contains("/forbidden")) {
      wrong.add(endpoint + " " + who + ": " + call + ", expected through");
    }
  }

  record Call(int status, String location) {
    boolean toLogin() {
      return status == 302 && location.contains("/login");
    }

    @Override
    public String toString() {
      return status + (location.isEmpty() ? "" : " → " + location);
    }
  }

  /**
   * A command body that passes validation, so that the agency rule is what refuses a stranger;
   * commands not listed take an empty one.
   */
  private static final Map<String, Map<String, Object>> VALID_BODIES =
      Map.ofEntries(
          Map.entry(
              "correction-request",
              Map.of("items", "请补充所需信息的名称", "correctionDeadline", "2030-01-10")),
          Map.entry("consultation", Map.of("party", "某某有限公司")),
          Map.entry("fee-notice", Map.of("basis", "PER_ITEM", "quantity", 1)),
          Map.entry("decision", Map.of("outcome", "DISCLOSED", "note", "予以公开")),
          Map.entry("disclosure-requests/reply", Map.of("method", "EMAIL")),
          Map.entry("abandonment", Map.of("reason", "NO_CORRECTION")),
          Map.entry("result", Map.of("result", "UPHELD")),
          Map.entry("lawsuit", Map.of("afterReview", false)),
          Map.entry("review", Map.of("approved", true)),
          Map.entry("disclosure-requests/extension", Map.of("reason", "需要协调", "workingDays", 5)),
          Map.entry("follow-up", Map.of("reached", true, "rating", "SATISFIED")),
          Map.entry("return", Map.of("reason", "不属于本单位职责")),
          Map.entry("complaints/reply", Map.of("content", "已办理", "resolved", true)),
          Map.entry("merge", Map.of("intoComplaintId", UUID.randomUUID().toString())),
          Map.entry("complaints/extension", Map.of("workingDays", 3, "reason", "需要现场核查")),
          Map.entry("complaints/extension-request", Map.of("workingDays", 3, "reason", "需要现场核查")),
          Map.entry("complaints/refusal", Map.of("reason", "可在原时限内办结")),
          Map.entry("supervision", Map.of("note", "请尽快办理", "deadline", "2030-01-10")),
          Map.entry(
              "instructions",
              Map.of(
                  "caseKind",
                  "COMPLAINT",
                  "caseId",
                  UUID.randomUUID().toString(),
                  "text",
                  "请住建局三日内处理并报告",
                  "ownerUnitCode",
                  "demo-housing",
                  "workingDays",
                  3)),
          Map.entry("instructions/answer", Map.of("text", "已安排处理")),
          Map.entry("instructions/acceptance", Map.of("accepted", false, "comment", "请写明完成时间")));

  static Map<String, Object> bodyFor(String path) {
    String command = path.substring(path.lastIndexOf('/') + 1);
    String kind =
        path.contains("/instructions")
            ? "instructions/"
            : path.contains("/complaints/") ? "complaints/" : "disclosure-requests/";
    return VALID_BODIES.getOrDefault(kind + command, VALID_BODIES.getOrDefault(command, Map.of()));
  }

  private Call call(
      String user, String method, String path, boolean page, Map<String, StaffClient> sessions) {
    Response response;
    if (!page) {
      StaffClient client = user == null ? StaffClient.anonymous(port) : StaffClient.as(port, user);
      response = client.send(method, path, method.equals("GET") ? null : bodyFor(path));
    } else {
      StaffClient session =
          user == null
              ? StaffClient.anonymous(port)
              : sessions.computeIfAbsent(
                  user,
                  name -> {
                    StaffClient client = StaffClient.anonymous(port);
                    client.logIn(name, RealInfrastructure.PASSWORD);
                    return client;
                  });
      response =
          method.equals("GET")
              ? session.get(path)
              : session.submitForm(path, Map.of(), user == null ? null : "/");
    }
    return new Call(response.status(), response.location() == null ? "" : response.location());
  }

  static boolean isPage(String pattern) {
    return !(pattern.startsWith("/api/")
        || pattern.startsWith("/actuator")
        || pattern.startsWith("/v3/api-docs"));
  }

  /**
   * The path to call: real cases of the demo agency for reading (and for staff of another agency),
   * a case that does not exist for commands, so that nothing changes.
   */
  static String path(
      String pattern, String method, String request, String complaint, boolean absentCase) {
    String missing = UUID.randomUUID().toString();
    String id = absentCase ? missing : pattern.contains("complaints/{id}") ? complaint : request;
    boolean write = !method.equals("GET");
    return pattern
        .replace("{id}", id)
        .replaceAll("\\{step:([a-z-]+)[^}]*}", "$1")
        .replace("{reviewId}", missing)
        .replace("{lawsuitId}", missing)
        .replace("{jobId}", missing)
        .replace("{isoWeek}", "2025-W10")
        .replace("{code}", "matrix-no-such-agency")
        .replace("{username}", "matrix-no-such-staff")
        .replace("{requiredMetricName}", "jvm.memory.used")
        .replace("{rowKey}", "received")
        .replace("{column}", "total")
        .replace("{year}", write ? "1800" : "2025")
        .replace("/**", "/liveness");
  }

  private Map<String, String> mappedEndpoints() {
    Map<String, String> endpoints = new LinkedHashMap<>();
    for (RequestMappingInfoHandlerMapping mapping :
        context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
      for (Map.Entry<RequestMappingInfo, HandlerMethod> handler :
          mapping.getHandlerMethods().entrySet()) {
        var methods = handler.getKey().getMethodsCondition().getMethods();
        for (String pattern : handler.getKey().getPatternValues()) {
          List<String> verbs =
              methods.isEmpty() ? List.of("ANY") : methods.stream().map(Enum::name).toList();
          for (String verb : verbs) {
            endpoints.put(verb + " " + pattern, handler.getValue().getShortLogMessage());
          }
        }
      }
    }
    return endpoints;
  }

  /** An agency beside the demo one, with a member of each role that works or reads cases. */
  private Map<Role, String> otherAgencysStaff() {
    String agency = "matrix-" + UUID.randomUUID().toString().substring(0, 8);
    StaffClient admin = StaffClient.as(port, "admin");
    Response created =
        admin.post(
            "/api/admin/agencies", Map.of("code", agency, "name", "矩阵县人民政府", "kind", "GOVERNMENT"));
    assertThat(created.status()).as(created.body()).isIn(200, 201);
    Map<Role, String> staff = new EnumMap<>(Role.class);
    for (Role role : EnumSet.complementOf(EnumSet.of(ADMIN))) {
      String username = agency + "-" + role.name().toLowerCase().replace('_', '-');
      Response member =
          admin.post(
              "/api/admin/staff",
              Map.of(
                  "username",
                  username,
                  "password",
                  RealInfrastructure.PASSWORD,
                  "displayName",
                  "矩阵" + role.label(),
                  "agencyCode",
                  agency,
                  "roles",
                  List.of(role.name())));
      assertThat(member.status()).as(member.body()).isIn(200, 201);
      staff.put(role, username);
    }
    return staff;
  }
}
