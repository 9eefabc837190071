package org.gongkai.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.gongkai.platform.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /error} renders the errors of other requests; asked for directly it has no error to show
 * and would answer 500 「系统内部错误」. A direct request gets 404 like any other unknown path.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class ErrorPathGuard extends OncePerRequestFilter {

  private final ObjectMapper objectMapper;

  ErrorPathGuard(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    // error dispatches are not filtered (OncePerRequestFilter's default): only direct requests
    return !request.getRequestURI().equals(request.getContextPath() + "/error");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ProblemResponses.write(
        objectMapper,
        response,
        Problems.of(HttpStatus.NOT_FOUND, "not-found", "未找到", "没有这个地址：/error"));
  }
}
