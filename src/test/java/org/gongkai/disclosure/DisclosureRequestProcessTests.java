package org.gongkai.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.disclosure.process.DisclosureProcessIds.*;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.gongkai.calendar.HolidaySchedule;
import org.gongkai.calendar.HolidaySchedules;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The statutory paths of a disclosure request through the engine and the BPMN model, with the
 * engine's clock moved by hand and due timer jobs executed explicitly (the job executor is off).
 */
@IntegrationTest(properties = "camunda.bpm.job-execution.enabled=false")
class DisclosureRequestProcessTests {

  @Autowired DisclosureDesk desk;
  @Autowired DisclosureQueries queries;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired HolidaySchedules holidaySchedules;
  @Autowired WorkingCalendar calendar;
  @Autowired JdbcTemplate jdbc;

  private static final String AWAIT_DEADLINE_MOVE = "Event_AwaitDeadlineMove";

  @AfterEach
  void resetEngineClock() {
    ClockUtil.reset();
  }

  @Test
  void aStraightRequestIsDecidedApprovedAndReplied() {
    UUID id = registeredOn("2025-03-03");
    assertThat(waitingIn(id)).containsExactlyInAnyOrder(TASK_HANDLE, TIMER_REPLY_DUE_SOON);

    desk.decide(id, Outcome.DISCLOSED, null, at("2025-03-10T10:00"), "handler");
    assertThat(waitingIn(id)).contains(TASK_REVIEW_DECISION);
    desk.review(id, true, "同意", at("2025-03-11T10:00"), "reviewer");
    assertThat(waitingIn(id)).contains(TASK_REPLY);
    DisclosureRequestDetails replied =
        desk.reply(id, DeliveryMethod.EMAIL, at("2025-03-12T10:00"), "handler");

    assertThat(replied.outcome()).isEqualTo(Outcome.DISCLOSED);
    assertThat(replied.finishedAt()).isEqualTo(at("2025-03-12T10:00"));
    assertThat(processEnded(id)).isTrue();
    assertThat(endedIn(id)).isEqualTo("End_Replied");
  }

  @Test
  void restartsTheClockWhenTheCorrectionArrives() {
    UUID id = registeredOn("2025-03-03");
    desk.requestCorrection(
        id, "请说明所需信息的名称", LocalDate.parse("2025-03-20"), at("2025-03-05T10:00"), "handler");
    assertThat(waitingIn(id)).contains(TASK_AWAIT_CORRECTION);
    assertThat(watchJobs(id)).as("no timer runs while the clock is paused").isEmpty();
    assertThat(waitingIn(id))
        .as("the watch waits for the deadline to move")
        .contains(AWAIT_DEADLINE_MOVE);

    DisclosureRequestDetails corrected =
        desk.receiveCorrection(id, at("2025-03-18T10:00"), "frontdesk");

    assertThat(corrected.dueDate()).isEqualTo(LocalDate.parse("2025-04-16"));
    assertThat(corrected.deadline().explanation()).anyMatch(line -> line.contains("重新计算"));
    assertThat(waitingIn(id)).contains(TASK_HANDLE);
    assertThat(watchJobs(id))
        .singleElement()
        .satisfies(
            job -> {
              assertThat(job.getDuedate()).isEqualTo(startOf("2025-04-11"));
            });
  }

  @Test
  void abandonsTheRequestWhenTheCorrectionPeriodRunsOutDatedAtItsEnd() {
    UUID id = registeredOn("2025-03-03");
    desk.requestCorrection(
        id, "请说明所需信息的名称", LocalDate.parse("2025-03-20"), at("2025-03-05T10:00"), "handler");

    moveEngineClockTo("2025-03-20T23:00");
    assertThat(executeDueJobs(id)).isZero();
    moveEngineClockTo("2025-03-21T00:00:05");
    assertThat(executeDueJobs(id)).isEqualTo(1);

    DisclosureRequestDetails abandoned = queries.find(id, "handler");
    assertThat(abandoned.status()).isEqualTo(DisclosureStatus.FINISHED);
    assertThat(abandoned.outcome()).isEqualTo(Outcome.OTHER_NO_CORRECTION);
    assertThat(abandoned.finishedAt()).isEqualTo(OffsetDateTime.parse("2025-03-20T23:59:59+08:00"));
    assertThat(processEnded(id)).isTrue();
    assertThat(endedIn(id)).isEqualTo("End_AbandonedWithoutCorrection");
  }

