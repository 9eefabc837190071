package org.gongkai.platform;

import java.util.LinkedHashMap;
import java.util.Map;
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
          RoleReadiness.State state = part.state();
          ready &= state.ready();
          details.put(part.name(), state.detail());
        }
      }
      return (ready ? Health.up() : Health.outOfService()).withDetails(details).build();
    };
  }
}
