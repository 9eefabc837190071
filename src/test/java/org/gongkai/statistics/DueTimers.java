package org.gongkai.statistics;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * A case entered after the fact (dated years ago) has timers that are due at once: the engine fires
 * them right after registration. A test that walks such a case waits for them before its next
 * command, as a clerk entering a paper file would find the case already marked overdue.
 */
final class DueTimers {

  private DueTimers() {}

  /** Waits until no job of the case's process is due any more. */
  static void awaitFired(RuntimeService runtime, ManagementService management, String caseId) {
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              ProcessInstance process =
                  runtime
                      .createProcessInstanceQuery()
                      .processInstanceBusinessKey(caseId)
                      .singleResult();
              return process == null
                  || management
                          .createJobQuery()
                          .processInstanceId(process.getId())
                          .executable()
                          .count()
                      == 0;
            });
  }
}
