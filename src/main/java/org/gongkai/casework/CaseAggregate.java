package org.gongkai.casework;

import static org.gongkai.platform.ClockConfiguration.BUSINESS_ZONE;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import org.gongkai.platform.CaseEvent;
import org.gongkai.platform.EventEnvelope;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * What every case aggregate shares: its identity and agency, the case version that each event
 * increases by one, and the moment of its last change, which a later command may not precede
 * (records are entered in the order things happened). A change raises one event carrying the
 * envelope and the facts of the case as they stand after it.
 *
 * @param <A> the aggregate itself
 * @param <E> the kind's sealed event interface
 * @param <F> the kind's snapshot of the facts statistics count
 */
@MappedSuperclass
public abstract class CaseAggregate<A extends CaseAggregate<A, E, F>, E extends CaseEvent, F>
    extends AbstractAggregateRoot<A> {

  @Id private UUID id;

  /**
   * Null until first stored: Spring Data then persists a new case instead of merging it, which
   * spares a SELECT per case (ten thousand of them in a ledger import).
   */
  @Version private @Nullable Long entityVersion;

  private long caseVersion;

  @Column(nullable = false)
  private String agencyCode;

  @Column(nullable = false)
  private Instant lastChangeAt;

  @Column(nullable = false)
  private Instant createdAt;

  /** For JPA. */
  protected CaseAggregate() {}

  protected CaseAggregate(UUID id, String agencyCode, Instant firstMoment, Instant createdAt) {
    this.id = id;
    this.agencyCode = agencyCode;
    this.lastChangeAt = firstMoment;
    this.createdAt = createdAt;
  }

  /** How the case names itself in a refusal: 「本申请」, 「本工单」. */
  protected abstract String selfReference();

  /** The kind of case, as its events name it: {@code DISCLOSURE}, {@code COMPLAINT}. */
  public abstract String caseKind();

  /** Cases of the kind in a refusal of scope: 「申请」, 「群众诉求」. */
  public abstract String casesName();

  /** The facts statistics need, as they stand now. */
  protected abstract F facts();

  /** Where the case stands now. */
  protected abstract CaseStatus currentStatus();

  /** Refuses a change dated before the last one. */
  protected final void accept(Change change) {
    if (change.at().toInstant().isBefore(lastChangeAt)) {
      throw CaseRefusal.invalid(
          "at",
          "不能早于"
              + selfReference()
              + "上一次办理的时间（"
              + lastChangeAt.atZone(BUSINESS_ZONE).toOffsetDateTime()
              + "），请按实际发生的先后顺序录入");
    }
  }

  /** Refuses a step the case's status does not allow. */
  protected final void requireStatus(CaseStatus expected, String action) {
    if (currentStatus() != expected) {
      throw notAllowed(action, "「" + expected.label() + "」");
    }
  }

  /** Refuses a step on a finished case. */
  protected final void requireOpen(String action) {
    if (!currentStatus().isOpen()) {
      throw CaseRefusal.notNow(selfReference() + "已办结，不能" + action + "。");
    }
  }

  /** The refusal of a step that needs another status, named in {@code needed}. */
  protected final CaseRefusal notAllowed(String action, String needed) {
    return CaseRefusal.notNow(
        selfReference()
            + "当前状态为「"
            + currentStatus().label()
            + "」，不能"
            + action
            + "（需要"
            + needed
            + "）。");
  }

  /** Raises the event of a change; later commands may not be dated before it. */
  protected final void raise(Change change, BiFunction<EventEnvelope, F, E> event) {
    if (change.at().toInstant().isAfter(lastChangeAt)) {
      lastChangeAt = change.at().toInstant();
    }
    raiseObservation(change, event);
  }

  /** Raises an event without moving the "last change" that later commands must not precede. */
  protected final void raiseObservation(Change change, BiFunction<EventEnvelope, F, E> event) {
    caseVersion++;
    EventEnvelope envelope =
        new EventEnvelope(
            UUID.randomUUID(),
            id.toString(),
            caseVersion,
            change.at().atZoneSameInstant(BUSINESS_ZONE).toOffsetDateTime(),
            change.recordedAt().atZone(BUSINESS_ZONE).toOffsetDateTime(),
            agencyCode,
            change.actor());
    registerEvent(event.apply(envelope, facts()));
  }

  /** The last second of a business day, when a period that ends that day runs out. */
  public static OffsetDateTime endOf(LocalDate day) {
    return day.atTime(23, 59, 59).atZone(BUSINESS_ZONE).toOffsetDateTime();
  }

  /** The events raised since the case was last saved, oldest first. */
  @SuppressWarnings("unchecked")
  public List<E> events() {
    Collection<?> raised = domainEvents();
    return List.copyOf((Collection<E>) raised);
  }

  public UUID id() {
    return id;
  }

  public long caseVersion() {
    return caseVersion;
  }

  public String agencyCode() {
    return agencyCode;
  }

  public Instant lastChangeAt() {
    return lastChangeAt;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
