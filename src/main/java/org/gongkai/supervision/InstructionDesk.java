package org.gongkai.supervision;

import static org.gongkai.platform.ClockConfiguration.BUSINESS_ZONE;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.casework.CaseCommands;
import org.gongkai.casework.CaseRefusal;
import org.gongkai.casework.CaseTimeline;
import org.gongkai.casework.Change;
import org.gongkai.casework.LadderEvent;
import org.gongkai.organization.AgencyView;
import org.gongkai.organization.Organization;
import org.gongkai.organization.Role;
import org.gongkai.organization.StaffMember;
import org.gongkai.platform.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leaders' instructions (批示件): a leader writes one on a case, the owner unit answers in writing,
 * the leader accepts the answer or sends it back. Each step runs through the case pipeline ({@link
 * CaseCommands}) and moves the supervised item's process.
 */
@Service
public class InstructionDesk {

  static final String CONCURRENT_CHANGE = "该批示件刚被他人修改，请刷新后重试。";

  /** The case kinds an instruction may be written on. */
  static final Set<String> CASE_KINDS = Set.of("DISCLOSURE", "COMPLAINT");

  /** The working days the unit has to answer a supervised item the ladder opened. */
  static final int LADDER_ITEM_WORKING_DAYS = 3;

  private final Instructions instructions;
  private final InstructionNumbers numbers;
  private final InstructionFlow flow;
  private final WorkingCalendar calendar;
  private final Organization organization;
  private final CaseTimeline timeline;
  private final CaseCommands cases;
  private final Clock clock;
  private final CaseCommands.Kind<Instruction, LocalDate> items;

  InstructionDesk(
      Instructions instructions,
      InstructionNumbers numbers,
      InstructionFlow flow,
      WorkingCalendar calendar,
      Organization organization,
      CaseTimeline timeline,
      CaseCommands cases,
      Clock clock) {
    this.instructions = instructions;
    this.numbers = numbers;
    this.flow = flow;
    this.calendar = calendar;
    this.organization = organization;
    this.timeline = timeline;
    this.cases = cases;
    this.clock = clock;
    this.items =
        new CaseCommands.Kind<>(
            CONCURRENT_CHANGE,
            this::loadForChange,
            instructions::save,
            (instruction, change) -> {},
            Instruction::dueOn,
            (instruction, dueOn) -> {});
  }

  /** What a leader writes. */
  public record NewInstruction(
      String caseKind, String caseId, String text, String ownerUnitCode, int workingDays) {}

  /** A leader writes an instruction on a case; the owner unit owes an answer in working days. */
  public InstructionDetails register(NewInstruction command, String leader) {
    return cases.inTransaction(
        CONCURRENT_CHANGE,
        () -> {
          StaffMember staff = organization.member(leader);
          String agency = staff.agencyCode();
          if (!CASE_KINDS.contains(command.caseKind())) {
            throw CaseRefusal.invalid("caseKind", "批示只能针对政府信息公开申请（DISCLOSURE）或群众诉求（COMPLAINT）");
          }
          if (timeline.registrar(command.caseKind(), parseId(command.caseId())) == null) {
            throw CaseRefusal.invalid("caseId", "没有编号为 " + command.caseId() + " 的案件");
          }
          if (!organization.withSubordinates(agency).contains(command.ownerUnitCode())) {
            throw CaseRefusal.invalid(
                "ownerUnitCode", "「" + command.ownerUnitCode() + "」不是本机关或其下属单位");
          }
          Change change = cases.change(null, leader);
          LocalDate dueOn = calendar.addWorkingDays(change.businessDate(), command.workingDays());
          Instruction instruction =
              instructions.save(
                  Instruction.register(
                      agency,
                      numbers.next(agency, change.businessDate().getYear()),
                      command.caseKind(),
                      command.caseId(),
                      command.text(),
                      command.ownerUnitCode(),
                      dueOn,
                      change));
          flow.start(
              instruction.id().toString(),
              instruction.ownerUnitCode(),
              leader,
              calendar.workingDaysBefore(dueOn, 1).atStartOfDay(BUSINESS_ZONE).toOffsetDateTime(),
              dueOn.plusDays(1).atStartOfDay(BUSINESS_ZONE).toOffsetDateTime());
          return details(instruction);
        });
  }

