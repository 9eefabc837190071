package org.gongkai.disclosure.process;

import static org.gongkai.disclosure.process.CaseIds.caseId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongkai.disclosure.DisclosureDesk;
import org.springframework.stereotype.Component;

/** The due date passed without a reply: mark the request overdue. */
@Component("markReplyOverdue")
class MarkReplyOverdueDelegate implements JavaDelegate {

  private final DisclosureDesk desk;

  MarkReplyOverdueDelegate(DisclosureDesk desk) {
    this.desk = desk;
  }

  @Override
  public void execute(DelegateExecution execution) {
    desk.markReplyOverdue(caseId(execution));
  }
}
