package org.gongkai.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.gongkai.calendar.Calendars;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.casework.CaseRefusal;
import org.gongkai.casework.Change;
import org.gongkai.complaint.ComplaintSettings.TimeLimits;
import org.gongkai.organization.Role;
import org.gongkai.platform.CaseEvent;
import org.junit.jupiter.api.Test;

/**
 * The rules of a citizen complaint (群众诉求) on the aggregate alone, in milliseconds: time limits in
 * working days from the day after receipt, the order of the steps, extensions asked for by the unit
 * and granted once per round, follow-up calls and reopening.
 */
class ComplaintTests {

  private static final WorkingCalendar CALENDAR = Calendars.shipped();
  private static final ComplaintSettings SETTINGS =
      new ComplaintSettings(new TimeLimits(1, 3, 5, 13, 13, 13, 5, 13), 2, 3, 1);

  /** Friday 2025-09-26, the week before the National Day holiday (10-01 to 10-08). */
  private static final OffsetDateTime FRIDAY = OffsetDateTime.parse("2025-09-26T16:30:00+08:00");

  @Test
  void aComplaintReceivedBeforeTheNationalDayHolidayIsDueThirteenWorkingDaysLaterSkippingIt() {
    Complaint complaint = received(FRIDAY, 13);

    // 9-28 (make-up Sunday), 9-29, 9-30, 10-09, 10-10, 10-11 (make-up Saturday), 10-13 … 10-17,
    // 10-20, 10-21
    assertThat(complaint.dueOn()).isEqualTo(LocalDate.of(2025, 10, 21));
    assertThat(complaint.status()).isEqualTo(ComplaintStatus.REGISTERED);
    assertThat(types(complaint)).containsExactly("ComplaintReceived");
    assertThat(complaint.caseVersion()).isEqualTo(1);
  }

  @Test
  void aTicketAnsweredOnTimeAndRatedSatisfiedIsClosedOnTimeEachStepOneVersion() {
    Complaint complaint = received(FRIDAY, 13);

    complaint.dispatch("housing", List.of("water"), true, at("2025-09-26T17:00:00"));
    complaint.signFor(at("2025-09-28T09:00:00"));
    complaint.reply("已修复", true, at("2025-10-20T10:00:00"));
    FollowUpResult result =
        complaint.recordFollowUp(
            true, Rating.SATISFIED, "满意", at("2025-10-21T09:00:00"), CALENDAR, SETTINGS);

    assertThat(result).isEqualTo(FollowUpResult.CLOSED);
    assertThat(complaint.status()).isEqualTo(ComplaintStatus.CLOSED);
    assertThat(complaint.onTime()).isTrue();
    assertThat(complaint.closure()).isEqualTo(Closure.FOLLOWED_UP);
    assertThat(types(complaint))
        .containsExactly(
            "ComplaintReceived",
            "ComplaintDispatched",
            "ComplaintAccepted",
            "ComplaintReplied",
            "ComplaintFollowedUp",
            "ComplaintClosed");
    assertThat(complaint.events())
        .extracting(event -> event.envelope().caseVersion())
        .containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
  }

  @Test
  void aReplyAfterTheDueDateCountsAsLate() {
    Complaint complaint = accepted();

    complaint.reply("已处理", true, at("2025-10-22T09:00:00"));

    assertThat(complaint.events().get(complaint.events().size() - 1))
        .isInstanceOfSatisfying(
            ComplaintEvent.ComplaintReplied.class,
            replied -> assertThat(replied.withinLimit()).isFalse());
  }

  @Test
  void aStepDatedBeforeTheLastOneIsRefusedNamingTheField() {
    Complaint complaint = received(FRIDAY, 13);
    complaint.dispatch("housing", List.of(), false, at("2025-09-27T10:00:00"));

    assertThatThrownBy(() -> complaint.signFor(at("2025-09-27T09:00:00")))
        .isInstanceOfSatisfying(
            CaseRefusal.class,
            refused -> {
              assertThat(refused.field()).isEqualTo("at");
              assertThat(refused).hasMessageStartingWith("不能早于本工单上一次办理的时间");
              assertThat(refused.toProblem().status().value()).isEqualTo(400);
            });
    assertThat(complaint.status()).isEqualTo(ComplaintStatus.DISPATCHED);
  }

  @Test
  void aTicketNotYetDispatchedCannotBeSignedFor() {
    Complaint complaint = received(FRIDAY, 13);

    assertThatThrownBy(() -> complaint.signFor(at("2025-09-26T17:00:00")))
        .isInstanceOf(CaseRefusal.class)
        .hasMessageContaining("本工单当前状态为「待派单」，不能签收");
  }

