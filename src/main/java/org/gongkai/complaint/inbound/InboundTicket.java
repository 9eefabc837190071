package org.gongkai.complaint.inbound;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.gongkai.complaint.ComplaintCategory;
import org.gongkai.complaint.ComplaintChannel;
import org.gongkai.complaint.Urgency;
import org.gongkai.platform.PhoneNumber;
import org.jspecify.annotations.Nullable;

/** A ticket as the upstream platform sends it: the fields of the intake body, its id required. */
record InboundTicket(
    @NotBlank(message = "缺少受理机关代码") @Size(max = 64, message = "机关代码过长") String agencyCode,
    @NotNull(message = "缺少诉求渠道") ComplaintChannel channel,
    @NotNull(message = "缺少受理时间") OffsetDateTime receivedAt,
    @NotNull(message = "缺少诉求类别") ComplaintCategory category,
    @Nullable Urgency urgency,
    @Size(max = 64, message = "区域代码过长") @Nullable String areaCode,
    @NotBlank(message = "缺少诉求内容") @Size(max = 4000, message = "诉求内容不能超过4000个字") String content,
    @NotNull(message = "缺少诉求人信息") @Valid Caller citizen,
    @NotBlank(message = "缺少上级平台工单号") @Size(max = 64, message = "上级平台工单号过长") String upstreamTicketId,
    @Nullable Boolean directAnswer) {

  record Caller(
      @NotBlank(message = "缺少诉求人姓名") @Size(max = 100, message = "姓名不能超过100个字") String name,
      @PhoneNumber @Nullable String phone) {}
}
