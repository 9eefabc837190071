package org.gongkai.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One application node: the packaged jar ({@code target/gongkai-*.jar}, built by the {@code
 * package} phase before the integration tests) in its own JVM on its own port, with the settings a
 * test gives it. Its log goes to a file beside the test's other output.
 */
public final class AppNode implements AutoCloseable {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String name;
  private final int port;
  private final Path log;
  private final Path folder;
  private final List<String> command;
  private Process process;

  private AppNode(String name, int port, Path folder, List<String> command) {
    this.name = name;
    this.port = port;
    this.folder = folder;
    this.log = folder.resolve(name + ".log");
    this.command = command;
  }

  /** Starts a node; {@link #awaitReady()} waits for it. */
  public static AppNode start(String name, Path folder, Map<String, String> settings) {
    return start(name, folder, settings, List.of());
  }

  /** Starts a node whose JVM also gets the options; {@link #awaitReady()} waits for it. */
  public static AppNode start(
      String name, Path folder, Map<String, String> settings, List<String> jvmOptions) {
    int port = KafkaServerProcess.freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(jar().toAbsolutePath().toString());
    command.add("--server.port=" + port);
    settings.forEach((key, value) -> command.add("--" + key + "=" + value));
    AppNode node = new AppNode(name, port, folder, command);
    node.launch();
    return node;
  }

  /** Starts the node again, on the same port with the same settings, after it ended. */
  public AppNode restart() {
    if (process.isAlive()) {
      throw new IllegalStateException(name + " still runs");
    }
    launch();
    return this;
  }

  public String name() {
    return name;
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** Whether the node answers its readiness probe with 200 now. */
  public boolean isReady() {
    try {
      return process.isAlive()
          && HTTP.send(
                      HttpRequest.newBuilder(
                              URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                          .timeout(Duration.ofSeconds(5))
                          .build(),
                      HttpResponse.BodyHandlers.discarding())
                  .statusCode()
              == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void launch() {
    try {
      Files.createDirectories(folder.resolve(name));
      process =
          new ProcessBuilder(command)
              .directory(folder.resolve(name).toFile())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits until the node answers its readiness probe with 200. */
  public AppNode awaitReady() {
    await(name + " ready")
        .atMost(Duration.ofMinutes(4))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              if (!process.isAlive()) {
                throw new IllegalStateException(name + " ended; see " + log);
              }
              return isReady();
            });
    return this;
  }

  public int port() {
    return port;
  }

  /** How many bytes the node has logged so far (cheap to ask often). */
  public long logSize() {
    try {
      return Files.size(log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the node has logged so far. */
  public String log() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Kills the node at once (SIGKILL), as a crash would. */
  public void kill() {
    process.destroyForcibly();
    try {
      process.waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    if (process != null && process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
          kill();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** The packaged application jar, built by {@code package} before the integration tests. */
  public static Path jar() {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files
          .filter(f -> f.getFileName().toString().matches("gongkai-.*\\.jar"))
          .filter(f -> !f.getFileName().toString().endsWith("-plain.jar"))
          .findFirst()
          .orElseThrow(
              () -> new IllegalStateException("No packaged jar in target/: run ./mvnw verify"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
