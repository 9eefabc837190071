package org.gongkai.supervision;

import static org.gongkai.platform.ClockConfiguration.BUSINESS_ZONE;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.gongkai.casework.CaseAggregate;
import org.gongkai.casework.CaseCommands;
import org.gongkai.casework.CaseRefusal;
import org.gongkai.casework.CaseStatus;
import org.gongkai.casework.Change;
import org.gongkai.supervision.SupervisionEvent.Facts;
import org.jspecify.annotations.Nullable;

/**
 * A leader's instruction (批示件), supervised until the leader accepts the owner unit's written answer
 * (办理情况报告): registered → assigned to the unit → answered → closed, or sent back for another answer.
 */
@Entity
@Table(name = "supervision_instruction")
class Instruction extends CaseAggregate<Instruction, SupervisionEvent, Facts> {

  /** The longest instruction, answer or comment, in characters. */
  static final int MAX_TEXT = 2000;

  @Column(nullable = false)
  private String trackingNumber;

  @Column(nullable = false)
  private String sourceCaseKind;

  @Column(nullable = false)
  private String sourceCaseId;

  @Column(nullable = false, length = MAX_TEXT)
  private String text;

  @Column(nullable = false)
  private String ownerUnitCode;

  @Column(nullable = false)
  private String instructedBy;

  @Column(nullable = false)
  private LocalDate registeredOn;

  @Column(nullable = false)
  private LocalDate dueOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private InstructionStatus status;

  private int rounds;

  @Column(length = MAX_TEXT)
  private @Nullable String answer;

  private @Nullable Instant answeredAt;

  private @Nullable Boolean answeredOnTime;

  @Column(length = MAX_TEXT)
  private @Nullable String leaderComment;

  private @Nullable Instant closedAt;

  private boolean dueSoonWarned;

  private boolean chased;

  protected Instruction() {}

  private Instruction(
      UUID id,
      String agencyCode,
      String trackingNumber,
      String sourceCaseKind,
      String sourceCaseId,
      String text,
      String ownerUnitCode,
      LocalDate dueOn,
      Change change) {
    // the unit's answer and the leader's review are often entered afterwards from paper: they may
    // be dated from the start of the day of the instruction, in the order they happened
    super(
        id,
        agencyCode,
        change.businessDate().atStartOfDay(BUSINESS_ZONE).toInstant(),
        change.recordedAt());
    this.trackingNumber = trackingNumber;
    this.sourceCaseKind = sourceCaseKind;
    this.sourceCaseId = sourceCaseId;
    this.text = text;
    this.ownerUnitCode = ownerUnitCode;
    this.instructedBy = change.actor();
    this.registeredOn = change.businessDate();
    this.dueOn = dueOn;
    this.status = InstructionStatus.ASSIGNED;
  }

  /** A leader's instruction on a case of the agency, owed by the unit by {@code dueOn}. */
  static Instruction register(
      String agencyCode,
      String trackingNumber,
      String sourceCaseKind,
      String sourceCaseId,
      String text,
      String ownerUnitCode,
      LocalDate dueOn,
      Change change) {
    Instruction instruction =
        new Instruction(
            UUID.randomUUID(),
            agencyCode,
            trackingNumber,
            sourceCaseKind,
            sourceCaseId,
            text,
            ownerUnitCode,
            dueOn,
            change);
    instruction.raiseObservation(
        change,
        (envelope, facts) ->
            new SupervisionEvent.InstructionRegistered(
                envelope, facts, trackingNumber, sourceCaseId));
    return instruction;
  }

  /** The owner unit's written answer (办理情况报告). */
  void answer(String answerText, Change change) {
    accept(change);
    if (!status.awaitsAnswer()) {
      throw notAllowed(
          "报送办理情况报告",
          "「"
              + InstructionStatus.ASSIGNED.label()
              + "」或「"
              + InstructionStatus.SENT_BACK.label()
              + "」");
    }
    answer = answerText;
    answeredAt = change.at().toInstant();
    answeredOnTime = !change.businessDate().isAfter(dueOn);
    rounds++;
    status = InstructionStatus.ANSWERED;
    raise(change, SupervisionEvent.InstructionAnswered::new);
  }

