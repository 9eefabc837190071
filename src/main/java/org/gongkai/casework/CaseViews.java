package org.gongkai.casework;

import java.util.function.BiFunction;
import org.gongkai.organization.Organization;
import org.gongkai.organization.PersonalDataViews;
import org.gongkai.organization.PersonalDataViews.CaseOnRecord;
import org.gongkai.organization.StaffMember;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reading a case of any kind: only staff who may act on its agency read it, and its personal data
 * is whole only for those working it, or for someone who states why — each whole view recorded
 * ({@link PersonalDataViews}).
 */
@Component
public class CaseViews {

  private final Organization organization;
  private final PersonalDataViews personalData;
  private final CaseTimeline timeline;

  CaseViews(Organization organization, PersonalDataViews personalData, CaseTimeline timeline) {
    this.organization = organization;
    this.personalData = personalData;
    this.timeline = timeline;
  }

  /**
   * The case as the viewer may read it.
   *
   * @param details the case's details, personal data masked when the second argument is true
   */
  public <A extends CaseAggregate<A, ?, ?>, D> D read(
      A aggregate,
      String viewer,
      @Nullable String revealReason,
      BiFunction<A, Boolean, D> details) {
    StaffMember staff = staffOf(aggregate, viewer);
    boolean whole = personalData.whole(onRecord(aggregate), staff, revealReason);
    return details.apply(aggregate, !whole);
  }

  /** The case with its personal data masked; not a whole view, so not recorded. */
  public <A extends CaseAggregate<A, ?, ?>, D> D readMasked(
      A aggregate, String viewer, BiFunction<A, Boolean, D> details) {
    staffOf(aggregate, viewer);
    return details.apply(aggregate, true);
  }

  /** Whether the viewer works the case, and so sees it whole without giving a reason. */
  public boolean worksCase(CaseAggregate<?, ?, ?> aggregate, String viewer) {
    return personalData.worksCase(onRecord(aggregate), organization.member(viewer));
  }

  /** Records a document addressed to the person, e.g. a reply letter: a whole view. */
  public StaffMember documentProduced(
      CaseAggregate<?, ?, ?> aggregate, String viewer, String document) {
    StaffMember staff = staffOf(aggregate, viewer);
    personalData.documentProduced(onRecord(aggregate), staff, document);
    return staff;
  }

  private StaffMember staffOf(CaseAggregate<?, ?, ?> aggregate, String viewer) {
    StaffMember staff = organization.member(viewer);
    organization.requireMayActOn(staff, aggregate.agencyCode(), aggregate.casesName());
    return staff;
  }

  private CaseOnRecord onRecord(CaseAggregate<?, ?, ?> aggregate) {
    return new CaseOnRecord(
        aggregate.caseKind(),
        aggregate.id().toString(),
        aggregate.agencyCode(),
        timeline.registrar(aggregate.caseKind(), aggregate.id()),
        aggregate.createdAt());
  }
}
