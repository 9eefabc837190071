package org.gongkai.disclosure.process;

import static org.gongkai.disclosure.process.CaseIds.caseId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongkai.disclosure.AbandonmentReason;
import org.gongkai.disclosure.DisclosureDesk;
import org.springframework.stereotype.Component;

/** The correction period ran out: the request is abandoned (Art. 30). */
@Component("abandonWithoutCorrection")
class AbandonWithoutCorrectionDelegate implements JavaDelegate {

  private final DisclosureDesk desk;

  AbandonWithoutCorrectionDelegate(DisclosureDesk desk) {
    this.desk = desk;
  }

  @Override
  public void execute(DelegateExecution execution) {
    desk.abandonForLapsedPeriod(caseId(execution), AbandonmentReason.NO_CORRECTION);
  }
}
