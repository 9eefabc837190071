package org.gongkai.supervision.process;

import static org.gongkai.platform.process.CaseProcesses.date;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongkai.platform.process.CaseProcesses;
import org.gongkai.supervision.InstructionDesk;
import org.gongkai.supervision.InstructionFlow;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Moves the {@value #PROCESS} process ({@code bpmn/supervised-item.bpmn}) along for the desk, and
 * gives its two service tasks (提醒, 催办) to the desk. The instance's business key is the item's id.
 */
@Configuration(proxyBeanMethods = false)
class SupervisedItemProcess {

  static final String PROCESS = "supervised-item";
  static final String TASK_ANSWER = "Task_Answer";
  static final String TASK_REVIEW = "Task_Review";

  @Component
  static class CamundaInstructionFlow implements InstructionFlow {

    private final RuntimeService runtimeService;
    private final CaseProcesses processes;

    CamundaInstructionFlow(RuntimeService runtimeService, CaseProcesses processes) {
      this.runtimeService = runtimeService;
      this.processes = processes;
    }

    @Override
    public void start(
        String instructionId,
        String ownerUnitCode,
        String leader,
        OffsetDateTime remindAt,
        OffsetDateTime chaseAt) {
      runtimeService.startProcessInstanceByKey(
          PROCESS,
          instructionId,
          Map.of(
              "ownerUnitCode",
              ownerUnitCode,
              "leader",
              leader,
              "remindAt",
              date(remindAt),
              "chaseAt",
              date(chaseAt)));
    }

    @Override
    public void answered(String instructionId) {
      processes.complete(PROCESS, instructionId, TASK_ANSWER, Map.of());
    }

    @Override
    public void reviewed(String instructionId, boolean accepted) {
      processes.complete(PROCESS, instructionId, TASK_REVIEW, Map.of("accepted", accepted));
    }
  }

  @Bean("remindInstruction")
  JavaDelegate remindInstruction(@Lazy InstructionDesk desk) {
    return execution -> desk.remind(itemId(execution));
  }

  @Bean("chaseInstruction")
  JavaDelegate chaseInstruction(@Lazy InstructionDesk desk) {
    return execution -> desk.chase(itemId(execution));
  }

  private static UUID itemId(DelegateExecution execution) {
    return UUID.fromString(execution.getProcessBusinessKey());
  }
}
