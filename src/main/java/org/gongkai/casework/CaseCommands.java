package org.gongkai.casework;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.gongkai.organization.Organization;
import org.gongkai.platform.BusinessTime;
import org.gongkai.platform.CommandTransactions;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The pipeline every staff command on a case runs, whatever its kind: in one transaction, retried
 * when it met a concurrent change, load the case, check that the actor may act on its agency, date
 * the change (never in the future, never before the case was received), act, save, and move the
 * deadline watch when what it follows changed. A case's refusal ({@link CaseRefusal}) leaves as the
 * problem the web answers.
 */
@Component
public class CaseCommands {

  /** The name of the system as the actor of what timers and other cases do. */
  public static final String SYSTEM = "system";

  /**
   * What a kind of case brings to the pipeline.
   *
   * @param concurrentChange the detail of the 409 when every attempt met a concurrent change
   * @param load the case, or a 404 problem
   * @param requireNotBeforeReceipt refuses a change dated before the case was received
   * @param watch what the deadline watch follows (timers, or the due date and pause), as the case
   *     stands
   * @param watchChanged moves the deadline watch of a case whose watch changed with the command
   * @param <A> the aggregate
   * @param <W> what the kind's deadline watch follows
   */
  public record Kind<A extends CaseAggregate<A, ?, ?>, W>(
      String concurrentChange,
      Function<UUID, A> load,
      Consumer<A> save,
      BiConsumer<A, Change> requireNotBeforeReceipt,
      Function<A, W> watch,
      BiConsumer<A, W> watchChanged) {}

  private final CommandTransactions transactions;
  private final Organization organization;
  private final BusinessTime businessTime;
  private final Clock clock;

  CaseCommands(
      CommandTransactions transactions,
      Organization organization,
      BusinessTime businessTime,
      Clock clock) {
    this.transactions = transactions;
    this.organization = organization;
    this.businessTime = businessTime;
    this.clock = clock;
  }

  /** Runs a staff command on a case and answers from the case as it stands after it. */
  public <A extends CaseAggregate<A, ?, ?>, W, R> R run(
      Kind<A, W> kind,
      UUID id,
      @Nullable OffsetDateTime at,
      String actor,
      BiConsumer<A, Change> action,
      Function<A, R> answer) {
    return inTransaction(
        kind.concurrentChange(),
        () -> {
          A aggregate = kind.load().apply(id);
          organization.requireMayActOn(
              organization.member(actor), aggregate.agencyCode(), aggregate.casesName());
          Change change = change(at, actor);
          kind.requireNotBeforeReceipt().accept(aggregate, change);
          W before = kind.watch().apply(aggregate);
          action.accept(aggregate, change);
          kind.save().accept(aggregate);
          W after = kind.watch().apply(aggregate);
          if (!Objects.equals(before, after)) {
            kind.watchChanged().accept(aggregate, after);
          }
          return answer.apply(aggregate);
        });
  }

  /**
   * Other work on cases, in a transaction retried on concurrent change.
   *
   * @param concurrentChange the detail of the 409 when every attempt met a concurrent change
   */
  public <T> T inTransaction(String concurrentChange, Supplier<T> work) {
    try {
      return transactions.run(concurrentChange, work);
    } catch (CaseRefusal refused) {
      throw refused.toProblem();
    }
  }

  /** A change by a staff member, at the time they give (now when none). */
  public Change change(@Nullable OffsetDateTime at, String actor) {
    return new Change(businessTime.accept(at), clock.instant(), actor);
  }

  /** A change the system makes, e.g. when a timer fires. */
  public Change systemChange(OffsetDateTime at) {
    return new Change(at, clock.instant(), SYSTEM);
  }
}
