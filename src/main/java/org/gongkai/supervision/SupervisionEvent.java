package org.gongkai.supervision;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import org.gongkai.platform.CaseEvent;
import org.gongkai.platform.CaseEventTopic;
import org.gongkai.platform.EventEnvelope;
import org.gongkai.platform.GongkaiTopics;
import org.jspecify.annotations.Nullable;

/**
 * Every step of a supervised item (a leader's instruction, 批示件), past tense, with a snapshot of the
 * facts statistics count. Published to {@value GongkaiTopics#SUPERVISION}, keyed by the item's id,
 * as JSON with a {@code type} property naming the record. The instruction's and the answer's text
 * stay in the case: they may mention citizens.
 */
@CaseEventTopic(GongkaiTopics.SUPERVISION)
@JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(SupervisionEvent.InstructionRegistered.class),
  @JsonSubTypes.Type(SupervisionEvent.InstructionAnswered.class),
  @JsonSubTypes.Type(SupervisionEvent.InstructionSentBack.class),
  @JsonSubTypes.Type(SupervisionEvent.InstructionClosed.class),
  @JsonSubTypes.Type(SupervisionEvent.InstructionDueSoon.class),
  @JsonSubTypes.Type(SupervisionEvent.InstructionChased.class)
})
public sealed interface SupervisionEvent extends CaseEvent {

  /** The kind of case these events are of. */
  String KIND = "INSTRUCTION";

  /** The facts statistics need, as they stand after this change. */
  Facts facts();

  @Override
  default String caseKind() {
    return KIND;
  }

  /**
   * The snapshot of the supervised item.
   *
   * @param sourceCaseKind the kind of case the instruction is written on
   * @param registeredOn the day the leader wrote it
   * @param answeredOnTime whether the last answer came by the due date; null until answered
   * @param rounds how many answers the unit has given
   */
  record Facts(
      String sourceCaseKind,
      String ownerUnitCode,
      InstructionStatus status,
      LocalDate registeredOn,
      LocalDate dueOn,
      @Nullable Boolean answeredOnTime,
      int rounds) {}

  record InstructionRegistered(
      EventEnvelope envelope, Facts facts, String trackingNumber, String sourceCaseId)
      implements SupervisionEvent {
    @Override
    public String summary() {
      return "领导批示（"
          + trackingNumber
          + "），交 "
          + facts.ownerUnitCode()
          + " 办理，限 "
          + facts.dueOn()
          + " 前书面报告办理情况";
    }
  }

  record InstructionAnswered(EventEnvelope envelope, Facts facts) implements SupervisionEvent {
    @Override
    public String summary() {
      return facts.ownerUnitCode() + " 报送办理情况报告（第" + facts.rounds() + "次）";
    }
  }

  record InstructionSentBack(EventEnvelope envelope, Facts facts, String comment)
      implements SupervisionEvent {
    @Override
    public String summary() {
      return "领导退回办理情况报告：" + comment;
    }
  }

  record InstructionClosed(EventEnvelope envelope, Facts facts, String comment)
      implements SupervisionEvent {
    @Override
    public String summary() {
      return "领导审阅同意，批示件办结" + (comment.isBlank() ? "" : "：" + comment);
    }
  }

  record InstructionDueSoon(EventEnvelope envelope, Facts facts) implements SupervisionEvent {
    @Override
    public String summary() {
      return "提醒：批示件将于 " + facts.dueOn() + " 到期，请 " + facts.ownerUnitCode() + " 按时报告办理情况";
    }
  }

  record InstructionChased(EventEnvelope envelope, Facts facts) implements SupervisionEvent {
    @Override
    public String summary() {
      return "催办：批示件已于 " + facts.dueOn() + " 到期仍未办结，请 " + facts.ownerUnitCode() + " 抓紧办理";
    }
  }
}
