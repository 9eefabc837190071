package org.gongkai.supervision;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gongkai.organization.AgencyView;
import org.gongkai.organization.Organization;
import org.gongkai.organization.Role;
import org.gongkai.organization.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervised items (批示件) waiting for someone: an answer from the owner unit's handlers, a
 * review by the instructing leader. Read by the task lists and the leaders' pages.
 */
@Service
public class InstructionWorklist {

  private static final Set<InstructionStatus> AWAITING_ANSWER =
      EnumSet.of(InstructionStatus.ASSIGNED, InstructionStatus.SENT_BACK);

  private final Instructions instructions;
  private final Organization organization;

  InstructionWorklist(Instructions instructions, Organization organization) {
    this.instructions = instructions;
    this.organization = organization;
  }

  /** A supervised item as a work list shows it. */
  public record AwaitedInstruction(
      String id,
      String trackingNumber,
      InstructionStatus status,
      String ownerUnitCode,
      String ownerUnitName,
      LocalDate registeredOn,
      LocalDate dueOn) {}

  /** Whether the staff member answers for the owner unit: it is one of theirs, or their agency. */
  public static boolean answersFor(StaffMember staff, String ownerUnitCode) {
    return staff.unitCodes().contains(ownerUnitCode) || staff.agencyCode().equals(ownerUnitCode);
  }

  /** The items whose owner unit owes an answer the handler may give, soonest due first. */
  @Transactional(readOnly = true)
  public List<AwaitedInstruction> awaitingAnswerFrom(String username) {
    StaffMember staff = organization.member(username);
    if (!staff.hasRole(Role.HANDLER)) {
      return List.of();
    }
    Set<String> units = new LinkedHashSet<>(staff.unitCodes());
    units.add(staff.agencyCode());
    return instructions
        .findByStatusInAndOwnerUnitCodeInOrderByDueOnAsc(AWAITING_ANSWER, units)
        .stream()
        .map(this::awaited)
        .toList();
  }

  /** The answered items the leader instructed, waiting for the leader's review. */
  @Transactional(readOnly = true)
  public List<AwaitedInstruction> awaitingReviewBy(String username) {
    return instructions
        .findByStatusAndInstructedByOrderByDueOnAsc(InstructionStatus.ANSWERED, username)
        .stream()
        .map(this::awaited)
        .toList();
  }

  private AwaitedInstruction awaited(Instruction instruction) {
    return new AwaitedInstruction(
        instruction.id().toString(),
        instruction.trackingNumber(),
        instruction.status(),
        instruction.ownerUnitCode(),
        organization
            .agency(instruction.ownerUnitCode())
            .map(AgencyView::name)
            .orElse(instruction.ownerUnitCode()),
        instruction.registeredOn(),
        instruction.dueOn());
  }
}
