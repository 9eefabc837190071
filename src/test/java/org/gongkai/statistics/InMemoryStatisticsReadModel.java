package org.gongkai.statistics;

import java.util.Map;
import java.util.TreeMap;

/** The read model as maps, for projector tests without a database. */
final class InMemoryStatisticsReadModel implements StatisticsReadModel {

  final Map<String, DisclosureCase> disclosures = new TreeMap<>();
  final Map<String, ComplaintCase> complaints = new TreeMap<>();
  final Map<String, SupervisionStep> steps = new TreeMap<>();
  private final Map<PartitionKey, Long> positions =
      new TreeMap<>(
          java.util.Comparator.comparing(PartitionKey::topic)
              .thenComparing(PartitionKey::partition));

  @Override
  public boolean apply(DisclosureCase facts) {
    DisclosureCase stored = disclosures.get(facts.caseId());
    if (stored != null && stored.caseVersion() >= facts.caseVersion()) {
      return false;
    }
    disclosures.put(facts.caseId(), facts);
    return true;
  }

  @Override
  public boolean apply(ComplaintCase facts) {
    ComplaintCase stored = complaints.get(facts.caseId());
    if (stored != null && stored.caseVersion() >= facts.caseVersion()) {
      return false;
    }
    complaints.put(facts.caseId(), facts);
    return true;
  }

  @Override
  public boolean apply(SupervisionStep step) {
    return steps.putIfAbsent(step.itemId() + "/" + step.caseVersion(), step) == null;
  }

  @Override
  public void advance(PartitionKey partition, long nextOffset) {
    positions.merge(partition, nextOffset, Math::max);
  }

  @Override
  public Map<PartitionKey, Long> positions() {
    return Map.copyOf(positions);
  }
}
