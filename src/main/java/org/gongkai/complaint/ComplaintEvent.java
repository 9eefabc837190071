package org.gongkai.complaint;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.gongkai.casework.LadderEvent;
import org.gongkai.casework.LadderStep;
import org.gongkai.platform.CaseEvent;
import org.gongkai.platform.CaseEventTopic;
import org.gongkai.platform.EventEnvelope;
import org.gongkai.platform.GongkaiTopics;
import org.jspecify.annotations.Nullable;

/**
 * Every state change of a citizen complaint, past tense. Each carries the envelope and a snapshot
 * of the facts statistics count ({@link Facts}), so that a consumer needs no other event to place
 * the case. Published to {@value GongkaiTopics#COMPLAINTS}, keyed by case id, as JSON with a {@code
 * type} property naming the record. No event carries the citizen's personal data.
 */
@CaseEventTopic(GongkaiTopics.COMPLAINTS)
@JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(ComplaintEvent.ComplaintReceived.class),
  @JsonSubTypes.Type(ComplaintEvent.ComplaintDispatched.class),
  @JsonSubTypes.Type(ComplaintEvent.ComplaintAccepted.class),
  @JsonSubTypes.Type(ComplaintEvent.ComplaintReturned.class),
  @JsonSubTypes.Type(ComplaintEvent.ComplaintExtensionRequested.class),
  @JsonSubTypes.Type(ComplaintEvent.ComplaintExtensionRefused.class),
  @JsonSubTypes.Type(ComplaintEvent.ComplaintDeadlineExtended.class),
  @JsonSubTypes.Type(ComplaintEvent.ComplaintReplied.class),
  @JsonSubTypes.Type(ComplaintEvent.ComplaintFollowedUp.class),
  @JsonSubTypes.Type(ComplaintEvent.ComplaintReopened.class),
  @JsonSubTypes.Type(ComplaintEvent.ComplaintClosed.class),
  @JsonSubTypes.Type(ComplaintEvent.ComplaintDueSoon.class),
  @JsonSubTypes.Type(ComplaintEvent.ComplaintOverdue.class),
  @JsonSubTypes.Type(ComplaintEvent.ComplaintLadderStepReached.class),
  @JsonSubTypes.Type(ComplaintEvent.DueDateRecomputed.class),
  @JsonSubTypes.Type(ComplaintEvent.ComplaintSupervised.class),
  @JsonSubTypes.Type(ComplaintEvent.ComplaintMerged.class),
  @JsonSubTypes.Type(ComplaintEvent.RepeatComplaintMerged.class),
  @JsonSubTypes.Type(ComplaintEvent.ComplaintTransferredToDisclosure.class),
  @JsonSubTypes.Type(ComplaintEvent.ComplaintImported.class)
})
public sealed interface ComplaintEvent extends CaseEvent {

  /** The facts statistics need, as they stand after this change. */
  Facts facts();

  /** The kind of case these events are of. */
  String KIND = "COMPLAINT";

  @Override
  default String caseKind() {
    return KIND;
  }

  /**
   * The snapshot of the case.
   *
   * @param receivedAt when the complaint was received, which decides the year it is counted in
   * @param closedAt when it was closed, which decides the year of its closure
   * @param onTime whether the reply that closed it came within the time limit; null while open, and
   *     for merged or transferred complaints
   * @param followedUp whether the citizen was called back at least once
   * @param reached whether the last follow-up call reached the citizen
   * @param merged whether this is a repeat ticket merged into another case (counted once, there)
   * @param maskedPhone the citizen's phone number masked ({@code 137****0000}, as {@link
   *     org.gongkai.platform.PersonalDataMasking#phone}), never the number itself: enough to see
   *     the same caller again in the week's statistics
   */
  record Facts(
      ComplaintChannel channel,
      ComplaintCategory category,
      Urgency urgency,
      @Nullable String areaCode,
      @Nullable String unitCode,
      OffsetDateTime receivedAt,
      ComplaintStatus status,
      @Nullable LocalDate dueOn,
      boolean overdue,
      @Nullable OffsetDateTime closedAt,
      @Nullable Closure closure,
      @Nullable Boolean onTime,
      boolean followedUp,
      @Nullable Boolean reached,
      @Nullable Rating rating,
      int reopenCount,
      boolean merged,
      @Nullable String maskedPhone) {}

