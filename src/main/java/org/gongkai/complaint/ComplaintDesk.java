package org.gongkai.complaint;

import static org.gongkai.platform.ClockConfiguration.BUSINESS_ZONE;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
import org.gongkai.disclosure.Applicant;
import org.gongkai.disclosure.ApplicantType;
import org.gongkai.disclosure.Channel;
import org.gongkai.disclosure.DisclosureDesk;
import org.gongkai.disclosure.DisclosureRequestDetails;
import org.gongkai.disclosure.DisclosureRequestEvent.DisclosureRequestTransferredToComplaint;
import org.gongkai.disclosure.Registration;
import org.gongkai.disclosure.TransferredRequest;
import org.gongkai.organization.Organization;
import org.gongkai.platform.process.DeadlineWatch;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The complaint desk: one method per command of the HTTP contract, each one transaction in which
 * the complaint, its process and its events change together, or not at all.
 */
@Service
public class ComplaintDesk implements LadderClimber {

  private static final Logger log = LoggerFactory.getLogger(ComplaintDesk.class);

  static final String UPSTREAM_ACTOR = "upstream-platform";

  private final ComplaintRecords records;
  private final Complaints complaints;
  private final ComplaintFlow flow;
  private final ComplaintRouting routing;
  private final ComplaintSettings settings;
  private final WorkingCalendar calendar;
  private final Organization organization;
  private final DisclosureDesk disclosureDesk;
  private final Clock clock;
  private final CaseCommands cases;
  private final CaseCommands.Kind<Complaint, DeadlineWatch> tickets;

  ComplaintDesk(
      ComplaintRecords records,
      Complaints complaints,
      ComplaintFlow flow,
      ComplaintRouting routing,
      ComplaintSettings settings,
      WorkingCalendar calendar,
      Organization organization,
      DisclosureDesk disclosureDesk,
      Clock clock,
      CaseCommands cases) {
    this.records = records;
    this.complaints = complaints;
    this.flow = flow;
    this.routing = routing;
    this.settings = settings;
    this.calendar = calendar;
    this.organization = organization;
    this.disclosureDesk = disclosureDesk;
    this.clock = clock;
    this.cases = cases;
    this.tickets =
        new CaseCommands.Kind<>(
            ComplaintRecords.CONCURRENT_CHANGE,
            records::loadForChange,
            complaints::save,
            ComplaintDesk::requireNotBeforeReceipt,
            records::timers,
            this::moveTimers);
  }

  /** A registered complaint, and whether this call created it or found it already received. */
  public record Received(ComplaintDetails complaint, boolean created) {}

  /**
   * Registers a complaint at the front desk. A ticket whose upstream id the agency already received
   * gives back the existing case instead of a second one.
   */
  public Received receive(Intake intake, String actor) {
    return inTransaction(
        () -> {
          organization.requireMayActOn(
              organization.member(actor), organization.requireAgency(intake.agencyCode()), "群众诉求");
          return receiveNow(intake, actor);
        });
  }

  /** Registers a ticket from an upstream 110 / 12345 platform, once however often it arrives. */
  public Received receiveTicket(Intake intake) {
    return inTransaction(
        () -> {
          if (intake.upstreamTicketId() == null) {
            throw CaseRefusal.invalid("upstreamTicketId", "上级平台推送的工单必须带有上级平台工单号");
          }
          organization.requireAgency(intake.agencyCode());
          return receiveNow(intake, UPSTREAM_ACTOR);
        });
  }

  private Received receiveNow(Intake intake, String actor) {
    if (intake.upstreamTicketId() != null) {
      var existing =
          complaints.findByAgencyCodeAndUpstreamTicketId(
              intake.agencyCode(), intake.upstreamTicketId());
      if (existing.isPresent()) {
        return new Received(records.details(existing.get(), true), false);
      }
    }
    Change change = change(intake.receivedAt(), actor);
    Complaint complaint = open(intake, null, change);
    return new Received(records.details(complaint, true), true);
  }

