package org.gongkai.disclosure.process;

import static org.gongkai.disclosure.process.CaseIds.caseId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongkai.disclosure.DisclosureDesk;
import org.springframework.stereotype.Component;

/** Three working days before the due date: warn. */
@Component("warnReplyDueSoon")
class WarnReplyDueSoonDelegate implements JavaDelegate {

  private final DisclosureDesk desk;

  WarnReplyDueSoonDelegate(DisclosureDesk desk) {
    this.desk = desk;
  }

  @Override
  public void execute(DelegateExecution execution) {
    desk.warnReplyDueSoon(caseId(execution));
  }
}
