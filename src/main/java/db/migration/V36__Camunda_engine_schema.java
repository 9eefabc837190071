package db.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Creates the process engine's tables from the SQL scripts Camunda ships in its engine jar, for the
 * database at hand (MySQL and MariaDB, or H2 for the embedded default), in the order the engine
 * itself would run them. The engine no longer changes its schema at run time ({@code
 * camunda.bpm.database.schema-update: false}): Flyway's lock lets any number of nodes start at once
 * on an empty database, and only one of them creates the tables. A database whose engine tables
 * exist already (created by the engine before this migration) is left as it is.
 */
public class V36__Camunda_engine_schema extends BaseJavaMigration {

  /** The engine's components, in the order the engine creates them. */
  private static final List<String> COMPONENTS =
      List.of(
          "engine",
          "history",
          "identity",
          "case.engine",
          "case.history",
          "decision.engine",
          "decision.history");

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    if (engineTablesExist(connection)) {
      return;
    }
    String database = camundaDatabaseType(connection.getMetaData());
    for (String component : COMPONENTS) {
      ScriptUtils.executeSqlScript(
          connection,
          new ClassPathResource(
              "org/camunda/bpm/engine/db/create/activiti."
                  + database
                  + ".create."
                  + component
                  + ".sql"));
    }
  }

  /** The engine's name for the database: its scripts for MariaDB are those for MySQL. */
  static String camundaDatabaseType(DatabaseMetaData metaData) throws SQLException {
    String product = metaData.getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (product.contains("mysql") || product.contains("mariadb")) {
      return "mysql";
    }
    if (product.contains("h2")) {
      return "h2";
    }
    throw new IllegalStateException(
        "No Camunda schema scripts for " + metaData.getDatabaseProductName());
  }

  private static boolean engineTablesExist(Connection connection) throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    for (String name : List.of("ACT_GE_PROPERTY", "act_ge_property")) {
      try (ResultSet tables =
          metaData.getTables(connection.getCatalog(), null, name, new String[] {"TABLE"})) {
        if (tables.next()) {
          return true;
        }
      }
    }
    return false;
  }
}
