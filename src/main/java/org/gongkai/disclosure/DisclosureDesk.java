package org.gongkai.disclosure;

import static org.gongkai.platform.ClockConfiguration.BUSINESS_ZONE;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.gongkai.calendar.HolidayScheduleChanged;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.casework.CaseCommands;
import org.gongkai.casework.CaseRefusal;
import org.gongkai.casework.Change;
import org.gongkai.casework.LadderClimber;
import org.gongkai.casework.LadderStep;
import org.gongkai.casework.SupervisionLadder;
import org.gongkai.organization.Organization;
import org.gongkai.organization.StaffMember;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The disclosure desk: one method per command of the HTTP contract, each one transaction in which
 * the request, its process and its events change together, or not at all.
 */
@Service
public class DisclosureDesk implements LadderClimber {

  private static final Logger log = LoggerFactory.getLogger(DisclosureDesk.class);

  private final DisclosureRecords records;
  private final DisclosureRequests requests;
  private final DisclosureFlow flow;
  private final TrackingNumbers trackingNumbers;
  private final WorkingCalendar calendar;
  private final Organization organization;
  private final Clock clock;
  private final CaseCommands cases;
  private final CaseCommands.Kind<DisclosureRequest, WatchedDates> requestKind;

  DisclosureDesk(
      DisclosureRecords records,
      DisclosureRequests requests,
      DisclosureFlow flow,
      TrackingNumbers trackingNumbers,
      WorkingCalendar calendar,
      Organization organization,
      Clock clock,
      CaseCommands cases) {
    this.records = records;
    this.requests = requests;
    this.flow = flow;
    this.trackingNumbers = trackingNumbers;
    this.calendar = calendar;
    this.organization = organization;
    this.clock = clock;
    this.cases = cases;
    this.requestKind =
        new CaseCommands.Kind<>(
            DisclosureRecords.CONCURRENT_CHANGE,
            records::loadForChange,
            requests::saveAndFlush,
            DisclosureDesk::requireNotBeforeReceipt,
            DisclosureDesk::watch,
            this::moveDeadlineWatch);
  }

  /** Registers a request at the front desk (Art. 29–31). */
  public DisclosureRequestDetails register(Registration registration, String actor) {
    return inTransaction(() -> registerNow(registration, actor));
  }

  private DisclosureRequestDetails registerNow(Registration registration, String actor) {
    StaffMember staff = organization.member(actor);
    organization.requireMayActOn(
        staff, organization.requireAgency(registration.agencyCode()), "申请");
    String unit =
        registration.handlingUnit() == null
            ? registration.agencyCode()
            : registration.handlingUnit();
    if (!organization.withSubordinates(registration.agencyCode()).contains(unit)) {
      throw CaseRefusal.invalid("handlingUnit", "「" + unit + "」不是本机关或其下属单位");
    }
    Change change = change(registration.submittedAt(), actor);
    checkReceipt(registration, change.today());
    String trackingNumber =
        trackingNumbers.next(registration.agencyCode(), registration.receivedOn().getYear());
    DisclosureRequest request =
        requests.saveAndFlush(
            DisclosureRequest.register(registration, trackingNumber, unit, change, calendar));
    flow.start(request.id().toString(), unit, records.timers(request));
    return records.commandAnswer(request);
  }

  public DisclosureRequestDetails requestCorrection(
      UUID id, String items, LocalDate deadline, @Nullable OffsetDateTime at, String actor) {
    return command(
        id,
        at,
        actor,
        (request, change) -> {
          request.requestCorrection(items, deadline, change, calendar);
          flow.correctionRequested(
              id.toString(), request.periodEndsAt(AbandonmentReason.NO_CORRECTION));
        });
  }

  public DisclosureRequestDetails receiveCorrection(
      UUID id, @Nullable OffsetDateTime at, String actor) {
    return command(
        id,
        at,
        actor,
        (request, change) -> {
          request.receiveCorrection(change, calendar);
          flow.correctionReceived(id.toString());
        });
  }

  public DisclosureRequestDetails startConsultation(
      UUID id, String party, @Nullable OffsetDateTime at, String actor) {
    return command(
        id,
        at,
        actor,
        (request, change) -> {
          request.startConsultation(party, change, calendar);
          flow.consultationStarted(id.toString(), endOf(request.consultationAnswerDue()));
        });
  }

