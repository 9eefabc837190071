package org.gongkai.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.platform.Problems;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Honours the {@code Idempotency-Key} header on API commands: a command repeated by the same user
 * with the same key gets the first answer again and changes nothing. Only successful answers are
 * kept; a refused command may be retried with the same key.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

  static final String HEADER = "Idempotency-Key";
  private static final Set<String> COMMANDS = Set.of("POST", "PUT", "PATCH", "DELETE");
  private static final int IN_PROGRESS = 0;

  private final JdbcTemplate jdbc;
  private final ObjectMapper objectMapper;
  private final Clock clock;

  IdempotencyFilter(JdbcTemplate jdbc, ObjectMapper objectMapper, Clock clock) {
    this.jdbc = jdbc;
    this.objectMapper = objectMapper;
    this.clock = clock;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !COMMANDS.contains(request.getMethod())
        || request.getHeader(HEADER) == null
        || !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication user = SecurityContextHolder.getContext().getAuthentication();
    String key = request.getHeader(HEADER).strip();
    if (user == null || key.isEmpty() || key.length() > 200) {
      chain.doFilter(request, response);
      return;
    }
    String username = user.getName();
    String fingerprint = request.getMethod() + " " + request.getRequestURI();
    if (!claim(username, key, fingerprint)) {
      replay(username, key, fingerprint, response);
      return;
    }
    ContentCachingResponseWrapper caching = new ContentCachingResponseWrapper(response);
    boolean kept = false;
    try {
      chain.doFilter(request, caching);
      if (caching.getStatus() < 300) {
        jdbc.update(
            "UPDATE idempotency_record SET status = ?, content_type = ?, location = ?, body = ? WHERE username = ? AND idem_key = ?",
            caching.getStatus(),
            caching.getContentType(),
            caching.getHeader("Location"),
            new String(caching.getContentAsByteArray(), StandardCharsets.UTF_8),
            username,
            key);
        kept = true;
      }
    } finally {
      if (!kept) {
        jdbc.update(
            "DELETE FROM idempotency_record WHERE username = ? AND idem_key = ?", username, key);
      }
      caching.copyBodyToResponse();
    }
  }

  private boolean claim(String username, String key, String fingerprint) {
    try {
      jdbc.update(
          "INSERT INTO idempotency_record (username, idem_key, fingerprint, status, created_at) VALUES (?, ?, ?, ?, ?)",
          username,
          key,
          fingerprint,
          IN_PROGRESS,
          LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
      return true;
    } catch (DuplicateKeyException alreadyUsed) {
      return false;
    }
  }

  private void replay(String username, String key, String fingerprint, HttpServletResponse response)
      throws IOException {
    List<Map<String, Object>> rows =
        jdbc.queryForList(
            "SELECT fingerprint, status, content_type, location, body FROM idempotency_record WHERE username = ? AND idem_key = ?",
            username,
            key);
    if (rows.isEmpty()) {
      problem(response, HttpStatus.CONFLICT, "请求正在处理中", "使用同一 Idempotency-Key 的请求刚刚结束，请重试。");
      return;
    }
    Map<String, Object> first = rows.get(0);
    if (!fingerprint.equals(first.get("fingerprint"))) {
      problem(
          response,
          HttpStatus.UNPROCESSABLE_ENTITY,
          "Idempotency-Key 已用于其他请求",
          "此 Idempotency-Key 已用于「" + first.get("fingerprint") + "」，请为新的操作使用新的键。");
      return;
    }
    int status = ((Number) first.get("status")).intValue();
    if (status == IN_PROGRESS) {
      problem(response, HttpStatus.CONFLICT, "请求正在处理中", "使用同一 Idempotency-Key 的请求尚未处理完毕，请稍后重试。");
      return;
    }
    response.setStatus(status);
    response.setHeader("Idempotent-Replayed", "true");
    if (first.get("content_type") != null) {
      response.setContentType((String) first.get("content_type"));
    }
    if (first.get("location") != null) {
      response.setHeader("Location", (String) first.get("location"));
    }
    if (first.get("body") != null) {
      response.setCharacterEncoding("UTF-8");
      response
          .getOutputStream()
          .write(((String) first.get("body")).getBytes(StandardCharsets.UTF_8));
    }
  }

  private void problem(HttpServletResponse response, HttpStatus status, String title, String detail)
      throws IOException {
    ProblemDetail problem = Problems.of(status, "idempotency", title, detail);
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    objectMapper.writeValue(response.getOutputStream(), problem);
  }
}
