package org.gongkai.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.MySQLContainer;

/**
 * Starts, once per test JVM, the database and the Kafka broker that integration tests run on, and
 * points every Spring test context at them.
 */
public final class RealInfrastructure
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  /** The password of the demo users in integration tests. */
  public static final String PASSWORD = "integration-secret";

  /** The password of the metrics scraper's account, user {@code metrics}. */
  public static final String METRICS_PASSWORD = "scrape-secret";

  private static final Logger log = LoggerFactory.getLogger(RealInfrastructure.class);

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    Database database = Database.INSTANCE;
    Kafka kafka = Kafka.INSTANCE;
    TestPropertyValues.of(
            "spring.datasource.url=" + database.url,
            "spring.datasource.username=" + database.username,
            "spring.datasource.password=" + database.password,
            "spring.kafka.bootstrap-servers=" + kafka.bootstrapServers,
            "gongkai.kafka.topics.partitions=3",
            "gongkai.demo.enabled=true",
            "gongkai.demo.password=" + PASSWORD,
            "gongkai.metrics.password=" + METRICS_PASSWORD,
            // Spring Boot's tests leave metrics export off; the scrape endpoint is part of the API
            "management.prometheus.metrics.export.enabled=true")
        .applyTo(context);
  }

  /** The bootstrap servers of the test broker. */
  public static String kafkaBootstrapServers() {
    return Kafka.INSTANCE.bootstrapServers;
  }

  /**
   * A new, empty database on the local MySQL-compatible server (dropped when the JVM ends), for
   * tests that start application nodes of their own.
   */
  public static String newDatabase(String prefix) {
    return Database.create(prefix);
  }

  /** The JDBC URL of the test database. */
  public static String databaseUrl() {
    return Database.INSTANCE.url;
  }

  private static final class Database {

    static final Database INSTANCE = start();

    final String url;
    final String username;
    final String password;

    private Database(String url, String username, String password) {
      this.url = url;
      this.username = username;
      this.password = password;
    }

    private static Database start() {
      String forced = System.getenv().getOrDefault("GONGKAI_TEST_DATABASE", "auto");
      if (!"mariadb".equals(forced) && DockerClientFactory.instance().isDockerAvailable()) {
        MySQLContainer<?> mysql =
            new MySQLContainer<>("mysql:8.4")
                .withCommand(
                    "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci");
        mysql.start();
        Database database =
            new Database(mysql.getJdbcUrl(), mysql.getUsername(), mysql.getPassword());
        log.info(
            "Integration tests run on MySQL {} (Testcontainer) at {}",
            version(database),
            database.url);
        return database;
      }
      return onLocalServer();
    }

    private static Database onLocalServer() {
      String url = create("gongkai_it_");
      Database database = new Database(url, localUser(), localPassword());
      log.info(
          "Integration tests run on {} at {} (database created for this run)",
          version(database),
          database.url);
      return database;
    }

    static String localUser() {
      return System.getenv().getOrDefault("GONGKAI_TEST_MYSQL_USER", "root");
    }

    static String localPassword() {
      return System.getenv().getOrDefault("GONGKAI_TEST_MYSQL_PASSWORD", "");
    }

    /** Creates a database on the local server, dropped when the JVM ends; answers its URL. */
    static String create(String prefix) {
      String server =
          System.getenv().getOrDefault("GONGKAI_TEST_MYSQL_URL", "jdbc:mysql://127.0.0.1:3306/");
      String username = localUser();
      String password = localPassword();
      String name =
          prefix
              + Long.toString(System.currentTimeMillis(), 36)
              + "_"
              + ThreadLocalRandom.current().nextInt(1000, 10000);
      execute(
          server,
          username,
          password,
          "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> execute(server, username, password, "DROP DATABASE IF EXISTS " + name)));
      return server + name;
    }

    private static void execute(String url, String username, String password, String sql) {
      try (Connection connection = DriverManager.getConnection(url, username, password);
          Statement statement = connection.createStatement()) {
        statement.execute(sql);
      } catch (SQLException e) {
        throw new IllegalStateException(
            "Integration tests need a MySQL-compatible server at "
                + url
                + " (start MariaDB, or set GONGKAI_TEST_MYSQL_URL): "
                + e.getMessage(),
            e);
      }
    }

    private static String version(Database database) {
      try (Connection connection =
              DriverManager.getConnection(database.url, database.username, database.password);
          Statement statement = connection.createStatement();
          var result = statement.executeQuery("SELECT VERSION()")) {
        result.next();
        String version = result.getString(1);
        return version.toLowerCase().contains("mariadb")
            ? "MariaDB " + version
            : "MySQL " + version;
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static final class Kafka {

    static final Kafka INSTANCE = start();

    final String bootstrapServers;

    private Kafka(String bootstrapServers) {
      this.bootstrapServers = bootstrapServers;
    }

    private static Kafka start() {
      EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
      broker.brokerProperties(
          Map.of(
              "offsets.topic.replication.factor", "1",
              "offsets.topic.num.partitions", "3",
              "transaction.state.log.replication.factor", "1",
              "transaction.state.log.min.isr", "1",
              "group.initial.rebalance.delay.ms", "0"));
      broker.afterPropertiesSet();
      Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy));
      log.info(
          "Integration tests run on a Kafka {} broker (embedded KRaft) at {}",
          org.apache.kafka.common.utils.AppInfoParser.getVersion(),
          broker.getBrokersAsString());
      return new Kafka(broker.getBrokersAsString());
    }
  }
}
