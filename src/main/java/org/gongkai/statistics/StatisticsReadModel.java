package org.gongkai.statistics;

import java.util.Map;

/**
 * Where the projector keeps per-case facts and its position on each partition. Every write keeps
 * the higher case version, so applying the same facts twice, or older facts after newer ones,
 * changes nothing.
 */
interface StatisticsReadModel {

  /** Stores the facts unless a version at least as high is stored; whether they were stored. */
  boolean apply(DisclosureCase facts);

  /** Stores the facts unless a version at least as high is stored; whether they were stored. */
  boolean apply(ComplaintCase facts);

  /** Stores the step unless the item's step of that version is stored; whether it was stored. */
  boolean apply(SupervisionStep step);

  /** Records that every record of the partition before {@code nextOffset} has been applied. */
  void advance(PartitionKey partition, long nextOffset);

  /** The next offset to read on each partition the projector has seen. */
  Map<PartitionKey, Long> positions();

  /** A partition of a topic. */
  record PartitionKey(String topic, int partition) {}
}
