package org.gongkai.disclosure;

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
 * Every state change of a disclosure request, past tense. Each carries the envelope and a snapshot
 * of the facts statistics count ({@link Facts}), so that a consumer needs no other event to place
 * the case. Published to {@value GongkaiTopics#DISCLOSURE_REQUESTS}, keyed by case id, as JSON with
 * a {@code type} property naming the record.
 */
@CaseEventTopic(GongkaiTopics.DISCLOSURE_REQUESTS)
@JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(DisclosureRequestEvent.DisclosureRequestReceived.class),
  @JsonSubTypes.Type(DisclosureRequestEvent.CorrectionRequested.class),
  @JsonSubTypes.Type(DisclosureRequestEvent.CorrectionReceived.class),
  @JsonSubTypes.Type(DisclosureRequestEvent.ConsultationStarted.class),
  @JsonSubTypes.Type(DisclosureRequestEvent.ConsultationEnded.class),
  @JsonSubTypes.Type(DisclosureRequestEvent.FeeNoticeIssued.class),
  @JsonSubTypes.Type(DisclosureRequestEvent.FeePaid.class),
  @JsonSubTypes.Type(DisclosureRequestEvent.DecisionProposed.class),
  @JsonSubTypes.Type(DisclosureRequestEvent.DecisionApproved.class),
  @JsonSubTypes.Type(DisclosureRequestEvent.DecisionSentBack.class),
  @JsonSubTypes.Type(DisclosureRequestEvent.DeadlineExtended.class),
  @JsonSubTypes.Type(DisclosureRequestEvent.DisclosureRequestReplied.class),
  @JsonSubTypes.Type(DisclosureRequestEvent.DisclosureRequestWithdrawn.class),
  @JsonSubTypes.Type(DisclosureRequestEvent.DisclosureRequestAbandoned.class),
  @JsonSubTypes.Type(DisclosureRequestEvent.ReplyDueSoon.class),
  @JsonSubTypes.Type(DisclosureRequestEvent.ReplyOverdue.class),
  @JsonSubTypes.Type(DisclosureRequestEvent.ReplyLadderStepReached.class),
  @JsonSubTypes.Type(DisclosureRequestEvent.DueDateRecomputed.class),
  @JsonSubTypes.Type(DisclosureRequestEvent.AppealFiled.class),
  @JsonSubTypes.Type(DisclosureRequestEvent.AppealDecided.class),
  @JsonSubTypes.Type(DisclosureRequestEvent.DisclosureRequestTransferredToComplaint.class),
  @JsonSubTypes.Type(DisclosureRequestEvent.ComplaintLinked.class)
})
public sealed interface DisclosureRequestEvent extends CaseEvent {

  /** The facts statistics need, as they stand after this change. */
  Facts facts();

  /** The kind of case these events are of. */
  String KIND = "DISCLOSURE";

  @Override
  default String caseKind() {
    return KIND;
  }

  /**
   * The snapshot of the case.
   *
   * @param receivedOn the legal receipt date (Art. 31), which decides the year a request is counted
   *     as received in
   * @param finishedOn the date of the final reply or closing decision, which decides the year of
   *     its result
   * @param overdue whether the open request is past its due date (set when the overdue mark falls,
   *     cleared when a new due date lies ahead)
   */
  record Facts(
      String trackingNumber,
      ApplicantType applicantType,
      Channel channel,
      LocalDate receivedOn,
      DisclosureStatus status,
      @Nullable Outcome outcome,
      @Nullable LocalDate finishedOn,
      @Nullable LocalDate dueDate,
      boolean paused,
      boolean overdue,
      List<AppealFacts> appeals) {

    public Facts {
      appeals = List.copyOf(appeals);
    }
  }

  /** An administrative review or lawsuit about the reply, and its result once decided. */
  record AppealFacts(
      String appealId,
      AppealKind kind,
      LocalDate filedOn,
      @Nullable AppealResult result,
      @Nullable LocalDate decidedOn) {}

  record DisclosureRequestReceived(
      EventEnvelope envelope, Facts facts, OffsetDateTime submittedAt, String handlingUnit)
      implements DisclosureRequestEvent {
    @Override
    public String summary() {
      return "登记收到申请（" + facts.channel().label() + "），受理编号 " + facts.trackingNumber();
    }
  }

  record CorrectionRequested(EventEnvelope envelope, Facts facts, LocalDate correctionDeadline)
      implements DisclosureRequestEvent {
    @Override
    public String summary() {
      return "发出补正通知，补正期限至 " + correctionDeadline + "，答复期限中止";
    }
  }

  record CorrectionReceived(EventEnvelope envelope, Facts facts, LocalDate clockRestartsFrom)
      implements DisclosureRequestEvent {
    @Override
    public String summary() {
      return "收到补正材料，自 " + clockRestartsFrom + " 起重新计算答复期限";
    }
  }

  record ConsultationStarted(EventEnvelope envelope, Facts facts, LocalDate answerDue)
      implements DisclosureRequestEvent {
    @Override
    public String summary() {
      return "书面征求第三方意见，第三方应于 " + answerDue + " 前提出意见，期间不计入答复期限";
    }
  }

  record ConsultationEnded(EventEnvelope envelope, Facts facts, boolean answered)
      implements DisclosureRequestEvent {
    @Override
    public String summary() {
      return answered ? "收到第三方意见，恢复计算答复期限" : "第三方逾期未提出意见，恢复计算答复期限";
    }
  }

