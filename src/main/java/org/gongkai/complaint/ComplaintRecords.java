package org.gongkai.complaint;

import static org.gongkai.platform.ClockConfiguration.BUSINESS_ZONE;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.gongkai.calendar.UnknownCalendarYearException;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.casework.CaseTimeline;
import org.gongkai.casework.LadderStep;
import org.gongkai.casework.SupervisionLadder;
import org.gongkai.complaint.ComplaintDetails.LinkedCase;
import org.gongkai.platform.ProblemException;
import org.gongkai.platform.process.DeadlineWatch;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Complaints as they are loaded and shown: the details staff read (deadline explained, links,
 * timeline), the summary of a list, and the moments of the time-limit timers.
 */
@Component
class ComplaintRecords {

  static final String CONCURRENT_CHANGE = "该工单刚被其他操作更新，请刷新后重试。";

  private final Complaints complaints;
  private final CaseTimeline timeline;
  private final ComplaintSettings settings;
  private final WorkingCalendar calendar;
  private final SupervisionLadder ladder;
  private final Clock clock;

  ComplaintRecords(
      Complaints complaints,
      CaseTimeline timeline,
      ComplaintSettings settings,
      WorkingCalendar calendar,
      SupervisionLadder ladder,
      Clock clock) {
    this.complaints = complaints;
    this.ladder = ladder;
    this.timeline = timeline;
    this.settings = settings;
    this.calendar = calendar;
    this.clock = clock;
  }

  Complaint load(UUID id) {
    return complaints.findById(id).orElseThrow(() -> notFound(id));
  }

  /** The complaint for a command or a timer, locked against the other until committed. */
  Complaint loadForChange(UUID id) {
    return complaints.findForChange(id).orElseThrow(() -> notFound(id));
  }

  private static ProblemException notFound(UUID id) {
    return ProblemException.notFound("没有编号为 " + id + " 的群众诉求");
  }

  ComplaintDetails details(Complaint complaint, boolean masked) {
    LocalDate today = LocalDate.now(clock.withZone(BUSINESS_ZONE));
    LocalDate due = complaint.dueOn();
    Integer workingDaysLeft = null;
    if (due != null && timers(complaint).overdueAt() != null) {
      try {
        workingDaysLeft = calendar.workingDaysBetween(today, due);
      } catch (UnknownCalendarYearException unknown) {
        workingDaysLeft = null;
      }
    }
    List<LinkedCase> links = new ArrayList<>();
    if (complaint.linkedDisclosureRequestId() != null) {
      links.add(
          new LinkedCase(
              "DISCLOSURE_REQUEST",
              complaint.linkedDisclosureRequestId(),
              complaint.closure() == Closure.TRANSFERRED_TO_DISCLOSURE
                  ? "TRANSFERRED_TO"
                  : "TRANSFERRED_FROM"));
    }
    if (complaint.mergedIntoId() != null) {
      links.add(new LinkedCase("COMPLAINT", complaint.mergedIntoId(), "MERGED_INTO"));
    }
    complaints.findIdsMergedInto(complaint.id().toString()).stream()
        .map(merged -> new LinkedCase("COMPLAINT", merged.toString(), "MERGED_FROM"))
        .forEach(links::add);
    return new ComplaintDetails(
        complaint.id().toString(),
        complaint.agencyCode(),
        complaint.upstreamTicketId(),
        complaint.channel(),
        complaint.category(),
        complaint.urgency(),
        complaint.areaCode(),
        complaint.content(),
        masked ? complaint.citizen().masked() : complaint.citizen(),
        complaint.receivedAt().atZone(BUSINESS_ZONE).toOffsetDateTime(),
        complaint.directAnswer(),
        complaint.status(),
        complaint.status().label(),
        complaint.unitCodeOrNull(),
        complaint.coUnitCodes(),
        complaint.routedByTable(),
        complaint.returnReason(),
        complaint.returnCount(),
        complaint.timeLimitWorkingDays(),
        complaint.extensionWorkingDays(),
        complaint.extensionReason(),
        complaint.extensionRequestDays() == null
            ? null
            : new ComplaintDetails.ExtensionRequest(
                complaint.extensionRequestDays(),
                Objects.requireNonNullElse(complaint.extensionRequestReason(), "")),
        due == null ? null : Complaint.endOf(due),
        workingDaysLeft,
        deadline(complaint, workingDaysLeft),
        complaint.overdue(),
        complaint.repliedAt() == null
            ? null
            : new ComplaintDetails.Reply(
                Objects.requireNonNull(complaint.replyContent()),
                Boolean.TRUE.equals(complaint.resolved()),
                complaint.repliedAt().atZone(BUSINESS_ZONE).toOffsetDateTime()),
        new ComplaintDetails.FollowUp(
            complaint.followUpAttempts(),
            complaint.nextFollowUpOn(),
            complaint.reached(),
            complaint.rating(),
            complaint.followUpNote()),
        complaint.reopenCount(),
        complaint.closure(),
        complaint.closure() == null ? null : complaint.closure().label(),
        complaint.closedAt() == null
            ? null
            : complaint.closedAt().atZone(BUSINESS_ZONE).toOffsetDateTime(),
        complaint.onTime(),
        links,
        complaint.supervisions().stream()
            .map(
                s ->
                    new ComplaintDetails.SupervisionView(
                        s.supervisionId(),
                        s.note(),
                        s.deadline(),
                        s.supervisedAt().atZone(BUSINESS_ZONE).toOffsetDateTime(),
                        s.supervisor(),
                        s.automatic()))
            .toList(),
        timeline.of(ComplaintEvent.KIND, complaint.id()),
        complaint.availableSteps(),
        complaint.caseVersion());
  }

