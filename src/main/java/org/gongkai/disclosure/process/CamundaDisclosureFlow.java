package org.gongkai.disclosure.process;

import static org.gongkai.disclosure.process.DisclosureProcessIds.*;

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
import org.gongkai.disclosure.DeadlineTimers;
import org.gongkai.disclosure.DisclosureFlow;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Moves the {@value DisclosureProcessIds#PROCESS} process along for the desk: starts it, correlates
 * messages, completes tasks, and keeps the deadline timers on the current due date. The process
 * instance's business key is the case id.
 */
@Component
class CamundaDisclosureFlow implements DisclosureFlow {

  /**
   * Stands in for a date that is not known: the calendar cannot compute it yet, or the clock is
   * paused. The timer waits until the date is set again.
   */
  private static final Date NOT_YET_KNOWN =
      Date.from(OffsetDateTime.parse("2999-12-31T00:00:00+08:00").toInstant());

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;

  CamundaDisclosureFlow(
      RuntimeService runtimeService, TaskService taskService, ManagementService managementService) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.managementService = managementService;
  }

  @Override
  public void start(String caseId, String handlingUnit, DeadlineTimers timers) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_HANDLING_UNIT, handlingUnit);
    variables.put(VAR_WARN_AT, date(timers.warnAt()));
    variables.put(VAR_OVERDUE_AT, date(timers.overdueAt()));
    runtimeService.startProcessInstanceByKey(PROCESS, caseId, variables);
    if (timers.paused()) {
      deadlineChanged(caseId, timers);
    }
  }

  @Override
  public void correctionRequested(String caseId, OffsetDateTime periodEndsAt) {
    correlate(
        caseId,
        MSG_CORRECTION_REQUESTED,
        Map.of(VAR_CORRECTION_PERIOD_ENDS_AT, date(periodEndsAt)));
  }

  @Override
  public void correctionReceived(String caseId) {
    correlate(caseId, MSG_CORRECTION_RECEIVED, Map.of());
  }

  @Override
  public void consultationStarted(String caseId, OffsetDateTime answerDueAt) {
    correlate(
        caseId, MSG_CONSULTATION_STARTED, Map.of(VAR_CONSULTATION_ENDS_AT, date(answerDueAt)));
  }

  @Override
  public void consultationAnswered(String caseId) {
    correlate(caseId, MSG_CONSULTATION_ANSWERED, Map.of());
  }

  @Override
  public void feeNoticeIssued(String caseId, OffsetDateTime periodEndsAt) {
    correlate(caseId, MSG_FEE_NOTICE_ISSUED, Map.of(VAR_FEE_PERIOD_ENDS_AT, date(periodEndsAt)));
  }

  @Override
  public void feePaid(String caseId) {
    correlate(caseId, MSG_FEE_PAID, Map.of());
  }

  @Override
  public void decided(String caseId) {
    complete(caseId, TASK_HANDLE, Map.of());
  }

  @Override
  public void reviewed(String caseId, boolean approved) {
    complete(caseId, TASK_REVIEW_DECISION, Map.of(VAR_APPROVED, approved));
  }

  @Override
  public void replied(String caseId) {
    complete(caseId, TASK_REPLY, Map.of());
  }

  @Override
  public void closed(String caseId) {
    correlate(caseId, MSG_CASE_CLOSED, Map.of());
  }

  @Override
  public void deadlineChanged(String caseId, DeadlineTimers timers) {
    ProcessInstance instance = instance(caseId);
    if (instance == null) {
      return;
    }
    Date warnAt = date(timers.warnAt());
    Date overdueAt = date(timers.overdueAt());
    runtimeService.setVariable(instance.getId(), VAR_WARN_AT, warnAt);
    runtimeService.setVariable(instance.getId(), VAR_OVERDUE_AT, overdueAt);
    List<Job> watch = watchJobs(instance.getId());
    boolean warningAhead = !timers.paused() && warnAt.after(ClockUtil.getCurrentTime());
    boolean waitingForDue = watch.stream().anyMatch(job -> TIMER_REPLY_DUE.equals(activityOf(job)));
    if (watch.isEmpty() || (warningAhead && waitingForDue)) {
      restartWatch(instance.getId(), watch.isEmpty());
      watch = watchJobs(instance.getId());
    }
    for (Job job : watch) {
      Date due = TIMER_REPLY_DUE_SOON.equals(activityOf(job)) ? warnAt : overdueAt;
      managementService.setJobDuedate(job.getId(), timers.paused() ? NOT_YET_KNOWN : due);
    }
  }

  private void restartWatch(String processInstanceId, boolean ended) {
    var modification = runtimeService.createProcessInstanceModification(processInstanceId);
    if (!ended) {
      modification.cancelAllForActivity(TIMER_REPLY_DUE);
    }
    modification.startBeforeActivity(TIMER_REPLY_DUE_SOON).execute(true, true);
  }

  private List<Job> watchJobs(String processInstanceId) {
    return managementService
        .createJobQuery()
        .processInstanceId(processInstanceId)
        .timers()
        .list()
        .stream()
        .filter(
            job ->
                TIMER_REPLY_DUE_SOON.equals(activityOf(job))
                    || TIMER_REPLY_DUE.equals(activityOf(job)))
        .toList();
  }

  private @Nullable String activityOf(Job job) {
    return managementService
        .createJobDefinitionQuery()
        .jobDefinitionId(job.getJobDefinitionId())
        .singleResult()
        .getActivityId();
  }

  private void correlate(String caseId, String message, Map<String, Object> variables) {
    runtimeService
        .createMessageCorrelation(message)
        .processInstanceBusinessKey(caseId)
        .setVariables(variables)
        .correlate();
  }

  private void complete(String caseId, String taskKey, Map<String, Object> variables) {
    Task task =
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(caseId)
            .taskDefinitionKey(taskKey)
            .singleResult();
    if (task == null) {
      throw new IllegalStateException("No task " + taskKey + " for disclosure request " + caseId);
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

  private static Date date(@Nullable OffsetDateTime moment) {
    return moment == null ? NOT_YET_KNOWN : Date.from(moment.toInstant());
  }
}
