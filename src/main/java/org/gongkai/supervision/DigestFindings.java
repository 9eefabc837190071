package org.gongkai.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongkai.organization.AgencyView;
import org.gongkai.organization.Organization;
import org.gongkai.statistics.Publication;
import org.gongkai.statistics.WeekFigures;
import org.gongkai.statistics.YearLocks;
import org.gongkai.supervision.WeeklyDigest.AttentionItem;
import org.gongkai.supervision.WeeklyDigest.AttentionKind;
import org.gongkai.supervision.WeeklyDigest.Count;
import org.springframework.stereotype.Component;

/**
 * What the weekly digest reads from the statistics read model besides the week's counts: the
 * restatements of locked years and the disclosure requests due or overdue (section 1), the
 * supervised items' steps (section 3), the week's topics and repeated callers.
 */
@Component
class DigestFindings {

  /** How many of the most frequent category × area the digest lists. */
  static final int TOP_TOPICS = 5;

  /** From how many complaints in a week a caller or a category in an area counts as repeated. */
  static final int REPEATED_AT = 3;

  /** How many changed figures and cases a restatement's line names before 「等」. */
  private static final int NAMED = 3;

  private final WeekFigures figures;
  private final YearLocks yearLocks;
  private final Organization organization;

  DigestFindings(WeekFigures figures, YearLocks yearLocks, Organization organization) {
    this.figures = figures;
    this.yearLocks = yearLocks;
    this.organization = organization;
  }

  /** Each restatement of a locked year recorded in the week for the agencies' reports. */
  List<AttentionItem> restatements(Set<String> agencies, LocalDate monday, LocalDate sunday) {
    List<AttentionItem> items = new ArrayList<>();
    for (Publication.RecordedRestatement recorded :
        yearLocks.recordedBetween(agencies, monday, sunday)) {
      Publication.Restatement restatement = recorded.restatement();
      List<Publication.Change> changes = restatement.changes();
      boolean complaintsOnly =
          !changes.isEmpty()
              && changes.stream().allMatch(c -> c.figure().startsWith("complaints."));
      items.add(
          new AttentionItem(
              AttentionKind.RESTATEMENT,
              complaintsOnly ? "COMPLAINT" : "DISCLOSURE",
              null,
              null,
              null,
              restatement.year()
                  + "年度报告（"
                  + name(recorded.agencyCode())
                  + (recorded.includeSubordinates() ? "及所属单位" : "")
                  + "，已锁定）于 "
                  + restatement.recordedAt().toLocalDate()
                  + " 更正"
                  + changes.size()
                  + "项数字："
                  + changes.stream()
                      .limit(NAMED)
                      .map(c -> c.label() + " 由" + c.before() + "变为" + c.after())
                      .collect(Collectors.joining("；"))
                  + (changes.size() > NAMED ? "等" : "")
                  + "，涉及案件"
                  + restatement.cases().size()
                  + "件（"
                  + String.join("、", restatement.cases().stream().limit(NAMED).toList())
                  + (restatement.cases().size() > NAMED ? "等" : "")
                  + "）"));
    }
    return items;
  }

  /**
   * Open disclosure requests overdue or due by {@code dueBy}, except those the digest already names
   * (a 通报 of the week).
   */
  List<AttentionItem> disclosuresDue(
      Set<String> agencies, LocalDate today, LocalDate dueBy, List<AttentionItem> named) {
    Set<String> already =
        named.stream()
            .filter(item -> "DISCLOSURE".equals(item.caseKind()) && item.caseId() != null)
            .map(AttentionItem::caseId)
            .collect(Collectors.toSet());
    List<AttentionItem> items = new ArrayList<>();
    for (WeekFigures.OpenDisclosure open : figures.openDisclosuresDueBy(agencies, dueBy)) {
      if (already.contains(open.caseId())) {
        continue;
      }
      boolean overdue = open.overdue() || (open.dueOn() != null && open.dueOn().isBefore(today));
      items.add(
          new AttentionItem(
              overdue ? AttentionKind.OVERDUE : AttentionKind.DUE_SOON,
              "DISCLOSURE",
              open.caseId(),
              open.trackingNumber(),
              null,
              "政府信息公开申请"
                  + open.trackingNumber()
                  + (overdue ? "已超过答复期限" : "答复期限即将届满")
                  + (open.dueOn() == null ? "，现暂停计时" : "（" + open.dueOn() + "）")));
    }
    return items;
  }

  /**
   * The steps of supervised items in the week, the week before and the same week a year earlier.
   */
  WeeklyDigest.SupervisionFigures supervision(
      Set<String> agencies, LocalDate monday, LocalDate lastYearMonday) {
    WeekFigures.SupervisedItems week =
        figures.supervisedItems(agencies, monday, monday.plusDays(6));
    WeekFigures.SupervisedItems before =
        figures.supervisedItems(agencies, monday.minusWeeks(1), monday.minusDays(1));
    WeekFigures.SupervisedItems lastYear =
        figures.supervisedItems(agencies, lastYearMonday, lastYearMonday.plusDays(6));
    return new WeeklyDigest.SupervisionFigures(
        new Count(week.opened(), before.opened(), lastYear.opened()),
        new Count(week.answered(), before.answered(), lastYear.answered()),
        new Count(week.answeredOnTime(), before.answeredOnTime(), lastYear.answeredOnTime()),
        new Count(week.sentBack(), before.sentBack(), lastYear.sentBack()),
        new Count(week.closed(), before.closed(), lastYear.closed()));
  }

  /** The week's most frequent matters, then its repeated callers and places. */
  List<WeeklyDigest.Topic> topics(Set<String> agencies, LocalDate monday, LocalDate sunday) {
    return figures.topics(agencies, monday, sunday, TOP_TOPICS, REPEATED_AT).stream()
        .map(
            row ->
                new WeeklyDigest.Topic(
                    row.label(),
                    row.count(),
                    WeeklyDigest.TopicKind.valueOf(row.kind().name()),
                    row.caseIds()))
        .toList();
  }

  private String name(String agencyCode) {
    return organization.agency(agencyCode).map(AgencyView::name).orElse(agencyCode);
  }
}
