package org.gongkai.complaint.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.gongkai.platform.PhoneNumber;
import org.jspecify.annotations.Nullable;

/**
 * The page forms of the complaint pages. Fields are the strings the browser sent, so that a form
 * with bad input comes back exactly as it was typed; the controller turns them into domain values.
 */
final class ComplaintPageForms {

  private ComplaintPageForms() {}

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
  }

  record DispatchPageForm(
      @Nullable String unitCode,
      @Size(max = 10, message = "{complaint.page.error.coUnits}")
          @Nullable List<String> coUnitCodes,
      @Nullable String at) {}

  record AcceptancePageForm(@Nullable String at) {}

  record ExtensionPageForm(
      @NotBlank(message = "{complaint.page.error.workingDays}") @Nullable String workingDays,
      @NotBlank(message = "{complaint.page.error.extensionReason}")
          @Size(max = 1000, message = "{complaint.page.error.extensionReasonLength}")
          @Nullable String reason,
      @Nullable String at) {}

  record RefusalPageForm(
      @NotBlank(message = "{complaint.page.error.refusalReason}")
          @Size(max = 1000, message = "{complaint.page.error.refusalReasonLength}")
          @Nullable String reason,
      @Nullable String at) {}

  record ReturnPageForm(
      @NotBlank(message = "{complaint.page.error.returnReason}")
          @Size(max = 1000, message = "{complaint.page.error.returnReasonLength}")
          @Nullable String reason,
      @Nullable String at) {}

  record ReplyPageForm(
      @NotBlank(message = "{complaint.page.error.replyContent}")
          @Size(max = 4000, message = "{complaint.page.error.replyContentLength}")
          @Nullable String content,
      @NotBlank(message = "{complaint.page.error.resolved}") @Nullable String resolved,
      @Nullable String at) {}

  record FollowUpPageForm(
      @NotBlank(message = "{complaint.page.error.reached}") @Nullable String reached,
      @Nullable String rating,
      @Size(max = 2000, message = "{complaint.page.error.noteLength}") @Nullable String note,
      @Nullable String at) {}

  record SupervisionPageForm(
      @NotBlank(message = "{complaint.page.error.supervisionNote}")
          @Size(max = 2000, message = "{complaint.page.error.supervisionNoteLength}")
          @Nullable String note,
      @NotBlank(message = "{complaint.page.error.deadline}") @Nullable String deadline,
      @Nullable String at) {}
}