  /**
   * The supervision ladder supervises (督办) an overdue case: a supervised item opens for the unit
   * that owes the reply (the agency itself while no unit does), due {@value
   * #LADDER_ITEM_WORKING_DAYS} working days after the rung, reviewed by any leader of the agency.
   * Runs in the transaction of the case's rung.
   *
   * @return the new item's id
   */
  @Transactional
  public UUID openForLadder(LadderEvent rung) {
    String agency = rung.envelope().agencyCode();
    String owner = rung.responsibleUnitCode() == null ? agency : rung.responsibleUnitCode();
    Change change = cases.systemChange(rung.envelope().occurredAt());
    LocalDate dueOn = calendar.addWorkingDays(change.businessDate(), LADDER_ITEM_WORKING_DAYS);
    String subject =
        rung.trackingNumber() == null
            ? (rung.caseKind().equals("COMPLAINT") ? "该群众诉求" : "该案件")
            : "案件" + rung.trackingNumber();
    String text =
        subject
            + "已超过期限（"
            + rung.dueOn()
            + "）满 "
            + rung.overdueWorkingDays()
            + " 个工作日仍未答复，请"
            + name(owner)
            + "于 "
            + dueOn
            + " 前办结并报送办理情况。";
    Instruction instruction =
        instructions.save(
            Instruction.register(
                agency,
                numbers.next(agency, change.businessDate().getYear()),
                rung.caseKind(),
                rung.caseId(),
                text,
                owner,
                dueOn,
                change));
    List<String> leaders =
        organization.withRole(Role.LEADER).stream()
            .filter(leader -> organization.mayActOn(leader, agency))
            .map(StaffMember::username)
            .toList();
    flow.start(
        instruction.id().toString(),
        owner,
        leaders.isEmpty() ? CaseCommands.SYSTEM : String.join(",", leaders),
        calendar.workingDaysBefore(dueOn, 1).atStartOfDay(BUSINESS_ZONE).toOffsetDateTime(),
        dueOn.plusDays(1).atStartOfDay(BUSINESS_ZONE).toOffsetDateTime());
    return instruction.id();
  }

  private String name(String agencyCode) {
    return organization.agency(agencyCode).map(AgencyView::name).orElse(agencyCode);
  }

  /** The owner unit's handler answers in writing (办理情况报告). */
  public InstructionDetails answer(
      UUID id, String text, @Nullable OffsetDateTime at, String handler) {
    return command(
        id,
        at,
        handler,
        (instruction, change) -> {
          StaffMember staff = organization.member(handler);
          if (!InstructionWorklist.answersFor(staff, instruction.ownerUnitCode())) {
            throw ProblemException.forbidden(
                "本批示件由「" + instruction.ownerUnitCode() + "」办理，您不是该单位的承办人。");
          }
          instruction.answer(text, change);
          flow.answered(id.toString());
        });
  }

  /** The instructing leader accepts the answer, or sends it back with a comment. */
  public InstructionDetails review(
      UUID id, boolean accepted, String comment, @Nullable OffsetDateTime at, String leader) {
    return command(
        id,
        at,
        leader,
        (instruction, change) -> {
          StaffMember staff = organization.member(leader);
          instruction.review(
              accepted,
              comment,
              change,
              staff.hasRole(Role.LEADER) && organization.mayActOn(staff, instruction.agencyCode()));
          flow.reviewed(id.toString(), accepted);
        });
  }