  private ComplaintDetails.Deadline deadline(
      Complaint complaint, @Nullable Integer workingDaysLeft) {
    LocalDate due = complaint.dueOn();
    List<String> lines = new ArrayList<>();
    if (due == null) {
      lines.add(complaint.directAnswer() ? "当场答复办结，不计办理时限" : "办理时限尚未确定");
      return new ComplaintDetails.Deadline(null, null, false, lines);
    }
    LocalDate start = complaint.clockStartedOn();
    lines.add(
        (complaint.reopenCount() == 0
                ? "受理之日：" + start
                : "第" + (complaint.reopenCount() + 1) + "轮办理：" + start + "回访不满意，重新办理")
            + "，自次日起算"
            + complaint.timeLimitWorkingDays()
            + "个工作日");
    int extension = complaint.workingDaysOfRound() - complaint.timeLimitWorkingDays();
    if (extension > 0) {
      lines.add("经批准延期" + extension + "个工作日");
    }
    Optional<String> provisional = calendar.provisionalNotice(start, due);
    provisional.ifPresent(lines::add);
    lines.add("办理时限：" + due + (provisional.isPresent() ? "（暂定）" : ""));
    return new ComplaintDetails.Deadline(due, workingDaysLeft, provisional.isPresent(), lines);
  }

  static ComplaintSummary summary(Complaint complaint) {
    LocalDate due = complaint.dueOn();
    return new ComplaintSummary(
        complaint.id().toString(),
        complaint.agencyCode(),
        complaint.upstreamTicketId(),
        complaint.channel(),
        complaint.category(),
        complaint.urgency(),
        complaint.receivedAt().atZone(BUSINESS_ZONE).toOffsetDateTime(),
        complaint.citizen().masked(),
        complaint.status(),
        complaint.status().label(),
        complaint.unitCodeOrNull(),
        due == null ? null : Complaint.endOf(due),
        complaint.overdue(),
        complaint.reopenCount(),
        complaint.awaitedSteps());
  }

  /**
   * The deadline watch while the complaint waits for its reply: the reminder (not before the day
   * after the clock started), the overdue mark and the ladder's rungs.
   */
  /** When the complaint's rung of the ladder fell, if it waits for its reply. */
  SupervisionLadder.@Nullable Rung rung(Complaint complaint, LadderStep step) {
    LocalDate due = complaint.dueOn();
    return due == null ? null : ladder.rung(timers(complaint), due, step);
  }

  DeadlineWatch timers(Complaint complaint) {
    LocalDate due = complaint.dueOn();
    if (due == null || !complaint.waitsForReply()) {
      return DeadlineWatch.idle(false);
    }
    return ladder.watch(
        complaint.agencyCode(),
        due,
        settings.warningWorkingDays(),
        complaint.clockStartedOn().plusDays(1),
        false);
  }
}
