package org.gongkai.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.gongkai.disclosure.Outcome;
import org.gongkai.statistics.SectionThreeLayout.Leaf;
import org.junit.jupiter.api.Test;

/**
 * Statistics read outcomes as codes from the case events, not as the disclosure module's enum: this
 * ties the two, so that a new outcome cannot be added without its row in section three and its
 * group on the dashboard.
 */
class OutcomeLeavesTests {

  @Test
  void everyOutcomeHasExactlyOneSectionThreeLeafAndEveryLeafIsAnOutcome() {
    List<String> outcomes = Arrays.stream(Outcome.values()).map(Outcome::name).toList();
    List<String> leaves = Arrays.stream(Leaf.values()).map(Leaf::name).toList();

    assertThat(leaves).containsExactlyInAnyOrderElementsOf(outcomes).doesNotHaveDuplicates();
  }

  @Test
  void everyLeafSumsIntoOneOfTheDashboardsGroupsAndEveryGroupHasALeaf() {
    assertThat(Leaf.values())
        .allSatisfy(leaf -> assertThat(DashboardQueries.OUTCOME_GROUPS).contains(leaf.group()));
    assertThat(Arrays.stream(Leaf.values()).map(Leaf::group).distinct())
        .containsExactlyElementsOf(DashboardQueries.OUTCOME_GROUPS);
  }

  @Test
  void theDashboardGroupsAnOutcomeByItsLeaf() {
    for (Leaf leaf : Leaf.values()) {
      assertThat(DashboardQueries.groupOf(leaf.name())).isEqualTo(leaf.group());
    }
    assertThat(DashboardQueries.groupOf("AN_OUTCOME_OF_A_NEWER_VERSION")).isEqualTo("other");
  }
}
