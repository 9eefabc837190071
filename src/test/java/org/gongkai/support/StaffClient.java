package org.gongkai.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Calls the running application over real HTTP as a staff member would: HTTP Basic for the API, or
 * a browser-like session (cookies, form login, CSRF token) for pages; or as a machine client with
 * an API token.
 */
public final class StaffClient {

  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

  private final String base;

  /** The {@code Authorization} header sent with every request, if any. */
  private final @Nullable String authorization;

  private final HttpClient http;

  private StaffClient(int port, @Nullable String authorization) {
    this(
        port,
        authorization,
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build());
  }

  private StaffClient(int port, @Nullable String authorization, HttpClient http) {
    this.base = "http://127.0.0.1:" + port;
    this.authorization = authorization;
    this.http = http;
  }

  /**
   * The same client — credentials and cookies, a page session included — talking to another node on
   * this machine.
   */
  public StaffClient onPort(int port) {
    return new StaffClient(port, authorization, http);
  }

  /** A client that sends the user's credentials with HTTP Basic on every request. */
  public static StaffClient as(int port, String username) {
    String credentials = username + ":" + RealInfrastructure.PASSWORD;
    return new StaffClient(
        port,
        "Basic "
            + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * A machine client that sends the API token as {@code Authorization: Bearer} on every request.
   */
  public static StaffClient withToken(int port, String token) {
    return new StaffClient(port, "Bearer " + token);
  }

  /** A client with the session of a user logged in through the login page, as a browser does. */
  public static StaffClient loggedIn(int port, String username) {
    StaffClient client = anonymous(port);
    Response answer = client.logIn(username, RealInfrastructure.PASSWORD);
    if (answer.status() != 302) {
      throw new AssertionError(username + " could not log in: HTTP " + answer.status());
    }
    return client;
  }

  /** A client without credentials: anonymous, or logged in through the login page. */
  public static StaffClient anonymous(int port) {
    return new StaffClient(port, null);
  }

  public Response get(String path) {
    return send("GET", path, null);
  }

  /** A GET whose answer is a file: the body as bytes. */
  public FileResponse getFile(String path) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET();
    authorize(request);
    try {
      HttpResponse<byte[]> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new FileResponse(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public Response post(String path, Object body) {
    return send("POST", path, body);
  }

  public Response put(String path, Object body) {
    return send("PUT", path, body);
  }

  public Response send(String method, String path, @Nullable Object body) {
    return send(method, path, body, Map.of());
  }

  /** Sends the body (a String as it is, anything else as JSON) with the extra headers. */
  public Response send(
      String method, String path, @Nullable Object body, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    authorize(request);
    headers.forEach(request::header);
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      String text = body instanceof String raw ? raw : write(body);
      request.header("Content-Type", "application/json");
      request.method(method, HttpRequest.BodyPublishers.ofString(text));
    }
    return exchange(request.build());
  }

  /** Posts a page form, with the CSRF token of the given page when {@code withToken}. */
  public Response submitForm(String path, Map<String, String> fields, @Nullable String tokenPage) {
    StringBuilder form = new StringBuilder(encode(fields));
    if (tokenPage != null) {
      Matcher token = CSRF.matcher(get(tokenPage).body());
      if (!token.find()) {
        throw new AssertionError("no CSRF token field on " + tokenPage);
      }
      form.append(form.isEmpty() ? "" : "&").append("_csrf=").append(token.group(1));
    }
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
            .build();
    return exchange(request);
  }

  /** Logs in through the login page, as a browser does. */
  public Response logIn(String username, String password) {
    return submitForm("/login", Map.of("username", username, "password", password), "/login");
  }

  private void authorize(HttpRequest.Builder request) {
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
  }

  private Response exchange(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static String write(Object body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** What the application answered. */
  public record Response(int status, HttpHeaders headers, String body) {

    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON (HTTP " + status + "): " + body, e);
      }
    }

    public String contentType() {
      return headers.firstValue("Content-Type").orElse("");
    }

    public String location() {
      return headers.firstValue("Location").orElse("");
    }
  }

  /** What the application answered with a file. */
  public record FileResponse(int status, HttpHeaders headers, byte[] body) {

    public String contentType() {
      return headers.firstValue("Content-Type").orElse("");
    }

    public String contentDisposition() {
      return headers.firstValue("Content-Disposition").orElse("");
    }
  }
}
