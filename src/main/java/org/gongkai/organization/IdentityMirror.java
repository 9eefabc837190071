package org.gongkai.organization;

/**
 * Keeps the workflow engine's identity service in step with our staff, so that the engine's web
 * apps accept the same accounts. Called inside the registering transaction.
 */
public interface IdentityMirror {

  /** Creates or updates the engine's user and its group memberships (roles and units). */
  void staffSaved(StaffMember staff, String rawPassword);

  /** Creates or updates the group of a unit (department or township) whose tasks staff work. */
  void unitSaved(AgencyView unit);
}
