package org.gongkai.complaint.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.gongkai.complaint.ComplaintCategory;
import org.gongkai.complaint.ComplaintChannel;
import org.gongkai.complaint.Rating;
import org.gongkai.complaint.Urgency;
import org.gongkai.platform.PhoneNumber;
import org.jspecify.annotations.Nullable;

/** The request bodies of the complaint API, validated at the edge with Chinese messages. */
final class ComplaintForms {

  private ComplaintForms() {}

  record IntakeForm(
      @NotBlank(message = "请填写受理机关代码") @Size(max = 64, message = "机关代码过长") String agencyCode,
      @NotNull(message = "请选择诉求渠道") ComplaintChannel channel,
      @NotNull(message = "请填写受理时间") OffsetDateTime receivedAt,
      @NotNull(message = "请选择诉求类别") ComplaintCategory category,
      @Nullable Urgency urgency,
      @Size(max = 64, message = "区域代码过长") @Nullable String areaCode,
      @NotBlank(message = "请填写诉求内容") @Size(max = 4000, message = "诉求内容不能超过4000个字") String content,
      @NotNull(message = "请填写诉求人信息") @Valid CitizenForm citizen,
      @Size(max = 64, message = "上级平台工单号过长") @Nullable String upstreamTicketId,
      @Nullable Boolean directAnswer) {}

  record CitizenForm(
      @NotBlank(message = "请填写诉求人姓名") @Size(max = 100, message = "姓名不能超过100个字") String name,
      @PhoneNumber @Nullable String phone) {}

  record DispatchForm(
      @Size(max = 64, message = "承办单位代码过长") @Nullable String unitCode,
      @Size(max = 10, message = "协办单位最多10个") @Nullable List<String> coUnitCodes,
      @Nullable OffsetDateTime at) {}

  record ReturnForm(
      @NotBlank(message = "请填写退单理由") @Size(max = 1000, message = "退单理由不能超过1000个字") String reason,
      @Nullable OffsetDateTime at) {}

  record ExtensionForm(
      @NotNull(message = "请填写延长的工作日数")
          @Min(value = 1, message = "延长期限至少1个工作日")
          @Max(value = 20, message = "延长期限最长不得超过20个工作日")
          Integer workingDays,
      @NotBlank(message = "请填写延期理由") @Size(max = 1000, message = "延期理由不能超过1000个字") String reason,
      @Nullable OffsetDateTime at) {}

  record RefusalForm(
      @NotBlank(message = "请填写不予批准的理由") @Size(max = 1000, message = "理由不能超过1000个字") String reason,
      @Nullable OffsetDateTime at) {}

  record ReplyForm(
      @NotBlank(message = "请填写答复内容") @Size(max = 4000, message = "答复内容不能超过4000个字") String content,
      @NotNull(message = "请说明诉求是否已解决") Boolean resolved,
      @Nullable OffsetDateTime at) {}

  record FollowUpForm(
      @NotNull(message = "请说明是否联系上诉求人") Boolean reached,
      @Nullable Rating rating,
      @Size(max = 2000, message = "回访记录不能超过2000个字") @Nullable String note,
      @Nullable OffsetDateTime at) {

    @AssertTrue(message = "联系上诉求人的，请填写满意度评价（SATISFIED、BASICALLY_SATISFIED 或 DISSATISFIED）")
    boolean isRatedWhenReached() {
      return reached == null || !reached || rating != null;
    }
  }

  record SupervisionForm(
      @NotBlank(message = "请填写督办意见") @Size(max = 2000, message = "督办意见不能超过2000个字") String note,
      @NotNull(message = "请填写督办期限") LocalDate deadline,
      @Nullable OffsetDateTime at) {}

  record MergeForm(
      @NotNull(message = "请填写要并入的群众诉求编号") UUID intoComplaintId, @Nullable OffsetDateTime at) {}

  /** A ledger (台账) of complaints finished before they reached this system. */
  record LedgerImportForm(
      @NotBlank(message = "请填写受理机关代码") @Size(max = 64, message = "机关代码过长") String agencyCode,
      @NotNull(message = "请提供要导入的群众诉求")
          @Size(min = 1, max = LEDGER_LIMIT, message = "每次导入1至" + LEDGER_LIMIT + "件群众诉求")
          List<@NotNull(message = "导入的群众诉求不能为空") @Valid LedgerItemForm> complaints) {}

  static final int LEDGER_LIMIT = 5_000;

  record LedgerItemForm(
      @NotNull(message = "请选择诉求渠道") ComplaintChannel channel,
      @NotNull(message = "请选择诉求类别") ComplaintCategory category,
      @Nullable Urgency urgency,
      @Size(max = 64, message = "区域代码过长") @Nullable String areaCode,
      @NotBlank(message = "请填写诉求内容") @Size(max = 4000, message = "诉求内容不能超过4000个字") String content,
      @NotNull(message = "请填写诉求人信息") @Valid CitizenForm citizen,
      @Size(max = 64, message = "上级平台工单号过长") @Nullable String upstreamTicketId,
      @NotNull(message = "请填写受理时间") OffsetDateTime receivedAt,
      @NotBlank(message = "请填写承办单位代码") @Size(max = 64, message = "承办单位代码过长") String unitCode,
      @NotNull(message = "请填写答复情况") @Valid LedgerReplyForm reply,
      @NotNull(message = "请填写回访情况") @Valid LedgerFollowUpForm followUp,
      @NotNull(message = "请填写办结时间") OffsetDateTime closedAt) {}

  record LedgerReplyForm(
      @NotNull(message = "请填写答复时间") OffsetDateTime at,
      @NotBlank(message = "请填写答复内容") @Size(max = 4000, message = "答复内容不能超过4000个字") String content,
      @NotNull(message = "请说明诉求是否已解决") Boolean resolved) {}

  record LedgerFollowUpForm(
      @NotNull(message = "请说明是否联系上诉求人") Boolean reached,
      @Nullable Rating rating,
      @NotNull(message = "请填写回访时间") OffsetDateTime at) {}
}
