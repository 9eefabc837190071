package org.gongkai.disclosure;

import static org.gongkai.platform.ClockConfiguration.BUSINESS_ZONE;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.casework.CaseTimeline;
import org.gongkai.casework.LadderStep;
import org.gongkai.casework.SupervisionLadder;
import org.gongkai.platform.ProblemException;
import org.gongkai.platform.process.DeadlineWatch;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Requests as they are loaded and shown: the details staff read and the summary of a list. */
@Component
class DisclosureRecords {

  static final String CONCURRENT_CHANGE = "该申请刚被其他操作更新，请刷新后重试。";

  private final DisclosureRequests requests;
  private final CaseTimeline timeline;
  private final WorkingCalendar calendar;
  private final SupervisionLadder ladder;
  private final Clock clock;

  DisclosureRecords(
      DisclosureRequests requests,
      CaseTimeline timeline,
      WorkingCalendar calendar,
      SupervisionLadder ladder,
      Clock clock) {
    this.requests = requests;
    this.ladder = ladder;
    this.timeline = timeline;
    this.calendar = calendar;
    this.clock = clock;
  }

  /**
   * The deadline watch of an open request: the reminder, the overdue mark and the ladder's rungs,
   * standing still while the clock is paused.
   */
  DeadlineWatch timers(DisclosureRequest request) {
    LocalDate due = request.dueDate();
    if (due == null || !request.status().isOpen()) {
      return DeadlineWatch.idle(request.isPaused());
    }
    return ladder.watch(
        request.agencyCode(), due, ReplyDeadlines.WARNING_WORKING_DAYS, null, request.isPaused());
  }

  /** When the request's rung of the ladder fell, if it waits for its reply. */
  SupervisionLadder.@Nullable Rung rung(DisclosureRequest request, LadderStep step) {
    LocalDate due = request.dueDate();
    return due == null ? null : ladder.rung(timers(request), due, step);
  }

  DisclosureRequest load(UUID id) {
    return requests.findById(id).orElseThrow(() -> notFound(id));
  }

  /** The request for a command or a timer, locked against the other until committed. */
  DisclosureRequest loadForChange(UUID id) {
    return requests.findForChange(id).orElseThrow(() -> notFound(id));
  }

  private static ProblemException notFound(UUID id) {
    return ProblemException.notFound("没有编号为 " + id + " 的政府信息公开申请");
  }

  /**
   * What a command answers: the case with the applicant's personal data masked, as the caller
   * already holds what it sent and reads the case whole with {@link DisclosureQueries#find}, where
   * it is recorded.
   */
  DisclosureRequestDetails commandAnswer(DisclosureRequest request) {
    return details(request, true);
  }

  DisclosureRequestDetails details(DisclosureRequest request, boolean masked) {
    LocalDate today = LocalDate.now(clock.withZone(BUSINESS_ZONE));
    ReplyDeadline deadline = request.deadline(today, calendar);
    return new DisclosureRequestDetails(
        request.id().toString(),
        request.trackingNumber(),
        request.agencyCode(),
        request.handlingUnit(),
        request.channel(),
        request.submittedAt().atZone(BUSINESS_ZONE).toOffsetDateTime(),
        request.receivedOn(),
        masked ? request.applicant().masked() : request.applicant(),
        request.description(),
        request.purpose(),
        request.deliveryMethod(),
        request.status(),
        request.status().label(),
        request.proposedOutcome(),
        request.status() == DisclosureStatus.FINISHED ? request.outcome() : null,
        request.status() == DisclosureStatus.FINISHED && request.outcome() != null
            ? request.outcome().shortLabel()
            : null,
        request.decisionNote(),
        request.reviewComment(),
        request.dueDate(),
        request.overdue(),
        new DisclosureRequestDetails.Deadline(
            deadline.dueDate(),
            request.status().isOpen()
                ? ReplyDeadlines.workingDaysLeft(deadline.dueDate(), today, calendar)
                : null,
            deadline.paused(),
            deadline.provisional(),
            deadline.explanation()),
        request.correctionDeadline() == null
            ? null
            : new DisclosureRequestDetails.Correction(
                request.correctionItems(), request.correctionDeadline()),
        request.consultationParty() == null
            ? null
            : new DisclosureRequestDetails.Consultation(
                request.consultationParty(), request.consultationAnswerDue()),
        request.feeAmountYuan() == null
            ? null
            : new DisclosureRequestDetails.Fee(
                request.feeBasis(),
                request.feeQuantity(),
                request.feeAmountYuan(),
                request.feePaymentDue()),
        request.extensionWorkingDays(),
        request.extensionReason(),
        request.finishedAt() == null
            ? null
            : request.finishedAt().atZone(BUSINESS_ZONE).toOffsetDateTime(),
        request.replyMethod(),
        request.appeals().stream()
            .map(
                a ->
                    new DisclosureRequestDetails.AppealView(
                        a.appealId(),
                        a.kind(),
                        a.filedAt().atZone(BUSINESS_ZONE).toOffsetDateTime(),
                        a.result(),
                        a.decidedAt() == null
                            ? null
                            : a.decidedAt().atZone(BUSINESS_ZONE).toOffsetDateTime()))
            .toList(),
        request.linkedComplaintId(),
        timeline.of(DisclosureRequestEvent.KIND, request.id()),
        request.availableSteps(today),
        request.caseVersion());
  }

  static DisclosureRequestSummary summary(DisclosureRequest request) {
    return new DisclosureRequestSummary(
        request.id().toString(),
        request.trackingNumber(),
        request.agencyCode(),
        request.channel(),
        request.receivedOn(),
        request.applicant().masked(),
        request.status(),
        request.status().label(),
        request.status() == DisclosureStatus.FINISHED ? request.outcome() : null,
        request.dueDate(),
        request.overdue());
  }
}
