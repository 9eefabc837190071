package org.gongkai.complaint.process;

import static org.gongkai.complaint.process.CaseIds.caseId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.gongkai.casework.LadderStep;
import org.gongkai.complaint.ComplaintDesk;
import org.springframework.stereotype.Component;

/**
 * The overdue complaint reaches a rung of the supervision ladder: the deadline watch's 催办, 督办 and
 * 通报 tasks call {@code ${complaintLadder.reach(execution, 'CHASE')}} and so on.
 */
@Component("complaintLadder")
public class ComplaintLadderDelegate {

  private final ComplaintDesk desk;

  ComplaintLadderDelegate(ComplaintDesk desk) {
    this.desk = desk;
  }

  public void reach(DelegateExecution execution, String step) {
    desk.climbLadder(caseId(execution), LadderStep.valueOf(step));
  }
}
