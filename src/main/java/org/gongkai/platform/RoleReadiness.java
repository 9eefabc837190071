package org.gongkai.platform;

import java.util.function.Supplier;

/**
 * Whether a part of a role runs, for the health component {@code nodeRoles} and the readiness
 * probe. A module declares one bean per part it switches on by role (the projector its consumers);
 * only the parts of the roles this node runs are probed.
 *
 * @param role the role the part belongs to
 * @param name the part's name in the health details: {@code jobExecutor}, {@code
 *     statisticsConsumers}
 * @param probe whether the part runs now, and what to show of it
 */
public record RoleReadiness(NodeRole role, String name, Supplier<State> probe) {

  /**
   * @param ready whether the part does its work
   * @param detail what the health details show of it
   */
  public record State(boolean ready, Object detail) {}
}