  private Complaint open(Intake intake, @Nullable String fromDisclosureRequestId, Change change) {
    int limit = settings.timeLimits().workingDays(intake.category(), intake.urgency());
    Complaint complaint =
        complaints.saveAndFlush(
            Complaint.receive(intake, limit, fromDisclosureRequestId, change, calendar));
    flow.start(complaint.id().toString(), complaint.directAnswer(), records.timers(complaint));
    return complaint;
  }

  /**
   * 派单 to {@code unitCode}, or to the unit the routing table names for the category and area (the
   * agency itself when it names none); also the dispatcher's review of a returned ticket.
   */
  public ComplaintDetails dispatch(
      UUID id,
      @Nullable String unitCode,
      List<String> coUnitCodes,
      @Nullable OffsetDateTime at,
      String actor) {
    return command(
        id,
        at,
        actor,
        (complaint, change) -> {
          Set<String> units = organization.withSubordinates(complaint.agencyCode());
          String unit = unitCode;
          boolean byTable = unit == null;
          if (unit == null) {
            unit =
                routing
                    .unitFor(complaint.agencyCode(), complaint.category(), complaint.areaCode())
                    .filter(units::contains)
                    .orElse(complaint.agencyCode());
          } else if (!units.contains(unit)) {
            throw CaseRefusal.invalid("unitCode", "「" + unit + "」不是本机关或其下属单位");
          }
          Set<String> co = new LinkedHashSet<>(coUnitCodes);
          co.remove(unit);
          for (String coUnit : co) {
            if (!units.contains(coUnit)) {
              throw CaseRefusal.invalid("coUnitCodes", "「" + coUnit + "」不是本机关或其下属单位");
            }
          }
          complaint.dispatch(unit, List.copyOf(co), byTable, change);
          flow.dispatched(id.toString(), unit);
        });
  }

  /** 签收 by the responsible unit. */
  public ComplaintDetails accept(UUID id, @Nullable OffsetDateTime at, String actor) {
    return command(
        id,
        at,
        actor,
        (complaint, change) -> {
          complaint.signFor(change);
          flow.accepted(id.toString());
        });
  }

  /** 退单 with a reason; the dispatcher reviews it by dispatching again. */
  public ComplaintDetails returnToDispatcher(
      UUID id, String reason, @Nullable OffsetDateTime at, String actor) {
    return command(
        id,
        at,
        actor,
        (complaint, change) -> {
          boolean whileHandling = complaint.status() == ComplaintStatus.IN_HANDLING;
          complaint.returnToDispatcher(reason, change);
          flow.returned(id.toString(), whileHandling);
        });
  }

  /** The handler asks for an extension before the time limit runs out. */
  public ComplaintDetails requestExtension(
      UUID id, int workingDays, String reason, @Nullable OffsetDateTime at, String actor) {
    return command(
        id,
        at,
        actor,
        (complaint, change) -> complaint.requestExtension(workingDays, reason, change, calendar));
  }

  /** A reviewer grants an extension, asked for by the handler or not. */
  public ComplaintDetails extend(
      UUID id, int workingDays, String reason, @Nullable OffsetDateTime at, String actor) {
    return command(
        id,
        at,
        actor,
        (complaint, change) -> complaint.extend(workingDays, reason, change, calendar));
  }

  /** A reviewer refuses the extension the handler asked for. */
  public ComplaintDetails refuseExtension(
      UUID id, String reason, @Nullable OffsetDateTime at, String actor) {
    return command(id, at, actor, (complaint, change) -> complaint.refuseExtension(reason, change));
  }

  /** 答复: the reply to the citizen; the follow-up call is next. */
  public ComplaintDetails reply(
      UUID id, String content, boolean resolved, @Nullable OffsetDateTime at, String actor) {
    return command(
        id,
        at,
        actor,
        (complaint, change) -> {
          complaint.reply(content, resolved, change);
          flow.replied(id.toString(), change.businessDate());
        });
  }

  /** 回访: closes, reopens (重办) or schedules another call, as {@link Complaint} decides. */
  public ComplaintDetails recordFollowUp(
      UUID id,
      boolean reached,
      @Nullable Rating rating,
      @Nullable String note,
      @Nullable OffsetDateTime at,
      String actor) {
    return command(
        id,
        at,
        actor,
        (complaint, change) -> {
          FollowUpResult result =
              complaint.recordFollowUp(reached, rating, note, change, calendar, settings);
          LocalDate next = complaint.nextFollowUpOn();
          flow.followedUp(id.toString(), result, next == null ? change.businessDate() : next);
        });
  }

