package org.gongkai.statistics.rest;

import java.net.URI;
import java.security.Principal;
import org.gongkai.platform.ProblemException;
import org.gongkai.statistics.StatisticsRebuilds;
import org.gongkai.statistics.StatisticsRebuilds.RebuildJob;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Rebuilding the statistics read model from the case topics, for administrators. */
@RestController
@RequestMapping("/api/admin/statistics")
@PreAuthorize("hasRole('ADMIN')")
class StatisticsAdministrationController {

  private final StatisticsRebuilds rebuilds;

  StatisticsAdministrationController(StatisticsRebuilds rebuilds) {
    this.rebuilds = rebuilds;
  }

  /** Starts a rebuild: 202 with the job, whose progress is at the {@code Location}. */
  @PostMapping("/rebuild")
  ResponseEntity<RebuildJob> rebuild(Principal user) {
    RebuildJob job = rebuilds.start(user.getName());
    return ResponseEntity.accepted()
        .location(URI.create("/api/admin/statistics/rebuild/" + job.jobId()))
        .body(job);
  }

  @GetMapping("/rebuild/{jobId}")
  RebuildJob progress(@PathVariable String jobId) {
    return rebuilds
        .job(jobId)
        .orElseThrow(() -> ProblemException.notFound("没有编号为「" + jobId + "」的重建任务"));
  }
}
