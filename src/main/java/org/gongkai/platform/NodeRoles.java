package org.gongkai.platform;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.env.Environment;

/**
 * The roles this node runs, from {@value #PROPERTY} ({@code GONGKAI_NODE_ROLES}): role names
 * separated by commas, in any case, or {@code all}; all three when unset. A name that is no role
 * stops the node at start-up, since a typo would otherwise leave work undone without a word.
 */
public final class NodeRoles {

  /** The property that chooses the roles. */
  public static final String PROPERTY = "gongkai.node.roles";

  private static final String ALL = "all";

  private final Set<NodeRole> roles;

  private NodeRoles(Set<NodeRole> roles) {
    this.roles = Collections.unmodifiableSet(EnumSet.copyOf(roles));
  }

  /** Every role: the single node of a small installation. */
  public static NodeRoles all() {
    return new NodeRoles(EnumSet.allOf(NodeRole.class));
  }

  /** The roles the environment gives, all when it gives none. */
  public static NodeRoles of(Environment environment) {
    String value = environment.getProperty(PROPERTY);
    return value == null ? all() : parse(value);
  }

  /**
   * Reads {@code web,jobs}, {@code Projector}, {@code all}: names separated by commas, blanks
   * around them and empty entries ignored.
   *
   * @throws InvalidNodeRolesException for an unknown name or no name at all
   */
  public static NodeRoles parse(String value) {
    List<String> names =
        Arrays.stream(value.split(","))
            .map(name -> name.strip().toLowerCase(Locale.ROOT))
            .filter(name -> !name.isEmpty())
            .toList();
    if (names.isEmpty()) {
      throw new InvalidNodeRolesException(value, "names no role");
    }
    EnumSet<NodeRole> roles = EnumSet.noneOf(NodeRole.class);
    for (String name : names) {
      if (name.equals(ALL)) {
        roles.addAll(EnumSet.allOf(NodeRole.class));
        continue;
      }
      roles.add(
          Arrays.stream(NodeRole.values())
              .filter(role -> role.key().equals(name))
              .findFirst()
              .orElseThrow(
                  () ->
                      new InvalidNodeRolesException(value, "has the unknown role '" + name + "'")));
    }
    return new NodeRoles(roles);
  }

  public boolean runs(NodeRole role) {
    return roles.contains(role);
  }

  public Set<NodeRole> roles() {
    return roles;
  }

  /** The roles' names in their order: {@code web}, {@code jobs}, {@code projector}. */
  public List<String> keys() {
    return roles.stream().map(NodeRole::key).toList();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NodeRoles that && roles.equals(that.roles);
  }

  @Override
  public int hashCode() {
    return roles.hashCode();
  }

  @Override
  public String toString() {
    return roles.stream().map(NodeRole::key).collect(Collectors.joining(","));
  }

  /** {@value #PROPERTY} names no role, or one that does not exist. */
  public static final class InvalidNodeRolesException extends IllegalArgumentException {

    private final String value;

    InvalidNodeRolesException(String value, String problem) {
      super(
          PROPERTY
              + " ("
              + value
              + ") "
              + problem
              + ": give one or more of "
              + Arrays.stream(NodeRole.values())
                  .map(NodeRole::key)
                  .collect(Collectors.joining(", "))
              + " separated by commas, or "
              + ALL);
      this.value = value;
    }

    /** The value as configured. */
    public String value() {
      return value;
    }
  }
}
