package org.gongkai.platform;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.dialect.MariaDBDialect;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.orm.jpa.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Settings that MySQL's driver needs on MySQL 8 and MariaDB alike, whatever URL the operator gives.
 */
@Configuration(proxyBeanMethods = false)
class MySqlCompatibility {

  private static final Pattern MARIADB_VERSION =
      Pattern.compile("(\\d+)\\.(\\d+)\\.\\d+-MariaDB", Pattern.CASE_INSENSITIVE);

  /**
   * Metadata look-ups stay in the configured database: without it Connector/J searches every
   * database on the server, and Camunda, seeing its tables in another one, would skip creating its
   * own. Fractional seconds are not sent, as Camunda requires: its columns hold whole seconds and
   * MySQL would round rather than truncate.
   */
  @Bean
  static BeanPostProcessor mySqlMetadataInCurrentDatabase() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource hikari
            && hikari.getJdbcUrl() != null
            && hikari.getJdbcUrl().startsWith("jdbc:mysql:")) {
          hikari.addDataSourceProperty("nullCatalogMeansCurrent", "true");
          hikari.addDataSourceProperty("sendFractionalSeconds", "false");
        }
        return bean;
      }
    };
  }

  /**
   * A MariaDB server reports itself to MySQL's driver as MySQL 5.5.5; Hibernate gets the MariaDB
   * dialect and the real version instead of an unsupported MySQL 5.5.
   */
  @Bean
  HibernatePropertiesCustomizer mariaDbDialect(ObjectProvider<DataSource> dataSource) {
    return properties -> {
      if (!properties.containsKey(AvailableSettings.DIALECT)) {
        mariaDbVersion(dataSource.getObject())
            .ifPresent(version -> useMariaDb(properties, version));
      }
    };
  }

  private static void useMariaDb(Map<String, Object> properties, Matcher version) {
    properties.put(AvailableSettings.DIALECT, MariaDBDialect.class.getName());
    properties.put(AvailableSettings.JAKARTA_HBM2DDL_DB_MAJOR_VERSION, version.group(1));
    properties.put(AvailableSettings.JAKARTA_HBM2DDL_DB_MINOR_VERSION, version.group(2));
  }

  private static java.util.Optional<Matcher> mariaDbVersion(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      String version = connection.getMetaData().getDatabaseProductVersion();
      Matcher matcher = MARIADB_VERSION.matcher(version);
      return version.toLowerCase(Locale.ROOT).contains("mariadb") && matcher.find()
          ? java.util.Optional.of(matcher)
          : java.util.Optional.empty();
    } catch (SQLException e) {
      return java.util.Optional.empty();
    }
  }
}
