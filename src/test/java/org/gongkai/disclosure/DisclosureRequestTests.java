package org.gongkai.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.disclosure.RequestMother.CALENDAR;
import static org.gongkai.disclosure.RequestMother.on;
import static org.gongkai.disclosure.RequestMother.receivedInPersonOn;

import java.time.LocalDate;
import java.util.Set;
import org.gongkai.casework.CaseRefusal;
import org.gongkai.organization.Role;
import org.gongkai.platform.CaseEvent;
import org.junit.jupiter.api.Test;

/**
 * The rules of the Regulations on Open Government Information on the aggregate alone, named after
 * the situations the law describes: Art. 30 (correction), 32 (third parties), 33 (deadline and
 * extension), and the review before a reply.
 */
class DisclosureRequestTests {

  private static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);

  @Test
  void art33_theReplyIsDueTwentyWorkingDaysAfterTheDayOfReceipt() {
    DisclosureRequest request = receivedInPersonOn(MONDAY);

    assertThat(request.dueDate()).isEqualTo(LocalDate.of(2025, 3, 31));
    assertThat(request.status()).isEqualTo(DisclosureStatus.IN_HANDLING);
    assertThat(request.events())
        .extracting(CaseEvent::summary)
        .singleElement()
        .asString()
        .isNotBlank();
  }

  @Test
  void art30_aCorrectionNoticeStopsTheClockAndTheTwentyDaysStartAgainFromTheCorrection() {
    DisclosureRequest request = receivedInPersonOn(MONDAY);

    request.requestCorrection(
        "请写明文件名称", LocalDate.of(2025, 3, 20), on(MONDAY.plusDays(2)), CALENDAR);

    assertThat(request.status()).isEqualTo(DisclosureStatus.AWAITING_CORRECTION);
    assertThat(request.isPaused()).isTrue();

    request.receiveCorrection(on(LocalDate.of(2025, 3, 10)), CALENDAR);

    // 20 working days from Monday 03-10, over the Qingming holiday (Friday 04-04)
    assertThat(request.dueDate()).isEqualTo(LocalDate.of(2025, 4, 8));
    assertThat(request.isPaused()).isFalse();
  }

  @Test
  void art30_theCorrectionNoticeIsGivenOnceAndWithinSevenWorkingDaysOfReceipt() {
    DisclosureRequest late = receivedInPersonOn(MONDAY);
    assertThatThrownBy(
            () ->
                late.requestCorrection(
                    "请写明文件名称", LocalDate.of(2025, 3, 31), on(LocalDate.of(2025, 3, 13)), CALENDAR))
        .isInstanceOf(CaseRefusal.class)
        .hasMessageContaining("本申请最迟应于2025-03-12发出");

    DisclosureRequest twice = receivedInPersonOn(MONDAY);
    twice.requestCorrection("请写明文件名称", LocalDate.of(2025, 3, 20), on(MONDAY.plusDays(1)), CALENDAR);
    twice.receiveCorrection(on(MONDAY.plusDays(2)), CALENDAR);
    assertThatThrownBy(
            () ->
                twice.requestCorrection(
                    "请再补充", LocalDate.of(2025, 3, 25), on(MONDAY.plusDays(3)), CALENDAR))
        .hasMessageContaining("补正通知只能一次性发出");
  }

  @Test
  void art32_theWorkingDaysOfAThirdPartyConsultationAreAddedToTheDeadline() {
    DisclosureRequest request = receivedInPersonOn(MONDAY);

    request.startConsultation("某某有限公司", on(LocalDate.of(2025, 3, 5)), CALENDAR);
    request.endConsultation(true, on(LocalDate.of(2025, 3, 12)), CALENDAR);

    // five working days stopped (03-06 to 03-12) move 03-31 to 04-08, over Qingming
    assertThat(request.dueDate()).isEqualTo(LocalDate.of(2025, 4, 8));
  }

  @Test
  void art33_oneExtensionOfAtMostTwentyWorkingDaysBeforeTheDeadlineRunsOut() {
    DisclosureRequest request = receivedInPersonOn(MONDAY);
    assertThatThrownBy(() -> request.extend(21, "需协调", on(MONDAY.plusDays(7)), CALENDAR))
        .hasMessageContaining("延长期限最长不得超过20个工作日");

    request.extend(20, "需协调多个部门", on(MONDAY.plusDays(7)), CALENDAR);

    // over Qingming (04-04) and counting the make-up working Sunday before Labour Day (04-27)
    assertThat(request.dueDate()).isEqualTo(LocalDate.of(2025, 4, 28));
    assertThatThrownBy(() -> request.extend(5, "再延", on(MONDAY.plusDays(8)), CALENDAR))
        .hasMessageContaining("答复期限只能延长一次");

    DisclosureRequest expired = receivedInPersonOn(MONDAY);
    assertThatThrownBy(() -> expired.extend(10, "来不及", on(LocalDate.of(2025, 4, 1)), CALENDAR))
        .hasMessageContaining("答复期限已于2025-03-31届满");
  }

  @Test
  void theDueSoonWarningIsGivenOncePerDueDateHoweverOftenTheWatchStartsOver() {
    DisclosureRequest request = receivedInPersonOn(MONDAY);

    assertThat(request.warnDueSoon(on(LocalDate.of(2025, 3, 26)))).isTrue();
    assertThat(request.warnDueSoon(on(LocalDate.of(2025, 3, 26))))
        .as("the watch restarted on the same due date")
        .isFalse();

    request.extend(5, "需协调", on(LocalDate.of(2025, 3, 27)), CALENDAR);
    assertThat(request.warnDueSoon(on(LocalDate.of(2025, 4, 2))))
        .as("a new due date is worth a new warning")
        .isTrue();
    assertThat(request.events())
        .extracting(event -> event.getClass().getSimpleName())
        .containsSubsequence("ReplyDueSoon", "DeadlineExtended", "ReplyDueSoon")
        .filteredOn("ReplyDueSoon"::equals)
        .hasSize(2);
  }

  @Test
  void aDecisionSentBackByTheReviewerReturnsToTheHandlerAndAnApprovedOneIsRepliedAndFinished() {
    DisclosureRequest request = receivedInPersonOn(MONDAY);
    request.decide(Outcome.DISCLOSED, "予以公开", on(MONDAY.plusDays(1)));
    request.review(false, "请补充依据", on(MONDAY.plusDays(2)));

    assertThat(request.status()).isEqualTo(DisclosureStatus.IN_HANDLING);

    request.decide(Outcome.DISCLOSED, "予以公开，依据已补充", on(MONDAY.plusDays(3)));
    request.review(true, "同意", on(MONDAY.plusDays(4)));
    assertThat(request.status()).isEqualTo(DisclosureStatus.AWAITING_REPLY);
    request.reply(DeliveryMethod.POST, on(MONDAY.plusDays(7)));

    assertThat(request.status()).isEqualTo(DisclosureStatus.FINISHED);
    assertThat(request.outcome()).isEqualTo(Outcome.DISCLOSED);
    assertThat(request.events())
        .extracting(event -> event.getClass().getSimpleName())
        .containsExactly(
            "DisclosureRequestReceived",
            "DecisionProposed",
            "DecisionSentBack",
            "DecisionProposed",
            "DecisionApproved",
            "DisclosureRequestReplied");
  }

  @Test
  void theSystemHandlesAbandonmentForWantOfCorrectionNotTheHandlersDecision() {
    DisclosureRequest request = receivedInPersonOn(MONDAY);

    assertThatThrownBy(
            () -> request.decide(Outcome.OTHER_NO_CORRECTION, null, on(MONDAY.plusDays(1))))
        .isInstanceOfSatisfying(
            CaseRefusal.class, refused -> assertThat(refused.field()).isEqualTo("outcome"));
    assertThat(request.status()).isEqualTo(DisclosureStatus.IN_HANDLING);
  }

  @Test
  void theRequestAnswersWhichStepsItAllowsAndWhichItWaitsForTheOnceOnlyStepsUntilTaken() {
    DisclosureRequest request = receivedInPersonOn(MONDAY);
    assertThat(request.availableSteps(MONDAY))
        .containsExactlyInAnyOrder(
            DisclosureStep.DECISION,
            DisclosureStep.CORRECTION_REQUEST,
            DisclosureStep.CONSULTATION,
            DisclosureStep.FEE_NOTICE,
            DisclosureStep.TRANSFER_TO_COMPLAINT,
            DisclosureStep.EXTENSION,
            DisclosureStep.WITHDRAWAL);
    assertThat(request.awaitedSteps()).containsExactly(DisclosureStep.DECISION);

    request.requestCorrection(
        "请写明文件名称", LocalDate.of(2025, 3, 20), on(MONDAY.plusDays(1)), CALENDAR);
    assertThat(request.awaitedSteps()).as("waiting for the applicant").isEmpty();
    request.receiveCorrection(on(MONDAY.plusDays(2)), CALENDAR);
    assertThat(request.availableSteps(MONDAY.plusDays(2)))
        .doesNotContain(DisclosureStep.CORRECTION_REQUEST)
        .contains(DisclosureStep.DECISION);
    assertThat(request.availableSteps(LocalDate.of(2025, 5, 1)))
        .as("after the due date no extension")
        .doesNotContain(DisclosureStep.EXTENSION);

    request.decide(Outcome.DISCLOSED, null, on(MONDAY.plusDays(3)));
    assertThat(request.awaitedSteps()).containsExactly(DisclosureStep.REVIEW);
    assertThat(request.availableSteps(MONDAY.plusDays(3)))
        .doesNotContain(DisclosureStep.TRANSFER_TO_COMPLAINT);
  }

  @Test
  void aTaskListReadsOnlyTheStatesInWhichARequestCanWaitForItsRoles() {
    assertThat(DisclosureRequest.statusesAwaiting(Set.of(Role.HANDLER)))
        .containsExactlyInAnyOrder(DisclosureStatus.IN_HANDLING, DisclosureStatus.AWAITING_REPLY);
    assertThat(DisclosureRequest.statusesAwaiting(Set.of(Role.REVIEWER)))
        .containsExactly(DisclosureStatus.UNDER_REVIEW);
  }
}
