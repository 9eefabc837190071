package org.gongkai.complaint.process;

import static org.gongkai.complaint.process.ComplaintProcessIds.*;
import static org.gongkai.platform.ClockConfiguration.BUSINESS_ZONE;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.gongkai.complaint.ComplaintFlow;
import org.gongkai.complaint.FollowUpResult;
import org.gongkai.platform.process.CaseProcesses;
import org.gongkai.platform.process.DeadlineWatch;
import org.springframework.stereotype.Component;

/**
 * Moves the {@value ComplaintProcessIds#PROCESS} process along for the desk: starts it, completes
 * its tasks, and restarts the time-limit watch when the due date moves. The process instance's
 * business key is the case id.
 */
@Component
class CamundaComplaintFlow implements ComplaintFlow {

  private final RuntimeService runtimeService;
  private final CaseProcesses processes;

  CamundaComplaintFlow(RuntimeService runtimeService, CaseProcesses processes) {
    this.runtimeService = runtimeService;
    this.processes = processes;
  }

  @Override
  public void start(String caseId, boolean directAnswer, DeadlineWatch watch) {
    Map<String, Object> variables = watch.variables();
    variables.put(VAR_DIRECT_ANSWER, directAnswer);
    runtimeService.startProcessInstanceByKey(PROCESS, caseId, variables);
  }

  @Override
  public void dispatched(String caseId, String unitCode) {
    processes.complete(PROCESS, caseId, TASK_DISPATCH, Map.of(VAR_UNIT_CODE, unitCode));
  }

  @Override
  public void accepted(String caseId) {
    processes.complete(PROCESS, caseId, TASK_ACCEPT, Map.of(VAR_ACCEPTED, true));
  }

  @Override
  public void returned(String caseId, boolean whileHandling) {
    if (whileHandling) {
      processes.complete(PROCESS, caseId, TASK_HANDLE, Map.of(VAR_RETURNED, true));
    } else {
      processes.complete(PROCESS, caseId, TASK_ACCEPT, Map.of(VAR_ACCEPTED, false));
    }
  }

  @Override
  public void replied(String caseId, LocalDate followUpOn) {
    processes.complete(
        PROCESS,
        caseId,
        TASK_HANDLE,
        Map.of(VAR_FOLLOW_UP_ON, startOf(followUpOn), VAR_RETURNED, false));
  }

  @Override
  public void followedUp(String caseId, FollowUpResult result, LocalDate nextFollowUpOn) {
    processes.complete(
        PROCESS,
        caseId,
        TASK_FOLLOW_UP,
        Map.of(VAR_FOLLOW_UP_RESULT, result.name(), VAR_FOLLOW_UP_ON, startOf(nextFollowUpOn)));
  }

  @Override
  public void closed(String caseId) {
    if (processes.instance(PROCESS, caseId) != null) {
      runtimeService
          .createMessageCorrelation(MSG_CASE_CLOSED)
          .processInstanceBusinessKey(caseId)
          .correlate();
    }
  }

  @Override
  public void deadlineChanged(String caseId, DeadlineWatch watch) {
    processes.restartDeadlineWatch(caseId, watch);
  }

  private static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(BUSINESS_ZONE).toInstant());
  }
}
