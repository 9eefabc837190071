package org.gongkai.disclosure.web;

import static org.gongkai.disclosure.DisclosureStatus.AWAITING_CORRECTION;
import static org.gongkai.disclosure.DisclosureStatus.AWAITING_FEE;
import static org.gongkai.disclosure.DisclosureStatus.AWAITING_REPLY;
import static org.gongkai.disclosure.DisclosureStatus.IN_CONSULTATION;
import static org.gongkai.disclosure.DisclosureStatus.IN_HANDLING;
import static org.gongkai.disclosure.DisclosureStatus.UNDER_REVIEW;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.disclosure.DisclosureRequestDetails;
import org.gongkai.disclosure.DisclosureStatus;
import org.gongkai.organization.Role;

/**
 * One step of a request that has a page: who takes it, in which states, and which form fields it
 * shows. A step is offered only when the case is in one of its states and the reader has its role.
 */
enum Step {
  DECISION("decision", Role.HANDLER, EnumSet.of(IN_HANDLING), "outcome", "note", "at"),
  CORRECTION_REQUEST(
      "correction-request",
      Role.HANDLER,
      EnumSet.of(IN_HANDLING),
      "items",
      "correctionDeadline",
      "at"),
  CONSULTATION("consultation", Role.HANDLER, EnumSet.of(IN_HANDLING), "party", "at"),
  FEE_NOTICE(
      "fee-notice", Role.HANDLER, EnumSet.of(IN_HANDLING), "basis", "quantity", "amountYuan", "at"),
  CONSULTATION_ANSWER("consultation-answer", Role.HANDLER, EnumSet.of(IN_CONSULTATION), "at"),
  REPLY("reply", Role.HANDLER, EnumSet.of(AWAITING_REPLY), "method", "at"),
  REVIEW("review", Role.REVIEWER, EnumSet.of(UNDER_REVIEW), "approved", "comment", "at"),
  EXTENSION(
      "extension",
      Role.REVIEWER,
      EnumSet.of(
          IN_HANDLING,
          AWAITING_CORRECTION,
          IN_CONSULTATION,
          AWAITING_FEE,
          UNDER_REVIEW,
          AWAITING_REPLY),
      "workingDays",
      "reason",
      "at"),
  TRANSFER_TO_COMPLAINT("transfer-to-complaint", Role.HANDLER, EnumSet.of(IN_HANDLING), "at"),
  CORRECTION_RECEIVED("correction", Role.FRONT_DESK, EnumSet.of(AWAITING_CORRECTION), "at"),
  FEE_PAYMENT("fee-payment", Role.FRONT_DESK, EnumSet.of(AWAITING_FEE), "at"),
  WITHDRAWAL(
      "withdrawal",
      Role.FRONT_DESK,
      EnumSet.of(
          IN_HANDLING,
          AWAITING_CORRECTION,
          IN_CONSULTATION,
          AWAITING_FEE,
          UNDER_REVIEW,
          AWAITING_REPLY),
      "at");

  private final String slug;
  private final Role role;
  private final Set<DisclosureStatus> states;
  private final List<String> fields;

  Step(String slug, Role role, Set<DisclosureStatus> states, String... fields) {
    this.slug = slug;
    this.role = role;
    this.states = states;
    this.fields = List.of(fields);
  }

  /** The last part of the step's address, e.g. {@code decision}. */
  public String slug() {
    return slug;
  }

  public Role role() {
    return role;
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
   * Whether the case allows the step now: in one of its states, and — for the steps the law allows
   * only once — not yet taken (one correction notice, one fee notice, one extension before the due
   * date).
   */
  public boolean allowedFor(DisclosureRequestDetails request) {
    if (!states.contains(request.status())) {
      return false;
    }
    return switch (this) {
      case CORRECTION_REQUEST -> request.correction() == null;
      case FEE_NOTICE -> request.fee() == null;
      case EXTENSION ->
          request.extensionWorkingDays() == 0
              && (request.deadline().workingDaysLeft() == null
                  || request.deadline().workingDaysLeft() >= 0);
      default -> true;
    };
  }

  /** The steps the case allows now for someone with these roles, in the order shown. */
  static List<Step> offered(DisclosureRequestDetails request, Set<Role> roles) {
    return Arrays.stream(values())
        .filter(step -> roles.contains(step.role) && step.allowedFor(request))
        .toList();
  }

  static Optional<Step> bySlug(String slug) {
    return Arrays.stream(values()).filter(step -> step.slug.equals(slug)).findFirst();
  }
}
