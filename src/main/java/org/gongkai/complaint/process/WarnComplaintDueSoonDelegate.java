package org.gongkai.complaint.process;

import static org.gongkai.complaint.process.CaseIds.caseId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongkai.complaint.ComplaintDesk;
import org.springframework.stereotype.Component;

/** The time limit runs out soon: warn. */
@Component("warnComplaintDueSoon")
class WarnComplaintDueSoonDelegate implements JavaDelegate {

  private final ComplaintDesk desk;

  WarnComplaintDueSoonDelegate(ComplaintDesk desk) {
    this.desk = desk;
  }

  @Override
  public void execute(DelegateExecution execution) {
    desk.warnDueSoon(caseId(execution));
  }
}
