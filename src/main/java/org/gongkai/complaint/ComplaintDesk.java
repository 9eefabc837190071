package org.gongkai.complaint;

import static org.gongkai.platform.ClockConfiguration.BUSINESS_ZONE;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.gongkai.calendar.HolidayScheduleChanged;
import org.gongkai.calendar.UnknownCalendarYearException;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.complaint.ComplaintDetails.LinkedCase;
import org.gongkai.disclosure.Applicant;
import org.gongkai.disclosure.ApplicantType;
import org.gongkai.disclosure.Channel;
import org.gongkai.disclosure.DisclosureDesk;
import org.gongkai.disclosure.DisclosureRequestDetails;
import org.gongkai.disclosure.DisclosureRequestEvent.DisclosureRequestTransferredToComplaint;
import org.gongkai.disclosure.Registration;
import org.gongkai.disclosure.TransferredRequest;
import org.gongkai.organization.Organization;
import org.gongkai.organization.StaffMember;
import org.gongkai.platform.BusinessTime;
import org.gongkai.platform.CaseListFilter;
import org.gongkai.platform.CommandTransactions;
import org.gongkai.platform.PersonalDataAccessLog;
import org.gongkai.platform.ProblemException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The complaint desk: one method per command of the HTTP contract, each one transaction in which
 * the complaint, its process and its events change together, or not at all.
 */
@Service
public class ComplaintDesk {

  private static final Logger log = LoggerFactory.getLogger(ComplaintDesk.class);

  static final String CASE_KIND = "COMPLAINT";
  static final String UPSTREAM_ACTOR = "upstream-platform";
  private static final String SYSTEM = "system";

  private final Complaints complaints;
  private final ComplaintFlow flow;
  private final ComplaintRouting routing;
  private final ComplaintTimeline timeline;
  private final ComplaintSettings settings;
  private final WorkingCalendar calendar;
  private final Organization organization;
  private final DisclosureDesk disclosureDesk;
  private final PersonalDataAccessLog accessLog;
  private final Clock clock;
  private final CommandTransactions commands;
  private final BusinessTime businessTime;

