package org.gongkai.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.gongkai.platform.DatabaseOutages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The outermost filter: a request that failed because the database could not be reached — in the
 * session, security or idempotency filters as much as in a controller — is answered 503 with a
 * {@code Retry-After}, as a problem, instead of an internal error. The transaction it ran in was
 * rolled back, so nothing changed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseOutageFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

  private final ObjectMapper objectMapper;

  DatabaseOutageFilter(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (IOException | ServletException | RuntimeException failure) {
      if (!DatabaseOutages.isOutage(failure) || response.isCommitted()) {
        throw failure;
      }
      log.warn(
          "{} {} answered 503: the database cannot be reached ({})",
          request.getMethod(),
          request.getRequestURI(),
          failure.toString());
      response.reset();
      answer(response);
    }
  }

  private void answer(HttpServletResponse response) throws IOException {
    response.setHeader(
        HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutages.RETRY_AFTER_SECONDS));
    ProblemResponses.write(objectMapper, response, DatabaseOutages.problem());
  }
}
