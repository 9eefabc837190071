package org.gongkai.casework;

/** Where a case stands, as each kind's status enum names it. */
public interface CaseStatus {

  /** The status as staff read it, e.g. 「办理中」. */
  String label();

  /** Whether the case is still open. */
  boolean isOpen();
}