  ComplaintDesk(
      Complaints complaints,
      ComplaintFlow flow,
      ComplaintRouting routing,
      ComplaintTimeline timeline,
      ComplaintSettings settings,
      WorkingCalendar calendar,
      Organization organization,
      DisclosureDesk disclosureDesk,
      PersonalDataAccessLog accessLog,
      Clock clock,
      CommandTransactions commands,
      BusinessTime businessTime) {
    this.complaints = complaints;
    this.flow = flow;
    this.routing = routing;
    this.timeline = timeline;
    this.settings = settings;
    this.calendar = calendar;
    this.organization = organization;
    this.disclosureDesk = disclosureDesk;
    this.accessLog = accessLog;
    this.clock = clock;
    this.commands = commands;
    this.businessTime = businessTime;
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
              organization.member(actor), knownAgency(intake.agencyCode()), "群众诉求");
          return receiveNow(intake, actor);
        });
  }

  /** Registers a ticket from an upstream 110 / 12345 platform, once however often it arrives. */
  public Received receiveTicket(Intake intake) {
    if (intake.upstreamTicketId() == null) {
      throw ProblemException.invalid("upstreamTicketId", "上级平台推送的工单必须带有上级平台工单号");
    }
    return inTransaction(
        () -> {
          knownAgency(intake.agencyCode());
          return receiveNow(intake, UPSTREAM_ACTOR);
        });
  }

  private Received receiveNow(Intake intake, String actor) {
    if (intake.upstreamTicketId() != null) {
      var existing =
          complaints.findByAgencyCodeAndUpstreamTicketId(
              intake.agencyCode(), intake.upstreamTicketId());
      if (existing.isPresent()) {
        return new Received(details(existing.get()), false);
      }
    }
    Change change = change(intake.receivedAt(), actor);
    Complaint complaint = open(intake, null, change);
    return new Received(details(complaint), true);
  }

  private Complaint open(Intake intake, @Nullable String fromDisclosureRequestId, Change change) {
    int limit = settings.timeLimits().workingDays(intake.category(), intake.urgency());
    Complaint complaint =
        complaints.saveAndFlush(
            Complaint.receive(intake, limit, fromDisclosureRequestId, change, calendar));
    flow.start(complaint.id().toString(), complaint.directAnswer(), timers(complaint));
    return complaint;
  }

  /** What a ledger import did: the cases it created, and the items already received before. */
  public record LedgerImport(
      String agencyCode, int imported, List<String> complaintIds, List<AlreadyReceived> skipped) {}

  /** A ledger item whose upstream ticket the agency had already received: not imported again. */
  public record AlreadyReceived(int index, String upstreamTicketId, String complaintId) {}

  /**
   * Imports complaints that were finished before they reached this system (a paper ledger, an
   * earlier hotline system), so that the year's figures count them. Every item is checked before
   * anything is written, and the whole import is one transaction: a refused item (a 400 problem
   * naming it as {@code complaints[i].field}) leaves nothing imported. Each case raises one {@link
   * ComplaintEvent.ComplaintImported}, published through the outbox like every other event.
   *
   * <p>No process is started for these cases. The process models the work still to be done on a
   * complaint — the unit's tasks, the time-limit timers, the follow-up calls — and a closed
   * complaint has none left: a process started for it would have to be ended at once, and its
   * timers, all in the past, would first mark long-answered complaints overdue and open 催办 items
   * for them. Complaints still open are registered with {@link #receive} instead.
   */
  public LedgerImport importLedger(String agencyCode, List<LedgerComplaint> ledger, String actor) {
    return inTransaction(
        () -> {
          organization.requireMayActOn(organization.member(actor), knownAgency(agencyCode), "群众诉求");
          Set<String> units = organization.withSubordinates(agencyCode);
          Map<String, UUID> received = receivedTickets(agencyCode, ledger);
          Set<String> inThisImport = new HashSet<>();
          Instant recordedAt = clock.instant();
          List<Complaint> imported = new ArrayList<>();
          List<AlreadyReceived> skipped = new ArrayList<>();
          for (int i = 0; i < ledger.size(); i++) {
            LedgerComplaint item = ledger.get(i);
            checkLedgerItem(i, item, units);
            String ticket = item.upstreamTicketId();
            if (ticket != null) {
              if (!inThisImport.add(ticket)) {
                throw ledgerProblem(i, "upstreamTicketId", "上级平台工单号「" + ticket + "」在本次导入中重复");
              }
              UUID existing = received.get(ticket);
              if (existing != null) {
                skipped.add(new AlreadyReceived(i, ticket, existing.toString()));
                continue;
              }
            }
            int limit = settings.timeLimits().workingDays(item.category(), item.urgency());
            imported.add(
                Complaint.fromLedger(
                    agencyCode,
                    item,
                    limit,
                    new Change(item.closedAt(), recordedAt, actor),
                    calendar));
          }
          complaints.saveAll(imported);
          return new LedgerImport(
              agencyCode,
              imported.size(),
              imported.stream().map(c -> c.id().toString()).toList(),
              List.copyOf(skipped));
        });
  }

  private Map<String, UUID> receivedTickets(String agencyCode, List<LedgerComplaint> ledger) {
    List<String> tickets =
        ledger.stream().map(LedgerComplaint::upstreamTicketId).filter(Objects::nonNull).toList();
    Map<String, UUID> received = new HashMap<>();
    for (int from = 0; from < tickets.size(); from += 1_000) {
      complaints
          .findUpstreamTickets(
              agencyCode, tickets.subList(from, Math.min(tickets.size(), from + 1_000)))
          .forEach(row -> received.put((String) row[0], (UUID) row[1]));
    }
    return received;
  }

  private void checkLedgerItem(int index, LedgerComplaint item, Set<String> units) {
    if (!units.contains(item.unitCode())) {
      throw ledgerProblem(index, "unitCode", "「" + item.unitCode() + "」不是本机关或其下属单位");
    }
    OffsetDateTime received = item.receivedAt();
    OffsetDateTime replied = item.reply().at();
    OffsetDateTime followedUp = item.followUp().at();
    OffsetDateTime closed = item.closedAt();
    if (replied.isBefore(received)) {
      throw ledgerProblem(index, "reply.at", "答复时间不能早于受理时间（" + shanghai(received) + "）");
    }
    if (followedUp.isBefore(replied)) {
      throw ledgerProblem(index, "followUp.at", "回访时间不能早于答复时间（" + shanghai(replied) + "）");
    }
    if (closed.isBefore(followedUp)) {
      throw ledgerProblem(index, "closedAt", "办结时间不能早于回访时间（" + shanghai(followedUp) + "）");
    }
    try {
      businessTime.accept(closed);
    } catch (ProblemException future) {
      throw ledgerProblem(
          index, "closedAt", "办结时间不能晚于当前时间（" + shanghai(OffsetDateTime.now(clock)) + "）");
    }
    if (item.followUp().reached() && item.followUp().rating() == null) {
      throw ledgerProblem(index, "followUp.rating", "联系上群众的，请填写满意度评价");
    }
    if (!item.followUp().reached() && item.followUp().rating() != null) {
      throw ledgerProblem(index, "followUp.rating", "未联系上群众的，不能有满意度评价");
    }
  }

  private static ProblemException ledgerProblem(int index, String field, String message) {
    return ProblemException.invalid(
        "complaints[" + index + "]." + field, "第" + (index + 1) + "件：" + message);
  }

  private static LocalDateTime shanghai(OffsetDateTime moment) {
    return moment.atZoneSameInstant(BUSINESS_ZONE).toLocalDateTime();
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
            throw ProblemException.invalid("unitCode", "「" + unit + "」不是本机关或其下属单位");
          }
          Set<String> co = new LinkedHashSet<>(coUnitCodes);
          co.remove(unit);
          for (String coUnit : co) {
            if (!units.contains(coUnit)) {
              throw ProblemException.invalid("coUnitCodes", "「" + coUnit + "」不是本机关或其下属单位");
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
          complaint.returnToDispatcher(reason, change);
          flow.returned(id.toString());
        });
  }

  /** An extension requested before the time limit runs out. */
  public ComplaintDetails extend(
      UUID id, int workingDays, String reason, @Nullable OffsetDateTime at, String actor) {
    return command(
        id,
        at,
        actor,
        (complaint, change) -> complaint.extend(workingDays, reason, change, calendar));
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
            throw ProblemException.invalid("intoComplaintId", "不能将工单并入其自身");
          }
          Complaint target =
              complaints
                  .findById(intoId)
                  .orElseThrow(
                      () ->
                          ProblemException.invalid(
                              "intoComplaintId", "没有编号为 " + intoId + " 的群众诉求"));
          if (!target.agencyCode().equals(complaint.agencyCode())) {
            throw ProblemException.invalid("intoComplaintId", "只能并入本机关的群众诉求");
          }
          if (!target.status().isOpen()) {
            throw ProblemException.conflict("目标工单已办结，只能并入尚未办结的群众诉求。");
          }
          if (target.mergedIntoId() != null) {
            throw ProblemException.conflict("目标工单本身已被并单。");
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
   * opened, received when the request was submitted, and the request is told its id.
   */
  @ApplicationModuleListener
  public void on(DisclosureRequestTransferredToComplaint transferred) {
    String requestId = transferred.caseId();
    String complaintId =
        complaints
            .findFirstByLinkedDisclosureRequestId(requestId)
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
      Complaint complaint = load(id);
      ComplaintTimers before = timers(complaint);
      if (complaint.recomputeDueDate(
          changed.year(), systemChange(OffsetDateTime.now(clock)), calendar)) {
        complaints.save(complaint);
        ComplaintTimers after = timers(complaint);
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
    Complaint complaint = load(id);
    ComplaintTimers timers = timers(complaint);
    if (timers.warnAt() != null && complaint.warnDueSoon(systemChange(timers.warnAt()))) {
      complaints.save(complaint);
    }
  }

  /** Called by the process when the time limit ran out: overdue, supervised, chased. */
  @Transactional
  public void markOverdue(UUID id) {
    Complaint complaint = load(id);
    if (complaint.markOverdue(systemChange(OffsetDateTime.now(clock)), calendar)) {
      complaints.save(complaint);
    }
  }

  /** The whole record, for staff of the agency; every such view is recorded. */
  @Transactional(readOnly = true)
  public ComplaintDetails find(UUID id, String viewer) {
    Complaint complaint = load(id);
    organization.requireMayActOn(organization.member(viewer), complaint.agencyCode(), "群众诉求");
    accessLog.fullViewOf(CASE_KIND, id.toString(), viewer);
    return details(complaint);
  }

  @Transactional(readOnly = true)
  public Page<ComplaintSummary> list(ComplaintQuery query, int page, int size, String viewer) {
    StaffMember staff = organization.member(viewer);
    Set<String> visible = organization.visibleAgencies(staff);
    if (query.agencyCode() != null && visible != null && !visible.contains(query.agencyCode())) {
      throw ProblemException.forbidden("您无权查看机关「" + query.agencyCode() + "」的群众诉求。");
    }
    Specification<Complaint> filter =
        CaseListFilter.of(query.agencyCode(), visible, query.status(), query.overdue());
    return complaints
        .findAll(
            filter,
            PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "receivedAt", "createdAt")))
        .map(ComplaintDesk::summary);
  }

  /** At most this many complaints answer a search. */
  public static final int SEARCH_LIMIT = 50;

  /**
   * The complaints the viewer may see whose work-order number (the case id, or the 110/12345 ticket
   * number), citizen name or phone is the text, newest first, at most {@link #SEARCH_LIMIT},
   * personal data masked.
   */
  @Transactional(readOnly = true)
  public List<ComplaintSummary> search(String text, String viewer) {
    String wanted = text.strip();
    if (wanted.isEmpty()) {
      return List.of();
    }
    String digits = wanted.replaceAll("[\\s-]", "");
    Specification<Complaint> matching =
        (root, query, builder) -> {
          List<jakarta.persistence.criteria.Predicate> any = new ArrayList<>();
          any.add(builder.equal(root.get("upstreamTicketId"), wanted));
          any.add(builder.equal(root.get("citizen").get("name"), wanted));
          any.add(builder.equal(root.get("citizen").get("phone"), wanted));
          if (!digits.isEmpty() && !digits.equals(wanted)) {
            any.add(builder.equal(root.get("citizen").get("phone"), digits));
          }
          caseId(wanted).ifPresent(id -> any.add(builder.equal(root.get("id"), id)));
          return builder.or(any.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    Set<String> visible = organization.visibleAgencies(organization.member(viewer));
    Specification<Complaint> filter =
        CaseListFilter.<Complaint>of(null, visible, null, null).and(matching);
    return complaints
        .findAll(
            filter,
            PageRequest.of(
                0, SEARCH_LIMIT, Sort.by(Sort.Direction.DESC, "receivedAt", "createdAt")))
        .map(ComplaintDesk::summary)
        .getContent();
  }

  private static java.util.Optional<UUID> caseId(String text) {
    try {
      return java.util.Optional.of(UUID.fromString(text));
    } catch (IllegalArgumentException notAnId) {
      return java.util.Optional.empty();
    }
  }

  private ComplaintDetails command(
      UUID id, @Nullable OffsetDateTime at, String actor, BiConsumer<Complaint, Change> action) {
    return inTransaction(() -> commandNow(id, at, actor, action));
  }

  private <T> T inTransaction(Supplier<T> work) {
    return commands.run("该工单刚被其他操作更新，请刷新后重试。", work);
  }

  private ComplaintDetails commandNow(
      UUID id, @Nullable OffsetDateTime at, String actor, BiConsumer<Complaint, Change> action) {
    Complaint complaint = load(id);
    organization.requireMayActOn(organization.member(actor), complaint.agencyCode(), "群众诉求");
    Change change = change(at, actor);
    if (change.at().toInstant().isBefore(complaint.receivedAt())) {
      throw ProblemException.invalid(
          "at",
          "不能早于受理时间（" + complaint.receivedAt().atZone(BUSINESS_ZONE).toOffsetDateTime() + "）");
    }
    ComplaintTimers before = timers(complaint);
    action.accept(complaint, change);
    complaints.save(complaint);
    ComplaintTimers after = timers(complaint);
    if (complaint.status().isOpen() && !before.equals(after)) {
      flow.deadlineChanged(id.toString(), after);
    }
    return details(complaint);
  }

  private Change change(@Nullable OffsetDateTime at, String actor) {
    return new Change(businessTime.accept(at), clock.instant(), actor);
  }

  private Change systemChange(OffsetDateTime at) {
    return new Change(at, clock.instant(), SYSTEM);
  }

  /** The warning and overdue moments while the complaint waits for its reply. */
  ComplaintTimers timers(Complaint complaint) {
    LocalDate due = complaint.dueOn();
    boolean waitingForReply =
        switch (complaint.status()) {
          case REGISTERED, DISPATCHED, RETURNED, IN_HANDLING -> true;
          case REPLIED, CLOSED -> false;
        };
    if (due == null || !waitingForReply) {
      return new ComplaintTimers(null, null);
    }
    OffsetDateTime overdueAt = due.plusDays(1).atStartOfDay(BUSINESS_ZONE).toOffsetDateTime();
    try {
      LocalDate warnDay = calendar.workingDaysBefore(due, settings.warningWorkingDays());
      LocalDate earliest = complaint.clockStartedOn().plusDays(1);
      if (warnDay.isBefore(earliest)) {
        warnDay = earliest.isAfter(due) ? due : earliest;
      }
      return new ComplaintTimers(warnDay.atStartOfDay(BUSINESS_ZONE).toOffsetDateTime(), overdueAt);
    } catch (UnknownCalendarYearException unknown) {
      return new ComplaintTimers(null, overdueAt);
    }
  }

  private String knownAgency(String agencyCode) {
    if (organization.agency(agencyCode).isEmpty()) {
      throw ProblemException.invalid("agencyCode", "机关「" + agencyCode + "」不存在");
    }
    return agencyCode;
  }

  private Complaint load(UUID id) {
    return complaints
        .findById(id)
        .orElseThrow(() -> ProblemException.notFound("没有编号为 " + id + " 的群众诉求"));
  }

  private ComplaintDetails details(Complaint complaint) {
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
        complaint.citizen(),
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
        timeline.of(complaint.id()),
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

  private static ComplaintSummary summary(Complaint complaint) {
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
        complaint.reopenCount());
  }
}
