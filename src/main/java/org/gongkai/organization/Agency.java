package org.gongkai.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
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

  AgencyView view() {
    return new AgencyView(code, name, kind, parentCode, basicallySatisfiedCounts);
  }
}