  record ComplaintReceived(
      EventEnvelope envelope,
      Facts facts,
      @Nullable String upstreamTicketId,
      boolean directAnswer,
      @Nullable String fromDisclosureRequestId)
      implements ComplaintEvent {
    @Override
    public String summary() {
      return "受理群众诉求（"
          + facts.channel().label()
          + "，"
          + facts.category().label()
          + (upstreamTicketId == null ? "" : "，上级平台工单号 " + upstreamTicketId)
          + (fromDisclosureRequestId == null ? "" : "，由政府信息公开申请转来")
          + "）";
    }
  }

  record ComplaintDispatched(
      EventEnvelope envelope,
      Facts facts,
      String unitCode,
      List<String> coUnitCodes,
      boolean routedByTable)
      implements ComplaintEvent {

    public ComplaintDispatched {
      coUnitCodes = List.copyOf(coUnitCodes);
    }

    @Override
    public String summary() {
      return "派单至 "
          + unitCode
          + (coUnitCodes.isEmpty() ? "" : "，协办单位 " + String.join("、", coUnitCodes))
          + (routedByTable ? "（按派单目录）" : "")
          + "，办理时限至 "
          + facts.dueOn();
    }
  }

  record ComplaintAccepted(EventEnvelope envelope, Facts facts, String unitCode)
      implements ComplaintEvent {
    @Override
    public String summary() {
      return unitCode + " 签收";
    }
  }

  record ComplaintReturned(EventEnvelope envelope, Facts facts, String unitCode, String reason)
      implements ComplaintEvent {
    @Override
    public String summary() {
      return unitCode + " 退单：" + reason + "，待派单员审核后重新派单";
    }
  }

  record ComplaintExtensionRequested(
      EventEnvelope envelope, Facts facts, int workingDays, String reason)
      implements ComplaintEvent {
    @Override
    public String summary() {
      return "承办单位申请延期" + workingDays + "个工作日（" + reason + "），待审核";
    }
  }

  record ComplaintExtensionRefused(
      EventEnvelope envelope, Facts facts, int workingDays, String reason)
      implements ComplaintEvent {
    @Override
    public String summary() {
      return "不批准延期" + workingDays + "个工作日（" + reason + "），办理时限不变";
    }
  }

  record ComplaintDeadlineExtended(
      EventEnvelope envelope, Facts facts, int workingDays, String reason, LocalDate newDueOn)
      implements ComplaintEvent {
    @Override
    public String summary() {
      return "延期" + workingDays + "个工作日（" + reason + "），办理时限至 " + newDueOn;
    }
  }

  record ComplaintReplied(
      EventEnvelope envelope, Facts facts, boolean resolved, boolean withinLimit)
      implements ComplaintEvent {
    @Override
    public String summary() {
      return "已答复群众（" + (resolved ? "已解决" : "未解决") + (withinLimit ? "，按时" : "，超时") + "）";
    }
  }

  record ComplaintFollowedUp(
      EventEnvelope envelope, Facts facts, boolean reached, @Nullable Rating rating, int attempt)
      implements ComplaintEvent {
    @Override
    public String summary() {
      return reached && rating != null
          ? "回访：群众评价「" + rating.label() + "」"
          : "回访：第" + attempt + "次未联系上群众";
    }
  }

  record ComplaintReopened(EventEnvelope envelope, Facts facts, int round, LocalDate newDueOn)
      implements ComplaintEvent {
    @Override
    public String summary() {
      return "群众不满意，第" + round + "次重办，办理时限至 " + newDueOn;
    }
  }

  record ComplaintClosed(EventEnvelope envelope, Facts facts, Closure closure)
      implements ComplaintEvent {
    @Override
    public String summary() {
      return "办结：" + closure.label();
    }
  }

