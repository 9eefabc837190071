package org.gongkai.disclosure;

import static org.gongkai.platform.ClockConfiguration.BUSINESS_ZONE;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.organization.Organization;
import org.gongkai.organization.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests as staff look for them: the open requests of some units in some states, most urgent
 * first, and the front desk's search by tracking number, applicant name or phone. Both read only
 * the agencies the reader may see and mask personal data.
 */
@Service
@Transactional(readOnly = true)
public class DisclosureWorklist {

  /** At most this many requests answer a search. */
  public static final int SEARCH_LIMIT = 50;

  private final DisclosureRequests requests;
  private final Organization organization;
  private final WorkingCalendar calendar;
  private final Clock clock;

  DisclosureWorklist(
      DisclosureRequests requests,
      Organization organization,
      WorkingCalendar calendar,
      Clock clock) {
    this.requests = requests;
    this.organization = organization;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** The statuses in which a request waits for a step of one of the roles. */
  public Set<DisclosureStatus> statusesAwaiting(Set<Role> roles) {
    return DisclosureRequest.statusesAwaiting(roles);
  }

  /**
   * The requests in one of {@code statuses}, handled by one of {@code handlingUnits} (any unit when
   * null), of the agencies the viewer may see; the earliest due date first, requests without one
   * last.
   */
  public List<DisclosureWorkItem> open(
      Set<DisclosureStatus> statuses, @Nullable Set<String> handlingUnits, String viewer) {
    if (statuses.isEmpty() || (handlingUnits != null && handlingUnits.isEmpty())) {
      return List.of();
    }
    Specification<DisclosureRequest> filter =
        visibleTo(viewer)
            .and((root, query, builder) -> root.get("status").in(statuses))
            .and(
                (root, query, builder) ->
                    handlingUnits == null
                        ? builder.conjunction()
                        : root.get("handlingUnit").in(handlingUnits));
    LocalDate today = today();
    return requests.findAll(filter).stream()
        .map(request -> item(request, today))
        .sorted(
            Comparator.comparing(
                    DisclosureWorkItem::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(DisclosureWorkItem::receivedAt))
        .toList();
  }

  /**
   * Requests whose tracking number contains {@code text}, or whose applicant's name, organisation
   * name or phone number is exactly {@code text}; newest first, at most {@link #SEARCH_LIMIT}.
   */
  public List<DisclosureWorkItem> search(String text, String viewer) {
    String wanted = text.strip();
    if (wanted.isEmpty()) {
      return List.of();
    }
    String digits = wanted.replaceAll("[\\s-]", "");
    Specification<DisclosureRequest> matching =
        (root, query, builder) -> {
          List<Predicate> any = new ArrayList<>();
          any.add(builder.like(root.get("trackingNumber"), "%" + escapeLike(wanted) + "%", '\\'));
          any.add(builder.equal(root.get("applicant").get("name"), wanted));
          any.add(builder.equal(root.get("applicant").get("organizationName"), wanted));
          any.add(builder.equal(root.get("applicant").get("phone"), wanted));
          if (!digits.equals(wanted) && !digits.isEmpty()) {
            any.add(builder.equal(root.get("applicant").get("phone"), digits));
          }
          return builder.or(any.toArray(Predicate[]::new));
        };
    LocalDate today = today();
    return requests
        .findAll(
            visibleTo(viewer).and(matching),
            PageRequest.of(
                0, SEARCH_LIMIT, Sort.by(Sort.Direction.DESC, "receivedOn", "createdAt")))
        .map(request -> item(request, today))
        .getContent();
  }

  private Specification<DisclosureRequest> visibleTo(String viewer) {
    Set<String> visible = organization.visibleAgencies(organization.member(viewer));
    return (root, query, builder) ->
        visible == null ? builder.conjunction() : root.get("agencyCode").in(visible);
  }

  private DisclosureWorkItem item(DisclosureRequest request, LocalDate today) {
    boolean open = request.status().isOpen();
    return new DisclosureWorkItem(
        request.id().toString(),
        request.trackingNumber(),
        request.agencyCode(),
        request.handlingUnit(),
        request.applicant().masked(),
        request.receivedOn(),
        request.status(),
        open ? null : request.outcome(),
        request.dueDate(),
        open ? ReplyDeadlines.workingDaysLeft(request.dueDate(), today, calendar) : null,
        request.isPaused(),
        request.overdue(),
        request.awaitedSteps());
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(BUSINESS_ZONE));
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
