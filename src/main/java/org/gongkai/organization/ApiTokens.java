package org.gongkai.organization;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

interface ApiTokens extends JpaRepository<ApiToken, UUID> {

  /** The token with this hash, its roles and units in the same query. */
  @Query(
      "select t from ApiToken t left join fetch t.roles left join fetch t.unitCodes"
          + " where t.tokenHash = :hash")
  Optional<ApiToken> findByTokenHash(@Param("hash") String tokenHash);

  @Query(
      "select distinct t from ApiToken t left join fetch t.roles left join fetch t.unitCodes"
          + " order by t.createdAt desc, t.id")
  List<ApiToken> findAllNewestFirst();

  /** Records a use, unless one was recorded since {@code since} (by this node or another). */
  @Transactional
  @Modifying
  @Query(
      "update ApiToken t set t.lastUsedAt = :now"
          + " where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :since)")
  int recordUse(@Param("id") UUID id, @Param("now") Instant now, @Param("since") Instant since);
}