  /** Called by the process the working day before the due date. */
  @Transactional
  public void remind(UUID id) {
    Instruction instruction = loadForChange(id);
    if (instruction.remind(cases.systemChange(OffsetDateTime.now(clock)))) {
      instructions.save(instruction);
    }
  }

  /** Called by the process when the due date has passed without an accepted answer. */
  @Transactional
  public void chase(UUID id) {
    Instruction instruction = loadForChange(id);
    if (instruction.chase(cases.systemChange(OffsetDateTime.now(clock)))) {
      instructions.save(instruction);
    }
  }

  /** One instruction, for staff of its agency (and the leaders above it). */
  @Transactional(readOnly = true)
  public InstructionDetails find(UUID id, String viewer) {
    Instruction instruction = load(id);
    organization.requireMayActOn(
        organization.member(viewer), instruction.agencyCode(), instruction.casesName());
    return details(instruction);
  }

  /** The instructions the viewer sees, soonest due first. */
  @Transactional(readOnly = true)
  public List<InstructionDetails> list(
      @Nullable InstructionStatus status, @Nullable String ownerUnitCode, String viewer) {
    StaffMember staff = organization.member(viewer);
    Set<String> agencies = organization.visibleAgencies(staff);
    List<Instruction> found =
        agencies == null
            ? instructions.findAll().stream()
                .sorted(java.util.Comparator.comparing(Instruction::dueOn))
                .toList()
            : instructions.findByAgencyCodeInOrderByDueOnAsc(agencies);
    return found.stream()
        .filter(i -> status == null || i.status() == status)
        .filter(i -> ownerUnitCode == null || i.ownerUnitCode().equals(ownerUnitCode))
        .map(this::details)
        .toList();
  }

  /** The open and recently closed instructions of the agencies, for a digest. */
  @Transactional(readOnly = true)
  public List<InstructionDetails> ofAgencies(Set<String> agencyCodes) {
    return instructions.findByAgencyCodeInOrderByDueOnAsc(agencyCodes).stream()
        .map(this::details)
        .toList();
  }

  private InstructionDetails command(
      UUID id,
      @Nullable OffsetDateTime at,
      String actor,
      java.util.function.BiConsumer<Instruction, Change> action) {
    return cases.run(items, id, at, actor, action, this::details);
  }

  private Instruction load(UUID id) {
    return instructions.findById(id).orElseThrow(() -> notFound(id));
  }

  /** The item for a command or a timer, locked against the other until committed. */
  private Instruction loadForChange(UUID id) {
    return instructions.findForChange(id).orElseThrow(() -> notFound(id));
  }

  private static ProblemException notFound(UUID id) {
    return ProblemException.notFound("没有编号为 " + id + " 的批示件");
  }

  private static UUID parseId(String caseId) {
    try {
      return UUID.fromString(caseId);
    } catch (IllegalArgumentException e) {
      throw CaseRefusal.invalid("caseId", "「" + caseId + "」不是有效的案件编号");
    }
  }

  private InstructionDetails details(Instruction instruction) {
    LocalDate today = LocalDate.now(clock.withZone(BUSINESS_ZONE));
    return new InstructionDetails(
        instruction.id().toString(),
        instruction.trackingNumber(),
        instruction.agencyCode(),
        instruction.sourceCaseKind(),
        instruction.sourceCaseId(),
        instruction.text(),
        instruction.ownerUnitCode(),
        instruction.instructedBy(),
        instruction.registeredOn(),
        instruction.dueOn(),
        instruction.status(),
        instruction.status().label(),
        instruction.overdueOn(today),
        instruction.rounds(),
        instruction.answer(),
        moment(instruction.answeredAt()),
        instruction.leaderComment(),
        moment(instruction.closedAt()),
        timeline.of(SupervisionEvent.KIND, instruction.id()));
  }

  private static @Nullable OffsetDateTime moment(java.time.@Nullable Instant instant) {
    return instant == null ? null : instant.atZone(BUSINESS_ZONE).toOffsetDateTime();
  }
}