  @Test
  void theDueSoonWarningIsGivenOncePerDueDateHoweverOftenTheWatchStartsOver() {
    Complaint complaint = accepted();

    assertThat(complaint.warnDueSoon(at("2025-10-17T00:00:00"))).isTrue();
    assertThat(complaint.warnDueSoon(at("2025-10-17T00:00:00")))
        .as("the watch restarted on the same due date")
        .isFalse();

    complaint.extend(3, "同意延期3个工作日", at("2025-10-17T09:00:00"), CALENDAR);
    assertThat(complaint.warnDueSoon(at("2025-10-22T00:00:00")))
        .as("a new due date is worth a new warning")
        .isTrue();
    assertThat(types(complaint)).filteredOn("ComplaintDueSoon"::equals).hasSize(2);
  }

  @Test
  void anExtensionIsAskedForOnceAndGrantedForFewerDaysMovingTheDueDate() {
    Complaint complaint = accepted();
    complaint.requestExtension(5, "需现场核查", at("2025-10-09T09:00:00"), CALENDAR);

    assertThat(complaint.extensionRequestDays()).isEqualTo(5);
    assertThat(complaint.dueOn()).isEqualTo(LocalDate.of(2025, 10, 21));
    assertThatThrownBy(
            () -> complaint.requestExtension(5, "再申请", at("2025-10-09T10:00:00"), CALENDAR))
        .hasMessageContaining("正在等待审核");

    complaint.extend(3, "同意延期3个工作日", at("2025-10-09T11:00:00"), CALENDAR);

    assertThat(complaint.dueOn()).isEqualTo(LocalDate.of(2025, 10, 24));
    assertThat(complaint.extensionRequestDays()).isNull();
    assertThatThrownBy(
            () -> complaint.requestExtension(2, "还需时间", at("2025-10-10T09:00:00"), CALENDAR))
        .hasMessageContaining("本轮办理已延期过一次");
  }

  @Test
  void aRefusedExtensionLeavesTheDueDateAndAnExtensionAfterItRanOutIsRefused() {
    Complaint complaint = accepted();
    complaint.requestExtension(5, "需现场核查", at("2025-10-09T09:00:00"), CALENDAR);

    complaint.refuseExtension("可在原时限内办结", at("2025-10-09T10:00:00"));

    assertThat(complaint.dueOn()).isEqualTo(LocalDate.of(2025, 10, 21));
    assertThat(complaint.extensionRequestDays()).isNull();
    assertThat(types(complaint))
        .endsWith("ComplaintExtensionRequested", "ComplaintExtensionRefused");
    assertThatThrownBy(
            () -> complaint.requestExtension(5, "来不及", at("2025-10-22T09:00:00"), CALENDAR))
        .hasMessageContaining("办理时限已于2025-10-21届满");
  }

  @Test
  void aDissatisfiedCitizenReopensTheTicketWithANewTimeLimitFromThatDay() {
    Complaint complaint = accepted();
    complaint.reply("已答复", false, at("2025-10-13T10:00:00"));

    FollowUpResult result =
        complaint.recordFollowUp(
            true, Rating.DISSATISFIED, "不满意", at("2025-10-14T09:00:00"), CALENDAR, SETTINGS);

    assertThat(result).isEqualTo(FollowUpResult.REOPENED);
    assertThat(complaint.status()).isEqualTo(ComplaintStatus.IN_HANDLING);
    assertThat(complaint.reopenCount()).isEqualTo(1);
    assertThat(complaint.dueOn()).isEqualTo(LocalDate.of(2025, 10, 31));
  }

  @Test
  void aCitizenNotReachedIsCalledAgainOnTheNextWorkingDayAndAfterThreeCallsTheTicketIsClosed() {
    Complaint complaint = accepted();
    complaint.reply("已答复", true, at("2025-10-10T10:00:00"));

    assertThat(
            complaint.recordFollowUp(
                false, null, "无人接听", at("2025-10-10T15:00:00"), CALENDAR, SETTINGS))
        .isEqualTo(FollowUpResult.RETRY);
    assertThat(complaint.nextFollowUpOn()).isEqualTo(LocalDate.of(2025, 10, 11));
    assertThatThrownBy(
            () ->
                complaint.recordFollowUp(
                    false, null, "无人接听", at("2025-10-10T16:00:00"), CALENDAR, SETTINGS))
        .hasMessageContaining("下一次回访应在 2025-10-11 或以后进行");
    complaint.recordFollowUp(false, null, "无人接听", at("2025-10-11T09:00:00"), CALENDAR, SETTINGS);

    assertThat(
            complaint.recordFollowUp(
                false, null, "无人接听", at("2025-10-13T09:00:00"), CALENDAR, SETTINGS))
        .isEqualTo(FollowUpResult.CLOSED);
    assertThat(complaint.closure()).isEqualTo(Closure.UNREACHABLE);
  }

