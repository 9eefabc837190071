package org.gongkai.statistics;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Projectors bound to one generation of the read model. */
@Component
class StatisticsProjections {

  private final CaseEventPayloads payloads;
  private final NamedParameterJdbcTemplate jdbc;
  private final StatisticsGenerations generations;

  StatisticsProjections(
      CaseEventPayloads payloads,
      NamedParameterJdbcTemplate jdbc,
      StatisticsGenerations generations) {
    this.payloads = payloads;
    this.jdbc = jdbc;
    this.generations = generations;
  }

  /** The read model of a generation. */
  JdbcStatisticsReadModel readModel(long generation) {
    return new JdbcStatisticsReadModel(jdbc, generation);
  }

  /** A projector writing into the generation. */
  StatisticsProjector forGeneration(long generation) {
    return new StatisticsProjector(payloads, readModel(generation));
  }

  /** A projector writing into the generation active now. */
  StatisticsProjector forActiveGeneration() {
    return forGeneration(generations.active());
  }
}
