package org.gongkai.platform.process;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The engine operations every case process needs. A case's process instance has the case id as its
 * business key; its deadline watch is a branch of two timers — a warning, then the overdue mark —
 * whose dates live in two variables.
 */
@Component
public class CaseProcesses {

  /**
   * Stands in for a date that is not known: the calendar cannot compute it yet, the clock is
   * paused, or there is nothing to watch. The timer waits until the date is set again.
   */
  public static final Date NOT_YET_KNOWN =
      Date.from(OffsetDateTime.parse("2999-12-31T00:00:00+08:00").toInstant());

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;

  CaseProcesses(
      RuntimeService runtimeService, TaskService taskService, ManagementService managementService) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.managementService = managementService;
  }

  /** A timer date: the moment, or {@link #NOT_YET_KNOWN}. */
  public static Date date(@Nullable OffsetDateTime moment) {
    return moment == null ? NOT_YET_KNOWN : Date.from(moment.toInstant());
  }

  public @Nullable ProcessInstance instance(String processKey, String caseId) {
    return runtimeService
        .createProcessInstanceQuery()
        .processDefinitionKey(processKey)
        .processInstanceBusinessKey(caseId)
        .singleResult();
  }

  public void correlate(String caseId, String message, Map<String, Object> variables) {
    runtimeService
        .createMessageCorrelation(message)
        .processInstanceBusinessKey(caseId)
        .setVariables(variables)
        .correlate();
  }

  /** Completes the case's user task: only a case command may (see {@link CaseTaskGuard}). */
  public void complete(
      String processKey, String caseId, String taskKey, Map<String, Object> variables) {
    Task task =
        taskService
            .createTaskQuery()
            .processDefinitionKey(processKey)
            .processInstanceBusinessKey(caseId)
            .taskDefinitionKey(taskKey)
            .singleResult();
    if (task == null) {
      throw new IllegalStateException("No task " + taskKey + " of " + processKey + " " + caseId);
    }
    CaseTaskGuard.completing(
        () -> {
          taskService.complete(task.getId(), variables);
          return null;
        });
  }

  /**
   * Puts the deadline watch on new dates: updates its variables and the due dates of its timer
   * jobs, parks them on {@link #NOT_YET_KNOWN} while {@code paused}, and starts the watch over when
   * it has ended or already passed a warning that now lies ahead again.
   */
  public void moveDeadlineWatch(
      String processKey,
      String caseId,
      DeadlineWatch watch,
      @Nullable OffsetDateTime warnAt,
      @Nullable OffsetDateTime overdueAt,
      boolean paused) {
    ProcessInstance instance = instance(processKey, caseId);
    if (instance == null) {
      return;
    }
    Date warn = date(warnAt);
    Date overdue = date(overdueAt);
    runtimeService.setVariable(instance.getId(), watch.warnVariable(), warn);
    runtimeService.setVariable(instance.getId(), watch.overdueVariable(), overdue);
    List<Job> jobs = watchJobs(instance.getId(), watch);
    boolean warningAhead = !paused && warn.after(ClockUtil.getCurrentTime());
    boolean waitingForDue =
        jobs.stream().anyMatch(job -> watch.overdueTimer().equals(activityOf(job)));
    if (jobs.isEmpty() || (warningAhead && waitingForDue)) {
      var modification = runtimeService.createProcessInstanceModification(instance.getId());
      if (!jobs.isEmpty()) {
        modification.cancelAllForActivity(watch.overdueTimer());
      }
      modification.startBeforeActivity(watch.warnTimer()).execute(true, true);
      jobs = watchJobs(instance.getId(), watch);
    }
    for (Job job : jobs) {
      Date due = watch.warnTimer().equals(activityOf(job)) ? warn : overdue;
      managementService.setJobDuedate(job.getId(), paused ? NOT_YET_KNOWN : due);
    }
  }

  private List<Job> watchJobs(String processInstanceId, DeadlineWatch watch) {
    return managementService
        .createJobQuery()
        .processInstanceId(processInstanceId)
        .timers()
        .list()
        .stream()
        .filter(job -> watch.isTimer(activityOf(job)))
        .toList();
  }

  private @Nullable String activityOf(Job job) {
    return managementService
        .createJobDefinitionQuery()
        .jobDefinitionId(job.getJobDefinitionId())
        .singleResult()
        .getActivityId();
  }

  /** The ids of a process's deadline watch: its two timers and the variables they read. */
  public record DeadlineWatch(
      String warnTimer, String overdueTimer, String warnVariable, String overdueVariable) {

    boolean isTimer(@Nullable String activityId) {
      return warnTimer.equals(activityId) || overdueTimer.equals(activityId);
    }
  }
}
