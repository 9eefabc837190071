package org.gongkai.complaint.process;

import static org.gongkai.complaint.process.CaseIds.caseId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongkai.complaint.ComplaintDesk;
import org.springframework.stereotype.Component;

/** The time limit ran out without a reply: overdue. */
@Component("markComplaintOverdue")
class MarkComplaintOverdueDelegate implements JavaDelegate {

  private final ComplaintDesk desk;

  MarkComplaintOverdueDelegate(ComplaintDesk desk) {
    this.desk = desk;
  }

  @Override
  public void execute(DelegateExecution execution) {
    desk.markOverdue(caseId(execution));
  }
}
