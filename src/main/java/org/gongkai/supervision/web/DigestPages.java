package org.gongkai.supervision.web;

import static org.gongkai.platform.ClockConfiguration.BUSINESS_ZONE;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongkai.organization.Organization;
import org.gongkai.platform.web.StaffPage;
import org.gongkai.supervision.WeeklyDigest;
import org.gongkai.supervision.WeeklyDigestPublisher;
import org.gongkai.supervision.WeeklyDigests;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The weekly digest as a page (周报): the latest from the leader's home page, any past week by its
 * ISO week; a leader opening it has read it (阅示).
 */
@StaffPage
@RequestMapping("/digests/weekly")
@PreAuthorize("hasAnyRole('LEADER', 'ADMIN')")
class DigestPages {

  private final WeeklyDigests digests;
  private final WeeklyDigestPublisher publisher;
  private final Organization organization;
  private final Clock clock;

  DigestPages(
      WeeklyDigests digests,
      WeeklyDigestPublisher publisher,
      Organization organization,
      Clock clock) {
    this.digests = digests;
    this.publisher = publisher;
    this.organization = organization;
    this.clock = clock;
  }

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
    String agency =
        agencyCode == null || agencyCode.isBlank()
            ? organization.member(user.getName()).agencyCode()
            : agencyCode.strip();
    WeeklyDigest digest = digests.digest(isoWeek, agency, null, user.getName());
    publisher.read(digest.week(), user.getName());
    LocalDate monday = digest.from();
    LocalDate today = LocalDate.now(clock.withZone(BUSINESS_ZONE));
    Map<String, WeeklyDigest.Count> counts = new LinkedHashMap<>();
    counts.put("digest.figures.disclosureReceived", digest.figures().disclosure().received());
    counts.put("digest.figures.disclosureFinished", digest.figures().disclosure().finished());
    counts.put("digest.figures.complaintsReceived", digest.figures().complaints().received());
    counts.put("digest.figures.complaintsClosed", digest.figures().complaints().closed());
    WeeklyDigest.SupervisionFigures supervision = digest.figures().supervision();
    if (supervision != null) {
      counts.put("digest.figures.supervisionOpened", supervision.opened());
      counts.put("digest.figures.supervisionAnswered", supervision.answered());
      counts.put("digest.figures.supervisionAnsweredOnTime", supervision.answeredOnTime());
      counts.put("digest.figures.supervisionSentBack", supervision.sentBack());
      counts.put("digest.figures.supervisionClosed", supervision.closed());
    }
    Map<String, WeeklyDigest.Rate> rates = new LinkedHashMap<>();
    rates.put("digest.figures.onTimeRate", digest.figures().complaints().onTimeRate());
    rates.put("digest.figures.followUpRate", digest.figures().complaints().followUpRate());
    rates.put("digest.figures.satisfactionRate", digest.figures().complaints().satisfactionRate());
    model.addAttribute("digest", digest);
    model.addAttribute("countRows", counts.entrySet());
    model.addAttribute("rateRows", rates.entrySet());
    model.addAttribute("previousWeek", WeeklyDigests.isoWeekOf(monday.minusWeeks(1)));
    model.addAttribute(
        "nextWeek",
        monday.plusWeeks(1).isAfter(today) ? null : WeeklyDigests.isoWeekOf(monday.plusWeeks(1)));
    return "digests/weekly";
  }
}
