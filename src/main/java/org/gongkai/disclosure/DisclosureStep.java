package org.gongkai.disclosure;

import org.gongkai.organization.Role;

/**
 * A step someone may take on a request, and the role that takes it. Which steps a request allows
 * now, and which it waits for, only the request answers ({@link
 * DisclosureRequestDetails#availableSteps()}, {@link DisclosureWorkItem#awaitedSteps()}): pages
 * offer the first, task lists show the second.
 */
public enum DisclosureStep {
  DECISION(Role.HANDLER),
  CORRECTION_REQUEST(Role.HANDLER),
  CONSULTATION(Role.HANDLER),
  FEE_NOTICE(Role.HANDLER),
  CONSULTATION_ANSWER(Role.HANDLER),
  REPLY(Role.HANDLER),
  REVIEW(Role.REVIEWER),
  EXTENSION(Role.REVIEWER),
  TRANSFER_TO_COMPLAINT(Role.HANDLER),
  CORRECTION_RECEIVED(Role.FRONT_DESK),
  FEE_PAYMENT(Role.FRONT_DESK),
  WITHDRAWAL(Role.FRONT_DESK);

  private final Role role;

  DisclosureStep(Role role) {
    this.role = role;
  }

  public Role role() {
    return role;
  }
}
