package org.gongkai.statistics;

import java.util.Optional;
import java.util.Set;
import org.gongkai.organization.AgencyView;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the statistics module ({@code gongkai.statistics.*}).
 *
 * @param basicallySatisfiedCounts whether a 基本满意 rating counts as satisfied in the 满意率
 * @param consumers projector consumers in this instance (at most the topics' partitions are busy)
 * @param maxBatchSize records per polled batch, each batch one database transaction
 */
@ConfigurationProperties("gongkai.statistics")
record StatisticsSettings(
    @DefaultValue("true") boolean basicallySatisfiedCounts,
    @DefaultValue("1") int consumers,
    @DefaultValue("500") int maxBatchSize) {

  /** Whether 基本满意 counts as satisfied for the agency: its own setting, else the system default. */
  boolean basicallySatisfiedCounts(Optional<AgencyView> agency) {
    return agency.map(AgencyView::basicallySatisfiedCounts).orElse(basicallySatisfiedCounts);
  }

  /** The ratings the 满意率 counts as satisfied. */
  static Set<String> satisfiedRatings(boolean basicallySatisfiedCounts) {
    return basicallySatisfiedCounts
        ? Set.of("SATISFIED", "BASICALLY_SATISFIED")
        : Set.of("SATISFIED");
  }
}
