package org.gongkai.complaint;

import static org.gongkai.platform.ClockConfiguration.BUSINESS_ZONE;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.gongkai.calendar.UnknownCalendarYearException;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.casework.CaseAggregate;
import org.gongkai.casework.CaseRefusal;
import org.gongkai.casework.Change;
import org.gongkai.casework.LadderPosition;
import org.gongkai.casework.LadderStep;
import org.gongkai.complaint.ComplaintEvent.Facts;
import org.gongkai.organization.Role;
import org.gongkai.platform.PersonalDataMasking;
import org.jspecify.annotations.Nullable;

/**
 * A citizen complaint (群众诉求): the aggregate that owns the ticket's data and guards its lifecycle —
 * registered, dispatched, accepted or returned, handled, replied, followed up, closed or reopened.
 * Every change raises one {@link ComplaintEvent} with the case version increased by one.
 */
@Entity
@Table(name = "complaint")
class Complaint extends CaseAggregate<Complaint, ComplaintEvent, Facts> {

  private @Nullable String upstreamTicketId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ComplaintChannel channel;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ComplaintCategory category;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Urgency urgency;

  private @Nullable String areaCode;

  @Column(nullable = false)
  private String content;

  @Embedded private Citizen citizen;

  private boolean directAnswer;

  @Column(nullable = false)
  private Instant receivedAt;

  @Column(nullable = false)
  private LocalDate receivedOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ComplaintStatus status;

  private @Nullable String unitCode;

  private @Nullable String coUnitCodes;

  private boolean routedByTable;

  private @Nullable String returnReason;

  private int returnCount;

  private int timeLimitWorkingDays;

  @Column(nullable = false)
  private LocalDate clockStartedOn;

  private int extensionWorkingDays;

  private @Nullable String extensionReason;

  private @Nullable Integer extendedInRound;

  /** The working days of the extension granted in the current round, if any. */
  private int roundExtensionWorkingDays;

  /** The working days of an extension the handler asked for, awaiting a reviewer; else null. */
  private @Nullable Integer extensionRequestDays;

  private @Nullable String extensionRequestReason;

  private @Nullable LocalDate dueOn;

  /** The due date the complaint was last warned about (one warning per due date). */
  private @Nullable LocalDate dueSoonWarnedFor;

  private boolean overdue;

  /** The highest rung of the supervision ladder reached for the current due date. */
  @Embedded private @Nullable LadderPosition ladder;

  private @Nullable String replyContent;

  private @Nullable Boolean resolved;

  private @Nullable Instant repliedAt;

  private @Nullable Boolean repliedOnTime;

  private int followUpAttempts;

  private @Nullable LocalDate nextFollowUpOn;

  private boolean followedUp;

  private @Nullable Boolean reached;

  @Enumerated(EnumType.STRING)
  private @Nullable Rating rating;

  private @Nullable String followUpNote;

  private int reopenCount;

  @Enumerated(EnumType.STRING)
  private @Nullable Closure closure;

  private @Nullable Instant closedAt;

  private @Nullable Boolean onTime;

  private @Nullable String mergedIntoId;

  private @Nullable String linkedDisclosureRequestId;