  @Test
  void theTicketAnswersWhichStepsItAllowsAndWhichItWaitsFor() {
    Complaint complaint = received(FRIDAY, 13);
    assertThat(complaint.availableSteps())
        .containsExactly(ComplaintStep.DISPATCH, ComplaintStep.SUPERVISION);
    assertThat(complaint.awaitedSteps()).containsExactly(ComplaintStep.DISPATCH);

    complaint.dispatch("housing", List.of(), false, at("2025-09-26T17:00:00"));
    assertThat(complaint.availableSteps())
        .containsExactly(
            ComplaintStep.ACCEPTANCE,
            ComplaintStep.RETURN,
            ComplaintStep.EXTENSION_REQUEST,
            ComplaintStep.EXTENSION,
            ComplaintStep.SUPERVISION);
    assertThat(complaint.awaitedSteps()).containsExactly(ComplaintStep.ACCEPTANCE);

    complaint.signFor(at("2025-09-28T09:00:00"));
    complaint.requestExtension(5, "需现场核查", at("2025-09-29T09:00:00"), CALENDAR);
    assertThat(complaint.availableSteps())
        .contains(ComplaintStep.REPLY, ComplaintStep.EXTENSION_REFUSAL)
        .doesNotContain(ComplaintStep.EXTENSION_REQUEST, ComplaintStep.ACCEPTANCE);
    assertThat(complaint.awaitedSteps())
        .containsExactly(
            ComplaintStep.EXTENSION, ComplaintStep.EXTENSION_REFUSAL, ComplaintStep.REPLY);

    complaint.reply("已修复", true, at("2025-09-30T10:00:00"));
    assertThat(complaint.awaitedSteps()).containsExactly(ComplaintStep.FOLLOW_UP);
    complaint.recordFollowUp(
        true, Rating.SATISFIED, null, at("2025-09-30T15:00:00"), CALENDAR, SETTINGS);
    assertThat(complaint.availableSteps()).isEmpty();
    assertThat(complaint.awaitedSteps()).isEmpty();
  }

  @Test
  void aTaskListReadsOnlyTheStatesInWhichATicketCanWaitForItsRoles() {
    assertThat(Complaint.statusesAwaiting(Set.of(Role.HANDLER)))
        .containsExactlyInAnyOrder(ComplaintStatus.DISPATCHED, ComplaintStatus.IN_HANDLING);
    assertThat(Complaint.statusesAwaiting(Set.of(Role.REVIEWER)))
        .containsExactlyInAnyOrder(ComplaintStatus.DISPATCHED, ComplaintStatus.IN_HANDLING);
    assertThat(Complaint.statusesAwaiting(Set.of(Role.FRONT_DESK)))
        .containsExactlyInAnyOrder(
            ComplaintStatus.REGISTERED, ComplaintStatus.RETURNED, ComplaintStatus.REPLIED);
  }

  // ---- object mother

  /** Received on the Friday before the National Day holiday, dispatched and signed for. */
  private static Complaint accepted() {
    Complaint complaint = received(FRIDAY, 13);
    complaint.dispatch("housing", List.of(), false, at("2025-09-26T17:00:00"));
    complaint.signFor(at("2025-09-28T09:00:00"));
    return complaint;
  }

  private static Complaint received(OffsetDateTime at, int timeLimit) {
    Intake intake =
        new Intake(
            "demo-county",
            ComplaintChannel.HOTLINE_12345,
            at,
            ComplaintCategory.COMPLAINT,
            Urgency.NORMAL,
            "chengguan",
            "小区路灯不亮",
            new Citizen("赵六", "13900001111"),
            null,
            false);
    return Complaint.receive(intake, timeLimit, null, change(at), CALENDAR);
  }

  private static Change at(String beijingTime) {
    return change(OffsetDateTime.parse(beijingTime + "+08:00"));
  }

  private static Change change(OffsetDateTime at) {
    return new Change(at, Instant.parse("2025-12-01T00:00:00Z"), "handler");
  }

  private static List<String> types(Complaint complaint) {
    return complaint.events().stream().map(CaseEvent::getClass).map(Class::getSimpleName).toList();
  }
}
