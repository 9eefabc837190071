package org.gongkai.disclosure.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.gongkai.disclosure.AbandonmentReason;
import org.gongkai.disclosure.AppealResult;
import org.gongkai.disclosure.ApplicantType;
import org.gongkai.disclosure.Channel;
import org.gongkai.disclosure.DeliveryMethod;
import org.gongkai.disclosure.FeeSchedule;
import org.gongkai.disclosure.Outcome;
import org.gongkai.platform.PhoneNumber;
import org.gongkai.platform.ResidentIdNumber;
import org.jspecify.annotations.Nullable;

/** The request bodies of the disclosure API, validated at the edge with Chinese messages. */
final class DisclosureRequestForms {

  private DisclosureRequestForms() {}

  record RegistrationForm(
      @NotBlank(message = "请填写受理机关代码") @Size(max = 64, message = "机关代码过长") String agencyCode,
      @NotNull(message = "请选择提交渠道") Channel channel,
      @NotNull(message = "请填写提交时间") OffsetDateTime submittedAt,
      @NotNull(message = "请填写收到申请之日（依第三十一条按渠道确定）") LocalDate receivedAt,
      @NotNull(message = "请填写申请人信息") @Valid ApplicantForm applicant,
      @NotBlank(message = "请填写所需政府信息的内容描述") @Size(max = 4000, message = "内容描述不能超过4000个字")
          String description,
      @Size(max = 1000, message = "用途说明不能超过1000个字") @Nullable String purpose,
      @Nullable DeliveryMethod deliveryMethod,
      @Size(max = 64, message = "承办单位代码过长") @Nullable String handlingUnit) {}

  record ApplicantForm(
      @NotNull(message = "请选择申请人类型") ApplicantType type,
      @NotBlank(message = "请填写申请人姓名或联系人姓名") @Size(max = 100, message = "姓名不能超过100个字") String name,
      @ResidentIdNumber @Nullable String idNumber,
      @PhoneNumber @Nullable String phone,
      @Size(max = 500, message = "地址不能超过500个字") @Nullable String address,
      @Size(max = 200, message = "单位名称不能超过200个字") @Nullable String organizationName) {

    @AssertTrue(message = "法人或其他组织提出申请的，请填写单位名称")
    boolean isOrganizationNamed() {
      return type == null
          || type == ApplicantType.NATURAL_PERSON
          || (organizationName != null && !organizationName.isBlank());
    }
  }

  record CorrectionRequestForm(
      @NotBlank(message = "请列明需要补正的事项") @Size(max = 4000, message = "补正事项不能超过4000个字") String items,
      @NotNull(message = "请填写补正期限") LocalDate correctionDeadline,
      @Nullable OffsetDateTime at) {}

  record ExtensionForm(
      @NotBlank(message = "请填写延期理由") @Size(max = 1000, message = "延期理由不能超过1000个字") String reason,
      @NotNull(message = "请填写延长的工作日数")
          @Min(value = 1, message = "延长期限至少1个工作日")
          @Max(value = 20, message = "延长期限最长不得超过20个工作日（第三十三条）")
          Integer workingDays,
      @Nullable OffsetDateTime at) {}

  record ConsultationForm(
      @NotBlank(message = "请填写征求意见的第三方") @Size(max = 200, message = "第三方名称不能超过200个字") String party,
      @Nullable OffsetDateTime at) {}

  record ConsultationAnswerForm(
      @Size(max = 4000, message = "意见不能超过4000个字") @Nullable String opinion,
      @Nullable OffsetDateTime at) {}

  record FeeNoticeForm(
      @NotNull(message = "请选择收费方式（PER_ITEM 按件计收 或 PER_PAGE 按量计收）") FeeSchedule.Basis basis,
      @NotNull(message = "请填写件数或页数")
          @Positive(message = "件数或页数须为正数")
          @Max(value = FeeSchedule.MAX_QUANTITY, message = "件数或页数不能超过1000000")
          Integer quantity,
      @Positive(message = "金额须为正数") @Nullable Long amountYuan,
      @Nullable OffsetDateTime at) {}

  record DecisionForm(
      @NotNull(message = "请选择处理结果") Outcome outcome,
      @Size(max = 4000, message = "说明不能超过4000个字") @Nullable String note,
      @Nullable OffsetDateTime at) {}

  record ReviewForm(
      @NotNull(message = "请选择是否同意") Boolean approved,
      @Size(max = 2000, message = "审核意见不能超过2000个字") @Nullable String comment,
      @Nullable OffsetDateTime at) {}

  record ReplyForm(
      @NotNull(message = "请选择答复方式") DeliveryMethod method, @Nullable OffsetDateTime at) {}

  record AbandonmentForm(
      @NotNull(message = "请选择原因（NO_CORRECTION 或 FEE_UNPAID）") AbandonmentReason reason,
      @Nullable OffsetDateTime at) {}

  record LawsuitForm(
      @NotNull(message = "请说明是否经过行政复议") Boolean afterReview, @Nullable OffsetDateTime at) {}

  record AppealResultForm(
      @NotNull(message = "请选择结果（UPHELD、CORRECTED 或 OTHER）") AppealResult result,
      @Nullable OffsetDateTime at) {}
}
