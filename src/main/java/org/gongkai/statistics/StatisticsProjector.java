package org.gongkai.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.platform.GongkaiTopics;
import org.gongkai.statistics.StatisticsReadModel.PartitionKey;
import org.jspecify.annotations.Nullable;

/**
 * Folds a batch of case events into the read model: for each case only the event with the highest
 * case version counts, and it replaces the stored facts only if its version is higher than theirs.
 * Every event of a supervised item is a step of its own, stored once per item and version. The
 * outcome therefore depends on the set of events seen, not on their order or on how often each
 * arrived. A plain object; the caller decides the transaction.
 */
class StatisticsProjector {

  private final CaseEventPayloads payloads;
  private final StatisticsReadModel readModel;

  StatisticsProjector(CaseEventPayloads payloads, StatisticsReadModel readModel) {
    this.payloads = payloads;
    this.readModel = readModel;
  }

  /** Applies the batch and records, per partition, the offset after its last record. */
  BatchResult project(List<EventRecord> batch) {
    // per topic and case: the ids of two case kinds are not assumed to be distinct
    Map<String, ProjectedCase> latest = new LinkedHashMap<>();
    Map<PartitionKey, Long> positions = new LinkedHashMap<>();
    List<Unreadable> unreadable = new ArrayList<>();
    List<SupervisionStep> steps = new ArrayList<>();
    for (EventRecord record : batch) {
      positions.merge(
          new PartitionKey(record.topic(), record.partition()), record.offset() + 1, Math::max);
      Optional<ProjectedCase> projected;
      try {
        if (record.value() != null && GongkaiTopics.SUPERVISION.equals(record.topic())) {
          steps.add(payloads.readSupervisionStep(record.value()));
          continue;
        }
        projected =
            record.value() == null
                ? Optional.empty()
                : payloads.read(record.topic(), record.value());
      } catch (CaseEventPayloads.UnreadableEventException e) {
        unreadable.add(new Unreadable(record, "无法读取的事件：" + e.getMessage()));
        continue;
      }
      projected.ifPresent(
          next ->
              latest.merge(
                  record.topic() + "/" + next.caseId(),
                  next,
                  (stored, candidate) ->
                      candidate.caseVersion() > stored.caseVersion() ? candidate : stored));
    }
    List<ProjectedCase> changed = new ArrayList<>();
    for (ProjectedCase projected : latest.values()) {
      boolean stored =
          projected instanceof ProjectedCase.Disclosure disclosure
              ? readModel.apply(disclosure.facts())
              : readModel.apply(((ProjectedCase.Complaint) projected).facts());
      if (stored) {
        changed.add(projected);
      }
    }
    steps.forEach(readModel::apply);
    positions.forEach(readModel::advance);
    return new BatchResult(batch.size(), List.copyOf(changed), List.copyOf(unreadable));
  }

  /** One record of a case topic. */
  record EventRecord(String topic, int partition, long offset, @Nullable String value) {}

  /** A record that could not be read as a case event of the contract, and why. */
  record Unreadable(EventRecord record, String reason) {}

  /**
   * What a batch did: records read, the cases whose stored facts changed, records that could not be
   * read (skipped, so that one malformed record cannot stop the projection; the caller sends them
   * to the dead-letter topic).
   */
  record BatchResult(int records, List<ProjectedCase> changed, List<Unreadable> unreadable) {

    int casesChanged() {
      return changed.size();
    }
  }
}