  /** 督办 by a leader. */
  public ComplaintDetails supervise(
      UUID id, String note, LocalDate deadline, @Nullable OffsetDateTime at, String actor) {
    return command(
        id, at, actor, (complaint, change) -> complaint.supervise(note, deadline, change));
  }

  /** 并单: the repeat ticket {@code id} is merged into the open case {@code intoId} and closed. */
  public ComplaintDetails merge(UUID id, UUID intoId, @Nullable OffsetDateTime at, String actor) {
    return command(
        id,
        at,
        actor,
        (complaint, change) -> {
          if (intoId.equals(id)) {
            throw CaseRefusal.invalid("intoComplaintId", "不能将工单并入其自身");
          }
          Complaint target =
              complaints
                  .findById(intoId)
                  .orElseThrow(
                      () -> CaseRefusal.invalid("intoComplaintId", "没有编号为 " + intoId + " 的群众诉求"));
          if (!target.agencyCode().equals(complaint.agencyCode())) {
            throw CaseRefusal.invalid("intoComplaintId", "只能并入本机关的群众诉求");
          }
          if (!target.status().isOpen()) {
            throw CaseRefusal.notNow("目标工单已办结，只能并入尚未办结的群众诉求。");
          }
          if (target.mergedIntoId() != null) {
            throw CaseRefusal.notNow("目标工单本身已被并单。");
          }
          complaint.mergeInto(intoId, change);
          target.absorbRepeat(id, change);
          complaints.save(target);
          flow.closed(id.toString());
        });
  }

  /**
   * The complaint is really an information request: it is closed as transferred and a linked
   * disclosure request is registered, keeping the original receipt time.
   */
  public ComplaintDetails transferToDisclosure(UUID id, @Nullable OffsetDateTime at, String actor) {
    return command(
        id,
        at,
        actor,
        (complaint, change) -> {
          complaint.checkTransferable(change);
          OffsetDateTime received = complaint.receivedAt().atZone(BUSINESS_ZONE).toOffsetDateTime();
          Citizen citizen = complaint.citizen();
          DisclosureRequestDetails request =
              disclosureDesk.register(
                  new Registration(
                      complaint.agencyCode(),
                      complaint.channel() == ComplaintChannel.WALK_IN
                          ? Channel.IN_PERSON
                          : Channel.ONLINE,
                      received,
                      complaint.receivedOn(),
                      new Applicant(
                          ApplicantType.NATURAL_PERSON,
                          citizen.name(),
                          null,
                          citizen.phone(),
                          null,
                          null),
                      complaint.content(),
                      null,
                      null,
                      null,
                      id.toString()),
                  actor);
          complaint.transferToDisclosure(request.id(), change);
          flow.closed(id.toString());
        });
  }

  /**
   * A disclosure request was found to be a petition or complaint (Art. 39): a linked complaint is
   * opened, received when the request was submitted, and the request is told its id. Delivered
   * again, the event finds that complaint; delivered twice at once, the second insert breaks the
   * unique key on the request and the delivery is retried, finding it.
   */
  @ApplicationModuleListener
  public void on(DisclosureRequestTransferredToComplaint transferred) {
    openLinkedComplaint(transferred);
  }

  /**
   * The work of {@link #on(DisclosureRequestTransferredToComplaint)}, in the caller's transaction.
   */
  void openLinkedComplaint(DisclosureRequestTransferredToComplaint transferred) {
    String requestId = transferred.caseId();
    String complaintId =
        complaints
            .findByOpenedFromRequestId(requestId)
            .map(c -> c.id().toString())
            .orElseGet(() -> openFromDisclosure(transferred));
    disclosureDesk.linkComplaint(UUID.fromString(requestId), complaintId);
  }

