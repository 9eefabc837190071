package org.gongkai.platform.process;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.gongkai.platform.NodeRole;
import org.gongkai.platform.RoleReadiness;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * A jobs node is ready when the engine's job executor is active (it starts once the application is
 * ready). Only where the job executor is switched off by {@code
 * camunda.bpm.job-execution.enabled=false} on purpose — a test that drives timers itself — is the
 * node ready without it, and the details say so.
 */
@Component
class JobExecutorReadiness implements RoleReadiness {

  private final ProcessEngine engine;
  private final Environment environment;

  JobExecutorReadiness(ProcessEngine engine, Environment environment) {
    this.engine = engine;
    this.environment = environment;
  }

  @Override
  public NodeRole role() {
    return NodeRole.JOBS;
  }

  @Override
  public String name() {
    return "jobExecutor";
  }

  @Override
  public State state() {
    if (!environment.getProperty("camunda.bpm.job-execution.enabled", Boolean.class, true)) {
      return new State(true, Map.of("state", "switched off (camunda.bpm.job-execution.enabled)"));
    }
    JobExecutor executor =
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    boolean active = executor != null && executor.isActive();
    return new State(active, Map.of("state", active ? "active" : "not active"));
  }
}
