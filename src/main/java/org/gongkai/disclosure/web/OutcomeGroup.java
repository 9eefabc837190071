package org.gongkai.disclosure.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gongkai.disclosure.Outcome;

/**
 * The outcomes as section three of the annual report groups them: （一）予以公开 … （六）其他处理, each leaf in
 * the report's order.
 *
 * @param number the group's number in the report, 1 to 6
 */
record OutcomeGroup(int number, List<Outcome> outcomes) {

  /**
   * Outcomes the process sets by itself when a period runs out; a handler does not propose them.
   */
  static final Set<Outcome> SET_BY_THE_PROCESS =
      Set.of(Outcome.OTHER_NO_CORRECTION, Outcome.OTHER_FEE_UNPAID);

  static List<OutcomeGroup> all() {
    List<OutcomeGroup> groups = new ArrayList<>();
    for (int number = 1; number <= 6; number++) {
      int group = number;
      groups.add(
          new OutcomeGroup(
              group, List.of(Outcome.values()).stream().filter(o -> groupOf(o) == group).toList()));
    }
    return List.copyOf(groups);
  }

  static int groupOf(Outcome outcome) {
    String name = outcome.name();
    if (outcome == Outcome.DISCLOSED) {
      return 1;
    }
    if (outcome == Outcome.PARTIALLY_DISCLOSED) {
      return 2;
    }
    if (name.startsWith("REFUSED_")) {
      return 3;
    }
    if (name.startsWith("UNAVAILABLE_")) {
      return 4;
    }
    if (name.startsWith("NOT_PROCESSED_")) {
      return 5;
    }
    return 6;
  }
}