  private String openFromDisclosure(DisclosureRequestTransferredToComplaint transferred) {
    TransferredRequest request =
        disclosureDesk.transferredRequest(UUID.fromString(transferred.caseId()));
    Intake intake =
        new Intake(
            request.agencyCode(),
            switch (transferred.facts().channel()) {
              case ONLINE -> ComplaintChannel.ONLINE;
              case IN_PERSON, POST, LETTER, FAX -> ComplaintChannel.WALK_IN;
            },
            request.submittedAt(),
            ComplaintCategory.COMPLAINT,
            Urgency.NORMAL,
            null,
            request.description(),
            new Citizen(request.applicantName(), request.applicantPhone()),
            null,
            false);
    Change change =
        new Change(request.submittedAt(), clock.instant(), transferred.envelope().actor());
    return open(intake, request.requestId(), change).id().toString();
  }

  /**
   * A year's holiday schedule was entered or corrected: complaints waiting for their reply get
   * their time limit counted again, and their timers move with it.
   */
  @ApplicationModuleListener
  public void on(HolidayScheduleChanged changed) {
    int moved = 0;
    for (UUID id : complaints.findIdsAwaitingReply()) {
      Complaint complaint = records.loadForChange(id);
      DeadlineWatch before = records.timers(complaint);
      if (complaint.recomputeDueDate(
          changed.year(), systemChange(OffsetDateTime.now(clock)), calendar)) {
        complaints.save(complaint);
        DeadlineWatch after = records.timers(complaint);
        if (!before.equals(after)) {
          flow.deadlineChanged(id.toString(), after);
        }
        moved++;
      }
    }
    log.info(
        "Holiday schedule {} changed: {} open complaints got a new time limit",
        changed.year(),
        moved);
  }

  /** Called by the process before the time limit runs out. */
  @Transactional
  public void warnDueSoon(UUID id) {
    Complaint complaint = records.loadForChange(id);
    DeadlineWatch timers = records.timers(complaint);
    if (timers.warnAt() != null && complaint.warnDueSoon(systemChange(timers.warnAt()))) {
      complaints.save(complaint);
    }
  }

  /** Called by the process when the time limit ran out. */
  @Transactional
  public void markOverdue(UUID id) {
    Complaint complaint = records.loadForChange(id);
    if (complaint.markOverdue(systemChange(OffsetDateTime.now(clock)))) {
      complaints.save(complaint);
    }
  }

  /**
   * Called by the process when the overdue complaint reaches a rung of the supervision ladder, at
   * the moment the rung was due (a back-dated case reaches its rungs late, dated when they fell).
   */
  @Override
  public String caseKind() {
    return ComplaintEvent.KIND;
  }

  @Override
  @Transactional
  public boolean climbLadder(UUID id, LadderStep step) {
    Complaint complaint = records.loadForChange(id);
    SupervisionLadder.Rung rung = records.rung(complaint, step);
    if (rung != null
        && complaint.reachLadderStep(step, rung.overdueWorkingDays(), systemChange(rung.at()))) {
      complaints.save(complaint);
    }
    return rung != null;
  }

  private ComplaintDetails command(
      UUID id, @Nullable OffsetDateTime at, String actor, BiConsumer<Complaint, Change> action) {
    // the caller holds what it sent and reads the case whole with find, where it is recorded
    return cases.run(tickets, id, at, actor, action, complaint -> records.details(complaint, true));
  }

  private <T> T inTransaction(Supplier<T> work) {
    return cases.inTransaction(ComplaintRecords.CONCURRENT_CHANGE, work);
  }

  private Change change(@Nullable OffsetDateTime at, String actor) {
    return cases.change(at, actor);
  }

  private Change systemChange(OffsetDateTime at) {
    return cases.systemChange(at);
  }

  private static void requireNotBeforeReceipt(Complaint complaint, Change change) {
    if (change.at().toInstant().isBefore(complaint.receivedAt())) {
      throw CaseRefusal.invalid(
          "at",
          "不能早于受理时间（" + complaint.receivedAt().atZone(BUSINESS_ZONE).toOffsetDateTime() + "）");
    }
  }

  private void moveTimers(Complaint complaint, DeadlineWatch timers) {
    if (complaint.status().isOpen()) {
      flow.deadlineChanged(complaint.id().toString(), timers);
    }
  }
}
