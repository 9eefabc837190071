package org.gongkai.complaint;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Complaints extends JpaRepository<Complaint, UUID>, JpaSpecificationExecutor<Complaint> {

  /**
   * The case for a change, its row locked until the transaction ends: commands and the process's
   * timer jobs on the same case take their turns instead of colliding.
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from Complaint c where c.id = ?1")
  Optional<Complaint> findForChange(UUID id);

  Optional<Complaint> findByAgencyCodeAndUpstreamTicketId(
      String agencyCode, String upstreamTicketId);

  Optional<Complaint> findByOpenedFromRequestId(String openedFromRequestId);

  /** The upstream ticket ids among {@code tickets} the agency already received, with their case. */
  @Query(
      "select c.upstreamTicketId, c.id from Complaint c where c.agencyCode = ?1 and c.upstreamTicketId in ?2")
  List<Object[]> findUpstreamTickets(String agencyCode, Collection<String> tickets);

  /** The complaints whose time limit is running: received, dispatched, returned or in handling. */
  @Query(
      "select c.id from Complaint c where c.status in ("
          + "org.gongkai.complaint.ComplaintStatus.REGISTERED,"
          + " org.gongkai.complaint.ComplaintStatus.DISPATCHED,"
          + " org.gongkai.complaint.ComplaintStatus.RETURNED,"
          + " org.gongkai.complaint.ComplaintStatus.IN_HANDLING)")
  List<UUID> findIdsAwaitingReply();

  @Query("select c.id from Complaint c where c.mergedIntoId = ?1 order by c.createdAt")
  List<UUID> findIdsMergedInto(String complaintId);
}
