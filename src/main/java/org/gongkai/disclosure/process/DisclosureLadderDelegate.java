package org.gongkai.disclosure.process;

import static org.gongkai.disclosure.process.CaseIds.caseId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.gongkai.casework.LadderStep;
import org.gongkai.disclosure.DisclosureDesk;
import org.springframework.stereotype.Component;

/**
 * The overdue request reaches a rung of the supervision ladder: the deadline watch's 催办, 督办 and 通报
 * tasks call {@code ${disclosureLadder.reach(execution, 'CHASE')}} and so on.
 */
@Component("disclosureLadder")
public class DisclosureLadderDelegate {

  private final DisclosureDesk desk;

  DisclosureLadderDelegate(DisclosureDesk desk) {
    this.desk = desk;
  }

  public void reach(DelegateExecution execution, String step) {
    desk.climbLadder(caseId(execution), LadderStep.valueOf(step));
  }
}
