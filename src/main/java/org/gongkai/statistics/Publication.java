package org.gongkai.statistics;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A year's report as published and locked by a report author: its numbers stay as published, and
 * every later change that would alter them is listed as a restatement.
 *
 * @param restatements changes recorded after the lock, oldest first
 */
public record Publication(
    int year,
    String agencyCode,
    boolean includeSubordinates,
    OffsetDateTime lockedAt,
    String lockedBy,
    @Nullable String note,
    List<Restatement> restatements) {

  public Publication {
    restatements = List.copyOf(restatements);
  }

  /**
   * Numbers of a locked year that later events changed.
   *
   * @param year the locked year whose numbers changed
   * @param cases the cases whose changes moved them (tracking numbers, or case ids of complaints)
   * @param changes each changed figure with its number before and after
   */
  public record Restatement(
      String id, int year, OffsetDateTime recordedAt, List<String> cases, List<Change> changes) {

    public Restatement {
      cases = List.copyOf(cases);
      changes = List.copyOf(changes);
    }
  }

  /**
   * A restatement with the lock it was recorded against.
   *
   * @param agencyCode the agency whose locked report it restates
   * @param includeSubordinates whether that report covers the agency's region
   */
  public record RecordedRestatement(
      String agencyCode, boolean includeSubordinates, Restatement restatement) {}

  /**
   * One changed figure.
   *
   * @param figure a stable key: {@code three.<rowKey>.<column>}, {@code four.<block>.<column>} or
   *     {@code complaints.<field>}
   * @param label where it stands in the report, in Chinese
   */
  public record Change(String figure, String label, long before, long after) {}
}
