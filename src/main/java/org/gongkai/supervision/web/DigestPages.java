package org.gongkai.supervision.web;

import static org.gongkai.platform.ClockConfiguration.BUSINESS_ZONE;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.organization.Organization;
import org.gongkai.platform.ProblemException;
import org.gongkai.platform.web.StaffPage;
import org.gongkai.statistics.WeekFigures;
import org.gongkai.statistics.WeekFigures.Figure;
import org.gongkai.supervision.InstructionWorklist;
import org.gongkai.supervision.WeeklyDigest;
import org.gongkai.supervision.WeeklyDigestPublisher;
import org.gongkai.supervision.WeeklyDigests;
import org.gongkai.supervision.WeeklyDigests.Span;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The weekly digest as a page (周报): the latest from the leader's home page, any past week by its
 * ISO week; a leader opening it has read it (阅示). Every number links to the cases behind it.
 */
@StaffPage
@RequestMapping("/digests/weekly")
@PreAuthorize("hasAnyRole('LEADER', 'ADMIN')")
class DigestPages {

  private final WeeklyDigests digests;
  private final WeeklyDigestPublisher publisher;
  private final InstructionWorklist worklist;
  private final Organization organization;
  private final AgencyNames names;
  private final Clock clock;

  DigestPages(
      WeeklyDigests digests,
      WeeklyDigestPublisher publisher,
      InstructionWorklist worklist,
      Organization organization,
      AgencyNames names,
      Clock clock) {
    this.digests = digests;
    this.publisher = publisher;
    this.worklist = worklist;
    this.organization = organization;
    this.names = names;
    this.clock = clock;
  }

  /** A count of the figures table: its label, the number it is, and its three values. */
  record CountRow(String labelKey, Figure figure, WeeklyDigest.Count count) {}

  /** A count of supervised items in the figures table (digests stored before it have none). */
  record SupervisionRow(String labelKey, WeeklyDigest.Count count) {}

  /** A rate of the figures table: its label, the cases it rates, and its three values. */
  record RateRow(String labelKey, Figure base, WeeklyDigest.Rate rate) {}

  /** The latest digest: last week's. */
  @GetMapping
  String latest() {
    LocalDate today = LocalDate.now(clock.withZone(BUSINESS_ZONE));
    return "redirect:/digests/weekly/" + WeeklyDigests.isoWeekOf(today.minusWeeks(1));
  }

  @GetMapping("/{isoWeek}")
  String digest(
      @PathVariable String isoWeek,
      @RequestParam(required = false) @Nullable String agencyCode,
      Principal user,
      Model model) {
    WeeklyDigest digest = digests.digest(isoWeek, agency(agencyCode, user), null, user.getName());
    publisher.read(digest.week(), user.getName());
    LocalDate monday = digest.from();
    LocalDate today = LocalDate.now(clock.withZone(BUSINESS_ZONE));
    WeeklyDigest.DisclosureFigures disclosure = digest.figures().disclosure();
    WeeklyDigest.ComplaintFigures complaints = digest.figures().complaints();
    model.addAttribute("digest", digest);
    model.addAttribute(
        "countRows",
        List.of(
            new CountRow(
                "digest.figures.disclosureReceived",
                Figure.DISCLOSURE_RECEIVED,
                disclosure.received()),
            new CountRow(
                "digest.figures.disclosureFinished",
                Figure.DISCLOSURE_FINISHED,
                disclosure.finished()),
            new CountRow(
                "digest.figures.complaintsReceived",
                Figure.COMPLAINTS_RECEIVED,
                complaints.received()),
            new CountRow(
                "digest.figures.complaintsClosed", Figure.COMPLAINTS_CLOSED, complaints.closed())));
    model.addAttribute(
        "rateRows",
        List.of(
            new RateRow(
                "digest.figures.onTimeRate", Figure.COMPLAINTS_CLOSED, complaints.onTimeRate()),
            new RateRow(
                "digest.figures.followUpRate", Figure.COMPLAINTS_CLOSED, complaints.followUpRate()),
            new RateRow(
                "digest.figures.satisfactionRate",
                Figure.COMPLAINTS_RATED,
                complaints.satisfactionRate())));
    WeeklyDigest.SupervisionFigures supervision = digest.figures().supervision();
    model.addAttribute(
        "supervisionRows",
        supervision == null
            ? List.of()
            : List.of(
                new SupervisionRow("digest.figures.supervisionOpened", supervision.opened()),
                new SupervisionRow("digest.figures.supervisionAnswered", supervision.answered()),
                new SupervisionRow(
                    "digest.figures.supervisionAnsweredOnTime", supervision.answeredOnTime()),
                new SupervisionRow("digest.figures.supervisionSentBack", supervision.sentBack()),
                new SupervisionRow("digest.figures.supervisionClosed", supervision.closed())));
    model.addAttribute("spans", Span.values());
    model.addAttribute("previousWeek", WeeklyDigests.isoWeekOf(monday.minusWeeks(1)));
    model.addAttribute(
        "nextWeek",
        monday.plusWeeks(1).isAfter(today) ? null : WeeklyDigests.isoWeekOf(monday.plusWeeks(1)));
    model.addAttribute("instructionsAwaitingReview", worklist.awaitingReviewBy(user.getName()));
    return "digests/weekly";
  }

  /** The cases behind one number of the digest: a figure of a week, of a unit or a channel. */
  @GetMapping("/{isoWeek}/cases")
  String cases(
      @PathVariable String isoWeek,
      @RequestParam(required = false) @Nullable String agencyCode,
      @RequestParam(required = false) @Nullable Boolean includeSubordinates,
      @RequestParam(required = false) @Nullable String figure,
      @RequestParam(defaultValue = "THIS_WEEK") String span,
      @RequestParam(required = false) @Nullable String unitCode,
      @RequestParam(required = false) @Nullable String channel,
      Principal user,
      Model model) {
    WeeklyDigest digest =
        digests.digest(isoWeek, agency(agencyCode, user), includeSubordinates, user.getName());
    Figure which = choice(Figure.class, "figure", figure);
    Span week = choice(Span.class, "span", span);
    String unit = unitCode == null || unitCode.isBlank() ? null : unitCode.strip();
    String by = channel == null || channel.isBlank() ? null : channel.strip();
    List<WeekFigures.CaseLine> cases = digests.casesBehind(digest, which, week, unit, by);
    model.addAttribute("digest", digest);
    model.addAttribute("figure", which);
    model.addAttribute("span", week);
    model.addAttribute("unitName", unit == null ? null : names.of(unit));
    model.addAttribute("channel", by);
    model.addAttribute("cases", cases);
    model.addAttribute("unitNames", names.all());
    return "digests/cases";
  }

  private String agency(@Nullable String agencyCode, Principal user) {
    return agencyCode == null || agencyCode.isBlank()
        ? organization.member(user.getName()).agencyCode()
        : agencyCode.strip();
  }

  /** One of the constants, by its name; anything else is a 400 naming the parameter. */
  private static <E extends Enum<E>> E choice(Class<E> type, String field, @Nullable String value) {
    try {
      return Enum.valueOf(type, value == null ? "" : value.strip());
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid(field, "「" + value + "」不是周报中的数字");
    }
  }
}
