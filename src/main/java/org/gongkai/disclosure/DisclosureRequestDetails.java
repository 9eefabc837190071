package org.gongkai.disclosure;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.gongkai.casework.CaseTimeline;
import org.jspecify.annotations.Nullable;

/** A request as its handling agency's staff see it: the whole record, its deadline and timeline. */
public record DisclosureRequestDetails(
    String id,
    String trackingNumber,
    String agencyCode,
    String handlingUnit,
    Channel channel,
    OffsetDateTime submittedAt,
    LocalDate receivedAt,
    Applicant applicant,
    String description,
    @Nullable String purpose,
    @Nullable DeliveryMethod deliveryMethod,
    DisclosureStatus status,
    String statusLabel,
    @Nullable Outcome proposedOutcome,
    @Nullable Outcome outcome,
    @Nullable String outcomeLabel,
    @Nullable String decisionNote,
    @Nullable String reviewComment,
    @Nullable LocalDate dueDate,
    boolean overdue,
    Deadline deadline,
    @Nullable Correction correction,
    @Nullable Consultation consultation,
    @Nullable Fee fee,
    int extensionWorkingDays,
    @Nullable String extensionReason,
    @Nullable OffsetDateTime finishedAt,
    @Nullable DeliveryMethod replyMethod,
    List<AppealView> appeals,
    @Nullable String linkedComplaintId,
    List<CaseTimeline.Entry> timeline,
    Set<DisclosureStep> availableSteps,
    long caseVersion) {

  /** The reply deadline: date, working days left, whether paused, and how it was computed. */
  /**
   * @param provisional the date was counted over a year whose holiday schedule is not announced
   *     yet; it is recomputed when it is
   */
  public record Deadline(
      @Nullable LocalDate dueDate,
      @Nullable Integer workingDaysLeft,
      boolean paused,
      boolean provisional,
      List<String> explanation) {}

  public record Correction(String items, LocalDate correctionDeadline) {}

  public record Consultation(String party, LocalDate answerDue) {}

  public record Fee(FeeSchedule.Basis basis, int quantity, long amountYuan, LocalDate paymentDue) {}

  public record AppealView(
      String id,
      AppealKind kind,
      OffsetDateTime filedAt,
      @Nullable AppealResult result,
      @Nullable OffsetDateTime decidedAt) {}
}