  @Test
  void doesNotCountTheConsultationTowardsTheDeadline() {
    UUID id = registeredOn("2025-03-03");
    desk.startConsultation(id, "某建设有限公司", at("2025-03-10T10:00"), "handler");
    assertThat(waitingIn(id)).contains(TASK_AWAIT_CONSULTATION);

    DisclosureRequestDetails answered =
        desk.answerConsultation(id, at("2025-03-17T10:00"), "handler");

    assertThat(answered.dueDate()).isEqualTo(LocalDate.parse("2025-04-08"));
    assertThat(answered.deadline().explanation()).anyMatch(line -> line.contains("5个工作日不计入期限"));
    assertThat(waitingIn(id)).contains(TASK_HANDLE);
  }

  @Test
  void resumesHandlingWhenTheThirdPartyLetsItsFifteenWorkingDaysPass() {
    UUID id = registeredOn("2025-03-03");
    desk.startConsultation(id, "某建设有限公司", at("2025-03-10T10:00"), "handler");

    moveEngineClockTo("2025-04-01T00:00:05");
    assertThat(executeDueJobs(id)).isEqualTo(1);

    DisclosureRequestDetails lapsed = queries.find(id, "handler");
    assertThat(lapsed.status()).isEqualTo(DisclosureStatus.IN_HANDLING);
    assertThat(lapsed.dueDate()).isEqualTo(LocalDate.parse("2025-04-22"));
    assertThat(lapsed.timeline()).anyMatch(entry -> entry.summary().contains("第三方逾期未提出意见"));
    assertThat(waitingIn(id)).contains(TASK_HANDLE);
  }

  @Test
  void pausesTheClockFromTheFeeNoticeToThePayment() {
    UUID id = registeredOn("2025-03-03");
    DisclosureRequestDetails noticed =
        desk.issueFeeNotice(
            id, FeeSchedule.Basis.PER_PAGE, 100, 700L, at("2025-03-10T10:00"), "handler");
    assertThat(noticed.fee().amountYuan()).isEqualTo(700);
    assertThat(noticed.fee().paymentDue()).isEqualTo(LocalDate.parse("2025-04-08"));

    DisclosureRequestDetails paid = desk.payFee(id, at("2025-03-12T10:00"), "frontdesk");

    assertThat(paid.dueDate()).isEqualTo(LocalDate.parse("2025-04-02"));
    assertThat(waitingIn(id)).contains(TASK_HANDLE);
  }

  @Test
  void chargesPerItemCountingTheApplicantsEarlierItemsOfTheSameMonth() {
    UUID first = registeredOn("2025-05-06", "11010519491231002X");
    UUID second = registeredOn("2025-05-20", "11010519491231002X");
    UUID nextMonth = registeredOn("2025-06-03", "11010519491231002X");

    assertThat(
            desk.issueFeeNotice(
                    first, FeeSchedule.Basis.PER_ITEM, 15, null, at("2025-05-07T10:00"), "handler")
                .fee()
                .amountYuan())
        .isEqualTo(500);
    assertThat(
            desk.issueFeeNotice(
                    second, FeeSchedule.Basis.PER_ITEM, 10, null, at("2025-05-21T10:00"), "handler")
                .fee()
                .amountYuan())
        .isEqualTo(1000);
    assertThat(
            desk.issueFeeNotice(
                    nextMonth,
                    FeeSchedule.Basis.PER_ITEM,
                    15,
                    null,
                    at("2025-06-04T10:00"),
                    "handler")
                .fee()
                .amountYuan())
        .isEqualTo(500);
  }

  @Test
  void abandonsTheRequestWhenTheFeeIsNotPaidInTwentyWorkingDays() {
    UUID id = registeredOn("2025-03-03");
    desk.issueFeeNotice(
        id, FeeSchedule.Basis.PER_PAGE, 100, null, at("2025-03-10T10:00"), "handler");

    moveEngineClockTo("2025-04-09T00:00:05");
    assertThat(executeDueJobs(id)).isEqualTo(1);

    DisclosureRequestDetails abandoned = queries.find(id, "handler");
    assertThat(abandoned.outcome()).isEqualTo(Outcome.OTHER_FEE_UNPAID);
    assertThat(abandoned.finishedAt()).isEqualTo(OffsetDateTime.parse("2025-04-08T23:59:59+08:00"));
    assertThat(endedIn(id)).isEqualTo("End_AbandonedFeeUnpaid");
  }

