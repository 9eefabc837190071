package org.gongkai.disclosure;

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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.casework.CaseAggregate;
import org.gongkai.casework.CaseRefusal;
import org.gongkai.casework.Change;
import org.gongkai.casework.LadderPosition;
import org.gongkai.casework.LadderStep;
import org.gongkai.disclosure.DisclosureRequestEvent.AppealFacts;
import org.gongkai.disclosure.DisclosureRequestEvent.Facts;
import org.gongkai.organization.Role;
import org.jspecify.annotations.Nullable;

/**
 * A disclosure request (政府信息公开申请): the aggregate that owns the case data and guards the rules of
 * the Regulations on Open Government Information. Every change raises one {@link
 * DisclosureRequestEvent} with the case version increased by one.
 */
@Entity
@Table(name = "disclosure_request")
class DisclosureRequest extends CaseAggregate<DisclosureRequest, DisclosureRequestEvent, Facts> {

  @Column(nullable = false)
  private String handlingUnit;

  @Column(nullable = false)
  private String trackingNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Channel channel;

  @Column(nullable = false)
  private Instant submittedAt;

  @Column(nullable = false)
  private LocalDate receivedOn;

  @Embedded private Applicant applicant;

  @Column(nullable = false)
  private String description;

  private @Nullable String purpose;

  @Enumerated(EnumType.STRING)
  private @Nullable DeliveryMethod deliveryMethod;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DisclosureStatus status;

  @Column(nullable = false)
  private LocalDate clockStartedOn;

  private int extensionWorkingDays;

