package org.gongkai.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An administrative agency (行政机关): a government, one of its departments, or a township. */
@Entity
@Table(name = "agency")
class Agency {

  @Id private String code;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AgencyKind kind;

  private @Nullable String parentCode;

  @Column(nullable = false)
  private Instant createdAt;

  /** Whether 基本满意 counts as satisfied; null follows the system default. */
  private @Nullable Boolean basicallySatisfiedCounts;

  /** The agency's supervision ladder and floors; each null follows the system default. */
  private @Nullable Integer ladderReminderWorkingDays;

  private @Nullable Integer ladderSuperviseAfterWorkingDays;
  private @Nullable Integer ladderCirculateAfterWorkingDays;
  private @Nullable BigDecimal floorOnTimeRate;
  private @Nullable BigDecimal floorSatisfactionRate;

  protected Agency() {}

  Agency(
      String code, String name, AgencyKind kind, @Nullable String parentCode, Instant createdAt) {
    this.code = code;
    this.name = name;
    this.kind = kind;
    this.parentCode = parentCode;
    this.createdAt = createdAt;
  }

  String code() {
    return code;
  }

  String name() {
    return name;
  }

  AgencyKind kind() {
    return kind;
  }

  @Nullable String parentCode() {
    return parentCode;
  }

  void countBasicallySatisfied(@Nullable Boolean counts) {
    this.basicallySatisfiedCounts = counts;
  }

  /** The agency's own supervision settings; a null leaves that one to the system default. */
  void superviseBy(
      @Nullable Integer reminderWorkingDays,
      @Nullable Integer superviseAfterWorkingDays,
      @Nullable Integer circulateAfterWorkingDays,
      @Nullable BigDecimal onTimeRateFloor,
      @Nullable BigDecimal satisfactionRateFloor) {
    this.ladderReminderWorkingDays = reminderWorkingDays;
    this.ladderSuperviseAfterWorkingDays = superviseAfterWorkingDays;
    this.ladderCirculateAfterWorkingDays = circulateAfterWorkingDays;
    this.floorOnTimeRate = onTimeRateFloor;
    this.floorSatisfactionRate = satisfactionRateFloor;
  }

  /** The agency's supervision rules, each unset one taken from {@code defaults}. */
  SupervisionRules supervisionRules(SupervisionDefaults defaults) {
    return new SupervisionRules(
        ladderReminderWorkingDays,
        orElse(ladderSuperviseAfterWorkingDays, defaults.ladder().superviseAfterWorkingDays()),
        orElse(ladderCirculateAfterWorkingDays, defaults.ladder().circulateAfterWorkingDays()),
        orElse(floorOnTimeRate, defaults.floors().onTimeRate()),
        orElse(floorSatisfactionRate, defaults.floors().satisfactionRate()));
  }

  private static <T> T orElse(@Nullable T own, T fallback) {
    return own == null ? fallback : own;
  }

  AgencyView view() {
    return new AgencyView(code, name, kind, parentCode, basicallySatisfiedCounts);
  }
}