  public DisclosureRequestDetails answerConsultation(
      UUID id, @Nullable OffsetDateTime at, String actor) {
    return command(
        id,
        at,
        actor,
        (request, change) -> {
          request.endConsultation(true, change, calendar);
          flow.consultationAnswered(id.toString());
        });
  }

  /**
   * A fee notice under 《政府信息公开信息处理费管理办法》: the amount follows from the basis and the quantity; per
   * item, the applicant's earlier items of the same natural month count.
   */
  public DisclosureRequestDetails issueFeeNotice(
      UUID id,
      FeeSchedule.Basis basis,
      int quantity,
      @Nullable Long amountYuan,
      @Nullable OffsetDateTime at,
      String actor) {
    return command(
        id,
        at,
        actor,
        (request, change) -> {
          if (quantity > FeeSchedule.MAX_QUANTITY) {
            throw CaseRefusal.invalid("quantity", "件数或页数不能超过" + FeeSchedule.MAX_QUANTITY);
          }
          long amount =
              basis == FeeSchedule.Basis.PER_PAGE
                  ? FeeSchedule.perPage(quantity)
                  : FeeSchedule.perItem(itemsEarlierThisMonth(request), quantity);
          if (amountYuan != null && amountYuan != amount) {
            throw CaseRefusal.invalid(
                "amountYuan",
                "按"
                    + basis.label()
                    + "标准，"
                    + quantity
                    + "应收"
                    + amount
                    + "元，与填写的"
                    + amountYuan
                    + "元不符");
          }
          if (amount == 0) {
            throw CaseRefusal.invalid("quantity", "按" + basis.label() + "标准本申请不收费，无需发出收费通知");
          }
          request.issueFeeNotice(basis, quantity, amount, change, calendar);
          flow.feeNoticeIssued(id.toString(), request.periodEndsAt(AbandonmentReason.FEE_UNPAID));
        });
  }

  public DisclosureRequestDetails payFee(UUID id, @Nullable OffsetDateTime at, String actor) {
    return command(
        id,
        at,
        actor,
        (request, change) -> {
          request.payFee(change, calendar);
          flow.feePaid(id.toString());
        });
  }

  public DisclosureRequestDetails decide(
      UUID id, Outcome outcome, @Nullable String note, @Nullable OffsetDateTime at, String actor) {
    return command(
        id,
        at,
        actor,
        (request, change) -> {
          request.decide(outcome, note, change);
          flow.decided(id.toString());
        });
  }

  public DisclosureRequestDetails review(
      UUID id,
      boolean approved,
      @Nullable String comment,
      @Nullable OffsetDateTime at,
      String actor) {
    return command(
        id,
        at,
        actor,
        (request, change) -> {
          request.review(approved, comment, change);
          flow.reviewed(id.toString(), approved);
        });
  }

  public DisclosureRequestDetails extend(
      UUID id, int workingDays, String reason, @Nullable OffsetDateTime at, String actor) {
    return command(
        id, at, actor, (request, change) -> request.extend(workingDays, reason, change, calendar));
  }

  public DisclosureRequestDetails reply(
      UUID id, DeliveryMethod method, @Nullable OffsetDateTime at, String actor) {
    return command(
        id,
        at,
        actor,
        (request, change) -> {
          request.reply(method, change);
          flow.replied(id.toString());
        });
  }

  public DisclosureRequestDetails withdraw(UUID id, @Nullable OffsetDateTime at, String actor) {
    return command(
        id,
        at,
        actor,
        (request, change) -> {
          request.withdraw(change);
          flow.closed(id.toString());
        });
  }

  /** A period ran out and staff record it; the process also does this by itself. */
  public DisclosureRequestDetails abandon(
      UUID id, AbandonmentReason reason, @Nullable OffsetDateTime at, String actor) {
    return command(
        id,
        at,
        actor,
        (request, change) -> {
          request.abandon(reason, change);
          flow.closed(id.toString());
        });
  }

