package org.gongkai.platform.process;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The engine operations every case process needs. A case's process instance has the case id as its
 * business key; its deadline watch is a subprocess of timers — a reminder, the overdue mark, then
 * the rungs of the supervision ladder ({@link DeadlineWatch}) — whose dates live in process
 * variables, and which the 「期限变更」 message restarts when they move.
 */
@Component
public class CaseProcesses {

  /** Restarts the deadline watch of either case process from the variables it carries. */
  public static final String MSG_DEADLINE_MOVED = "Msg_DeadlineMoved";

  private final RuntimeService runtimeService;
  private final TaskService taskService;

  CaseProcesses(RuntimeService runtimeService, TaskService taskService) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
  }

  /** A timer date. */
  public static Date date(OffsetDateTime moment) {
    return Date.from(moment.toInstant());
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
   * Completes the user tasks of a process assigned to someone, in the instances whose variable has
   * the value (e.g. a leader's 阅示 of one week's digest); answers how many.
   */
  public int completeAssigned(
      String processKey, String taskKey, String assignee, String variable, Object value) {
    List<Task> tasks =
        taskService
            .createTaskQuery()
            .processDefinitionKey(processKey)
            .taskDefinitionKey(taskKey)
            .taskAssignee(assignee)
            .processVariableValueEquals(variable, value)
            .list();
    for (Task task : tasks) {
      CaseTaskGuard.completing(
          () -> {
            taskService.complete(task.getId());
            return null;
          });
    }
    return tasks.size();
  }

  /**
   * The case's dates moved: the 「期限变更」 message restarts the process's deadline watch from them. A
   * process that has ended (a complaint answered on the spot) has no watch to restart.
   */
  public void restartDeadlineWatch(String caseId, DeadlineWatch watch) {
    runtimeService
        .createMessageCorrelation(MSG_DEADLINE_MOVED)
        .processInstanceBusinessKey(caseId)
        .setVariables(watch.variables())
        .correlateAllWithResult();
  }
}
