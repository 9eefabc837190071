package org.gongkai.disclosure.process;

import static org.gongkai.disclosure.process.CaseIds.caseId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongkai.disclosure.DisclosureDesk;
import org.springframework.stereotype.Component;

/** The third party's 15 working days ran out (Art. 32): the clock runs again. */
@Component("consultationLapsed")
class ConsultationLapsedDelegate implements JavaDelegate {

  private final DisclosureDesk desk;

  ConsultationLapsedDelegate(DisclosureDesk desk) {
    this.desk = desk;
  }

  @Override
  public void execute(DelegateExecution execution) {
    desk.lapseConsultation(caseId(execution));
  }
}
