package org.gongkai.platform.process;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * A case's user tasks are completed by the case's own commands only. Every user task of every
 * deployed model gets a built-in listener that refuses completion unless it runs inside {@link
 * #completing}; so Tasklist, the webapps' REST API or any other caller of {@code
 * TaskService.complete} cannot move a process on while its case stays behind.
 */
@Component
class CaseTaskGuard extends AbstractProcessEnginePlugin {

  static final String REFUSAL = "案件的办理步骤只能在 Gongkai 的案件页面或接口中完成，不能在 Camunda Tasklist 或引擎接口中直接完成";

  private static final ThreadLocal<Boolean> COMPLETING = ThreadLocal.withInitial(() -> false);

  private static final TaskListener ONLY_BY_COMMAND =
      (DelegateTask task) -> {
        if (!COMPLETING.get()) {
          throw new ProcessEngineException(REFUSAL + "（任务 " + task.getTaskDefinitionKey() + "）");
        }
      };

  /** Runs a case command's completion of its user task: the one way a task may be completed. */
  static <T> T completing(Supplier<T> completion) {
    boolean outer = COMPLETING.get();
    COMPLETING.set(true);
    try {
      return completion.get();
    } finally {
      COMPLETING.set(outer);
    }
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners();
    if (listeners == null) {
      listeners = new ArrayList<>();
      configuration.setCustomPreBPMNParseListeners(listeners);
    }
    listeners.add(
        new AbstractBpmnParseListener() {
          @Override
          public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            ((UserTaskActivityBehavior) activity.getActivityBehavior())
                .getTaskDefinition()
                .addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, ONLY_BY_COMMAND);
          }
        });
  }
}
