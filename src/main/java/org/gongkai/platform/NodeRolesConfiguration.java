package org.gongkai.platform;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The node's {@link NodeRoles} as a bean, and the health component {@code nodeRoles}: the roles,
 * and for each part of them whether it runs. It is in the readiness group, so a node is ready only
 * when the parts of its roles run: {@code OUT_OF_SERVICE} until then.
 */
@Configuration(proxyBeanMethods = false)
class NodeRolesConfiguration {

  private static final String JOB_EXECUTION = "camunda.bpm.job-execution.enabled";

  private static final Logger log = LoggerFactory.getLogger(NodeRolesConfiguration.class);

  @Bean
  NodeRoles nodeRoles(Environment environment) {
    NodeRoles roles = NodeRoles.of(environment);
    log.info("This node runs the roles {}", roles);
    return roles;
  }

  /** The health component {@code nodeRoles}. */
  @Bean
  HealthIndicator nodeRolesHealthIndicator(NodeRoles roles, ObjectProvider<RoleReadiness> parts) {
    return () -> {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("roles", roles.keys());
      boolean ready = true;
      for (RoleReadiness part : parts.orderedStream().toList()) {
        if (roles.runs(part.role())) {
          RoleReadiness.State state = part.probe().get();
          ready &= state.ready();
          details.put(part.name(), state.detail());
        }
      }
      return (ready ? Health.up() : Health.outOfService()).withDetails(details).build();
    };
  }

  /**
   * A jobs node is ready when the engine's job executor is active (it starts once the application
   * is ready). Only where {@code camunda.bpm.job-execution.enabled=false} switches it off on
   * purpose — a test that drives timers itself — is the node ready without it, and the details say
   * so.
   */
  @Bean
  RoleReadiness jobExecutorReadiness(
      ObjectProvider<ProcessEngine> engine, Environment environment) {
    return new RoleReadiness(
        NodeRole.JOBS,
        "jobExecutor",
        () -> {
          if (!environment.getProperty(JOB_EXECUTION, Boolean.class, true)) {
            return new RoleReadiness.State(
                true, Map.of("state", "switched off (" + JOB_EXECUTION + ")"));
          }
          JobExecutor executor =
              ((ProcessEngineConfigurationImpl) engine.getObject().getProcessEngineConfiguration())
                  .getJobExecutor();
          boolean active = executor != null && executor.isActive();
          return new RoleReadiness.State(active, Map.of("state", active ? "active" : "not active"));
        });
  }
}
