package org.gongkai.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.gongkai.casework.LadderStep;
import org.jspecify.annotations.Nullable;

/**
 * A leaders' weekly digest (周报) of one agency (with its subordinates when asked) for one ISO week:
 * what needs the leader now first, then last week's instructions, the week in figures with their
 * changes, the units ranked worst first, and the week's topics. Stored as published and never
 * changed afterwards.
 *
 * @param week the ISO week, e.g. {@code 2026-W48}
 * @param issueNumber the 期号: the week's number in its year
 */
public record WeeklyDigest(
    String week,
    int issueNumber,
    String agencyCode,
    String agencyName,
    boolean includeSubordinates,
    LocalDate from,
    LocalDate to,
    OffsetDateTime publishedAt,
    List<AttentionItem> attention,
    List<InstructionLine> instructions,
    Figures figures,
    List<UnitLine> units,
    List<Topic> topics,
    List<LadderLine> ladder) {

  /** A digest stored before the supervision ladder has no rungs. */
  public WeeklyDigest {
    ladder = ladder == null ? List.of() : List.copyOf(ladder);
  }

  /** What may need the leader now. */
  public enum AttentionKind {
    OVERDUE("已超期"),
    DUE_SOON("即将到期"),
    UNIT_BELOW_FLOOR("低于考核线"),
    SUPERVISION_OVERDUE("批示件超期"),
    RESTATEMENT("已锁定年度数据变更");

    private final String label;

    AttentionKind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** One item of section 1, linking to the case behind it. */
  public record AttentionItem(
      AttentionKind kind,
      String caseKind,
      @Nullable String caseId,
      @Nullable String trackingNumber,
      @Nullable String unitCode,
      String detail) {}

  /** An instruction (批示件) of the agency: its state and what happened in the week. */
  public record InstructionLine(
      String id,
      String trackingNumber,
      InstructionStatus status,
      String statusLabel,
      String ownerUnitCode,
      LocalDate dueOn,
      boolean overdue,
      List<String> history) {}

  /** A count this week, the week before, and the same week a year earlier. */
  public record Count(long thisWeek, long previousWeek, long sameWeekLastYear) {}

  /** A rate (percent, two decimals) this week, the week before, and a year earlier. */
  public record Rate(
      @Nullable BigDecimal thisWeek,
      @Nullable BigDecimal previousWeek,
      @Nullable BigDecimal sameWeekLastYear) {}

  public record DisclosureFigures(Count received, Count finished) {}

  public record ComplaintFigures(
      Count received,
      Map<String, Long> byChannel,
      Count closed,
      Rate onTimeRate,
      Rate followUpRate,
      Rate satisfactionRate) {}

  /**
   * The steps of supervised items (批示件/督办件): opened, answered in writing (and of those by the due
   * date), sent back by the leader, closed.
   */
  public record SupervisionFigures(
      Count opened, Count answered, Count answeredOnTime, Count sentBack, Count closed) {}

  /** The week in figures; {@code supervision} is null in digests stored before it was counted. */
  public record Figures(
      DisclosureFigures disclosure,
      ComplaintFigures complaints,
      @Nullable SupervisionFigures supervision) {}

  /** A responsible unit's week; {@code belowFloor} names the rates under the agency's floors. */
  public record UnitLine(
      String unitCode,
      String unitName,
      long received,
      long closed,
      @Nullable BigDecimal onTimeRate,
      @Nullable BigDecimal satisfactionRate,
      List<String> belowFloor) {}

  /**
   * A rung of the supervision ladder a case reached in the week: 催办, 督办 (with the supervised item
   * it opened), 通报.
   */
  public record LadderLine(
      String caseKind,
      String caseId,
      @Nullable String trackingNumber,
      @Nullable String unitCode,
      String unitName,
      LadderStep step,
      String stepLabel,
      LocalDate dueOn,
      LocalDate reachedOn,
      int overdueWorkingDays,
      @Nullable String instructionId) {}

  /** What a line of the week's topics is. */
  public enum TopicKind {
    TOPIC("热点问题"),
    REPEATED_CALLER("重复来电"),
    REPEATED_PLACE("同一区域反复诉求");

    private final String label;

    TopicKind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * A frequent matter of the week, a caller who called three times or more (by the masked phone),
   * or a category in an area three times or more; {@code caseIds} are the complaints counted.
   * Digests stored before kinds existed have none.
   */
  public record Topic(String label, long count, @Nullable TopicKind kind, List<String> caseIds) {

    public Topic {
      caseIds = caseIds == null ? List.of() : List.copyOf(caseIds);
    }
  }
}
