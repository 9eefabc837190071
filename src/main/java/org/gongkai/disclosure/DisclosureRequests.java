package org.gongkai.disclosure;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DisclosureRequests
    extends JpaRepository<DisclosureRequest, UUID>, JpaSpecificationExecutor<DisclosureRequest> {

  Page<DisclosureRequest> findAll(Pageable pageable);

  /**
   * The case for a change, its row locked until the transaction ends: commands and the process's
   * timer jobs on the same case take their turns instead of colliding.
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select r from DisclosureRequest r where r.id = ?1")
  Optional<DisclosureRequest> findForChange(UUID id);

  @Query(
      "select r.id from DisclosureRequest r"
          + " where r.status <> org.gongkai.disclosure.DisclosureStatus.FINISHED")
  List<UUID> findOpenIds();

  /** The items the same applicant was charged for per item in requests received in the period. */
  @Query(
      """
      select coalesce(sum(r.feeQuantity), 0) from DisclosureRequest r
      where r.id <> :id
        and r.feeBasis = org.gongkai.disclosure.FeeSchedule.Basis.PER_ITEM
        and r.receivedOn between :from and :to
        and ((:idNumber is not null and r.applicant.idNumber = :idNumber)
          or (:idNumber is null and r.applicant.name = :name and r.applicant.phone = :phone))
      """)
  long itemsChargedToApplicant(
      @Param("id") UUID id,
      @Param("idNumber") @Nullable String idNumber,
      @Param("name") String name,
      @Param("phone") @Nullable String phone,
      @Param("from") LocalDate from,
      @Param("to") LocalDate to);
}
