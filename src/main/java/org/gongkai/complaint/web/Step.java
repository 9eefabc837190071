package org.gongkai.complaint.web;

import java.util.EnumSet;
import java.util.Set;
import org.gongkai.complaint.ComplaintStatus;

/**
 * A step of a ticket with a page of its own: who takes it, and in which states it may be taken. Its
 * accessors are public for the templates.
 */
enum Step {
  DISPATCH(
      "dispatch", "FRONT_DESK", EnumSet.of(ComplaintStatus.REGISTERED, ComplaintStatus.RETURNED)),
  ACCEPTANCE("acceptance", "HANDLER", EnumSet.of(ComplaintStatus.DISPATCHED)),
  RETURN("return", "HANDLER", EnumSet.of(ComplaintStatus.DISPATCHED)),
  REPLY("reply", "HANDLER", EnumSet.of(ComplaintStatus.IN_HANDLING)),
  FOLLOW_UP("follow-up", "FRONT_DESK", EnumSet.of(ComplaintStatus.REPLIED)),
  SUPERVISION(
      "supervision",
      "LEADER",
      EnumSet.of(
          ComplaintStatus.REGISTERED,
          ComplaintStatus.DISPATCHED,
          ComplaintStatus.RETURNED,
          ComplaintStatus.IN_HANDLING,
          ComplaintStatus.REPLIED));

  private final String path;
  private final String role;
  private final Set<ComplaintStatus> allowedIn;

  Step(String path, String role, Set<ComplaintStatus> allowedIn) {
    this.path = path;
    this.role = role;
    this.allowedIn = allowedIn;
  }

  /** The last segment of the step's page, {@code /complaints/{id}/{path}}. */
  public String path() {
    return path;
  }

  /** The role that takes the step, without the {@code ROLE_} prefix. */
  public String role() {
    return role;
  }

  boolean allowedIn(ComplaintStatus status) {
    return allowedIn.contains(status);
  }

  /** The message key stem of the step: {@code complaint.page.step.<key>.*}. */
  public String key() {
    return path.replace("-", "");
  }
}
