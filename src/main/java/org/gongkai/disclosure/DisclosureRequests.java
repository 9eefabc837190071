package org.gongkai.disclosure;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface DisclosureRequests
    extends JpaRepository<DisclosureRequest, UUID>, JpaSpecificationExecutor<DisclosureRequest> {

  Page<DisclosureRequest> findAll(Pageable pageable);

  @Query(
      "select r.id from DisclosureRequest r where r.status <> org.gongkai.disclosure.DisclosureStatus.FINISHED")
  List<UUID> findOpenIds();
}
