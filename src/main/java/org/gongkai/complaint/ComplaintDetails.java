package org.gongkai.complaint;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.gongkai.casework.CaseTimeline;
import org.jspecify.annotations.Nullable;

/** A complaint as its agency's staff see it: the whole record, links and timeline. */
public record ComplaintDetails(
    String id,
    String agencyCode,
    @Nullable String upstreamTicketId,
    ComplaintChannel channel,
    ComplaintCategory category,
    Urgency urgency,
    @Nullable String areaCode,
    String content,
    Citizen citizen,
    OffsetDateTime receivedAt,
    boolean directAnswer,
    ComplaintStatus status,
    String statusLabel,
    @Nullable String unitCode,
    List<String> coUnitCodes,
    boolean routedByTable,
    @Nullable String returnReason,
    int returnCount,
    int timeLimitWorkingDays,
    int extensionWorkingDays,
    @Nullable String extensionReason,
    @Nullable ExtensionRequest extensionRequest,
    @Nullable OffsetDateTime dueAt,
    @Nullable Integer workingDaysLeft,
    Deadline deadline,
    boolean overdue,
    @Nullable Reply reply,
    FollowUp followUp,
    int reopenCount,
    @Nullable Closure closure,
    @Nullable String closureLabel,
    @Nullable OffsetDateTime closedAt,
    @Nullable Boolean onTime,
    List<LinkedCase> linkedCases,
    List<SupervisionView> supervisions,
    List<CaseTimeline.Entry> timeline,
    Set<ComplaintStep> availableSteps,
    long caseVersion) {

  /** An extension the handler asked for, awaiting a reviewer of the agency. */
  public record ExtensionRequest(int workingDays, String reason) {}

  /**
   * The time limit of the current round and how it was counted.
   *
   * @param provisional counted over a year whose holiday schedule is not announced yet; recomputed
   *     when it is
   */
  public record Deadline(
      @Nullable LocalDate dueOn,
      @Nullable Integer workingDaysLeft,
      boolean provisional,
      List<String> explanation) {
    public Deadline {
      explanation = List.copyOf(explanation);
    }
  }

  public record Reply(String content, boolean resolved, OffsetDateTime repliedAt) {}

  /** The follow-up calls of the current round. */
  public record FollowUp(
      int attempts,
      @Nullable LocalDate nextFollowUpOn,
      @Nullable Boolean reached,
      @Nullable Rating rating,
      @Nullable String note) {}

  /**
   * Another case this one is linked to.
   *
   * @param kind {@code COMPLAINT} or {@code DISCLOSURE_REQUEST}
   * @param relation {@code TRANSFERRED_FROM}, {@code TRANSFERRED_TO}, {@code MERGED_INTO} or {@code
   *     MERGED_FROM}
   */
  public record LinkedCase(String kind, String id, String relation) {}

  public record SupervisionView(
      String id,
      String note,
      LocalDate deadline,
      OffsetDateTime supervisedAt,
      String supervisor,
      boolean automatic) {}
}