  @Test
  void theReviewerSendsTheDecisionBackOnceThenApprovesTheNewOne() {
    UUID id = registeredOn("2025-03-03");
    desk.decide(id, Outcome.DISCLOSED, null, at("2025-03-10T10:00"), "handler");
    DisclosureRequestDetails sentBack =
        desk.review(id, false, "涉及第三方，请区分处理", at("2025-03-11T10:00"), "reviewer");
    assertThat(sentBack.status()).isEqualTo(DisclosureStatus.IN_HANDLING);
    assertThat(waitingIn(id)).contains(TASK_HANDLE);

    desk.decide(
        id, Outcome.PARTIALLY_DISCLOSED, "第三方商业秘密部分不予公开", at("2025-03-12T10:00"), "handler");
    desk.review(id, true, "同意", at("2025-03-13T10:00"), "reviewer");
    DisclosureRequestDetails replied =
        desk.reply(id, DeliveryMethod.POST, at("2025-03-14T10:00"), "handler");

    assertThat(replied.outcome()).isEqualTo(Outcome.PARTIALLY_DISCLOSED);
    assertThat(completedTasks(id, TASK_HANDLE)).isEqualTo(2);
    assertThat(processEnded(id)).isTrue();
  }

  @Test
  void anExtensionMovesTheDueDateAndTheTimers() {
    UUID id = registeredOn("2025-03-03");

    DisclosureRequestDetails extended =
        desk.extend(id, 20, "需要协调多个部门", at("2025-03-25T10:00"), "reviewer");

    assertThat(extended.dueDate()).isEqualTo(LocalDate.parse("2025-04-28"));
    assertThat(watchJobs(id))
        .singleElement()
        .satisfies(job -> assertThat(job.getDuedate()).isEqualTo(startOf("2025-04-24")));
  }

  @Test
  void withdrawalEndsTheProcessWhereverItWaits() {
    UUID id = registeredOn("2025-03-03");
    desk.requestCorrection(
        id, "请说明所需信息的名称", LocalDate.parse("2025-03-20"), at("2025-03-05T10:00"), "handler");

    DisclosureRequestDetails withdrawn = desk.withdraw(id, at("2025-03-06T10:00"), "frontdesk");

    assertThat(withdrawn.outcome()).isEqualTo(Outcome.OTHER);
    assertThat(processEnded(id)).isTrue();
    assertThat(endedIn(id)).isEqualTo("SubProcess_Closed");
  }

