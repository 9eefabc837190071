package org.gongkai.supervision;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface Instructions extends JpaRepository<Instruction, UUID> {

  List<Instruction> findByAgencyCodeInOrderByDueOnAsc(Collection<String> agencyCodes);

  List<Instruction> findByStatusInAndOwnerUnitCodeInOrderByDueOnAsc(
      Collection<InstructionStatus> statuses, Collection<String> ownerUnitCodes);

  List<Instruction> findByStatusAndInstructedByOrderByDueOnAsc(
      InstructionStatus status, String instructedBy);
}