  /** The disclosure request this complaint was opened from (Art. 39): one complaint per request. */
  @SuppressWarnings("unused")
  private @Nullable String openedFromRequestId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "complaint_supervision", joinColumns = @JoinColumn(name = "complaint_id"))
  @OrderColumn(name = "position")
  private List<Supervision> supervisions = new ArrayList<>();

  protected Complaint() {}

  private Complaint(Intake intake, int timeLimitWorkingDays, Instant createdAt) {
    super(UUID.randomUUID(), intake.agencyCode(), intake.receivedAt().toInstant(), createdAt);
    this.upstreamTicketId = intake.upstreamTicketId();
    this.channel = intake.channel();
    this.category = intake.category();
    this.urgency = intake.urgency();
    this.areaCode = intake.areaCode();
    this.content = intake.content();
    this.citizen = intake.citizen();
    this.directAnswer = intake.directAnswer();
    this.receivedAt = intake.receivedAt().toInstant();
    this.receivedOn = intake.receivedAt().atZoneSameInstant(BUSINESS_ZONE).toLocalDate();
    this.status = ComplaintStatus.REGISTERED;
    this.timeLimitWorkingDays = timeLimitWorkingDays;
    this.clockStartedOn = receivedOn;
  }

  /**
   * Registers a complaint received at {@code intake.receivedAt()}; its time limit runs from the day
   * after. Answered on the spot (直办), it is closed at once.
   */
  static Complaint receive(
      Intake intake,
      int timeLimitWorkingDays,
      @Nullable String fromDisclosureRequestId,
      Change change,
      WorkingCalendar calendar) {
    Complaint complaint = new Complaint(intake, timeLimitWorkingDays, change.recordedAt());
    complaint.linkedDisclosureRequestId = fromDisclosureRequestId;
    complaint.openedFromRequestId = fromDisclosureRequestId;
    if (!intake.directAnswer()) {
      complaint.dueOn = dueFrom(complaint.receivedOn, timeLimitWorkingDays, calendar);
    }
    complaint.raise(
        change,
        (e, f) ->
            new ComplaintEvent.ComplaintReceived(
                e, f, intake.upstreamTicketId(), intake.directAnswer(), fromDisclosureRequestId));
    if (intake.directAnswer()) {
      complaint.close(Closure.ANSWERED_DIRECTLY, change);
    }
    return complaint;
  }

  /**
   * A complaint already finished before it reached this system, as its ledger records it: received,
   * dispatched to {@code ledger.unitCode()}, replied, followed up and closed at {@code
   * change.at()}. Whether the reply came within the time limit is worked out as for a live
   * complaint. One {@link ComplaintEvent.ComplaintImported} carries the closed case; the caller has
   * checked that the moments follow one another.
   */
  static Complaint fromLedger(
      String agencyCode,
      LedgerComplaint ledger,
      int timeLimitWorkingDays,
      Change change,
      WorkingCalendar calendar) {
    Intake intake =
        new Intake(
            agencyCode,
            ledger.channel(),
            ledger.receivedAt(),
            ledger.category(),
            ledger.urgency(),
            ledger.areaCode(),
            ledger.content(),
            ledger.citizen(),
            ledger.upstreamTicketId(),
            false);
    Complaint complaint = new Complaint(intake, timeLimitWorkingDays, change.recordedAt());
    LocalDate due = dueFrom(complaint.receivedOn, timeLimitWorkingDays, calendar);
    LedgerComplaint.Reply reply = ledger.reply();
    LedgerComplaint.FollowUp followUp = ledger.followUp();
    boolean withinLimit =
        due == null || !reply.at().atZoneSameInstant(BUSINESS_ZONE).toLocalDate().isAfter(due);
    complaint.dueOn = due;
    complaint.unitCode = ledger.unitCode();
    complaint.replyContent = reply.content();
    complaint.resolved = reply.resolved();
    complaint.repliedAt = reply.at().toInstant();
    complaint.repliedOnTime = withinLimit;
    complaint.overdue = !withinLimit;
    complaint.followedUp = true;
    complaint.followUpAttempts = 1;
    complaint.reached = followUp.reached();
    complaint.rating = followUp.reached() ? followUp.rating() : null;
    complaint.closure = followUp.reached() ? Closure.FOLLOWED_UP : Closure.UNREACHABLE;
    complaint.closedAt = change.at().toInstant();
    complaint.onTime = withinLimit;
    complaint.status = ComplaintStatus.CLOSED;
    OffsetDateTime repliedAt = reply.at().atZoneSameInstant(BUSINESS_ZONE).toOffsetDateTime();
    OffsetDateTime followedUpAt = followUp.at().atZoneSameInstant(BUSINESS_ZONE).toOffsetDateTime();
    complaint.raise(
        change,
        (e, f) ->
            new ComplaintEvent.ComplaintImported(
                e, f, ledger.upstreamTicketId(), repliedAt, followedUpAt));
    return complaint;
  }

  /** 派单: to the responsible unit, first or again after a return the dispatcher has reviewed. */
  void dispatch(String unit, List<String> coUnits, boolean byTable, Change change) {
    accept(change);
    if (status != ComplaintStatus.REGISTERED && status != ComplaintStatus.RETURNED) {
      throw notAllowed("派单", "「待派单」或「退单待审核」");
    }
    unitCode = unit;
    coUnitCodes = coUnits.isEmpty() ? null : String.join(",", coUnits);
    routedByTable = byTable;
    status = ComplaintStatus.DISPATCHED;
    List<String> co = List.copyOf(coUnits);
    raise(change, (e, f) -> new ComplaintEvent.ComplaintDispatched(e, f, unit, co, byTable));
  }

  /** 签收: the unit takes the ticket. */
  void signFor(Change change) {
    accept(change);
    requireStatus(ComplaintStatus.DISPATCHED, "签收");
    status = ComplaintStatus.IN_HANDLING;
    String unit = unitCode();
    raise(change, (e, f) -> new ComplaintEvent.ComplaintAccepted(e, f, unit));
  }

  /**
   * 退单: the unit sends the ticket back to the dispatcher with its reasons — before signing for it,
   * or after, while handling it, when it finds the matter is not its own; not once it replied.
   */
  void returnToDispatcher(String reason, Change change) {
    accept(change);
    if (status != ComplaintStatus.DISPATCHED && status != ComplaintStatus.IN_HANDLING) {
      throw notAllowed("退单", "「待签收」或「办理中」");
    }
    String unit = unitCode();
    dropExtensionRequest();
    returnReason = reason;
    returnCount++;
    status = ComplaintStatus.RETURNED;
    raise(change, (e, f) -> new ComplaintEvent.ComplaintReturned(e, f, unit, reason));
  }

  /**
   * The handler asks for an extension, before the time limit runs out, once per handling round; a
   * reviewer of the agency grants or refuses it.
   */
  void requestExtension(int workingDays, String reason, Change change, WorkingCalendar calendar) {
    accept(change);
    requireExtensionPossible("申请延期", change, workingDays, calendar);
    if (extensionRequestDays != null) {
      throw CaseRefusal.notNow("已申请延期" + extensionRequestDays + "个工作日，正在等待审核，不能重复申请。");
    }
    extensionRequestDays = workingDays;
    extensionRequestReason = reason;
    raise(
        change,
        (e, f) -> new ComplaintEvent.ComplaintExtensionRequested(e, f, workingDays, reason));
  }

  /**
   * A reviewer grants an extension: the one the handler asked for (possibly for fewer days), or on
   * the reviewer's own initiative. Once per handling round, before the time limit runs out.
   */
  void extend(int workingDays, String reason, Change change, WorkingCalendar calendar) {
    accept(change);
    LocalDate newDue = requireExtensionPossible("批准延期", change, workingDays, calendar);
    extensionWorkingDays += workingDays;
    roundExtensionWorkingDays = workingDays;
    extensionReason = reason;
    extendedInRound = reopenCount;
    extensionRequestDays = null;
    extensionRequestReason = null;
    dueOn = newDue;
    raise(
        change,
        (e, f) -> new ComplaintEvent.ComplaintDeadlineExtended(e, f, workingDays, reason, newDue));
  }

  /** A reviewer refuses the extension the handler asked for; the time limit stays. */
  void refuseExtension(String reason, Change change) {
    accept(change);
    Integer requested = extensionRequestDays;
    if (requested == null) {
      throw CaseRefusal.notNow("本工单没有待审核的延期申请。");
    }
    extensionRequestDays = null;
    extensionRequestReason = null;
    raise(change, (e, f) -> new ComplaintEvent.ComplaintExtensionRefused(e, f, requested, reason));
  }

  /** Checks that the time limit may be extended now, and gives the new due date. */
  private LocalDate requireExtensionPossible(
      String action, Change change, int workingDays, WorkingCalendar calendar) {
    if (status != ComplaintStatus.DISPATCHED && status != ComplaintStatus.IN_HANDLING) {
      throw notAllowed(action, "「待签收」或「办理中」");
    }
    if (extendedInRound != null && extendedInRound == reopenCount) {
      throw CaseRefusal.notNow("本轮办理已延期过一次，不能再次延期。");
    }
    LocalDate due = dueOn;
    if (due == null) {
      throw CaseRefusal.notNow("办理时限尚未确定（工作日历缺少相应年度），暂不能延期。");
    }
    if (overdue || change.businessDate().isAfter(due)) {
      throw CaseRefusal.notNow("办理时限已于" + due + "届满，延期应在届满前申请。");
    }
    LocalDate newDue = dueFrom(due, workingDays, calendar);
    if (newDue == null) {
      throw new UnknownCalendarYearException(due.getYear() + 1);
    }
    return newDue;
  }

  /** A request for an extension lapses when the ticket leaves the unit's hands. */
  private void dropExtensionRequest() {
    extensionRequestDays = null;
    extensionRequestReason = null;
  }

  /** 答复: the unit replied to the citizen; the follow-up call comes next. */
  void reply(String replyText, boolean isResolved, Change change) {
    accept(change);
    requireStatus(ComplaintStatus.IN_HANDLING, "答复");
    dropExtensionRequest();
    replyContent = replyText;
    resolved = isResolved;
    repliedAt = change.at().toInstant();
    boolean withinLimit = dueOn == null || !change.businessDate().isAfter(dueOn);
    repliedOnTime = withinLimit;
    followUpAttempts = 0;
    nextFollowUpOn = change.businessDate();
    status = ComplaintStatus.REPLIED;
    raise(change, (e, f) -> new ComplaintEvent.ComplaintReplied(e, f, isResolved, withinLimit));
  }

  /**
   * 回访: a satisfied citizen closes the case; a dissatisfied one reopens it (重办) up to {@code
   * maxReopenRounds} times; one who cannot be reached is called again on the next working day, up
   * to {@code attempts} calls, then the case is closed as unreachable.
   */
  FollowUpResult recordFollowUp(
      boolean wasReached,
      @Nullable Rating givenRating,
      @Nullable String note,
      Change change,
      WorkingCalendar calendar,
      ComplaintSettings settings) {
    accept(change);
    requireStatus(ComplaintStatus.REPLIED, "回访");
    LocalDate day = change.businessDate();
    if (nextFollowUpOn != null && day.isBefore(nextFollowUpOn)) {
      throw CaseRefusal.notNow("上次回访未联系上群众，下一次回访应在 " + nextFollowUpOn + " 或以后进行。");
    }
    if (wasReached && givenRating == null) {
      throw CaseRefusal.invalid("rating", "联系上群众的，请填写满意度评价");
    }
    followedUp = true;
    reached = wasReached;
    followUpNote = note;
    followUpAttempts++;
    int attempt = followUpAttempts;
    if (!wasReached) {
      raise(change, (e, f) -> new ComplaintEvent.ComplaintFollowedUp(e, f, false, null, attempt));
      if (attempt >= settings.followUpAttempts()) {
        close(Closure.UNREACHABLE, change);
        return FollowUpResult.CLOSED;
      }
      nextFollowUpOn = nextWorkingDay(day, calendar);
      return FollowUpResult.RETRY;
    }
    rating = givenRating;
    raise(
        change, (e, f) -> new ComplaintEvent.ComplaintFollowedUp(e, f, true, givenRating, attempt));
    if (givenRating != Rating.DISSATISFIED) {
      close(Closure.FOLLOWED_UP, change);
      return FollowUpResult.CLOSED;
    }
    if (reopenCount >= settings.maxReopenRounds()) {
      close(Closure.REOPEN_LIMIT_REACHED, change);
      return FollowUpResult.CLOSED;
    }
    reopenCount++;
    status = ComplaintStatus.IN_HANDLING;
    clockStartedOn = day;
    overdue = false;
    nextFollowUpOn = null;
    dueOn = dueFrom(day, timeLimitWorkingDays, calendar);
    int round = reopenCount;
    LocalDate newDue = dueOn;
    raise(change, (e, f) -> new ComplaintEvent.ComplaintReopened(e, f, round, newDue));
    return FollowUpResult.REOPENED;
  }

  /**
   * A holiday schedule changed: the time limit of the current round is counted again, from the day
   * its clock started, with its extension. Tells whether the date moved; a complaint no longer
   * waiting for its reply keeps its dates.
   */
  boolean recomputeDueDate(int calendarYear, Change change, WorkingCalendar calendar) {
    if (!waitsForReply() || directAnswer) {
      return false;
    }
    LocalDate before = dueOn;
    LocalDate after = dueFrom(clockStartedOn, workingDaysOfRound(), calendar);
    if (Objects.equals(before, after)) {
      return false;
    }
    dueOn = after;
    if (after != null && !change.businessDate().isAfter(after)) {
      overdue = false;
    }
    raiseObservation(
        change, (e, f) -> new ComplaintEvent.DueDateRecomputed(e, f, before, calendarYear));
    return true;
  }

  /** The working days the current round's time limit runs: the limit and its extension. */
  int workingDaysOfRound() {
    boolean extendedThisRound = extendedInRound != null && extendedInRound == reopenCount;
    return timeLimitWorkingDays + (extendedThisRound ? roundExtensionWorkingDays : 0);
  }

  /** 督办 by a leader, at any step of an open complaint. */
  String supervise(String note, LocalDate deadline, Change change) {
    accept(change);
    requireOpen("督办");
    if (deadline.isBefore(change.businessDate())) {
      throw CaseRefusal.invalid("deadline", "督办期限不能早于督办之日（" + change.businessDate() + "）");
    }
    String supervisionId = UUID.randomUUID().toString();
    supervisions.add(
        new Supervision(
            supervisionId, note, deadline, change.at().toInstant(), change.actor(), false));
    raise(
        change,
        (e, f) ->
            new ComplaintEvent.ComplaintSupervised(e, f, supervisionId, note, deadline, false));
    return supervisionId;
  }

  boolean warnDueSoon(Change change) {
    if (!waitsForReply() || dueOn == null || overdue || dueOn.equals(dueSoonWarnedFor)) {
      return false;
    }
    LocalDate due = dueOn;
    dueSoonWarnedFor = due;
    raiseObservation(change, (e, f) -> new ComplaintEvent.ComplaintDueSoon(e, f, due));
    return true;
  }

  /**
   * The time limit ran out without a reply: the complaint is overdue, dated at the end of its last
   * day. The supervision ladder (催办, 督办, 通报) follows on its own working days.
   */
  boolean markOverdue(Change change) {
    if (!waitsForReply() || dueOn == null || overdue) {
      return false;
    }
    LocalDate due = dueOn;
    overdue = true;
    Change atExpiry = change.at(endOf(due));
    raiseObservation(atExpiry, (e, f) -> new ComplaintEvent.ComplaintOverdue(e, f, due));
    return true;
  }

  /**
   * The overdue complaint reached a rung of the supervision ladder; each rung once per due date.
   *
   * @param overdueWorkingDays the whole working days it had been overdue when the rung fell
   */
  boolean reachLadderStep(LadderStep step, int overdueWorkingDays, Change change) {
    LocalDate due = dueOn;
    LadderPosition position = ladder == null ? LadderPosition.none() : ladder;
    if (!waitsForReply() || due == null || !overdue || !position.mayClimbTo(step, due)) {
      return false;
    }
    ladder = new LadderPosition(step, due);
    raiseObservation(
        change,
        (e, f) ->
            new ComplaintEvent.ComplaintLadderStepReached(e, f, step, due, overdueWorkingDays));
    return true;
  }

  /** 并单: this repeat ticket is merged into {@code target}'s case and closed. */
  void mergeInto(UUID target, Change change) {
    accept(change);
    requireOpen("并单");
    if (target.equals(id())) {
      throw CaseRefusal.invalid("intoComplaintId", "不能将工单并入其自身");
    }
    mergedIntoId = target.toString();
    String into = mergedIntoId;
    raise(change, (e, f) -> new ComplaintEvent.ComplaintMerged(e, f, into));
    close(Closure.MERGED, change);
  }

  /** A repeat ticket about the same matter was merged into this case. */
  void absorbRepeat(UUID repeat, Change change) {
    requireOpen("接收并单");
    raiseObservation(
        change, (e, f) -> new ComplaintEvent.RepeatComplaintMerged(e, f, repeat.toString()));
  }

  /** The complaint is really an information request; it is closed and a request opened. */
  void transferToDisclosure(String requestId, Change change) {
    requireOpen("转为政府信息公开申请");
    linkedDisclosureRequestId = requestId;
    raise(change, (e, f) -> new ComplaintEvent.ComplaintTransferredToDisclosure(e, f, requestId));
    close(Closure.TRANSFERRED_TO_DISCLOSURE, change);
  }

  /** Checks that a transfer may happen now, before anything is written elsewhere. */
  void checkTransferable(Change change) {
    accept(change);
    requireOpen("转为政府信息公开申请");
  }

  private void close(Closure how, Change change) {
    dropExtensionRequest();
    closure = how;
    closedAt = change.at().toInstant();
    status = ComplaintStatus.CLOSED;
    nextFollowUpOn = null;
    onTime =
        switch (how) {
          case ANSWERED_DIRECTLY -> true;
          case MERGED, TRANSFERRED_TO_DISCLOSURE -> null;
          default -> repliedOnTime;
        };
    raise(change, (e, f) -> new ComplaintEvent.ComplaintClosed(e, f, how));
  }

  /** The steps the ticket allows now, whoever takes them: the one list pages offer. */
  Set<ComplaintStep> availableSteps() {
    Set<ComplaintStep> steps = awaitedSteps();
    if (status == ComplaintStatus.DISPATCHED || status == ComplaintStatus.IN_HANDLING) {
      steps.addAll(
          List.of(
              ComplaintStep.RETURN,
              ComplaintStep.EXTENSION,
              extensionRequestDays == null
                  ? ComplaintStep.EXTENSION_REQUEST
                  : ComplaintStep.EXTENSION_REFUSAL));
    }
    if (status.isOpen()) {
      steps.add(ComplaintStep.SUPERVISION);
    }
    return steps;
  }

  /**
   * The steps the ticket waits for — the work in someone's task list; the others (a return, an
   * extension on the reviewer's own initiative, supervision) are taken when someone sees fit.
   */
  Set<ComplaintStep> awaitedSteps() {
    return awaitedSteps(status, extensionRequestDays != null);
  }

  /** The steps a ticket in the status waits for, with or without an extension request pending. */
  static Set<ComplaintStep> awaitedSteps(ComplaintStatus status, boolean extensionPending) {
    Set<ComplaintStep> steps = EnumSet.noneOf(ComplaintStep.class);
    switch (status) {
      case REGISTERED, RETURNED -> steps.add(ComplaintStep.DISPATCH);
      case DISPATCHED -> steps.add(ComplaintStep.ACCEPTANCE);
      case IN_HANDLING -> steps.add(ComplaintStep.REPLY);
      case REPLIED -> steps.add(ComplaintStep.FOLLOW_UP);
      case CLOSED -> {}
    }
    if (extensionPending
        && (status == ComplaintStatus.DISPATCHED || status == ComplaintStatus.IN_HANDLING)) {
      steps.addAll(List.of(ComplaintStep.EXTENSION, ComplaintStep.EXTENSION_REFUSAL));
    }
    return steps;
  }

  /** The statuses in which a ticket may wait for a step of one of the roles. */
  static Set<ComplaintStatus> statusesAwaiting(Set<Role> roles) {
    Set<ComplaintStatus> statuses = EnumSet.noneOf(ComplaintStatus.class);
    for (ComplaintStatus status : ComplaintStatus.values()) {
      for (boolean pending : new boolean[] {false, true}) {
        if (awaitedSteps(status, pending).stream().anyMatch(s -> roles.contains(s.role()))) {
          statuses.add(status);
        }
      }
    }
    return statuses;
  }

  /** Registered, dispatched, returned or being handled: the time limit runs until the reply. */
  boolean waitsForReply() {
    return status == ComplaintStatus.REGISTERED
        || status == ComplaintStatus.DISPATCHED
        || status == ComplaintStatus.RETURNED
        || status == ComplaintStatus.IN_HANDLING;
  }

  static @Nullable LocalDate dueFrom(LocalDate start, int workingDays, WorkingCalendar calendar) {
    try {
      return calendar.addWorkingDays(start, workingDays);
    } catch (UnknownCalendarYearException unknown) {
      return null;
    }
  }

  private static @Nullable LocalDate nextWorkingDay(LocalDate day, WorkingCalendar calendar) {
    return dueFrom(day, 1, calendar);
  }

  @Override
  protected ComplaintStatus currentStatus() {
    return status;
  }

  @Override
  public String caseKind() {
    return ComplaintEvent.KIND;
  }

  @Override
  public String casesName() {
    return "群众诉求";
  }

  @Override
  protected String selfReference() {
    return "本工单";
  }

  @Override
  protected Facts facts() {
    return new Facts(
        channel,
        category,
        urgency,
        areaCode,
        unitCode,
        receivedAt.atZone(BUSINESS_ZONE).toOffsetDateTime(),
        status,
        dueOn,
        overdue,
        closedAt == null ? null : closedAt.atZone(BUSINESS_ZONE).toOffsetDateTime(),
        closure,
        onTime,
        followedUp,
        reached,
        rating,
        reopenCount,
        closure == Closure.MERGED,
        PersonalDataMasking.phone(citizen.phone()));
  }

  @Nullable String upstreamTicketId() {
    return upstreamTicketId;
  }

  ComplaintChannel channel() {
    return channel;
  }

  ComplaintCategory category() {
    return category;
  }

  Urgency urgency() {
    return urgency;
  }

  @Nullable String areaCode() {
    return areaCode;
  }

  String content() {
    return content;
  }

  Citizen citizen() {
    return citizen;
  }

  boolean directAnswer() {
    return directAnswer;
  }

  Instant receivedAt() {
    return receivedAt;
  }

  LocalDate receivedOn() {
    return receivedOn;
  }

  ComplaintStatus status() {
    return status;
  }

  String unitCode() {
    if (unitCode == null) {
      throw new IllegalStateException("not dispatched");
    }
    return unitCode;
  }

  @Nullable String unitCodeOrNull() {
    return unitCode;
  }

  List<String> coUnitCodes() {
    return coUnitCodes == null ? List.of() : Arrays.asList(coUnitCodes.split(","));
  }

  boolean routedByTable() {
    return routedByTable;
  }

  @Nullable String returnReason() {
    return returnReason;
  }

  int returnCount() {
    return returnCount;
  }

  int timeLimitWorkingDays() {
    return timeLimitWorkingDays;
  }

  LocalDate clockStartedOn() {
    return clockStartedOn;
  }

  int extensionWorkingDays() {
    return extensionWorkingDays;
  }

  @Nullable Integer extensionRequestDays() {
    return extensionRequestDays;
  }

  @Nullable String extensionRequestReason() {
    return extensionRequestReason;
  }

  @Nullable String extensionReason() {
    return extensionReason;
  }

  @Nullable LocalDate dueOn() {
    return dueOn;
  }

  boolean overdue() {
    return overdue;
  }

  @Nullable String replyContent() {
    return replyContent;
  }

  @Nullable Boolean resolved() {
    return resolved;
  }

  @Nullable Instant repliedAt() {
    return repliedAt;
  }

  int followUpAttempts() {
    return followUpAttempts;
  }

  @Nullable LocalDate nextFollowUpOn() {
    return nextFollowUpOn;
  }

  boolean followedUp() {
    return followedUp;
  }

  @Nullable Boolean reached() {
    return reached;
  }

  @Nullable Rating rating() {
    return rating;
  }

  @Nullable String followUpNote() {
    return followUpNote;
  }

  int reopenCount() {
    return reopenCount;
  }

  @Nullable Closure closure() {
    return closure;
  }

  @Nullable Instant closedAt() {
    return closedAt;
  }

  @Nullable Boolean onTime() {
    return onTime;
  }

  @Nullable String mergedIntoId() {
    return mergedIntoId;
  }

  @Nullable String linkedDisclosureRequestId() {
    return linkedDisclosureRequestId;
  }

  List<Supervision> supervisions() {
    return List.copyOf(supervisions);
  }
}
