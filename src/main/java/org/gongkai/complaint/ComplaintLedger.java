package org.gongkai.complaint;

import static org.gongkai.platform.ClockConfiguration.BUSINESS_ZONE;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.casework.CaseCommands;
import org.gongkai.casework.Change;
import org.gongkai.organization.Organization;
import org.gongkai.platform.BusinessTime;
import org.gongkai.platform.ProblemException;
import org.springframework.stereotype.Service;

/**
 * Complaints finished before they reached this system (a paper ledger, an earlier hotline system),
 * entered in bulk so that the year's figures count them.
 */
@Service
public class ComplaintLedger {

  private final ComplaintRecords records;
  private final Complaints complaints;
  private final ComplaintSettings settings;
  private final WorkingCalendar calendar;
  private final Organization organization;
  private final CaseCommands cases;
  private final BusinessTime businessTime;
  private final Clock clock;

  ComplaintLedger(
      ComplaintRecords records,
      Complaints complaints,
      ComplaintSettings settings,
      WorkingCalendar calendar,
      Organization organization,
      CaseCommands cases,
      BusinessTime businessTime,
      Clock clock) {
    this.records = records;
    this.complaints = complaints;
    this.settings = settings;
    this.calendar = calendar;
    this.organization = organization;
    this.cases = cases;
    this.businessTime = businessTime;
    this.clock = clock;
  }

  /** What a ledger import did: the cases it created, and the items already received before. */
  public record LedgerImport(
      String agencyCode, int imported, List<String> complaintIds, List<AlreadyReceived> skipped) {}

  /** A ledger item whose upstream ticket the agency had already received: not imported again. */
  public record AlreadyReceived(int index, String upstreamTicketId, String complaintId) {}

  /**
   * Imports complaints that were finished before they reached this system (a paper ledger, an
   * earlier hotline system), so that the year's figures count them. Every item is checked before
   * anything is written, and the whole import is one transaction: a refused item (a 400 problem
   * naming it as {@code complaints[i].field}) leaves nothing imported. Each case raises one {@link
   * ComplaintEvent.ComplaintImported}, published through the outbox like every other event.
   *
   * <p>No process is started for these cases. The process models the work still to be done on a
   * complaint — the unit's tasks, the time-limit timers, the follow-up calls — and a closed
   * complaint has none left: a process started for it would have to be ended at once, and its
   * timers, all in the past, would first mark long-answered complaints overdue and open 催办 items
   * for them. Complaints still open are registered with {@link ComplaintDesk#receive} instead.
   */
  public LedgerImport importLedger(String agencyCode, List<LedgerComplaint> ledger, String actor) {
    return cases.inTransaction(
        ComplaintRecords.CONCURRENT_CHANGE,
        () -> {
          organization.requireMayActOn(
              organization.member(actor), organization.requireAgency(agencyCode), "群众诉求");
          Set<String> units = organization.withSubordinates(agencyCode);
          Map<String, UUID> received = receivedTickets(agencyCode, ledger);
          Set<String> inThisImport = new HashSet<>();
          Instant recordedAt = clock.instant();
          List<Complaint> imported = new ArrayList<>();
          List<AlreadyReceived> skipped = new ArrayList<>();
          for (int i = 0; i < ledger.size(); i++) {
            LedgerComplaint item = ledger.get(i);
            checkLedgerItem(i, item, units);
            String ticket = item.upstreamTicketId();
            if (ticket != null) {
              if (!inThisImport.add(ticket)) {
                throw ledgerProblem(i, "upstreamTicketId", "上级平台工单号「" + ticket + "」在本次导入中重复");
              }
              UUID existing = received.get(ticket);
              if (existing != null) {
                skipped.add(new AlreadyReceived(i, ticket, existing.toString()));
                continue;
              }
            }
            int limit = settings.timeLimits().workingDays(item.category(), item.urgency());
            imported.add(
                Complaint.fromLedger(
                    agencyCode,
                    item,
                    limit,
                    new Change(item.closedAt(), recordedAt, actor),
                    calendar));
          }
          complaints.saveAll(imported);
          return new LedgerImport(
              agencyCode,
              imported.size(),
              imported.stream().map(c -> c.id().toString()).toList(),
              List.copyOf(skipped));
        });
  }

  private Map<String, UUID> receivedTickets(String agencyCode, List<LedgerComplaint> ledger) {
    List<String> tickets =
        ledger.stream().map(LedgerComplaint::upstreamTicketId).filter(Objects::nonNull).toList();
    Map<String, UUID> received = new HashMap<>();
    for (int from = 0; from < tickets.size(); from += 1_000) {
      complaints
          .findUpstreamTickets(
              agencyCode, tickets.subList(from, Math.min(tickets.size(), from + 1_000)))
          .forEach(row -> received.put((String) row[0], (UUID) row[1]));
    }
    return received;
  }

  private void checkLedgerItem(int index, LedgerComplaint item, Set<String> units) {
    if (!units.contains(item.unitCode())) {
      throw ledgerProblem(index, "unitCode", "「" + item.unitCode() + "」不是本机关或其下属单位");
    }
    OffsetDateTime received = item.receivedAt();
    OffsetDateTime replied = item.reply().at();
    OffsetDateTime followedUp = item.followUp().at();
    OffsetDateTime closed = item.closedAt();
    if (replied.isBefore(received)) {
      throw ledgerProblem(index, "reply.at", "答复时间不能早于受理时间（" + shanghai(received) + "）");
    }
    if (followedUp.isBefore(replied)) {
      throw ledgerProblem(index, "followUp.at", "回访时间不能早于答复时间（" + shanghai(replied) + "）");
    }
    if (closed.isBefore(followedUp)) {
      throw ledgerProblem(index, "closedAt", "办结时间不能早于回访时间（" + shanghai(followedUp) + "）");
    }
    try {
      businessTime.accept(closed);
    } catch (ProblemException future) {
      throw ledgerProblem(
          index, "closedAt", "办结时间不能晚于当前时间（" + shanghai(OffsetDateTime.now(clock)) + "）");
    }
    if (item.followUp().reached() && item.followUp().rating() == null) {
      throw ledgerProblem(index, "followUp.rating", "联系上群众的，请填写满意度评价");
    }
    if (!item.followUp().reached() && item.followUp().rating() != null) {
      throw ledgerProblem(index, "followUp.rating", "未联系上群众的，不能有满意度评价");
    }
  }

  private static ProblemException ledgerProblem(int index, String field, String message) {
    return ProblemException.invalid(
        "complaints[" + index + "]." + field, "第" + (index + 1) + "件：" + message);
  }

  private static LocalDateTime shanghai(OffsetDateTime moment) {
    return moment.atZoneSameInstant(BUSINESS_ZONE).toLocalDateTime();
  }
}