  /**
   * Art. 39: the request is a petition or complaint; it is finished as such and a linked complaint
   * is opened (by the complaint module, on {@link
   * DisclosureRequestEvent.DisclosureRequestTransferredToComplaint}).
   */
  public DisclosureRequestDetails transferToComplaint(
      UUID id, @Nullable OffsetDateTime at, String actor) {
    return command(
        id,
        at,
        actor,
        (request, change) -> {
          request.transferToComplaint(change);
          flow.closed(id.toString());
        });
  }

  /** What the complaint opened from a transferred request needs: the original receipt and who. */
  @Transactional(readOnly = true)
  public TransferredRequest transferredRequest(UUID id) {
    DisclosureRequest request = records.loadForChange(id);
    return new TransferredRequest(
        id.toString(),
        request.agencyCode(),
        request.submittedAt().atZone(BUSINESS_ZONE).toOffsetDateTime(),
        request.applicant().type().isOrganization()
                && request.applicant().organizationName() != null
            ? request.applicant().organizationName()
            : request.applicant().name(),
        request.applicant().phone(),
        request.description());
  }

  /** Records the complaint linked to the request. */
  @Transactional
  public void linkComplaint(UUID id, String complaintId) {
    DisclosureRequest request = records.loadForChange(id);
    request.linkComplaint(complaintId, systemChange(OffsetDateTime.now(clock)));
    requests.saveAndFlush(request);
  }

  public String fileAppeal(UUID id, AppealKind kind, @Nullable OffsetDateTime at, String actor) {
    List<String> appealId = new ArrayList<>(1);
    command(id, at, actor, (request, change) -> appealId.add(0, request.fileAppeal(kind, change)));
    return appealId.get(0);
  }

  public DisclosureRequestDetails decideAppeal(
      UUID id,
      String appealId,
      AppealKind kind,
      AppealResult result,
      @Nullable OffsetDateTime at,
      String actor) {
    return command(
        id, at, actor, (request, change) -> request.decideAppeal(appealId, kind, result, change));
  }

  /**
   * Whether the request has an appeal of that id and kind; asked by staff who may act on the
   * request only, so that nobody learns of another agency's appeals.
   */
  @Transactional(readOnly = true)
  public boolean hasAppeal(UUID id, String appealId, AppealKind kind, String viewer) {
    DisclosureRequest request = records.loadForChange(id);
    organization.requireMayActOn(organization.member(viewer), request.agencyCode(), "申请");
    return request.hasAppeal(appealId, kind);
  }

  /** Called by the process when the correction or payment period has run out. */
  @Transactional
  public void abandonForLapsedPeriod(UUID id, AbandonmentReason reason) {
    DisclosureRequest request = records.loadForChange(id);
    OffsetDateTime periodEnd = request.periodEndsAt(reason);
    if (request.status() == DisclosureStatus.FINISHED || periodEnd == null) {
      return;
    }
    request.abandon(reason, systemChange(periodEnd.plusSeconds(1)));
    requests.saveAndFlush(request);
  }

  /** Called by the process when the third party's 15 working days have run out. */
  @Transactional
  public void lapseConsultation(UUID id) {
    DisclosureRequest request = records.loadForChange(id);
    if (request.status() != DisclosureStatus.IN_CONSULTATION) {
      return;
    }
    LocalDate answerDue = request.consultationAnswerDue();
    request.endConsultation(false, systemChange(endOf(answerDue)), calendar);
    requests.saveAndFlush(request);
    flow.deadlineChanged(id.toString(), records.timers(request));
  }

  /** Called by the process some working days before the due date (three, unless the agency set). */
  @Transactional
  public void warnReplyDueSoon(UUID id) {
    DisclosureRequest request = records.loadForChange(id);
    OffsetDateTime warnAt = records.timers(request).warnAt();
    if (warnAt != null && request.warnDueSoon(systemChange(warnAt))) {
      requests.saveAndFlush(request);
    }
  }

  /** Called by the process when the due date has passed without a reply. */
  @Transactional
  public void markReplyOverdue(UUID id) {
    DisclosureRequest request = records.loadForChange(id);
    if (request.markOverdue(systemChange(OffsetDateTime.now(clock)))) {
      requests.saveAndFlush(request);
    }
  }

