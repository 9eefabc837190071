package org.gongkai.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A single-node KRaft Kafka broker in its own JVM — the {@code kafka.Kafka} server of the broker
 * jars on the test class path, formatted in a folder of its own — so that a test can stop and start
 * the broker under running application nodes.
 */
public final class KafkaServerProcess implements AutoCloseable {

  private final Path folder;
  private final Path config;
  private final int port;
  private Process process;

  private KafkaServerProcess(Path folder, Path config, int port) {
    this.folder = folder;
    this.config = config;
    this.port = port;
  }

  /** Formats a broker's storage in {@code folder} and starts it. */
  public static KafkaServerProcess start(Path folder) {
    try {
      Files.createDirectories(folder);
      int port = freePort();
      int controller = freePort();
      Properties settings = new Properties();
      settings.putAll(
          Map.ofEntries(
              Map.entry("process.roles", "broker,controller"),
              Map.entry("node.id", "1"),
              Map.entry("controller.quorum.voters", "1@127.0.0.1:" + controller),
              Map.entry(
                  "listeners",
                  "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controller),
              Map.entry("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port),
              Map.entry("controller.listener.names", "CONTROLLER"),
              Map.entry(
                  "listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
              Map.entry("log.dirs", folder.resolve("data").toString()),
              Map.entry("num.partitions", "3"),
              Map.entry("offsets.topic.replication.factor", "1"),
              Map.entry("offsets.topic.num.partitions", "3"),
              Map.entry("transaction.state.log.replication.factor", "1"),
              Map.entry("transaction.state.log.min.isr", "1"),
              Map.entry("group.initial.rebalance.delay.ms", "0")));
      Path config = folder.resolve("server.properties");
      try (var out = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
        settings.store(out, "test broker");
      }
      Process format =
          java(
                  folder.resolve("format.log"),
                  "kafka.tools.StorageTool",
                  "format",
                  "-t",
                  Uuid.randomUuid().toString(),
                  "-c",
                  config.toString())
              .start();
      if (!format.waitFor(120, TimeUnit.SECONDS) || format.exitValue() != 0) {
        throw new IllegalStateException(
            "Could not format the test broker's storage: "
                + Files.readString(folder.resolve("format.log")));
      }
      KafkaServerProcess broker = new KafkaServerProcess(folder, config, port);
      broker.startAgain();
      return broker;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public String bootstrapServers() {
    return "127.0.0.1:" + port;
  }

  /** Starts the broker (again) on its storage and waits until it answers. */
  public void startAgain() {
    try {
      process = java(folder.resolve("broker.log"), "kafka.Kafka", config.toString()).start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(500))
        .ignoreExceptions()
        .until(this::answers);
  }

  /** Stops the broker as an operator would (SIGTERM), and waits for it to end. */
  public void stop() {
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    if (process != null && process.isAlive()) {
      stop();
    }
  }

  private boolean answers() throws Exception {
    if (!process.isAlive()) {
      throw new IllegalStateException(
          "The test broker ended: " + Files.readString(folder.resolve("broker.log")));
    }
    try (Admin admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000))) {
      return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
    }
  }

  private static ProcessBuilder java(Path log, String mainClass, String... arguments) {
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-cp",
                System.getProperty("java.class.path"),
                mainClass));
    command.addAll(List.of(arguments));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
  }

  /** A port nothing listens on now. */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
