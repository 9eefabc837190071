package org.gongkai.complaint.process;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The case id of a process instance: its business key. */
final class CaseIds {

  private CaseIds() {}

  static UUID caseId(DelegateExecution execution) {
    return UUID.fromString(execution.getProcessBusinessKey());
  }
}