  @Test
  void warnsThreeWorkingDaysBeforeTheDueDateMarksTheRequestOverdueAfterItThenClimbsTheLadder() {
    UUID id = registeredOn("2025-03-03");

    moveEngineClockTo("2025-03-25T23:00");
    assertThat(executeDueJobs(id)).isZero();
    moveEngineClockTo("2025-03-26T00:00:05");
    assertThat(executeDueJobs(id)).isEqualTo(1);
    assertThat(types(id)).contains("ReplyDueSoon").doesNotContain("ReplyOverdue");

    moveEngineClockTo("2025-04-01T00:00:05");
    assertThat(executeDueJobs(id))
        .as("overdue at the end of Monday 31 March, 催办 on Tuesday, the first overdue working day")
        .isEqualTo(2);
    DisclosureRequestDetails overdue = queries.find(id, "handler");
    assertThat(overdue.overdue()).isTrue();
    assertThat(types(id)).containsSubsequence("ReplyDueSoon", "ReplyOverdue");
    assertThat(overdue.timeline())
        .filteredOn(e -> e.type().equals("ReplyOverdue"))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.occurredAt())
                    .isEqualTo(OffsetDateTime.parse("2025-03-31T23:59:59+08:00")));

    // 督办 after three overdue working days (1–3 April; 4 April is 清明), 通报 after five (7, 8 April)
    moveEngineClockTo("2025-04-06T23:00");
    assertThat(executeDueJobs(id)).isZero();
    moveEngineClockTo("2025-04-07T00:00:05");
    assertThat(executeDueJobs(id)).isEqualTo(1);
    moveEngineClockTo("2025-04-09T00:00:05");
    assertThat(executeDueJobs(id)).isEqualTo(1);
    assertThat(queries.find(id, "handler").timeline())
        .filteredOn(e -> e.type().equals("ReplyLadderStepReached"))
        .extracting(e -> e.occurredAt().toLocalDate() + " " + e.summary().substring(0, 2))
        .containsExactly("2025-04-01 催办", "2025-04-07 督办", "2025-04-09 通报");
  }

  @Test
  void recomputesOpenDueDatesWhenTheHolidayScheduleChanges() {
    UUID id = registeredOn("2026-11-02");
    assertThat(queries.find(id, "handler").dueDate()).isEqualTo(LocalDate.parse("2026-11-30"));
    HolidaySchedule official = calendar.schedule(2026).orElseThrow();
    Set<LocalDate> withExtraHoliday = new java.util.HashSet<>(official.holidays());
    withExtraHoliday.add(LocalDate.parse("2026-11-16"));
    try {
      holidaySchedules.replace(
          2026,
          withExtraHoliday,
          official.workingWeekends(),
          official.source() + "（测试调整）",
          "admin");

      Awaitility.await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () ->
                  assertThat(queries.find(id, "handler").dueDate())
                      .isEqualTo(LocalDate.parse("2026-12-01")));
      assertThat(types(id)).contains("DueDateRecomputed");
      assertThat(watchJobs(id))
          .singleElement()
          .satisfies(job -> assertThat(job.getDuedate()).isEqualTo(startOf("2026-11-26")));
    } finally {
      holidaySchedules.replace(
          2026, official.holidays(), official.workingWeekends(), official.source(), "admin");
      // other test classes of this JVM read stored schedules: leave them the shipped one
      jdbc.update("DELETE FROM calendar_schedule WHERE schedule_year = 2026");
    }
  }

  private UUID registeredOn(String day) {
    return registeredOn(day, null);
  }

  private UUID registeredOn(String day, String idNumber) {
    moveEngineClockTo(day + "T09:30");
    Registration registration =
        new Registration(
            "demo-county",
            Channel.IN_PERSON,
            at(day + "T09:30"),
            LocalDate.parse(day),
            new Applicant(ApplicantType.NATURAL_PERSON, "张三", idNumber, "13800001234", null, null),
            "申请公开本县财政预算执行情况",
            null,
            DeliveryMethod.EMAIL,
            "demo-finance",
            null);
    return UUID.fromString(desk.register(registration, "frontdesk").id());
  }

  private static OffsetDateTime at(String localDateTime) {
    String text = localDateTime.length() == 16 ? localDateTime + ":00" : localDateTime;
    return OffsetDateTime.parse(text + "+08:00");
  }

  private static Date startOf(String day) {
    return Date.from(OffsetDateTime.parse(day + "T00:00:00+08:00").toInstant());
  }

  private static void moveEngineClockTo(String localDateTime) {
    ClockUtil.setCurrentTime(Date.from(at(localDateTime).toInstant()));
  }

  /** Executes the request's timer jobs that are due at the engine's time, one after another. */
  private int executeDueJobs(UUID id) {
    int executed = 0;
    while (true) {
      var instance =
          runtimeService
              .createProcessInstanceQuery()
              .processInstanceBusinessKey(id.toString())
              .singleResult();
      if (instance == null) {
        return executed;
      }
      List<Job> due =
          managementService
              .createJobQuery()
              .processInstanceId(instance.getId())
              .executable()
              .list();
      if (due.isEmpty()) {
        return executed;
      }
      managementService.executeJob(due.get(0).getId());
      executed++;
    }
  }

  private List<String> waitingIn(UUID id) {
    var instance =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(id.toString())
            .singleResult();
    return runtimeService.getActiveActivityIds(instance.getId());
  }

  private List<Job> watchJobs(UUID id) {
    var instance =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(id.toString())
            .singleResult();
    return managementService
        .createJobQuery()
        .processInstanceId(instance.getId())
        .timers()
        .list()
        .stream()
        .filter(
            job -> {
              String activity =
                  managementService
                      .createJobDefinitionQuery()
                      .jobDefinitionId(job.getJobDefinitionId())
                      .singleResult()
                      .getActivityId();
              return activity.equals(TIMER_REPLY_DUE_SOON) || activity.equals(TIMER_REPLY_DUE);
            })
        .toList();
  }

  private boolean processEnded(UUID id) {
    return runtimeService
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(id.toString())
            .count()
        == 0;
  }

  private String endedIn(UUID id) {
    return historyService
        .createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(id.toString())
        .singleResult()
        .getEndActivityId();
  }

  private long completedTasks(UUID id, String taskKey) {
    return historyService
        .createHistoricTaskInstanceQuery()
        .processInstanceBusinessKey(id.toString())
        .taskDefinitionKey(taskKey)
        .finished()
        .count();
  }

  private List<String> types(UUID id) {
    return queries.find(id, "handler").timeline().stream()
        .map(org.gongkai.casework.CaseTimeline.Entry::type)
        .toList();
  }
}
