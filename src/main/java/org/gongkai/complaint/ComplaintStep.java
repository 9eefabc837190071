package org.gongkai.complaint;

import org.gongkai.organization.Role;

/**
 * A step someone may take on a ticket, and the role that takes it. Which steps a ticket allows now,
 * and which it waits for, only the ticket answers ({@link ComplaintDetails#availableSteps()},
 * {@link ComplaintSummary#awaitedSteps()}): pages offer the first, task lists show the second.
 */
public enum ComplaintStep {
  DISPATCH(Role.FRONT_DESK),
  ACCEPTANCE(Role.HANDLER),
  RETURN(Role.HANDLER),
  EXTENSION_REQUEST(Role.HANDLER),
  EXTENSION(Role.REVIEWER),
  EXTENSION_REFUSAL(Role.REVIEWER),
  REPLY(Role.HANDLER),
  FOLLOW_UP(Role.FRONT_DESK),
  SUPERVISION(Role.LEADER);

  private final Role role;

  ComplaintStep(Role role) {
    this.role = role;
  }

  public Role role() {
    return role;
  }
}
