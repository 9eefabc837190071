package org.gongkai.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The dashboard's outcome chart groups every outcome leaf under its section-three result row. */
class DashboardOutcomeGroupsTests {

  @Test
  void eachOutcomeFallsUnderItsResultRow() {
    assertThat(DashboardQueries.groupOf("DISCLOSED")).isEqualTo("disclosed");
    assertThat(DashboardQueries.groupOf("PARTIALLY_DISCLOSED")).isEqualTo("partially_disclosed");
    assertThat(DashboardQueries.groupOf("REFUSED_STATE_SECRET")).isEqualTo("refused");
    assertThat(DashboardQueries.groupOf("REFUSED_ADMINISTRATIVE_QUERY")).isEqualTo("refused");
    assertThat(DashboardQueries.groupOf("UNAVAILABLE_NEEDS_CREATION")).isEqualTo("unavailable");
    assertThat(DashboardQueries.groupOf("NOT_PROCESSED_PETITION_COMPLAINT"))
        .isEqualTo("not_processed");
    assertThat(DashboardQueries.groupOf("OTHER_NO_CORRECTION")).isEqualTo("other");
    assertThat(DashboardQueries.groupOf("OTHER_FEE_UNPAID")).isEqualTo("other");
    assertThat(DashboardQueries.groupOf("OTHER")).isEqualTo("other");
  }

  @Test
  void theGroupsFollowTheReportsOrder() {
    assertThat(DashboardQueries.OUTCOME_GROUPS)
        .containsExactly(
            "disclosed", "partially_disclosed", "refused", "unavailable", "not_processed", "other");
  }
}
