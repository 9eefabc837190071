package org.gongkai.complaint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.gongkai.casework.CaseViews;
import org.gongkai.organization.Organization;
import org.gongkai.organization.PersonalDataViews;
import org.gongkai.organization.Role;
import org.gongkai.organization.StaffMember;
import org.gongkai.platform.CaseListFilter;
import org.gongkai.platform.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading complaints: one case (personal data whole only for those working it, or with a stated
 * reason), a page of a list, and the search by ticket number, name or phone.
 */
@Service
public class ComplaintQueries {

  private final ComplaintRecords records;
  private final Complaints complaints;
  private final Organization organization;
  private final CaseViews views;

  ComplaintQueries(
      ComplaintRecords records, Complaints complaints, Organization organization, CaseViews views) {
    this.records = records;
    this.complaints = complaints;
    this.organization = organization;
    this.views = views;
  }

  /** The statuses in which a ticket may wait for a step of one of the roles (for task lists). */
  public Set<ComplaintStatus> statusesAwaiting(Set<Role> roles) {
    return Complaint.statusesAwaiting(roles);
  }

  /**
   * The record, for staff who may read the agency's complaints: with the citizen's personal data
   * whole for those working the case, masked for everyone else ({@link PersonalDataViews}).
   */
  @Transactional(readOnly = true)
  public ComplaintDetails find(UUID id, String viewer) {
    return find(id, viewer, null);
  }

  /**
   * The record; someone not working the case who states why sees the personal data whole too. Every
   * whole view is recorded, with its reason.
   */
  @Transactional(readOnly = true)
  public ComplaintDetails find(UUID id, String viewer, @Nullable String revealReason) {
    return views.read(records.load(id), viewer, revealReason, records::details);
  }

  /** The record with the citizen's personal data masked; not a whole view, so not recorded. */
  @Transactional(readOnly = true)
  public ComplaintDetails findMasked(UUID id, String viewer) {
    return views.readMasked(records.load(id), viewer, records::details);
  }

  /** Whether the viewer works the complaint, and so sees it whole without giving a reason. */
  @Transactional(readOnly = true)
  public boolean worksCase(UUID id, String viewer) {
    return views.worksCase(records.load(id), viewer);
  }

  @Transactional(readOnly = true)
  public Page<ComplaintSummary> list(ComplaintQuery query, int page, int size, String viewer) {
    StaffMember staff = organization.member(viewer);
    Set<String> visible = organization.visibleAgencies(staff);
    if (query.agencyCode() != null && visible != null && !visible.contains(query.agencyCode())) {
      throw ProblemException.forbidden("您无权查看机关「" + query.agencyCode() + "」的群众诉求。");
    }
    Specification<Complaint> filter =
        CaseListFilter.of(query.agencyCode(), visible, query.status(), query.overdue());
    return complaints
        .findAll(
            filter,
            PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "receivedAt", "createdAt")))
        .map(ComplaintRecords::summary);
  }

  /** At most this many complaints answer a search. */
  public static final int SEARCH_LIMIT = 50;

  /**
   * The complaints the viewer may see whose work-order number (the case id, or the 110/12345 ticket
   * number), citizen name or phone is the text, newest first, at most {@link #SEARCH_LIMIT},
   * personal data masked.
   */
  @Transactional(readOnly = true)
  public List<ComplaintSummary> search(String text, String viewer) {
    String wanted = text.strip();
    if (wanted.isEmpty()) {
      return List.of();
    }
    String digits = wanted.replaceAll("[\\s-]", "");
    Specification<Complaint> matching =
        (root, query, builder) -> {
          List<jakarta.persistence.criteria.Predicate> any = new ArrayList<>();
          any.add(builder.equal(root.get("upstreamTicketId"), wanted));
          any.add(builder.equal(root.get("citizen").get("name"), wanted));
          any.add(builder.equal(root.get("citizen").get("phone"), wanted));
          if (!digits.isEmpty() && !digits.equals(wanted)) {
            any.add(builder.equal(root.get("citizen").get("phone"), digits));
          }
          caseId(wanted).ifPresent(id -> any.add(builder.equal(root.get("id"), id)));
          return builder.or(any.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    Set<String> visible = organization.visibleAgencies(organization.member(viewer));
    Specification<Complaint> filter =
        CaseListFilter.<Complaint>of(null, visible, null, null).and(matching);
    return complaints
        .findAll(
            filter,
            PageRequest.of(
                0, SEARCH_LIMIT, Sort.by(Sort.Direction.DESC, "receivedAt", "createdAt")))
        .map(ComplaintRecords::summary)
        .getContent();
  }

  private static java.util.Optional<UUID> caseId(String text) {
    try {
      return java.util.Optional.of(UUID.fromString(text));
    } catch (IllegalArgumentException notAnId) {
      return java.util.Optional.empty();
    }
  }
}
