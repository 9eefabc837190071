package org.gongkai.platform;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Reads {@value NodeRoles#PROPERTY} before any bean exists, so that a wrong value stops the node at
 * once, and switches off, on a node without {@link NodeRole#JOBS jobs}, the work that libraries
 * schedule by their own settings:
 *
 * <ul>
 *   <li>{@code camunda.bpm.job-execution.enabled=false}: the starter then creates no job executor
 *       and the engine never starts its own, so this node acquires no job and fires no timer (the
 *       engine, its deployments and the Camunda web apps stay); the jobs nodes run them all.
 *   <li>{@code spring.session.jdbc.cleanup-cron=-}: expired page sessions are deleted by the jobs
 *       nodes.
 * </ul>
 *
 * These win over every other setting: a node that does not run jobs never runs them. A node with
 * jobs keeps what is configured (a test may still switch the job executor off).
 */
class NodeRolesEnvironment implements EnvironmentPostProcessor {

  static final String SOURCE = "gongkaiNodeRoles";

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    NodeRoles roles = NodeRoles.of(environment);
    if (roles.runs(NodeRole.JOBS)) {
      return;
    }
    Map<String, Object> withoutJobs = new LinkedHashMap<>();
    withoutJobs.put("camunda.bpm.job-execution.enabled", false);
    withoutJobs.put("spring.session.jdbc.cleanup-cron", "-");
    environment.getPropertySources().addFirst(new MapPropertySource(SOURCE, withoutJobs));
  }
}
