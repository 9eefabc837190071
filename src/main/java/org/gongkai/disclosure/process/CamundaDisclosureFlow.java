package org.gongkai.disclosure.process;

import static org.gongkai.disclosure.process.DisclosureProcessIds.*;
import static org.gongkai.platform.process.CaseProcesses.date;

import java.time.OffsetDateTime;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.gongkai.disclosure.DisclosureFlow;
import org.gongkai.platform.process.CaseProcesses;
import org.gongkai.platform.process.DeadlineWatch;
import org.springframework.stereotype.Component;

/**
 * Moves the {@value DisclosureProcessIds#PROCESS} process along for the desk: starts it, correlates
 * messages, completes tasks, and restarts the deadline watch when the due date moves. The process
 * instance's business key is the case id.
 */
@Component
class CamundaDisclosureFlow implements DisclosureFlow {

  private final RuntimeService runtimeService;
  private final CaseProcesses processes;

  CamundaDisclosureFlow(RuntimeService runtimeService, CaseProcesses processes) {
    this.runtimeService = runtimeService;
    this.processes = processes;
  }

  @Override
  public void start(String caseId, String handlingUnit, DeadlineWatch watch) {
    Map<String, Object> variables = watch.variables();
    variables.put(VAR_HANDLING_UNIT, handlingUnit);
    runtimeService.startProcessInstanceByKey(PROCESS, caseId, variables);
  }

  @Override
  public void correctionRequested(String caseId, OffsetDateTime periodEndsAt) {
    processes.correlate(
        caseId,
        MSG_CORRECTION_REQUESTED,
        Map.of(VAR_CORRECTION_PERIOD_ENDS_AT, date(periodEndsAt)));
  }

  @Override
  public void correctionReceived(String caseId) {
    processes.correlate(caseId, MSG_CORRECTION_RECEIVED, Map.of());
  }

  @Override
  public void consultationStarted(String caseId, OffsetDateTime answerDueAt) {
    processes.correlate(
        caseId, MSG_CONSULTATION_STARTED, Map.of(VAR_CONSULTATION_ENDS_AT, date(answerDueAt)));
  }

  @Override
  public void consultationAnswered(String caseId) {
    processes.correlate(caseId, MSG_CONSULTATION_ANSWERED, Map.of());
  }

  @Override
  public void feeNoticeIssued(String caseId, OffsetDateTime periodEndsAt) {
    processes.correlate(
        caseId, MSG_FEE_NOTICE_ISSUED, Map.of(VAR_FEE_PERIOD_ENDS_AT, date(periodEndsAt)));
  }

  @Override
  public void feePaid(String caseId) {
    processes.correlate(caseId, MSG_FEE_PAID, Map.of());
  }

  @Override
  public void decided(String caseId) {
    processes.complete(PROCESS, caseId, TASK_HANDLE, Map.of());
  }

  @Override
  public void reviewed(String caseId, boolean approved) {
    processes.complete(PROCESS, caseId, TASK_REVIEW_DECISION, Map.of(VAR_APPROVED, approved));
  }

  @Override
  public void replied(String caseId) {
    processes.complete(PROCESS, caseId, TASK_REPLY, Map.of());
  }

  @Override
  public void closed(String caseId) {
    processes.correlate(caseId, MSG_CASE_CLOSED, Map.of());
  }

  @Override
  public void deadlineChanged(String caseId, DeadlineWatch watch) {
    processes.restartDeadlineWatch(caseId, watch);
  }
}
