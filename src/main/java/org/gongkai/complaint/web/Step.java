package org.gongkai.complaint.web;

import org.gongkai.complaint.ComplaintDetails;
import org.gongkai.complaint.ComplaintStep;

/**
 * A step of a ticket with a page of its own: its address and the domain step it takes. Whether it
 * may be taken now, the ticket answers ({@link ComplaintDetails#availableSteps()}). Its accessors
 * are public for the templates.
 */
enum Step {
  DISPATCH("dispatch", ComplaintStep.DISPATCH),
  ACCEPTANCE("acceptance", ComplaintStep.ACCEPTANCE),
  RETURN("return", ComplaintStep.RETURN),
  EXTENSION_REQUEST("extension-request", ComplaintStep.EXTENSION_REQUEST),
  EXTENSION("extension", ComplaintStep.EXTENSION),
  EXTENSION_REFUSAL("extension-refusal", ComplaintStep.EXTENSION_REFUSAL),
  REPLY("reply", ComplaintStep.REPLY),
  FOLLOW_UP("follow-up", ComplaintStep.FOLLOW_UP),
  SUPERVISION("supervision", ComplaintStep.SUPERVISION);

  private final String path;
  private final ComplaintStep step;

  Step(String path, ComplaintStep step) {
    this.path = path;
    this.step = step;
  }

  /** The last segment of the step's page, {@code /complaints/{id}/{path}}. */
  public String path() {
    return path;
  }

  /** The role that takes the step, without the {@code ROLE_} prefix. */
  public String role() {
    return step.role().name();
  }

  /** Whether the ticket allows the step now. */
  boolean allowedFor(ComplaintDetails complaint) {
    return complaint.availableSteps().contains(step);
  }

  /** The message key stem of the step: {@code complaint.page.step.<key>.*}. */
  public String key() {
    return path.replace("-", "");
  }
}
