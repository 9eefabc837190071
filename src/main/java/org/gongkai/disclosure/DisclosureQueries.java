package org.gongkai.disclosure;

import static org.gongkai.platform.ClockConfiguration.BUSINESS_ZONE;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.gongkai.casework.CaseViews;
import org.gongkai.disclosure.letter.ReplyLetter;
import org.gongkai.organization.Organization;
import org.gongkai.organization.PersonalDataViews;
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
 * Reading requests: one case (personal data whole only for those working it, or with a stated
 * reason), its reply letter, and a page of a list.
 */
@Service
public class DisclosureQueries {

  private final DisclosureRecords records;
  private final DisclosureRequests requests;
  private final Organization organization;
  private final CaseViews views;
  private final Clock clock;

  DisclosureQueries(
      DisclosureRecords records,
      DisclosureRequests requests,
      Organization organization,
      CaseViews views,
      Clock clock) {
    this.records = records;
    this.requests = requests;
    this.organization = organization;
    this.views = views;
    this.clock = clock;
  }

  /**
   * The record, for staff who may read the agency's requests: with the applicant's personal data
   * whole for those working the case, masked for everyone else ({@link PersonalDataViews}).
   */
  @Transactional(readOnly = true)
  public DisclosureRequestDetails find(UUID id, String viewer) {
    return find(id, viewer, null);
  }

  /**
   * The record; someone not working the case who states why sees the personal data whole too. Every
   * whole view is recorded, with its reason.
   */
  @Transactional(readOnly = true)
  public DisclosureRequestDetails find(UUID id, String viewer, @Nullable String revealReason) {
    return views.read(records.load(id), viewer, revealReason, records::details);
  }

  /** Whether the viewer works the request, and so sees it whole without giving a reason. */
  @Transactional(readOnly = true)
  public boolean worksCase(UUID id, String viewer) {
    return views.worksCase(records.load(id), viewer);
  }

  /**
   * The record with the applicant's personal data masked, for staff of the handling agency. Not a
   * full view, so not recorded.
   */
  @Transactional(readOnly = true)
  public DisclosureRequestDetails findMasked(UUID id, String viewer) {
    return views.readMasked(records.load(id), viewer, records::details);
  }

  /**
   * The reply letter of the approved outcome; offered only once the reviewer approved it, so that
   * the letter always matches the outcome the case is finished with.
   */
  @Transactional(readOnly = true)
  public ReplyLetter replyLetter(UUID id, String viewer) {
    DisclosureRequest request = records.load(id);
    StaffMember staff = organization.member(viewer);
    organization.requireMayActOn(staff, request.agencyCode(), request.casesName());
    Outcome approved = request.outcome();
    if (approved == null
        || !(request.status() == DisclosureStatus.AWAITING_REPLY
            || request.replyMethod() != null)) {
      throw ProblemException.conflict(
          "答复意见尚未经审核同意，暂不能生成答复书（当前状态：" + request.status().label() + "）。");
    }
    var agency = organization.agency(request.agencyCode()).orElseThrow();
    String reviewAuthority =
        agency.parentCode() == null
            ? ""
            : organization.agency(agency.parentCode()).map(a -> a.name()).orElse("");
    LocalDate repliedOn =
        request.finishedOn() != null
            ? request.finishedOn()
            : LocalDate.now(clock.withZone(BUSINESS_ZONE));
    // the letter is addressed to the applicant by name: a whole view
    views.documentProduced(request, viewer, "答复书");
    return new ReplyLetter(
        request.trackingNumber(),
        agency.name(),
        request.applicant().type().isOrganization()
                && request.applicant().organizationName() != null
            ? request.applicant().organizationName()
            : request.applicant().name(),
        request.receivedOn(),
        request.description(),
        approved,
        repliedOn.isBefore(request.receivedOn()) ? request.receivedOn() : repliedOn,
        request.decisionNote(),
        request.extensionWorkingDays() > 0 ? request.dueDate() : null,
        reviewAuthority,
        "");
  }

  @Transactional(readOnly = true)
  public Page<DisclosureRequestSummary> list(
      DisclosureQuery query, int page, int size, String viewer) {
    StaffMember staff = organization.member(viewer);
    Set<String> visible = organization.visibleAgencies(staff);
    if (query.agencyCode() != null && visible != null && !visible.contains(query.agencyCode())) {
      throw ProblemException.forbidden("您无权查看机关「" + query.agencyCode() + "」的申请。");
    }
    Specification<DisclosureRequest> filter =
        CaseListFilter.of(query.agencyCode(), visible, query.status(), query.overdue());
    return requests
        .findAll(
            filter,
            PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "receivedOn", "createdAt")))
        .map(DisclosureRecords::summary);
  }
}