  record ComplaintDueSoon(EventEnvelope envelope, Facts facts, LocalDate dueOn)
      implements ComplaintEvent {
    @Override
    public String summary() {
      return "预警：办理时限（" + dueOn + "）即将届满";
    }
  }

  record ComplaintOverdue(EventEnvelope envelope, Facts facts, LocalDate dueOn)
      implements ComplaintEvent {
    @Override
    public String summary() {
      return "已超过办理时限（" + dueOn + "）仍未答复";
    }
  }

  /**
   * The overdue complaint reached a rung of the supervision ladder: 催办, 督办 (a supervised item opens
   * in the supervision module), 通报.
   */
  record ComplaintLadderStepReached(
      EventEnvelope envelope, Facts facts, LadderStep step, LocalDate dueOn, int overdueWorkingDays)
      implements ComplaintEvent, LadderEvent {

    @Override
    public @Nullable String responsibleUnitCode() {
      return facts.unitCode();
    }

    /** Complaints carry no tracking number of their own. */
    @Override
    public @Nullable String trackingNumber() {
      return null;
    }
  }

  /**
   * A holiday schedule was entered or corrected and the time limit of the current round moved (also
   * when a provisional year was replaced by the official one).
   */
  record DueDateRecomputed(
      EventEnvelope envelope, Facts facts, @Nullable LocalDate previousDueOn, int calendarYear)
      implements ComplaintEvent {
    @Override
    public String summary() {
      return calendarYear + "年节假日安排调整，办理时限由 " + previousDueOn + " 改为 " + facts.dueOn();
    }
  }

  /**
   * A supervised item (督办件) by a leader; before the supervision ladder, also the automatic one with
   * a 催办 notice when the time limit ran out.
   */
  record ComplaintSupervised(
      EventEnvelope envelope,
      Facts facts,
      String supervisionId,
      String note,
      LocalDate deadline,
      boolean automatic)
      implements ComplaintEvent {
    @Override
    public String summary() {
      return (automatic ? "自动督办并催办：" : "领导督办：") + note + "，限 " + deadline + " 前办理";
    }
  }

  /** This repeat ticket was merged (并单) into another case and closed; it is counted there. */
  record ComplaintMerged(EventEnvelope envelope, Facts facts, String intoComplaintId)
      implements ComplaintEvent {
    @Override
    public String summary() {
      return "并单：并入群众诉求 " + intoComplaintId + "，本工单办结";
    }
  }

  /** A repeat ticket about the same matter was merged into this case. */
  record RepeatComplaintMerged(EventEnvelope envelope, Facts facts, String mergedComplaintId)
      implements ComplaintEvent {
    @Override
    public String summary() {
      return "并单：重复工单 " + mergedComplaintId + " 并入本件";
    }
  }

  /** The complaint is in substance an information request: closed, and a request registered. */
  record ComplaintTransferredToDisclosure(
      EventEnvelope envelope, Facts facts, String disclosureRequestId) implements ComplaintEvent {
    @Override
    public String summary() {
      return "属于政府信息公开申请，转为政府信息公开申请办理（" + disclosureRequestId + "）";
    }
  }

  /**
   * A complaint finished before it reached this system, imported from its ledger (台账) in one step:
   * the snapshot is the closed case, with the moments of its reply and follow-up.
   */
  record ComplaintImported(
      EventEnvelope envelope,
      Facts facts,
      @Nullable String upstreamTicketId,
      OffsetDateTime repliedAt,
      OffsetDateTime followedUpAt)
      implements ComplaintEvent {
    @Override
    public String summary() {
      return "从历史台账导入（"
          + facts.channel().label()
          + "，"
          + facts.category().label()
          + (upstreamTicketId == null ? "" : "，上级平台工单号 " + upstreamTicketId)
          + "，承办单位 "
          + facts.unitCode()
          + (facts.rating() == null ? "，回访未联系上" : "，回访评价「" + facts.rating().label() + "」")
          + "，已办结）";
    }
  }
}
