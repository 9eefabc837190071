package org.gongkai.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.gongkai.organization.Organization;
import org.gongkai.platform.ClockConfiguration;
import org.gongkai.platform.ProblemException;
import org.gongkai.statistics.Publication.Change;
import org.gongkai.statistics.Publication.Restatement;
import org.gongkai.statistics.YearLockStore.Lock;
import org.gongkai.statistics.YearLockStore.Watch;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locking a published year, and keeping its numbers honest afterwards: a locked year's report is
 * served as published, and whenever the projector applies changes that would alter it, the change
 * is recorded as a restatement — listed with the locked year and shown in the next year's report —
 * instead of silently changing the published numbers.
 *
 * <p>Restatements are found by recounting: after a batch, each lock whose agencies and year the
 * changed cases can touch is counted again with the same queries as the report, and compared figure
 * by figure with the numbers last known for it. The recount runs in the batch's transaction, so a
 * redelivered batch (which changes no facts) records nothing twice.
 */
@Service
public class YearLocks {

  private static final Logger log = LoggerFactory.getLogger(YearLocks.class);

  private final StatisticsQueries queries;
  private final YearLockStore store;
  private final Organization organization;
  private final Clock clock;

  YearLocks(
      StatisticsQueries queries, YearLockStore store, Organization organization, Clock clock) {
    this.queries = queries;
    this.store = store;
    this.organization = organization;
    this.clock = clock;
  }

  /**
   * Locks the year's report for the agency as it stands now: the report and the complaint figures
   * are kept as published.
   *
   * @throws ProblemException 400 for a year that has not ended, 409 for a year already locked or a
   *     report whose checks fail
   */
  @Transactional
  public Publication lock(
      int year,
      String agencyCode,
      boolean includeSubordinates,
      String lockedBy,
      @Nullable String note) {
    if (!lockable(year)) {
      throw ProblemException.invalid("year", year + "年尚未结束，年度报告在次年才能锁定");
    }
    store
        .find(year, agencyCode, includeSubordinates)
        .ifPresent(
            lock -> {
              throw ProblemException.conflict(
                  year + "年度报告已于" + lock.lockedAt().toLocalDate() + "由" + lock.lockedBy() + "锁定");
            });
    DisclosureReport report = queries.liveDisclosureReport(year, agencyCode, includeSubordinates);
    if (!report.checksPassed()) {
      throw ProblemException.conflict(
          "报告检查未通过，不能锁定："
              + String.join(
                  "；",
                  report.checks().stream()
                      .filter(c -> !c.ok())
                      .map(c -> c.name() + "（" + c.detail() + "）")
                      .toList()));
    }
    ComplaintFigures figures = queries.liveComplaintFigures(year, agencyCode, includeSubordinates);
    Set<String> agencies =
        includeSubordinates ? organization.withSubordinates(agencyCode) : Set.of(agencyCode);
    Lock lock =
        new Lock(
            year,
            agencyCode,
            includeSubordinates,
            agencies,
            OffsetDateTime.now(clock),
            lockedBy,
            note == null || note.isBlank() ? null : note.strip(),
            report,
            figures,
            ReportFigures.of(report, figures));
    store.insert(lock);
    log.info(
        "{} locked the {} report of {} (with subordinates: {})",
        lockedBy,
        year,
        agencyCode,
        includeSubordinates);
    return store.publication(lock);
  }

  /** Whether a year's report may be locked: the year has ended. */
  public boolean lockable(int year) {
    return year < Year.now(clock.withZone(ClockConfiguration.BUSINESS_ZONE)).getValue();
  }

  /** The lock of the year's report, with its restatements, if it is locked. */
  @Transactional(readOnly = true)
  public java.util.Optional<Publication> publication(
      int year, String agencyCode, boolean includeSubordinates) {
    return store.find(year, agencyCode, includeSubordinates).map(store::publication);
  }

  /**
   * The restatements recorded between two days, both included, against the locked reports of the
   * agencies (with or without their subordinates), oldest first: what changed in published years
   * during a week, for the leaders' digest.
   */
  @Transactional(readOnly = true)
  public List<Publication.RecordedRestatement> recordedBetween(
      Set<String> agencies, LocalDate from, LocalDate to) {
    return store.recordedBetween(agencies, from.atStartOfDay(), to.plusDays(1).atStartOfDay());
  }

  /** Records a restatement for every locked year whose numbers the changed cases altered. */
  void restate(List<ProjectedCase> changed) {
    if (changed.isEmpty()) {
      return;
    }
    for (Watch lock : store.watches()) {
      List<String> touching =
          changed.stream()
              .filter(
                  c -> lock.agencies().contains(c.facts().agencyCode()) && mayAlter(c, lock.year()))
              .map(YearLocks::reference)
              .toList();
      if (touching.isEmpty()) {
        continue;
      }
      DisclosureReport report =
          queries.liveDisclosureReport(lock.year(), lock.agencyCode(), lock.includeSubordinates());
      ComplaintFigures figures =
          queries.liveComplaintFigures(lock.year(), lock.agencyCode(), lock.includeSubordinates());
      Map<String, Long> now = ReportFigures.of(report, figures);
      if (now.equals(lock.currentNumbers())) {
        continue;
      }
      Map<String, String> labels = ReportFigures.labels(report);
      List<Change> changes = new ArrayList<>();
      Set<String> figuresSeen = new LinkedHashSet<>(now.keySet());
      figuresSeen.addAll(lock.currentNumbers().keySet());
      for (String figure : figuresSeen) {
        long before = lock.currentNumbers().getOrDefault(figure, 0L);
        long after = now.getOrDefault(figure, 0L);
        if (before != after) {
          changes.add(new Change(figure, labels.getOrDefault(figure, figure), before, after));
        }
      }
      Restatement restatement =
          new Restatement(
              UUID.randomUUID().toString(),
              lock.year(),
              OffsetDateTime.now(clock),
              touching,
              changes);
      store.insert(lock, restatement);
      store.updateCurrentNumbers(lock, now);
      log.info(
          "Restated the locked {} report of {}: {} figures changed by {}",
          lock.year(),
          lock.agencyCode(),
          changes.size(),
          touching);
    }
  }

  /**
   * Whether the case can count in the year at all: a request received by the year's end (or with an
   * appeal filed by then), a complaint received in the year.
   */
  private static boolean mayAlter(ProjectedCase projected, int year) {
    LocalDate end = Year.of(year).atMonth(12).atEndOfMonth();
    if (projected instanceof ProjectedCase.Disclosure d) {
      return !d.facts().receivedOn().isAfter(end)
          || d.facts().appeals().stream().anyMatch(a -> !a.filedOn().isAfter(end));
    }
    return ((ProjectedCase.Complaint) projected).facts().receivedOn().getYear() == year;
  }

  private static String reference(ProjectedCase projected) {
    return projected instanceof ProjectedCase.Disclosure d
        ? d.facts().trackingNumber()
        : ((ProjectedCase.Complaint) projected).facts().caseId();
  }
}
