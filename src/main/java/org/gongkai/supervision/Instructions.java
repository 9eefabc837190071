package org.gongkai.supervision;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Instructions extends JpaRepository<Instruction, UUID> {

  /**
   * The case for a change, its row locked until the transaction ends: commands and the process's
   * timer jobs on the same case take their turns instead of colliding.
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select i from Instruction i where i.id = ?1")
  Optional<Instruction> findForChange(UUID id);

  List<Instruction> findByAgencyCodeInOrderByDueOnAsc(Collection<String> agencyCodes);

  List<Instruction> findByStatusInAndOwnerUnitCodeInOrderByDueOnAsc(
      Collection<InstructionStatus> statuses, Collection<String> ownerUnitCodes);

  List<Instruction> findByStatusAndInstructedByOrderByDueOnAsc(
      InstructionStatus status, String instructedBy);
}
