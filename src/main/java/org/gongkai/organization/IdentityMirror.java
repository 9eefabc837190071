package org.gongkai.organization;

/**
 * Keeps the workflow engine's identity service in step with our administrators, so that the
 * engine's web apps (an operator's view) accept the same accounts. Called inside the registering
 * transaction.
 */
public interface IdentityMirror {

  /** Creates or updates an administrator's engine account; removes anyone else's. */
  void staffSaved(StaffMember staff, String rawPassword);
}