  private @Nullable String extensionReason;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "disclosure_pause", joinColumns = @JoinColumn(name = "request_id"))
  @OrderColumn(name = "position")
  private List<Pause> pauses = new ArrayList<>();

  private boolean correctionRequested;
  private @Nullable LocalDate correctionDeadline;
  private @Nullable String correctionItems;

  private @Nullable String consultationParty;
  private @Nullable LocalDate consultationAnswerDue;

  private @Nullable Long feeAmountYuan;

  @Enumerated(EnumType.STRING)
  private FeeSchedule.@Nullable Basis feeBasis;

  private @Nullable Integer feeQuantity;
  private @Nullable LocalDate feePaymentDue;

  @Enumerated(EnumType.STRING)
  private @Nullable Outcome proposedOutcome;

  private @Nullable String decisionNote;
  private @Nullable String reviewComment;

  @Enumerated(EnumType.STRING)
  private @Nullable Outcome outcome;

  private @Nullable Instant finishedAt;
  private @Nullable LocalDate finishedOn;

  @Enumerated(EnumType.STRING)
  private @Nullable DeliveryMethod replyMethod;

  private @Nullable LocalDate dueDate;

  /** The due date the request was last warned about (one warning per due date). */
  private @Nullable LocalDate dueSoonWarnedFor;

  private boolean overdue;

  /** The highest rung of the supervision ladder reached for the current due date. */
  @Embedded private @Nullable LadderPosition ladder;

  private @Nullable String linkedComplaintId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "disclosure_appeal", joinColumns = @JoinColumn(name = "request_id"))
  @OrderColumn(name = "position")
  private List<Appeal> appeals = new ArrayList<>();

  protected DisclosureRequest() {}

  private DisclosureRequest(
      UUID id,
      String agencyCode,
      String handlingUnit,
      String trackingNumber,
      Channel channel,
      Instant submittedAt,
      LocalDate receivedOn,
      Applicant applicant,
      String description,
      @Nullable String purpose,
      @Nullable DeliveryMethod deliveryMethod,
      Instant createdAt) {
    super(id, agencyCode, submittedAt, createdAt);
    this.handlingUnit = handlingUnit;
    this.trackingNumber = trackingNumber;
    this.channel = channel;
    this.submittedAt = submittedAt;
    this.receivedOn = receivedOn;
    this.applicant = applicant;
    this.description = description;
    this.purpose = purpose;
    this.deliveryMethod = deliveryMethod;
    this.status = DisclosureStatus.IN_HANDLING;
    this.clockStartedOn = receivedOn;
  }

  /** Registers a request received on {@code receivedOn} (Art. 31 decides that date by channel). */
  static DisclosureRequest register(
      Registration registration,
      String trackingNumber,
      String handlingUnit,
      Change change,
      WorkingCalendar calendar) {
    DisclosureRequest request =
        new DisclosureRequest(
            UUID.randomUUID(),
            registration.agencyCode(),
            handlingUnit,
            trackingNumber,
            registration.channel(),
            registration.submittedAt().toInstant(),
            registration.receivedOn(),
            registration.applicant(),
            registration.description(),
            registration.purpose(),
            registration.deliveryMethod(),
            change.recordedAt());
    request.linkedComplaintId = registration.linkedComplaintId();
    request.refreshDueDate(calendar, change.today());
    request.raise(
        change,
        (envelope, facts) ->
            new DisclosureRequestEvent.DisclosureRequestReceived(
                envelope,
                facts,
                registration.submittedAt().atZoneSameInstant(BUSINESS_ZONE).toOffsetDateTime(),
                handlingUnit));
    return request;
  }

  /** Art. 30: one correction notice, within 7 working days of receipt; the clock stops. */
  void requestCorrection(
      String items, LocalDate deadline, Change change, WorkingCalendar calendar) {
    accept(change);
    requireStatus(DisclosureStatus.IN_HANDLING, "发出补正通知");
    if (correctionRequested) {
      throw CaseRefusal.notNow("补正通知只能一次性发出（第三十条），本申请已发出过补正通知。");
    }
    LocalDate noticeDay = change.businessDate();
    LocalDate latest =
        calendar.addWorkingDays(receivedOn, ReplyDeadlines.CORRECTION_NOTICE_WORKING_DAYS);
    if (noticeDay.isAfter(latest)) {
      throw CaseRefusal.notNow("补正通知应当自收到申请之日起7个工作日内发出（第三十条），本申请最迟应于" + latest + "发出。");
    }
    if (!deadline.isAfter(noticeDay)) {
      throw CaseRefusal.invalid("correctionDeadline", "补正期限应晚于补正通知发出之日（" + noticeDay + "）");
    }
    correctionRequested = true;
    correctionDeadline = deadline;
    correctionItems = items;
    pauses.add(new Pause(PauseKind.CORRECTION, noticeDay));
    status = DisclosureStatus.AWAITING_CORRECTION;
    refreshDueDate(calendar, change.today());
    raise(change, (e, f) -> new DisclosureRequestEvent.CorrectionRequested(e, f, deadline));
  }

  /** The corrected request arrived: the 20 working days start again from that day (Art. 30). */
  void receiveCorrection(Change change, WorkingCalendar calendar) {
    accept(change);
    requireStatus(DisclosureStatus.AWAITING_CORRECTION, "登记收到补正");
    LocalDate day = change.businessDate();
    closePause(day);
    clockStartedOn = day;
    status = DisclosureStatus.IN_HANDLING;
    refreshDueDate(calendar, change.today());
    raise(change, (e, f) -> new DisclosureRequestEvent.CorrectionReceived(e, f, day));
  }

  /** Art. 32: a third party is consulted in writing and has 15 working days; the clock stops. */
  void startConsultation(String party, Change change, WorkingCalendar calendar) {
    accept(change);
    requireStatus(DisclosureStatus.IN_HANDLING, "征求第三方意见");
    LocalDate day = change.businessDate();
    consultationParty = party;
    consultationAnswerDue = calendar.addWorkingDays(day, ReplyDeadlines.CONSULTATION_WORKING_DAYS);
    pauses.add(new Pause(PauseKind.CONSULTATION, day));
    status = DisclosureStatus.IN_CONSULTATION;
    refreshDueDate(calendar, change.today());
    LocalDate answerDue = consultationAnswerDue;
    raise(change, (e, f) -> new DisclosureRequestEvent.ConsultationStarted(e, f, answerDue));
  }

  /** The third party answered, or its 15 working days ran out; the clock runs again. */
  void endConsultation(boolean answered, Change change, WorkingCalendar calendar) {
    accept(change);
    requireStatus(DisclosureStatus.IN_CONSULTATION, answered ? "登记第三方意见" : "结束征求意见");
    closePause(change.businessDate());
    status = DisclosureStatus.IN_HANDLING;
    refreshDueDate(calendar, change.today());
    raise(change, (e, f) -> new DisclosureRequestEvent.ConsultationEnded(e, f, answered));
  }

  /** A fee notice: the applicant pays within 20 working days; the clock stops meanwhile. */
  void issueFeeNotice(
      FeeSchedule.Basis basis,
      int quantity,
      long amountYuan,
      Change change,
      WorkingCalendar calendar) {
    accept(change);
    requireStatus(DisclosureStatus.IN_HANDLING, "发出收费通知");
    if (feeAmountYuan != null) {
      throw CaseRefusal.notNow("本申请已发出过收费通知。");
    }
    LocalDate day = change.businessDate();
    feeBasis = basis;
    feeQuantity = quantity;
    feeAmountYuan = amountYuan;
    feePaymentDue = calendar.addWorkingDays(day, ReplyDeadlines.FEE_PAYMENT_WORKING_DAYS);
    pauses.add(new Pause(PauseKind.FEE, day));
    status = DisclosureStatus.AWAITING_FEE;
    refreshDueDate(calendar, change.today());
    LocalDate due = feePaymentDue;
    raise(
        change, (e, f) -> new DisclosureRequestEvent.FeeNoticeIssued(e, f, amountYuan, basis, due));
  }

  void payFee(Change change, WorkingCalendar calendar) {
    accept(change);
    requireStatus(DisclosureStatus.AWAITING_FEE, "登记缴费");
    if (feePaymentDue != null && change.businessDate().isAfter(feePaymentDue)) {
      throw CaseRefusal.notNow("缴费期限已于" + feePaymentDue + "届满，申请视为放弃，不能再登记缴费。");
    }
    closePause(change.businessDate());
    status = DisclosureStatus.IN_HANDLING;
    refreshDueDate(calendar, change.today());
    raise(change, DisclosureRequestEvent.FeePaid::new);
  }

  void decide(Outcome proposed, @Nullable String note, Change change) {
    accept(change);
    requireStatus(DisclosureStatus.IN_HANDLING, "提出答复意见");
    if (proposed == Outcome.OTHER_NO_CORRECTION || proposed == Outcome.OTHER_FEE_UNPAID) {
      throw CaseRefusal.invalid("outcome", "逾期不补正、逾期不缴费由系统在期限届满时处理，或使用「abandonment」命令");
    }
    if (proposed == Outcome.UNAVAILABLE_UNCLEAR_AFTER_CORRECTION && !correctionRequested) {
      throw CaseRefusal.invalid("outcome", "「补正后申请内容仍不明确」只适用于已经补正的申请");
    }
    proposedOutcome = proposed;
    decisionNote = note;
    status = DisclosureStatus.UNDER_REVIEW;
    raise(change, (e, f) -> new DisclosureRequestEvent.DecisionProposed(e, f, proposed));
  }

  void review(boolean approved, @Nullable String comment, Change change) {
    accept(change);
    requireStatus(DisclosureStatus.UNDER_REVIEW, "审核答复意见");
    reviewComment = comment;
    if (approved) {
      outcome = proposedOutcome;
      status = DisclosureStatus.AWAITING_REPLY;
      Outcome approvedOutcome = proposedOutcome;
      raise(change, (e, f) -> new DisclosureRequestEvent.DecisionApproved(e, f, approvedOutcome));
    } else {
      proposedOutcome = null;
      status = DisclosureStatus.IN_HANDLING;
      raise(change, DisclosureRequestEvent.DecisionSentBack::new);
    }
  }

  /** Art. 33: once, at most 20 working days, approved before the due date. */
  void extend(int workingDays, String reason, Change change, WorkingCalendar calendar) {
    accept(change);
    requireOpen("延长答复期限");
    if (extensionWorkingDays > 0) {
      throw CaseRefusal.notNow("答复期限只能延长一次（第三十三条），本申请已延长" + extensionWorkingDays + "个工作日。");
    }
    if (workingDays < 1 || workingDays > ReplyDeadlines.MAX_EXTENSION_WORKING_DAYS) {
      throw CaseRefusal.invalid("workingDays", "延长期限最长不得超过20个工作日");
    }
    if (dueDate != null && change.businessDate().isAfter(dueDate)) {
      throw CaseRefusal.notNow("答复期限已于" + dueDate + "届满，不能再批准延期。");
    }
    extensionWorkingDays = workingDays;
    extensionReason = reason;
    refreshDueDate(calendar, change.today());
    LocalDate newDue = dueDate;
    raise(change, (e, f) -> new DisclosureRequestEvent.DeadlineExtended(e, f, workingDays, newDue));
  }

  /** The reply was sent: the case is finished with the approved outcome, dated {@code at}. */
  void reply(DeliveryMethod method, Change change) {
    accept(change);
    requireStatus(DisclosureStatus.AWAITING_REPLY, "答复申请人");
    replyMethod = method;
    finish(outcome, change.at());
    raise(change, (e, f) -> new DisclosureRequestEvent.DisclosureRequestReplied(e, f, method));
  }

  void withdraw(Change change) {
    accept(change);
    requireOpen("登记撤回申请");
    closeOpenPause(change.businessDate());
    finish(Outcome.OTHER, change.at());
    raise(change, DisclosureRequestEvent.DisclosureRequestWithdrawn::new);
  }

  /** Art. 39: a petition or complaint is not processed as a request; a complaint takes it over. */
  void transferToComplaint(Change change) {
    accept(change);
    if (!status.isBeforeDecision()) {
      throw CaseRefusal.notNow(
          "本申请当前状态为「" + status.label() + "」，已提出答复意见，不能再转为群众诉求；如需转办，请审核人退回答复意见后再办理。");
    }
    closeOpenPause(change.businessDate());
    finish(Outcome.NOT_PROCESSED_PETITION_COMPLAINT, change.at());
    raise(change, DisclosureRequestEvent.DisclosureRequestTransferredToComplaint::new);
  }

  void linkComplaint(String complaintId, Change change) {
    if (complaintId.equals(linkedComplaintId)) {
      return;
    }
    linkedComplaintId = complaintId;
    raiseObservation(
        change, (e, f) -> new DisclosureRequestEvent.ComplaintLinked(e, f, complaintId));
  }

  /**
   * The applicant let the correction or payment period run out; the request is finished as
   * abandoned, dated at the end of that period however late this is noticed.
   */
  void abandon(AbandonmentReason reason, Change change) {
    DisclosureStatus waiting =
        reason == AbandonmentReason.NO_CORRECTION
            ? DisclosureStatus.AWAITING_CORRECTION
            : DisclosureStatus.AWAITING_FEE;
    requireStatus(waiting, "按放弃申请处理");
    LocalDate periodEnd =
        reason == AbandonmentReason.NO_CORRECTION ? correctionDeadline : feePaymentDue;
    if (periodEnd == null || !change.businessDate().isAfter(periodEnd)) {
      throw CaseRefusal.notNow(
          (reason == AbandonmentReason.NO_CORRECTION ? "补正" : "缴费") + "期限至" + periodEnd + "，尚未届满。");
    }
    Change atPeriodEnd = change.at(endOf(periodEnd));
    closeOpenPause(periodEnd);
    finish(reason.outcome(), atPeriodEnd.at());
    raise(
        atPeriodEnd, (e, f) -> new DisclosureRequestEvent.DisclosureRequestAbandoned(e, f, reason));
  }

  /** The moment at which the correction or payment period ends, when waiting for one. */
  @Nullable OffsetDateTime periodEndsAt(AbandonmentReason reason) {
    LocalDate end = reason == AbandonmentReason.NO_CORRECTION ? correctionDeadline : feePaymentDue;
    return end == null ? null : endOf(end);
  }

  boolean warnDueSoon(Change change) {
    if (!status.isOpen() || dueDate == null || isPaused() || dueDate.equals(dueSoonWarnedFor)) {
      return false;
    }
    LocalDate due = dueDate;
    dueSoonWarnedFor = due;
    raiseObservation(change, (e, f) -> new DisclosureRequestEvent.ReplyDueSoon(e, f, due));
    return true;
  }

  boolean markOverdue(Change change) {
    if (!status.isOpen() || dueDate == null || isPaused() || overdue) {
      return false;
    }
    overdue = true;
    LocalDate due = dueDate;
    raiseObservation(
        change.at(endOf(due)), (e, f) -> new DisclosureRequestEvent.ReplyOverdue(e, f, due));
    return true;
  }

  /**
   * The overdue request reached a rung of the supervision ladder; each rung once per due date.
   *
   * @param overdueWorkingDays the whole working days it had been overdue when the rung fell
   */
  boolean reachLadderStep(LadderStep step, int overdueWorkingDays, Change change) {
    LocalDate due = dueDate;
    LadderPosition position = ladder == null ? LadderPosition.none() : ladder;
    if (!status.isOpen()
        || due == null
        || isPaused()
        || !overdue
        || !position.mayClimbTo(step, due)) {
      return false;
    }
    ladder = new LadderPosition(step, due);
    String number = trackingNumber;
    String unit = handlingUnit;
    raiseObservation(
        change,
        (e, f) ->
            new DisclosureRequestEvent.ReplyLadderStepReached(
                e, f, step, due, overdueWorkingDays, number, unit));
    return true;
  }

  /** The holiday schedule changed: recompute, and tell when the due date moved. */
  boolean recomputeDueDate(int calendarYear, Change change, WorkingCalendar calendar) {
    if (!status.isOpen()) {
      return false;
    }
    LocalDate before = dueDate;
    refreshDueDate(calendar, change.today());
    if (java.util.Objects.equals(before, dueDate)) {
      return false;
    }
    raiseObservation(
        change, (e, f) -> new DisclosureRequestEvent.DueDateRecomputed(e, f, before, calendarYear));
    return true;
  }

  String fileAppeal(AppealKind kind, Change change) {
    accept(change);
    if (status != DisclosureStatus.FINISHED || replyMethod == null) {
      throw CaseRefusal.notNow("只有已经答复的申请才能登记行政复议或行政诉讼，本申请当前状态为「" + status.label() + "」。");
    }
    String appealId = UUID.randomUUID().toString();
    appeals.add(new Appeal(appealId, kind, change.at().toInstant()));
    raise(change, (e, f) -> new DisclosureRequestEvent.AppealFiled(e, f, appealId, kind));
    return appealId;
  }

  void decideAppeal(String appealId, AppealKind expectedKind, AppealResult result, Change change) {
    accept(change);
    Appeal appeal =
        appeals.stream()
            .filter(a -> a.appealId().equals(appealId) && a.kind() == expectedKind)
            .findFirst()
            .orElseThrow(
                () -> CaseRefusal.unknown("本申请没有编号为 " + appealId + " 的" + expectedKind.label()));
    if (!appeal.isPending()) {
      throw CaseRefusal.notNow(
          expectedKind.label() + "已审结（" + appeal.result().label() + "），不能再次登记结果。");
    }
    appeal.decide(result, change.at().toInstant());
    raise(
        change,
        (e, f) -> new DisclosureRequestEvent.AppealDecided(e, f, appealId, appeal.kind(), result));
  }

  boolean hasAppeal(String appealId, AppealKind kind) {
    return appeals.stream().anyMatch(a -> a.appealId().equals(appealId) && a.kind() == kind);
  }

  ReplyDeadline deadline(LocalDate today, WorkingCalendar calendar) {
    return ReplyDeadlines.compute(this, today, calendar);
  }

  private void refreshDueDate(WorkingCalendar calendar, LocalDate today) {
    dueDate = ReplyDeadlines.compute(this, today, calendar).dueDate();
    if (dueDate != null && !today.isAfter(dueDate)) {
      overdue = false;
    }
  }

  private void finish(@Nullable Outcome finalOutcome, OffsetDateTime at) {
    outcome = finalOutcome;
    finishedAt = at.toInstant();
    finishedOn = at.atZoneSameInstant(BUSINESS_ZONE).toLocalDate();
    status = DisclosureStatus.FINISHED;
  }

  private void closePause(LocalDate on) {
    Pause open = openPause();
    if (open != null) {
      open.end(on);
    }
  }

  private void closeOpenPause(LocalDate on) {
    closePause(on);
  }

  private @Nullable Pause openPause() {
    return pauses.stream().filter(Pause::isOpen).findFirst().orElse(null);
  }

  @Override
  protected DisclosureStatus currentStatus() {
    return status;
  }

  @Override
  public String caseKind() {
    return DisclosureRequestEvent.KIND;
  }

  @Override
  public String casesName() {
    return "申请";
  }

  @Override
  protected String selfReference() {
    return "本申请";
  }

  @Override
  protected Facts facts() {
    return new Facts(
        trackingNumber,
        applicant.type(),
        channel,
        receivedOn,
        status,
        status == DisclosureStatus.FINISHED ? outcome : null,
        finishedOn,
        dueDate,
        isPaused(),
        overdue,
        appeals.stream()
            .map(
                a ->
                    new AppealFacts(
                        a.appealId(),
                        a.kind(),
                        a.filedAt().atZone(BUSINESS_ZONE).toLocalDate(),
                        a.result(),
                        a.decidedAt() == null
                            ? null
                            : a.decidedAt().atZone(BUSINESS_ZONE).toLocalDate()))
            .toList());
  }

  List<Pause> pausesSince(LocalDate start) {
    return pauses.stream()
        .filter(p -> p.kind() != PauseKind.CORRECTION && !p.startedOn().isBefore(start))
        .toList();
  }

  /**
   * The steps the request allows on {@code today}, whoever takes them: the one list pages offer.
   * The steps the law allows once (a correction notice, a fee notice, an extension before the due
   * date) are offered until taken.
   */
  Set<DisclosureStep> availableSteps(LocalDate today) {
    Set<DisclosureStep> steps = awaitedSteps();
    switch (status) {
      case IN_HANDLING -> {
        steps.add(DisclosureStep.CONSULTATION);
        if (!correctionRequested) {
          steps.add(DisclosureStep.CORRECTION_REQUEST);
        }
        if (feeAmountYuan == null) {
          steps.add(DisclosureStep.FEE_NOTICE);
        }
      }
      case AWAITING_CORRECTION -> steps.add(DisclosureStep.CORRECTION_RECEIVED);
      case IN_CONSULTATION -> steps.add(DisclosureStep.CONSULTATION_ANSWER);
      case AWAITING_FEE -> steps.add(DisclosureStep.FEE_PAYMENT);
      case UNDER_REVIEW, AWAITING_REPLY -> {}
      case FINISHED -> {
        return steps;
      }
    }
    if (status != DisclosureStatus.UNDER_REVIEW && status != DisclosureStatus.AWAITING_REPLY) {
      steps.add(DisclosureStep.TRANSFER_TO_COMPLAINT);
    }
    if (extensionWorkingDays == 0 && (dueDate == null || !today.isAfter(dueDate))) {
      steps.add(DisclosureStep.EXTENSION);
    }
    steps.add(DisclosureStep.WITHDRAWAL);
    return steps;
  }

  /**
   * The steps the request waits for from staff — the work in someone's task list; while the
   * applicant or a third party is awaited, none.
   */
  Set<DisclosureStep> awaitedSteps() {
    return awaitedSteps(status);
  }

  /** The steps a request in the status waits for from staff. */
  static Set<DisclosureStep> awaitedSteps(DisclosureStatus status) {
    return switch (status) {
      case IN_HANDLING -> EnumSet.of(DisclosureStep.DECISION);
      case UNDER_REVIEW -> EnumSet.of(DisclosureStep.REVIEW);
      case AWAITING_REPLY -> EnumSet.of(DisclosureStep.REPLY);
      case AWAITING_CORRECTION, IN_CONSULTATION, AWAITING_FEE, FINISHED ->
          EnumSet.noneOf(DisclosureStep.class);
    };
  }

  /** The statuses in which a request waits for a step of one of the roles. */
  static Set<DisclosureStatus> statusesAwaiting(Set<Role> roles) {
    Set<DisclosureStatus> statuses = EnumSet.noneOf(DisclosureStatus.class);
    for (DisclosureStatus status : DisclosureStatus.values()) {
      if (awaitedSteps(status).stream().anyMatch(step -> roles.contains(step.role()))) {
        statuses.add(status);
      }
    }
    return statuses;
  }

  boolean isPaused() {
    return openPause() != null;
  }

  String handlingUnit() {
    return handlingUnit;
  }

  String trackingNumber() {
    return trackingNumber;
  }

  Channel channel() {
    return channel;
  }

  Instant submittedAt() {
    return submittedAt;
  }

  LocalDate receivedOn() {
    return receivedOn;
  }

  LocalDate clockStartedOn() {
    return clockStartedOn;
  }

  int extensionWorkingDays() {
    return extensionWorkingDays;
  }

  @Nullable String extensionReason() {
    return extensionReason;
  }

  Applicant applicant() {
    return applicant;
  }

  String description() {
    return description;
  }

  @Nullable String purpose() {
    return purpose;
  }

  @Nullable DeliveryMethod deliveryMethod() {
    return deliveryMethod;
  }

  DisclosureStatus status() {
    return status;
  }

  @Nullable Outcome outcome() {
    return outcome;
  }

  @Nullable Outcome proposedOutcome() {
    return proposedOutcome;
  }

  @Nullable String decisionNote() {
    return decisionNote;
  }

  @Nullable String reviewComment() {
    return reviewComment;
  }

  @Nullable LocalDate dueDate() {
    return dueDate;
  }

  boolean overdue() {
    return overdue;
  }

  @Nullable LocalDate correctionDeadline() {
    return correctionDeadline;
  }

  @Nullable String correctionItems() {
    return correctionItems;
  }

  @Nullable String consultationParty() {
    return consultationParty;
  }

  @Nullable LocalDate consultationAnswerDue() {
    return consultationAnswerDue;
  }

  @Nullable Long feeAmountYuan() {
    return feeAmountYuan;
  }

  FeeSchedule.@Nullable Basis feeBasis() {
    return feeBasis;
  }

  @Nullable Integer feeQuantity() {
    return feeQuantity;
  }

  @Nullable LocalDate feePaymentDue() {
    return feePaymentDue;
  }

  @Nullable Instant finishedAt() {
    return finishedAt;
  }

  @Nullable LocalDate finishedOn() {
    return finishedOn;
  }

  @Nullable DeliveryMethod replyMethod() {
    return replyMethod;
  }

  List<Appeal> appeals() {
    return List.copyOf(appeals);
  }

  @Nullable String linkedComplaintId() {
    return linkedComplaintId;
  }
}
