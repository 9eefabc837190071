package org.gongkai.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The databases of a run on the local MySQL-compatible server (MariaDB on 127.0.0.1:3306 as root
 * with an empty password, or {@code GONGKAI_TEST_MYSQL_URL}, {@code GONGKAI_TEST_MYSQL_USER},
 * {@code GONGKAI_TEST_MYSQL_PASSWORD} as for the integration tests): each created empty and dropped
 * when the run ends.
 */
final class BenchDatabases implements AutoCloseable {

  final String server =
      System.getenv().getOrDefault("GONGKAI_TEST_MYSQL_URL", "jdbc:mysql://127.0.0.1:3306/");
  final String username = System.getenv().getOrDefault("GONGKAI_TEST_MYSQL_USER", "root");
  final String password = System.getenv().getOrDefault("GONGKAI_TEST_MYSQL_PASSWORD", "");
  private final String run = Long.toString(System.currentTimeMillis(), 36);
  private final List<String> created = new ArrayList<>();

  /** Creates an empty database; answers its JDBC URL. */
  String create(String purpose) {
    String name = "gongkai_bench_" + purpose + "_" + run;
    execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    created.add(name);
    return server + name;
  }

  /** The server's version, e.g. {@code MariaDB 10.11.14-MariaDB-0+deb12u2}. */
  String version() {
    try (Connection connection = DriverManager.getConnection(server, username, password);
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT VERSION()")) {
      result.next();
      String version = result.getString(1);
      return (version.toLowerCase().contains("mariadb") ? "MariaDB " : "MySQL ") + version;
    } catch (SQLException e) {
      throw new IllegalStateException(
          "The benchmark needs a MySQL-compatible server at " + server + ": " + e.getMessage(), e);
    }
  }

  Connection connect(String url) throws SQLException {
    return DriverManager.getConnection(url, username, password);
  }

  private void execute(String sql) {
    try (Connection connection = DriverManager.getConnection(server, username, password);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    if (Boolean.getBoolean("gongkai.bench.keep-databases")) {
      return;
    }
    for (String name : created) {
      execute("DROP DATABASE IF EXISTS " + name);
    }
  }
}