  /**
   * The instructing leader accepts the answer (the item is closed) or sends it back; an item the
   * supervision ladder opened is reviewed by any leader of the agency.
   *
   * @param byAgencyLeader whether the reviewer is a leader of the item's agency
   */
  void review(boolean accepted, String comment, Change change, boolean byAgencyLeader) {
    accept(change);
    requireStatus(InstructionStatus.ANSWERED, accepted ? "审阅同意" : "退回");
    if (openedByLadder() ? !byAgencyLeader : !change.actor().equals(instructedBy)) {
      throw CaseRefusal.notNow(
          openedByLadder()
              ? "本督办件由督办阶梯自动立项，须由本机关领导审阅办理情况报告。"
              : "只有作出批示的领导（" + instructedBy + "）可以审阅办理情况报告。");
    }
    if (!accepted && comment.isBlank()) {
      throw CaseRefusal.invalid("comment", "退回时请写明退回意见");
    }
    leaderComment = comment;
    if (accepted) {
      status = InstructionStatus.CLOSED;
      closedAt = change.at().toInstant();
      raise(change, (e, f) -> new SupervisionEvent.InstructionClosed(e, f, comment));
    } else {
      status = InstructionStatus.SENT_BACK;
      raise(change, (e, f) -> new SupervisionEvent.InstructionSentBack(e, f, comment));
    }
  }

  /** The due date is near and no answer is accepted yet: remind the unit, once. */
  boolean remind(Change change) {
    if (!status.awaitsAnswer() || dueSoonWarned) {
      return false;
    }
    dueSoonWarned = true;
    raiseObservation(change, SupervisionEvent.InstructionDueSoon::new);
    return true;
  }

  /** The due date passed and the item is still open: chase the unit (催办), once. */
  boolean chase(Change change) {
    if (!status.isOpen() || chased) {
      return false;
    }
    chased = true;
    raiseObservation(change, SupervisionEvent.InstructionChased::new);
    return true;
  }

  @Override
  protected String selfReference() {
    return "本批示件";
  }

  @Override
  public String caseKind() {
    return SupervisionEvent.KIND;
  }

  @Override
  public String casesName() {
    return "批示件";
  }

  @Override
  protected Facts facts() {
    return new Facts(
        sourceCaseKind, ownerUnitCode, status, registeredOn, dueOn, answeredOnTime, rounds);
  }

  @Override
  protected CaseStatus currentStatus() {
    return status;
  }

  String trackingNumber() {
    return trackingNumber;
  }

  String sourceCaseKind() {
    return sourceCaseKind;
  }

  String sourceCaseId() {
    return sourceCaseId;
  }

  String text() {
    return text;
  }

  String ownerUnitCode() {
    return ownerUnitCode;
  }

  /** Whether the supervision ladder opened this item (督办 of an overdue case), not a leader. */
  boolean openedByLadder() {
    return CaseCommands.SYSTEM.equals(instructedBy);
  }

  String instructedBy() {
    return instructedBy;
  }

  LocalDate registeredOn() {
    return registeredOn;
  }

  LocalDate dueOn() {
    return dueOn;
  }

  InstructionStatus status() {
    return status;
  }

  int rounds() {
    return rounds;
  }

  @Nullable String answer() {
    return answer;
  }

  @Nullable Instant answeredAt() {
    return answeredAt;
  }

  @Nullable String leaderComment() {
    return leaderComment;
  }

  @Nullable Instant closedAt() {
    return closedAt;
  }

  boolean overdueOn(LocalDate day) {
    return status.isOpen() && day.isAfter(dueOn);
  }
}
