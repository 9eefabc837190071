package org.gongkai.platform;

/**
 * Whether a part of a role runs, for the health component {@code nodeRoles} and the readiness
 * probe. A module contributes one per part it switches on by role (the projector its consumers);
 * only the parts of the roles this node runs are asked.
 */
public interface RoleReadiness {

  NodeRole role();

  /** The part's name in the health details: {@code jobExecutor}, {@code statisticsConsumers}. */
  String name();

  State state();

  /**
   * @param ready whether the part does its work
   * @param detail what the health details show of it
   */
  record State(boolean ready, Object detail) {}
}
