package org.gongkai.statistics.web;

import java.security.Principal;
import org.gongkai.platform.ProblemException;
import org.gongkai.platform.web.StaffPage;
import org.gongkai.statistics.StatisticsRebuilds;
import org.gongkai.statistics.StatisticsRebuilds.RebuildJob;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page for rebuilding the statistics: a button that starts a rebuild, and a
 * progress page that refreshes itself until the rebuild has finished.
 */
@StaffPage
@RequestMapping("/admin/statistics")
@PreAuthorize("hasRole('ADMIN')")
class StatisticsRebuildPages {

  private final StatisticsRebuilds rebuilds;

  StatisticsRebuildPages(StatisticsRebuilds rebuilds) {
    this.rebuilds = rebuilds;
  }

  @GetMapping
  String overview() {
    return "statistics/rebuild-start";
  }

  @PostMapping("/rebuild")
  String start(Principal user, RedirectAttributes redirect, Model model) {
    try {
      RebuildJob job = rebuilds.start(user.getName());
      return "redirect:/admin/statistics/rebuild/" + job.jobId();
    } catch (ProblemException refused) {
      model.addAttribute("refusal", refused.getMessage());
      return "statistics/rebuild-start";
    }
  }

  @GetMapping("/rebuild/{jobId}")
  String progress(@PathVariable String jobId, Model model) {
    RebuildJob job =
        rebuilds
            .job(jobId)
            .orElseThrow(() -> ProblemException.notFound("没有编号为「" + jobId + "」的重建任务"));
    model.addAttribute("job", job);
    model.addAttribute("percent", percent(job));
    return "statistics/rebuild-progress";
  }

  private static int percent(RebuildJob job) {
    if (job.state().equals("SUCCEEDED")) {
      return 100;
    }
    if (job.eventsTotal() <= 0) {
      return 0;
    }
    return (int) Math.min(99, job.eventsApplied() * 100 / job.eventsTotal());
  }
}