  record FeeNoticeIssued(
      EventEnvelope envelope,
      Facts facts,
      long amountYuan,
      FeeSchedule.Basis basis,
      LocalDate paymentDue)
      implements DisclosureRequestEvent {
    @Override
    public String summary() {
      return "发出收费通知（" + basis.label() + "，" + amountYuan + "元），缴费期限至 " + paymentDue + "，期间不计入答复期限";
    }
  }

  record FeePaid(EventEnvelope envelope, Facts facts) implements DisclosureRequestEvent {
    @Override
    public String summary() {
      return "申请人已缴纳信息处理费，恢复计算答复期限";
    }
  }

  record DecisionProposed(EventEnvelope envelope, Facts facts, Outcome proposedOutcome)
      implements DisclosureRequestEvent {
    @Override
    public String summary() {
      return "承办人提出答复意见：" + proposedOutcome.shortLabel();
    }
  }

  record DecisionApproved(EventEnvelope envelope, Facts facts, Outcome approvedOutcome)
      implements DisclosureRequestEvent {
    @Override
    public String summary() {
      return "审核同意答复意见：" + approvedOutcome.shortLabel();
    }
  }

  record DecisionSentBack(EventEnvelope envelope, Facts facts) implements DisclosureRequestEvent {
    @Override
    public String summary() {
      return "审核退回答复意见，重新办理";
    }
  }

  record DeadlineExtended(
      EventEnvelope envelope, Facts facts, int workingDays, LocalDate newDueDate)
      implements DisclosureRequestEvent {
    @Override
    public String summary() {
      return "经批准延长答复期限" + workingDays + "个工作日，答复期限至 " + newDueDate;
    }
  }

  record DisclosureRequestReplied(EventEnvelope envelope, Facts facts, DeliveryMethod method)
      implements DisclosureRequestEvent {
    @Override
    public String summary() {
      return "已答复申请人（" + method.label() + "）：" + facts.outcome().shortLabel();
    }
  }

  record DisclosureRequestWithdrawn(EventEnvelope envelope, Facts facts)
      implements DisclosureRequestEvent {
    @Override
    public String summary() {
      return "申请人撤回申请，终止办理";
    }
  }

  record DisclosureRequestAbandoned(EventEnvelope envelope, Facts facts, AbandonmentReason reason)
      implements DisclosureRequestEvent {
    @Override
    public String summary() {
      return reason == AbandonmentReason.NO_CORRECTION
          ? "申请人逾期未补正，不再处理该申请"
          : "申请人逾期未缴纳信息处理费，不再处理该申请";
    }
  }

  record ReplyDueSoon(EventEnvelope envelope, Facts facts, LocalDate dueDate)
      implements DisclosureRequestEvent {
    @Override
    public String summary() {
      return "提醒：答复期限（" + dueDate + "）即将届满";
    }
  }

  record ReplyOverdue(EventEnvelope envelope, Facts facts, LocalDate dueDate)
      implements DisclosureRequestEvent {
    @Override
    public String summary() {
      return "已超过答复期限（" + dueDate + "）仍未答复";
    }
  }

  /**
   * The overdue request reached a rung of the supervision ladder: 催办, 督办 (a supervised item opens
   * in the supervision module), 通报.
   */
  record ReplyLadderStepReached(
      EventEnvelope envelope,
      Facts facts,
      LadderStep step,
      LocalDate dueOn,
      int overdueWorkingDays,
      String trackingNumber,
      String responsibleUnitCode)
      implements DisclosureRequestEvent, LadderEvent {}

  record DueDateRecomputed(
      EventEnvelope envelope, Facts facts, @Nullable LocalDate previousDueDate, int calendarYear)
      implements DisclosureRequestEvent {
    @Override
    public String summary() {
      return calendarYear + "年节假日安排调整，答复期限由 " + previousDueDate + " 改为 " + facts.dueDate();
    }
  }

  record AppealFiled(EventEnvelope envelope, Facts facts, String appealId, AppealKind kind)
      implements DisclosureRequestEvent {
    @Override
    public String summary() {
      return "申请人就答复提起" + kind.label();
    }
  }

  record AppealDecided(
      EventEnvelope envelope, Facts facts, String appealId, AppealKind kind, AppealResult result)
      implements DisclosureRequestEvent {
    @Override
    public String summary() {
      return kind.label() + "审结：" + result.label();
    }
  }

  /**
   * The request is in substance a petition or complaint (Art. 39): finished as {@link
   * Outcome#NOT_PROCESSED_PETITION_COMPLAINT} and handed to the complaint process, which opens a
   * linked complaint keeping the original receipt time.
   */
  record DisclosureRequestTransferredToComplaint(EventEnvelope envelope, Facts facts)
      implements DisclosureRequestEvent {
    @Override
    public String summary() {
      return "属于信访举报投诉类申请，不作为政府信息公开申请处理，转为群众诉求办理";
    }
  }

  /** A complaint was linked to the request: opened from it, or the request came from it. */
  record ComplaintLinked(EventEnvelope envelope, Facts facts, String complaintId)
      implements DisclosureRequestEvent {
    @Override
    public String summary() {
      return "关联群众诉求 " + complaintId;
    }
  }
}
