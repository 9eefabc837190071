package org.gongkai.platform.kafka;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * A single-node Kafka broker (KRaft, broker and controller in one) running inside the application
 * for the embedded default. Its log lives on disk, so events survive a restart; the log directory
 * is formatted once, when it has no {@code meta.properties} yet.
 */
class InProcessKafkaBroker implements InitializingBean, DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(InProcessKafkaBroker.class);
  private static final String CONTROLLER_LISTENER = "CONTROLLER";
  private static final int NODE_ID = 1;

  private final InProcessKafkaBrokerProperties properties;
  private KafkaRaftServer server;

  InProcessKafkaBroker(InProcessKafkaBrokerProperties properties) {
    this.properties = properties;
  }

  static String bootstrapServers(int port) {
    return "localhost:" + port;
  }

  @Override
  public void afterPropertiesSet() throws Exception {
    requireFree(properties.port());
    requireFree(properties.controllerPort());
    Path logDir = Path.of(properties.logDir()).toAbsolutePath().normalize();
    Files.createDirectories(logDir);
    KafkaConfig config = KafkaConfig.fromProps(brokerProperties(logDir));
    if (!Files.exists(logDir.resolve("meta.properties"))) {
      format(logDir);
    }
    keepTheApplicationAliveOnBrokerFaults();
    try {
      server = new KafkaRaftServer(config, Time.SYSTEM);
      server.startup();
    } catch (RuntimeException failure) {
      throw new IllegalStateException(
          "The in-process Kafka broker did not start on "
              + bootstrapServers(properties.port())
              + " (controller port "
              + properties.controllerPort()
              + ", log "
              + logDir
              + "): "
              + failure,
          failure);
    }
    log.info(
        "In-process Kafka broker (KRaft, single node) listening on {} with its log in {}",
        bootstrapServers(properties.port()),
        logDir);
  }

  /**
   * Kafka ends the JVM on a fatal broker fault; inside the application that would take the pages
   * and the outbox down with it. The fault is logged instead: unsent events wait in the registry.
   */
  private static void keepTheApplicationAliveOnBrokerFaults() {
    Exit.setExitProcedure(
        (status, message) ->
            log.error("The in-process Kafka broker wanted to exit ({}): {}", status, message));
    Exit.setHaltProcedure(
        (status, message) ->
            log.error("The in-process Kafka broker wanted to halt ({}): {}", status, message));
  }

  /** Kafka ends the whole JVM when it cannot bind, so a taken port is reported here instead. */
  private static void requireFree(int port) {
    try (ServerSocket probe = new ServerSocket()) {
      probe.setReuseAddress(true);
      probe.bind(new InetSocketAddress("localhost", port));
    } catch (IOException taken) {
      throw new IllegalStateException(
          "Port "
              + port
              + " for the in-process Kafka broker is in use: stop what uses it, set gongkai.kafka.embedded.port"
              + " and gongkai.kafka.embedded.controller-port, or give KAFKA_BOOTSTRAP_SERVERS",
          taken);
    }
  }

  private Properties brokerProperties(Path logDir) {
    Properties config = new Properties();
    String controller = "localhost:" + properties.controllerPort();
    config.put("process.roles", "broker,controller");
    config.put("node.id", Integer.toString(NODE_ID));
    config.put("controller.quorum.voters", NODE_ID + "@" + controller);
    config.put(
        "listeners",
        "PLAINTEXT://"
            + bootstrapServers(properties.port())
            + ","
            + CONTROLLER_LISTENER
            + "://"
            + controller);
    config.put("advertised.listeners", "PLAINTEXT://" + bootstrapServers(properties.port()));
    config.put("controller.listener.names", CONTROLLER_LISTENER);
    config.put(
        "listener.security.protocol.map",
        "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
    config.put("inter.broker.listener.name", "PLAINTEXT");
    config.put("log.dirs", logDir.toString());
    config.put("offsets.topic.replication.factor", "1");
    config.put("offsets.topic.num.partitions", "5");
    config.put("transaction.state.log.replication.factor", "1");
    config.put("transaction.state.log.min.isr", "1");
    config.put("group.initial.rebalance.delay.ms", "0");
    config.put("num.partitions", "1");
    return config;
  }

  private void format(Path logDir) throws Exception {
    try (PrintStream quiet = new PrintStream(OutputStream.nullOutputStream())) {
      new Formatter()
          .setPrintStream(quiet)
          .setClusterId(Uuid.randomUuid().toString())
          .setNodeId(NODE_ID)
          .setControllerListenerName(CONTROLLER_LISTENER)
          .setMetadataLogDirectory(logDir.toString())
          .setDirectories(List.of(logDir.toString()))
          .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
          .run();
    }
    log.info("Formatted a new Kafka log directory in {}", logDir);
  }

  @Override
  public void destroy() throws IOException {
    if (server != null) {
      server.shutdown();
      server.awaitShutdown();
      log.info("In-process Kafka broker stopped");
    }
  }
}
