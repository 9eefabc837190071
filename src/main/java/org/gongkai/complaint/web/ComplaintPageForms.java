package org.gongkai.complaint.web;

import static org.gongkai.platform.web.CommandForms.blankToNull;
import static org.gongkai.platform.web.FormValues.stripped;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.gongkai.complaint.Citizen;
import org.gongkai.complaint.ComplaintCategory;
import org.gongkai.complaint.ComplaintChannel;
import org.gongkai.complaint.ComplaintDesk;
import org.gongkai.complaint.ComplaintDetails;
import org.gongkai.complaint.Intake;
import org.gongkai.complaint.Rating;
import org.gongkai.complaint.Urgency;
import org.gongkai.platform.PhoneNumber;
import org.gongkai.platform.web.FormValues;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * The page forms of the complaint pages. Fields are the strings the browser sent, so that a form
 * with bad input comes back exactly as it was typed; each form reads them into domain values with
 * {@link FormValues}, a bad one rejected on its field, and names the desk command they ask for.
 */
final class ComplaintPageForms {

  /** The messages of the complaint pages for values they cannot read. */
  static final FormValues.Messages MESSAGES =
      new FormValues.Messages(
          "complaint.page.error.required",
          "complaint.page.error.tooLong",
          "complaint.page.error.date",
          "complaint.page.error.dateTime",
          "complaint.page.error.choice",
          "complaint.page.error.number",
          "complaint.page.error.range",
          "complaint.page.error.problem");

  private ComplaintPageForms() {}

  /** Reads a complaint page form's values, rejecting bad ones on the form's fields. */
  static FormValues values(Errors errors) {
    return new FormValues(errors, MESSAGES);
  }

  record IntakePageForm(
      @NotBlank(message = "{complaint.page.error.agency}") @Nullable String agencyCode,
      @NotBlank(message = "{complaint.page.error.channel}") @Nullable String channel,
      @NotBlank(message = "{complaint.page.error.receivedAt}") @Nullable String receivedAt,
      @NotBlank(message = "{complaint.page.error.category}") @Nullable String category,
      @Nullable String urgency,
      @Size(max = 64, message = "{complaint.page.error.areaCode}") @Nullable String areaCode,
      @NotBlank(message = "{complaint.page.error.content}")
          @Size(max = 4000, message = "{complaint.page.error.contentLength}")
          @Nullable String content,
      @NotBlank(message = "{complaint.page.error.citizenName}")
          @Size(max = 100, message = "{complaint.page.error.citizenNameLength}")
          @Nullable String citizenName,
      @PhoneNumber(message = "{complaint.page.error.phone}") @Nullable String citizenPhone,
      @Size(max = 64, message = "{complaint.page.error.upstreamTicketId}")
          @Nullable String upstreamTicketId,
      @Nullable String directAnswer) {

    static IntakePageForm startingAt(String agencyCode, String now) {
      return new IntakePageForm(
          agencyCode, null, now, null, "NORMAL", null, null, null, null, null, null);
    }

    /** The intake as typed, or null when the form has errors; blank urgency is normal. */
    @Nullable Intake read(FormValues values) {
      ComplaintChannel by = values.choice("channel", ComplaintChannel.class, channel, false);
      ComplaintCategory kind = values.choice("category", ComplaintCategory.class, category, false);
      Urgency urgent =
          urgency == null || urgency.isBlank()
              ? Urgency.NORMAL
              : values.choice("urgency", Urgency.class, urgency, false);
      OffsetDateTime at = values.moment("receivedAt", receivedAt, false);
      if (values.hasErrors()) {
        return null;
      }
      return new Intake(
          stripped(agencyCode),
          must(by),
          must(at),
          must(kind),
          must(urgent),
          blankToNull(areaCode),
          stripped(content),
          new Citizen(stripped(citizenName), blankToNull(citizenPhone)),
          blankToNull(upstreamTicketId),
          "true".equals(directAnswer));
    }
  }

  /** A step's page form: the moment it was taken, and the desk command its other fields ask for. */
  interface StepPageForm {

    /** When the step was taken, in Beijing time as typed; blank is now. */
    @Nullable String at();

    /**
     * Reads the fields other than {@link #at()}, rejecting bad ones; the command runs only when the
     * form has no errors.
     */
    StepCommand command(Step step, FormValues values);
  }

  /** A desk command of a step, given the case, the moment it was taken (null is now) and who. */
  @FunctionalInterface
  interface StepCommand {
    ComplaintDetails take(ComplaintDesk desk, UUID id, @Nullable OffsetDateTime at, String actor);
  }

