package org.gongkai.access;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.awaitility.Awaitility;
import org.gongkai.support.IntegrationTest;
import org.gongkai.support.StaffClient;
import org.gongkai.support.StaffClient.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Personal data stays in the case tables: the application's log of whole lifecycles (refused
 * commands included) and every event on the case topics hold no applicant's or citizen's ID number,
 * phone, name or address — neither of this test's cases nor of any case stored by the suite so far.
 */
@IntegrationTest
class NoPersonalDataInLogsOrEventsIntegrationTests {

  private static final String NAME = "欧阳测漏";
  private static final String ID_NUMBER = "110105194912310038";
  private static final String PHONE = "13311112222";
  private static final String ADDRESS = "北京市东城区测漏胡同17号";
  private static final String CITIZEN = "司马测漏";
  private static final String CITIZEN_PHONE = "13344445555";

  @LocalServerPort int port;
  @Autowired Clock clock;
  @Autowired JdbcTemplate jdbc;

  private final ListAppender<ILoggingEvent> log = new ListAppender<>();

  private ch.qos.logback.classic.Level gongkaiLevel;

  /**
   * Everything logged, with Gongkai's own loggers at DEBUG, as an operator chasing a fault sets.
   */
  @BeforeEach
  void listen() {
    log.start();
    root().addAppender(log);
    Logger gongkai = (Logger) LoggerFactory.getLogger("org.gongkai");
    gongkaiLevel = gongkai.getLevel();
    gongkai.setLevel(ch.qos.logback.classic.Level.DEBUG);
  }

  @AfterEach
  void stopListening() {
    ((Logger) LoggerFactory.getLogger("org.gongkai")).setLevel(gongkaiLevel);
    root().detachAppender(log);
    log.stop();
  }

  @Test
  void neitherTheLogNorTheCaseTopicsHoldPersonalData() {
    OffsetDateTime now = OffsetDateTime.now(clock).withNano(0).minusHours(2);
    String request = disclosureLifecycle(now);
    String complaint = complaintLifecycle(now);
    // a refused registration echoes nothing of what it was sent
    Response refused =
        StaffClient.as(port, "frontdesk")
            .post(
                "/api/complaints",
                Map.of(
                    "agencyCode",
                    "demo-county",
                    "channel",
                    "PHONE",
                    "receivedAt",
                    now.toString(),
                    "category",
                    "HELP",
                    "urgency",
                    "NORMAL",
                    "content",
                    "重复来电",
                    "citizen",
                    Map.of("name", CITIZEN, "phone", CITIZEN_PHONE + "9")));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).doesNotContain(CITIZEN);

    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                jdbc.queryForObject(
                        "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL",
                        Integer.class)
                    == 0);
    List<String> events = PersonalDataScan.caseEvents(Set.of(request, complaint));
    assertThat(events).as("events of this test's two cases").hasSizeGreaterThanOrEqualTo(8);
    List<String> everyEvent = PersonalDataScan.caseEvents(null);

    Set<String> personalData = PersonalDataScan.storedSoFar(jdbc);
    assertThat(personalData).contains(ID_NUMBER, PHONE, NAME, ADDRESS, CITIZEN, CITIZEN_PHONE);
    List<String> logLines = logLines();
    for (String value : personalData) {
      assertThat(everyEvent).as("events holding 「%s」", value).noneMatch(e -> e.contains(value));
      assertThat(logLines).as("log lines holding 「%s」", value).noneMatch(l -> l.contains(value));
    }
  }

  private String disclosureLifecycle(OffsetDateTime at) {
    Response registered =
        StaffClient.as(port, "frontdesk")
            .post(
                "/api/disclosure-requests",
                Map.of(
                    "agencyCode", "demo-county",
                    "channel", "IN_PERSON",
                    "submittedAt", at.toString(),
                    "receivedAt", at.toLocalDate().toString(),
                    "applicant",
                        Map.of(
                            "type", "NATURAL_PERSON",
                            "name", NAME,
                            "idNumber", ID_NUMBER,
                            "phone", PHONE,
                            "address", ADDRESS),
                    "description", "申请公开本街道老旧小区改造计划",
                    "purpose", "了解改造安排",
                    "deliveryMethod", "POST"));
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    String id = registered.json().path("id").asText();
    String path = "/api/disclosure-requests/" + id;
    assertThat(StaffClient.as(port, "handler").get(path).json().at("/applicant/phone").asText())
        .isEqualTo(PHONE);
    ok(
        StaffClient.as(port, "handler")
            .post(
                path + "/decision",
                Map.of(
                    "outcome", "DISCLOSED", "note", "予以公开", "at", at.plusMinutes(10).toString())));
    ok(
        StaffClient.as(port, "reviewer")
            .post(path + "/review", Map.of("approved", true, "at", at.plusMinutes(20).toString())));
    assertThat(StaffClient.as(port, "handler").get(path + "/reply-letter.html").body())
        .contains(NAME);
    ok(
        StaffClient.as(port, "handler")
            .post(path + "/reply", Map.of("method", "POST", "at", at.plusMinutes(30).toString())));
    return id;
  }

  private String complaintLifecycle(OffsetDateTime at) {
    Response created =
        StaffClient.as(port, "frontdesk")
            .post(
                "/api/complaints",
                Map.of(
                    "agencyCode", "demo-county",
                    "channel", "PHONE",
                    "receivedAt", at.toString(),
                    "category", "HELP",
                    "urgency", "NORMAL",
                    "content", "楼道照明损坏，请求维修",
                    "citizen", Map.of("name", CITIZEN, "phone", CITIZEN_PHONE)));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.json().path("id").asText();
    String path = "/api/complaints/" + id;
    ok(
        StaffClient.as(port, "frontdesk")
            .post(
                path + "/dispatch",
                Map.of("unitCode", "demo-housing", "at", at.plusMinutes(5).toString())));
    ok(
        StaffClient.as(port, "handler")
            .post(path + "/acceptance", Map.of("at", at.plusMinutes(10).toString())));
    ok(
        StaffClient.as(port, "handler")
            .post(
                path + "/reply",
                Map.of("content", "已安排维修", "resolved", true, "at", at.plusMinutes(40).toString())));
    return id;
  }

  private static void ok(Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(200);
  }

  private List<String> logLines() {
    List<String> lines = new ArrayList<>();
    for (ILoggingEvent event : List.copyOf(log.list)) {
      lines.add(event.getLoggerName() + " " + event.getFormattedMessage());
      for (IThrowableProxy thrown = event.getThrowableProxy();
          thrown != null;
          thrown = thrown.getCause()) {
        lines.add(thrown.getClassName() + ": " + thrown.getMessage());
      }
    }
    return lines;
  }

  private static Logger root() {
    return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }
}