  /**
   * Called by the process when the overdue request reaches a rung of the supervision ladder, dated
   * when the rung fell.
   */
  @Override
  public String caseKind() {
    return DisclosureRequestEvent.KIND;
  }

  @Override
  @Transactional
  public boolean climbLadder(UUID id, LadderStep step) {
    DisclosureRequest request = records.loadForChange(id);
    SupervisionLadder.Rung rung = records.rung(request, step);
    if (rung != null
        && request.reachLadderStep(step, rung.overdueWorkingDays(), systemChange(rung.at()))) {
      requests.saveAndFlush(request);
    }
    return rung != null;
  }

  /** A year's holiday schedule changed: open requests get their due dates recomputed. */
  @ApplicationModuleListener
  public void on(HolidayScheduleChanged changed) {
    int moved = 0;
    for (UUID id : requests.findOpenIds()) {
      DisclosureRequest request = records.loadForChange(id);
      if (request.recomputeDueDate(
          changed.year(), systemChange(OffsetDateTime.now(clock)), calendar)) {
        requests.saveAndFlush(request);
        flow.deadlineChanged(id.toString(), records.timers(request));
        moved++;
      }
    }
    log.info(
        "Holiday schedule {} changed: {} open disclosure requests got a new due date",
        changed.year(),
        moved);
  }

  private DisclosureRequestDetails command(
      UUID id,
      @Nullable OffsetDateTime at,
      String actor,
      BiConsumer<DisclosureRequest, Change> action) {
    return cases.run(requestKind, id, at, actor, action, records::commandAnswer);
  }

  private <T> T inTransaction(Supplier<T> work) {
    return cases.inTransaction(requestKind.concurrentChange(), work);
  }

  private Change change(@Nullable OffsetDateTime at, String actor) {
    return cases.change(at, actor);
  }

  private Change systemChange(OffsetDateTime at) {
    return cases.systemChange(at);
  }

  /** What the deadline watch of a request follows. */
  private record WatchedDates(@Nullable LocalDate dueDate, boolean paused) {}

  private static void requireNotBeforeReceipt(DisclosureRequest request, Change change) {
    if (change.businessDate().isBefore(request.receivedOn())) {
      throw CaseRefusal.invalid("at", "不能早于收到申请之日（" + request.receivedOn() + "）");
    }
  }

  private static WatchedDates watch(DisclosureRequest request) {
    return new WatchedDates(request.dueDate(), request.isPaused());
  }

  private void moveDeadlineWatch(DisclosureRequest request, WatchedDates watched) {
    if (request.status().isOpen()) {
      flow.deadlineChanged(request.id().toString(), records.timers(request));
    }
  }

  private void checkReceipt(Registration registration, LocalDate today) {
    LocalDate submittedOn =
        registration.submittedAt().atZoneSameInstant(BUSINESS_ZONE).toLocalDate();
    if (registration.receivedOn().isAfter(today)) {
      throw CaseRefusal.invalid("receivedAt", "收到申请之日不能晚于今天");
    }
    if (registration.receivedOn().isBefore(submittedOn)) {
      throw CaseRefusal.invalid("receivedAt", "收到申请之日不能早于提交之日（" + submittedOn + "）");
    }
    if (registration.channel() == Channel.IN_PERSON
        && !registration.receivedOn().equals(submittedOn)) {
      throw CaseRefusal.invalid(
          "receivedAt", "当面提交的申请，" + Channel.IN_PERSON.receiptRule() + "（应为" + submittedOn + "）");
    }
  }

  /** 按件计收 counts the applicant's items per natural month of receipt (国办函〔2020〕109号). */
  private int itemsEarlierThisMonth(DisclosureRequest request) {
    LocalDate month = request.receivedOn().withDayOfMonth(1);
    Applicant applicant = request.applicant();
    return Math.toIntExact(
        requests.itemsChargedToApplicant(
            request.id(),
            applicant.idNumber(),
            applicant.name(),
            applicant.phone(),
            month,
            month.plusMonths(1).minusDays(1)));
  }

  private static OffsetDateTime endOf(@Nullable LocalDate day) {
    if (day == null) {
      throw new IllegalStateException("no date");
    }
    return day.atTime(23, 59, 59).atZone(BUSINESS_ZONE).toOffsetDateTime();
  }
}
