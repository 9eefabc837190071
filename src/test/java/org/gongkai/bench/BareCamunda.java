package org.gongkai.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The baseline of P1: Camunda 7.24 alone, in the benchmark's JVM, on its own empty database of the
 * same server, history FULL, job executor off. Its lifecycle has the shape of a disclosure
 * request's over the API: start a process instance (register), then complete its three user tasks
 * in sequence (decision, review, reply) through {@link TaskService}, each in its own transaction.
 */
final class BareCamunda implements AutoCloseable {

  static final String PROCESS = "Bench_ThreeUserTasks";

  private final HikariDataSource dataSource;
  private final ProcessEngine engine;

  private BareCamunda(HikariDataSource dataSource, ProcessEngine engine) {
    this.dataSource = dataSource;
    this.engine = engine;
  }

  /** Creates the engine's tables in the (empty) database and deploys the three-task process. */
  static BareCamunda start(String jdbcUrl, String username, String password, int poolSize) {
    HikariConfig pool = new HikariConfig();
    pool.setJdbcUrl(jdbcUrl);
    pool.setUsername(username);
    pool.setPassword(password);
    pool.setMaximumPoolSize(poolSize);
    // Camunda's requirement on MySQL/MariaDB, as the application's datasource
    pool.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    HikariDataSource dataSource = new HikariDataSource(pool);
    ProcessEngine engine =
        ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
            .setProcessEngineName("bench-bare-" + UUID.randomUUID())
            .setDataSource(dataSource)
            .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
            .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
            .setJobExecutorActivate(false)
            .buildProcessEngine();
    BpmnModelInstance threeTasks =
        Bpmn.createExecutableProcess(PROCESS)
            .startEvent()
            .userTask("Task_Decide")
            .camundaCandidateGroups("HANDLER")
            .userTask("Task_Review")
            .camundaCandidateGroups("REVIEWER")
            .userTask("Task_Reply")
            .camundaCandidateGroups("HANDLER")
            .endEvent()
            .done();
    engine
        .getRepositoryService()
        .createDeployment()
        .name("bench")
        .addModelInstance("bench-three-user-tasks.bpmn", threeTasks)
        .deploy();
    return new BareCamunda(dataSource, engine);
  }

  /** Starts an instance and completes its three user tasks; false if a task was missing. */
  boolean run() {
    String instance =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(PROCESS, UUID.randomUUID().toString())
            .getId();
    TaskService tasks = engine.getTaskService();
    for (int step = 0; step < HttpLifecycles.TASKS_PER_LIFECYCLE; step++) {
      Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
      if (task == null) {
        return false;
      }
      tasks.complete(task.getId());
    }
    return true;
  }

  @Override
  public void close() {
    engine.close();
    dataSource.close();
  }
}