  record DispatchPageForm(
      @Nullable String unitCode,
      @Size(max = 10, message = "{complaint.page.error.coUnits}")
          @Nullable List<String> coUnitCodes,
      @Nullable String at)
      implements StepPageForm {

    @Override
    public StepCommand command(Step step, FormValues values) {
      List<String> coUnits =
          coUnitCodes == null
              ? List.of()
              : coUnitCodes.stream().filter(c -> c != null && !c.isBlank()).toList();
      return (desk, id, at, actor) -> desk.dispatch(id, blankToNull(unitCode), coUnits, at, actor);
    }
  }

  record AcceptancePageForm(@Nullable String at) implements StepPageForm {

    @Override
    public StepCommand command(Step step, FormValues values) {
      return ComplaintDesk::accept;
    }
  }

  /** Both the handler's request for an extension and the reviewer's grant. */
  record ExtensionPageForm(
      @NotBlank(message = "{complaint.page.error.workingDays}") @Nullable String workingDays,
      @NotBlank(message = "{complaint.page.error.extensionReason}")
          @Size(max = 1000, message = "{complaint.page.error.extensionReasonLength}")
          @Nullable String reason,
      @Nullable String at)
      implements StepPageForm {

    @Override
    public StepCommand command(Step step, FormValues values) {
      Integer days =
          values.number(
              "workingDays", workingDays, false, 1, 20, "complaint.page.error.workingDaysRange");
      String why = stripped(reason);
      return step == Step.EXTENSION
          ? (desk, id, at, actor) -> desk.extend(id, must(days), why, at, actor)
          : (desk, id, at, actor) -> desk.requestExtension(id, must(days), why, at, actor);
    }
  }

  record RefusalPageForm(
      @NotBlank(message = "{complaint.page.error.refusalReason}")
          @Size(max = 1000, message = "{complaint.page.error.refusalReasonLength}")
          @Nullable String reason,
      @Nullable String at)
      implements StepPageForm {

    @Override
    public StepCommand command(Step step, FormValues values) {
      return (desk, id, at, actor) -> desk.refuseExtension(id, stripped(reason), at, actor);
    }
  }

  record ReturnPageForm(
      @NotBlank(message = "{complaint.page.error.returnReason}")
          @Size(max = 1000, message = "{complaint.page.error.returnReasonLength}")
          @Nullable String reason,
      @Nullable String at)
      implements StepPageForm {

    @Override
    public StepCommand command(Step step, FormValues values) {
      return (desk, id, at, actor) -> desk.returnToDispatcher(id, stripped(reason), at, actor);
    }
  }

  record ReplyPageForm(
      @NotBlank(message = "{complaint.page.error.replyContent}")
          @Size(max = 4000, message = "{complaint.page.error.replyContentLength}")
          @Nullable String content,
      @NotBlank(message = "{complaint.page.error.resolved}") @Nullable String resolved,
      @Nullable String at)
      implements StepPageForm {

    @Override
    public StepCommand command(Step step, FormValues values) {
      boolean yes = Boolean.TRUE.equals(values.yesNo("resolved", resolved, false));
      return (desk, id, at, actor) -> desk.reply(id, stripped(content), yes, at, actor);
    }
  }

  /** A rating is asked for only when the citizen was reached. */
  record FollowUpPageForm(
      @NotBlank(message = "{complaint.page.error.reached}") @Nullable String reached,
      @Nullable String rating,
      @Size(max = 2000, message = "{complaint.page.error.noteLength}") @Nullable String note,
      @Nullable String at)
      implements StepPageForm {

    @Override
    public StepCommand command(Step step, FormValues values) {
      boolean wasReached = Boolean.TRUE.equals(values.yesNo("reached", reached, false));
      Rating given = null;
      if (wasReached) {
        if (rating == null || rating.isBlank()) {
          values.reject("rating", "complaint.page.error.rating");
        } else {
          given = values.choice("rating", Rating.class, rating, false);
        }
      }
      Rating rated = given;
      return (desk, id, at, actor) ->
          desk.recordFollowUp(id, wasReached, rated, blankToNull(note), at, actor);
    }
  }

  record SupervisionPageForm(
      @NotBlank(message = "{complaint.page.error.supervisionNote}")
          @Size(max = 2000, message = "{complaint.page.error.supervisionNoteLength}")
          @Nullable String note,
      @NotBlank(message = "{complaint.page.error.deadline}") @Nullable String deadline,
      @Nullable String at)
      implements StepPageForm {

    @Override
    public StepCommand command(Step step, FormValues values) {
      LocalDate until = values.date("deadline", deadline, false);
      return (desk, id, at, actor) -> desk.supervise(id, stripped(note), must(until), at, actor);
    }
  }

  /** A value the form's validation or reading has made sure of before any command runs. */
  private static <T> T must(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("checked by validation");
    }
    return value;
  }
}
