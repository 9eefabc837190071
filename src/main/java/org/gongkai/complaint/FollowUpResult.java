package org.gongkai.complaint;

/** What a follow-up call leads to. */
public enum FollowUpResult {
  /** The complaint is closed. */
  CLOSED,
  /** The citizen was not reached; another call on the next working day. */
  RETRY,
  /** The citizen is dissatisfied: handled again (重办). */
  REOPENED
}
