package org.gongkai.disclosure.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.disclosure.DisclosureRequestDetails;
import org.gongkai.disclosure.DisclosureStep;
import org.gongkai.organization.Role;

/**
 * One step of a request that has a page: its address, the domain step it takes and the form fields
 * it shows. A step is offered when the request allows it now and the reader has its role.
 */
enum Step {
  DECISION("decision", DisclosureStep.DECISION, "outcome", "note", "at"),
  CORRECTION_REQUEST(
      "correction-request", DisclosureStep.CORRECTION_REQUEST, "items", "correctionDeadline", "at"),
  CONSULTATION("consultation", DisclosureStep.CONSULTATION, "party", "at"),
  FEE_NOTICE("fee-notice", DisclosureStep.FEE_NOTICE, "basis", "quantity", "amountYuan", "at"),
  CONSULTATION_ANSWER("consultation-answer", DisclosureStep.CONSULTATION_ANSWER, "at"),
  REPLY("reply", DisclosureStep.REPLY, "method", "at"),
  REVIEW("review", DisclosureStep.REVIEW, "approved", "comment", "at"),
  EXTENSION("extension", DisclosureStep.EXTENSION, "workingDays", "reason", "at"),
  TRANSFER_TO_COMPLAINT("transfer-to-complaint", DisclosureStep.TRANSFER_TO_COMPLAINT, "at"),
  CORRECTION_RECEIVED("correction", DisclosureStep.CORRECTION_RECEIVED, "at"),
  FEE_PAYMENT("fee-payment", DisclosureStep.FEE_PAYMENT, "at"),
  WITHDRAWAL("withdrawal", DisclosureStep.WITHDRAWAL, "at");

  private final String slug;
  private final DisclosureStep step;
  private final List<String> fields;

  Step(String slug, DisclosureStep step, String... fields) {
    this.slug = slug;
    this.step = step;
    this.fields = List.of(fields);
  }

  /** The last part of the step's address, e.g. {@code decision}. */
  public String slug() {
    return slug;
  }

  public Role role() {
    return step.role();
  }

  /** The form fields the step shows. */
  public List<String> fields() {
    return fields;
  }

  public boolean shows(String field) {
    return fields.contains(field);
  }

  /** The message key naming the step, e.g. {@code disclosure.page.step.decision}. */
  public String messageKey() {
    return "disclosure.page.step." + slug;
  }

  /**
   * Whether the request allows the step now ({@link DisclosureRequestDetails#availableSteps()}).
   */
  public boolean allowedFor(DisclosureRequestDetails request) {
    return request.availableSteps().contains(step);
  }

  /** The steps the case allows now for someone with these roles, in the order shown. */
  static List<Step> offered(DisclosureRequestDetails request, Set<Role> roles) {
    return Arrays.stream(values())
        .filter(step -> roles.contains(step.role()) && step.allowedFor(request))
        .toList();
  }

  static Optional<Step> bySlug(String slug) {
    return Arrays.stream(values()).filter(step -> step.slug.equals(slug)).findFirst();
  }
}
