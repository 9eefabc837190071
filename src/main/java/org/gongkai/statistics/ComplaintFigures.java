package org.gongkai.statistics;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A year's complaint figures (群众诉求) as the annual report's section one cites them. Rates are
 * percentages with two decimals, null when their denominator is zero.
 *
 * @param byChannel complaints received, per channel code, every channel listed
 * @param definitions how each figure and rate is counted, in Chinese, by field name
 * @param sentence 「共受理群众诉求N件，其中电话诉求…件，网民诉求…件，回访率…%，办结率…%，群众满意率…%」
 * @param publication for a locked year: the lock and its restatements; the figures are then the
 *     published ones
 */
public record ComplaintFigures(
    int year,
    String agencyCode,
    boolean includeSubordinates,
    long received,
    Map<String, Long> byChannel,
    long closed,
    long closedOnTime,
    long followedUp,
    long rated,
    long satisfied,
    @Nullable BigDecimal closureRate,
    @Nullable BigDecimal onTimeRate,
    @Nullable BigDecimal followUpRate,
    @Nullable BigDecimal satisfactionRate,
    boolean basicallySatisfiedCounts,
    Map<String, String> definitions,
    String sentence,
    OffsetDateTime asOf,
    @Nullable Publication publication) {

  /** The same figures, published with the lock and its restatements. */
  ComplaintFigures published(Publication publication) {
    return new ComplaintFigures(
        year,
        agencyCode,
        includeSubordinates,
        received,
        byChannel,
        closed,
        closedOnTime,
        followedUp,
        rated,
        satisfied,
        closureRate,
        onTimeRate,
        followUpRate,
        satisfactionRate,
        basicallySatisfiedCounts,
        definitions,
        sentence,
        asOf,
        publication);
  }
}
