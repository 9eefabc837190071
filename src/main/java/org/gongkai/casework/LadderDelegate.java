package org.gongkai.casework;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The service tasks of every case process's deadline watch call {@code ${ladder.reach(execution,
 * 'COMPLAINT', 'CHASE')}}: the case (the process's business key) of that kind reaches the rung.
 */
@Component("ladder")
public class LadderDelegate {

  private final Map<String, LadderClimber> climbers;

  LadderDelegate(List<LadderClimber> climbers) {
    this.climbers =
        climbers.stream().collect(Collectors.toMap(LadderClimber::caseKind, Function.identity()));
  }

  public void reach(DelegateExecution execution, String caseKind, String step) {
    LadderClimber climber = climbers.get(caseKind);
    if (climber == null) {
      throw new IllegalStateException("No case kind " + caseKind + " climbs the ladder");
    }
    if (!climber.climbLadder(
        UUID.fromString(execution.getProcessBusinessKey()), LadderStep.valueOf(step))) {
      // a command stopped the watch (its message interrupts this subprocess) while this rung's job
      // waited for the case: this job's work is void, and the engine drops it with the execution
      throw new OptimisticLockingException(
          "The deadline watch of "
              + caseKind
              + " "
              + execution.getProcessBusinessKey()
              + " was stopped while its "
              + step
              + " rung ran");
    }
  }
}
