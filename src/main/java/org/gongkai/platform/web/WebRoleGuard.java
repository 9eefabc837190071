package org.gongkai.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.gongkai.platform.ConditionalOnNodeRole;
import org.gongkai.platform.NodeRole;
import org.gongkai.platform.NodeRoles;
import org.gongkai.platform.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On a node without the {@link NodeRole#WEB web} role (a jobs or projector node) the web server
 * stays up for the actuator alone — {@code /actuator/health/**} for the probes, {@code
 * /actuator/prometheus} for scraping, under the usual security — and answers everything else (the
 * API, the pages, {@code /camunda/**}, the API documentation) with 404 and a problem document,
 * before the security chain or any servlet sees it: no login, no session, no page on such a node.
 */
@Component
@ConditionalOnNodeRole(value = NodeRole.WEB, runs = false)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class WebRoleGuard extends OncePerRequestFilter {

  private static final String ACTUATOR = "/actuator";

  private final ObjectMapper objectMapper;
  private final NodeRoles roles;

  WebRoleGuard(ObjectMapper objectMapper, NodeRoles roles) {
    this.objectMapper = objectMapper;
    this.roles = roles;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    // the container's decoded and normalized path, not the raw URI: /actuator/../api is /api
    String path =
        request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    if (path.equals(ACTUATOR) || path.startsWith(ACTUATOR + "/")) {
      chain.doFilter(request, response);
      return;
    }
    ProblemResponses.write(
        objectMapper,
        response,
        Problems.of(
            HttpStatus.NOT_FOUND,
            "not-a-web-node",
            "此节点不提供页面和接口",
            "此节点只承担 " + roles + " 角色，不提供页面和接口；请通过负载均衡访问 web 节点。"));
  }
}
