package org.gongkai.complaint.process;

import static org.gongkai.complaint.process.ComplaintProcessIds.*;
import static org.gongkai.platform.ClockConfiguration.BUSINESS_ZONE;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.gongkai.complaint.ComplaintFlow;
import org.gongkai.complaint.ComplaintTimers;
import org.gongkai.complaint.FollowUpResult;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Moves the {@value ComplaintProcessIds#PROCESS} process along for the desk: starts it, completes
 * its tasks, and keeps the time-limit timers on the current due date. The process instance's
 * business key is the case id.
 */
@Component
class CamundaComplaintFlow implements ComplaintFlow {

  /** Stands in for "nothing to watch": the timer waits until a due date is set again. */
  private static final Date NOT_WATCHED =
      Date.from(OffsetDateTime.parse("2999-12-31T00:00:00+08:00").toInstant());

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;

  CamundaComplaintFlow(
      RuntimeService runtimeService, TaskService taskService, ManagementService managementService) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.managementService = managementService;
  }

  @Override
  public void start(String caseId, boolean directAnswer, ComplaintTimers timers) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_DIRECT_ANSWER, directAnswer);
    variables.put(VAR_WARN_AT, date(timers.warnAt()));
    variables.put(VAR_OVERDUE_AT, date(timers.overdueAt()));
    runtimeService.startProcessInstanceByKey(PROCESS, caseId, variables);
  }

  @Override
  public void dispatched(String caseId, String unitCode) {
    complete(caseId, TASK_DISPATCH, Map.of(VAR_UNIT_CODE, unitCode));
  }

  @Override
  public void accepted(String caseId) {
    complete(caseId, TASK_ACCEPT, Map.of(VAR_ACCEPTED, true));
  }

  @Override
  public void returned(String caseId) {
    complete(caseId, TASK_ACCEPT, Map.of(VAR_ACCEPTED, false));
  }

  @Override
  public void replied(String caseId, LocalDate followUpOn) {
    complete(caseId, TASK_HANDLE, Map.of(VAR_FOLLOW_UP_ON, startOf(followUpOn)));
  }

  @Override
  public void followedUp(String caseId, FollowUpResult result, LocalDate nextFollowUpOn) {
    complete(
        caseId,
        TASK_FOLLOW_UP,
        Map.of(VAR_FOLLOW_UP_RESULT, result.name(), VAR_FOLLOW_UP_ON, startOf(nextFollowUpOn)));
  }

  @Override
  public void closed(String caseId) {
    if (instance(caseId) != null) {
      runtimeService
          .createMessageCorrelation(MSG_CASE_CLOSED)
          .processInstanceBusinessKey(caseId)
          .correlate();
    }
  }

  @Override
  public void deadlineChanged(String caseId, ComplaintTimers timers) {
    ProcessInstance instance = instance(caseId);
    if (instance == null) {
      return;
    }
    Date warnAt = date(timers.warnAt());
    Date overdueAt = date(timers.overdueAt());
    runtimeService.setVariable(instance.getId(), VAR_WARN_AT, warnAt);
    runtimeService.setVariable(instance.getId(), VAR_OVERDUE_AT, overdueAt);
    List<Job> watch = watchJobs(instance.getId());
    boolean warningAhead = warnAt.after(ClockUtil.getCurrentTime());
    boolean waitingForDue = watch.stream().anyMatch(job -> TIMER_DUE.equals(activityOf(job)));
    if (watch.isEmpty() || (warningAhead && waitingForDue)) {
      restartWatch(instance.getId(), watch.isEmpty());
      watch = watchJobs(instance.getId());
    }
    for (Job job : watch) {
      managementService.setJobDuedate(
          job.getId(), TIMER_DUE_SOON.equals(activityOf(job)) ? warnAt : overdueAt);
    }
  }

  private void restartWatch(String processInstanceId, boolean ended) {
    var modification = runtimeService.createProcessInstanceModification(processInstanceId);
    if (!ended) {
      modification.cancelAllForActivity(TIMER_DUE);
    }
    modification.startBeforeActivity(TIMER_DUE_SOON).execute(true, true);
  }

  private List<Job> watchJobs(String processInstanceId) {
    return managementService
        .createJobQuery()
        .processInstanceId(processInstanceId)
        .timers()
        .list()
        .stream()
        .filter(job -> TIMER_DUE_SOON.equals(activityOf(job)) || TIMER_DUE.equals(activityOf(job)))
        .toList();
  }

  private @Nullable String activityOf(Job job) {
    return managementService
        .createJobDefinitionQuery()
        .jobDefinitionId(job.getJobDefinitionId())
        .singleResult()
        .getActivityId();
  }

  private void complete(String caseId, String taskKey, Map<String, Object> variables) {
    Task task =
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(caseId)
            .processDefinitionKey(PROCESS)
            .taskDefinitionKey(taskKey)
            .singleResult();
    if (task == null) {
      throw new IllegalStateException("No task " + taskKey + " for complaint " + caseId);
    }
    taskService.complete(task.getId(), variables);
  }

  private @Nullable ProcessInstance instance(String caseId) {
    return runtimeService
        .createProcessInstanceQuery()
        .processDefinitionKey(PROCESS)
        .processInstanceBusinessKey(caseId)
        .singleResult();
  }

  private static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(BUSINESS_ZONE).toInstant());
  }

  private static Date date(@Nullable OffsetDateTime moment) {
    return moment == null ? NOT_WATCHED : Date.from(moment.toInstant());
  }
}
