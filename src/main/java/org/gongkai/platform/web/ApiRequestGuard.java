package org.gongkai.platform.web;

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
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.gongkai.platform.Problems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What the API accepts before any command runs: writes carry JSON (a browser form cannot send it to
 * another site, so no page can forge an API command), and no body is larger than {@code
 * gongkai.api.max-request-size}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ApiRequestGuard extends OncePerRequestFilter {

  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

  private final ObjectMapper objectMapper;
  private final DataSize maxRequestSize;

  ApiRequestGuard(
      ObjectMapper objectMapper,
      @Value("${gongkai.api.max-request-size:10MB}") DataSize maxRequestSize) {
    this.objectMapper = objectMapper;
    this.maxRequestSize = maxRequestSize;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !WRITES.contains(request.getMethod())
        || !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > maxRequestSize.toBytes()) {
      tooLarge(response);
      return;
    }
    String type = request.getContentType();
    if (type != null && !isJson(type)) {
      problem(
          response,
          HttpStatus.UNSUPPORTED_MEDIA_TYPE,
          "不支持的内容类型",
          "接口只接受 JSON：请以 Content-Type: application/json 提交。");
      return;
    }
    if (request.getContentLengthLong() < 0) {
      // a chunked body does not say its length: read it within the limit before anything else
      byte[] body = request.getInputStream().readNBytes((int) maxRequestSize.toBytes() + 1);
      if (body.length > maxRequestSize.toBytes()) {
        tooLarge(response);
        return;
      }
      chain.doFilter(new ReadBody(request, body), response);
      return;
    }
    chain.doFilter(request, response);
  }

  private void tooLarge(HttpServletResponse response) throws IOException {
    problem(
        response,
        HttpStatus.PAYLOAD_TOO_LARGE,
        "请求内容过大",
        "请求内容不能超过 " + maxRequestSize.toMegabytes() + " MB；批量导入请分批提交。");
  }

  /** A request whose body was read already, offered again from memory. */
  private static final class ReadBody extends HttpServletRequestWrapper {

    private final byte[] body;

    ReadBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream bytes = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return bytes.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return bytes.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
          return bytes.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("the body was read already");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(
          new InputStreamReader(
              getInputStream(),
              getCharacterEncoding() == null
                  ? StandardCharsets.UTF_8
                  : Charset.forName(getCharacterEncoding())));
    }
  }

  private static boolean isJson(String contentType) {
    try {
      MediaType type = MediaType.parseMediaType(contentType);
      return type.isCompatibleWith(MediaType.APPLICATION_JSON)
          || type.getSubtype().endsWith("+json");
    } catch (IllegalArgumentException unreadable) {
      return false;
    }
  }

  private void problem(HttpServletResponse response, HttpStatus status, String title, String detail)
      throws IOException {
    ProblemResponses.write(
        objectMapper, response, Problems.of(status, "request-" + status.value(), title, detail));
  }
}
