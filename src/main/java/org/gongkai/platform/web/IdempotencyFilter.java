package org.gongkai.platform.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.platform.IdempotentCommands;
import org.gongkai.platform.Problems;
import org.gongkai.platform.ScheduledLocks;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Honours the {@code Idempotency-Key} header on API commands: a command repeated by the same user
 * with the same key and the same request (method, path and body) gets the first answer's status,
 * {@code Location} and id again and changes nothing; the same key with another request is refused
 * with 422. Only the compact answer is kept, never the response body (which may hold personal
 * data). A refused or failed command frees its key; a key left in progress by a node that died
 * expires; keys are forgotten after the retention period.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

  static final String HEADER = "Idempotency-Key";
  private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);
  private static final Set<String> COMMANDS = Set.of("POST", "PUT", "PATCH", "DELETE");
  private static final int IN_PROGRESS = IdempotentCommands.IN_PROGRESS;

  private final JdbcTemplate jdbc;
  private final ObjectMapper objectMapper;
  private final Clock clock;
  private final ScheduledLocks locks;
  private final Duration inProgressTimeout;
  private final Duration retention;

  IdempotencyFilter(
      JdbcTemplate jdbc,
      ObjectMapper objectMapper,
      Clock clock,
      ScheduledLocks locks,
      @Value("${gongkai.idempotency.in-progress-timeout:PT2M}") Duration inProgressTimeout,
      @Value("${gongkai.idempotency.retention:PT24H}") Duration retention) {
    this.jdbc = jdbc;
    this.objectMapper = objectMapper;
    this.clock = clock;
    this.locks = locks;
    this.inProgressTimeout = inProgressTimeout;
    this.retention = retention;
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
    if (user == null || !user.isAuthenticated()) {
      chain.doFilter(request, response);
      return;
    }
    if (key.isEmpty() || key.length() > 200) {
      problem(
          response, HttpStatus.BAD_REQUEST, "Idempotency-Key 格式不正确", "Idempotency-Key 须为1至200个字符。");
      return;
    }
    BufferedBody body = new BufferedBody(request);
    String username = user.getName();
    String operation = request.getMethod() + " " + request.getRequestURI();
    String requestHash = hash(operation, body.bytes);
    if (!claim(username, key, operation, requestHash)) {
      replay(username, key, requestHash, response);
      return;
    }
    ContentCachingResponseWrapper caching = new ContentCachingResponseWrapper(response);
    boolean answered = false;
    IdempotentCommands.claimed(new IdempotentCommands.Claim(username, key));
    try {
      chain.doFilter(body, caching);
      answered = caching.getStatus() < 300;
    } finally {
      IdempotentCommands.done();
      if (answered) {
        keep(username, key, caching);
      } else {
        // a refused or failed command frees its key, unless it committed (then it was answered)
        jdbc.update(
            "DELETE FROM idempotency_record WHERE username = ? AND idem_key = ? AND status = ?",
            username,
            key,
            IN_PROGRESS);
      }
      caching.copyBodyToResponse();
    }
  }

  /** Forgets keys older than the retention period, on one node at a time. */
  @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
  void purgeExpiredKeys() {
    locks.runExclusively(
        "idempotency-purge",
        Duration.ofMinutes(30),
        Duration.ofHours(1),
        () -> {
          int purged =
              jdbc.update(
                  "DELETE FROM idempotency_record WHERE created_at < ?",
                  utc(clock.instant().minus(retention)));
          if (purged > 0) {
            log.info("Forgot {} idempotency keys older than {}", purged, retention);
          }
        });
  }

  private void keep(String username, String key, ContentCachingResponseWrapper answer) {
    try {
      jdbc.update(
          "UPDATE idempotency_record SET status = ?, location = ?, resource_id = ? WHERE username = ? AND idem_key = ?",
          answer.getStatus(),
          answer.getHeader("Location"),
          resourceId(answer),
          username,
          key);
    } catch (RuntimeException e) {
      // the command is done: keep the key in progress (it expires) rather than free it for a rerun
      log.error("Could not record the answer to idempotency key of {}", username, e);
    }
  }

  private @Nullable String resourceId(ContentCachingResponseWrapper answer) {
    byte[] content = answer.getContentAsByteArray();
    if (content.length == 0
        || answer.getContentType() == null
        || !answer.getContentType().contains("json")) {
      return null;
    }
    try {
      JsonNode id = objectMapper.readTree(content).path("id");
      return id.isValueNode() && id.asText().length() <= 64 ? id.asText() : null;
    } catch (IOException notJson) {
      return null;
    }
  }

  private boolean claim(String username, String key, String operation, String requestHash) {
    LocalDateTime now = utc(clock.instant());
    try {
      jdbc.update(
          "INSERT INTO idempotency_record (username, idem_key, fingerprint, request_hash, status, created_at) VALUES (?, ?, ?, ?, ?, ?)",
          username,
          key,
          abbreviate(operation),
          requestHash,
          IN_PROGRESS,
          now);
      return true;
    } catch (DuplicateKeyException alreadyUsed) {
      // a key whose command never finished (its node died) may be claimed again once expired
      return jdbc.update(
              "UPDATE idempotency_record SET created_at = ?, fingerprint = ?, request_hash = ? WHERE username = ? AND idem_key = ? AND status = ? AND created_at < ?",
              now,
              abbreviate(operation),
              requestHash,
              username,
              key,
              IN_PROGRESS,
              utc(clock.instant().minus(inProgressTimeout)))
          == 1;
    }
  }

  private void replay(String username, String key, String requestHash, HttpServletResponse response)
      throws IOException {
    List<Map<String, Object>> rows =
        jdbc.queryForList(
            "SELECT fingerprint, request_hash, status, location, resource_id FROM idempotency_record WHERE username = ? AND idem_key = ?",
            username,
            key);
    if (rows.isEmpty()) {
      problem(response, HttpStatus.CONFLICT, "请求正在处理中", "使用同一 Idempotency-Key 的请求刚刚结束，请重试。");
      return;
    }
    Map<String, Object> first = rows.get(0);
    if (!requestHash.equals(first.get("request_hash"))) {
      problem(
          response,
          HttpStatus.UNPROCESSABLE_ENTITY,
          "Idempotency-Key 已用于其他请求",
          "此 Idempotency-Key 已用于另一个请求（「" + first.get("fingerprint") + "」或其内容不同），请为新的操作使用新的键。");
      return;
    }
    int status = ((Number) first.get("status")).intValue();
    if (status == IN_PROGRESS) {
      problem(response, HttpStatus.CONFLICT, "请求正在处理中", "使用同一 Idempotency-Key 的请求尚未处理完毕，请稍后重试。");
      return;
    }
    Object id = first.get("resource_id");
    String location = (String) first.get("location");
    if (status == IdempotentCommands.COMMITTED) {
      // committed, but its node ended before it answered: a command that made a case (its id is
      // not in the path) answers as a creation did
      String operation = String.valueOf(first.get("fingerprint"));
      boolean created =
          id != null && operation.startsWith("POST ") && !operation.contains(id.toString());
      status = created ? HttpStatus.CREATED.value() : HttpStatus.OK.value();
      if (created) {
        location = operation.substring("POST ".length()) + "/" + id;
      }
    }
    response.setStatus(status);
    response.setHeader("Idempotent-Replayed", "true");
    if (location != null) {
      response.setHeader("Location", location);
    }
    if (id != null) {
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      objectMapper.writeValue(response.getOutputStream(), Map.of("id", id, "replayed", true));
    }
  }

  private void problem(HttpServletResponse response, HttpStatus status, String title, String detail)
      throws IOException {
    ProblemResponses.write(
        objectMapper, response, Problems.of(status, "idempotency", title, detail));
  }

  private static String hash(String operation, byte[] body) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(operation.getBytes(StandardCharsets.UTF_8));
      sha256.update((byte) 0);
      return HexFormat.of().formatHex(sha256.digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String abbreviate(String operation) {
    return operation.length() <= 600 ? operation : operation.substring(0, 600);
  }

  private static LocalDateTime utc(java.time.Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  /** The request with its body read once, to be hashed and then read again by the command. */
  private static final class BufferedBody extends HttpServletRequestWrapper {

    private final byte[] bytes;

    BufferedBody(HttpServletRequest request) throws IOException {
      super(request);
      this.bytes = request.getInputStream().readAllBytes();
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(bytes);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return in.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("synchronous reads only");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding();
      return new BufferedReader(
          new InputStreamReader(
              getInputStream(),
              encoding == null
                  ? StandardCharsets.UTF_8
                  : java.nio.charset.Charset.forName(encoding)));
    }
  }
}
