package org.gongkai.organization;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives an empty system its first accounts. On the embedded default (or with {@code
 * gongkai.demo.enabled=true}) that is the demo agency {@code demo-county} with its departments, a
 * township and one demo user per role. Elsewhere no account gets a default password: a single
 * {@code admin} is created with {@code GONGKAI_ADMIN_PASSWORD}, or with a random password written
 * to a file only the application's user may read ({@code gongkai.bootstrap.password-file}); the log
 * names the file, never the password.
 */
@Component
@Order(10)
class StarterAccounts implements ApplicationRunner {

  static final String DEMO_AGENCY = "demo-county";

  private static final Logger log = LoggerFactory.getLogger(StarterAccounts.class);

  private final Organization organization;
  private final Environment environment;
  private final JdbcTemplate jdbc;

  StarterAccounts(Organization organization, Environment environment, JdbcTemplate jdbc) {
    this.organization = organization;
    this.environment = environment;
    this.jdbc = jdbc;
  }

  /** The database of the embedded default (application.yml), where the demo organization lives. */
  static final String EMBEDDED_DEFAULT_DATABASE =
      "jdbc:h2:file:./data/gongkai;MODE=MySQL;LOCK_TIMEOUT=10000";

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    // nodes starting together on an empty database take turns here: the first creates the
    // accounts, the others then find them (the row is V37's)
    jdbc.queryForList(
        "SELECT name FROM scheduled_lock WHERE name = 'first-accounts' FOR UPDATE", String.class);
    if (organization.hasStaff()) {
      return;
    }
    if (demoEnabled()) {
      createDemoOrganization(environment.getProperty("gongkai.demo.password", "demo"));
    } else {
      createFirstAdministrator();
    }
  }

  private boolean demoEnabled() {
    String setting = environment.getProperty("gongkai.demo.enabled", "auto");
    if ("auto".equalsIgnoreCase(setting)) {
      // the embedded default only: not any H2 database, and never one given by the operator
      return EMBEDDED_DEFAULT_DATABASE.equals(environment.getProperty("spring.datasource.url", ""));
    }
    return Boolean.parseBoolean(setting);
  }

  private void createDemoOrganization(String password) {
    organization.registerAgency(new NewAgency(DEMO_AGENCY, "示范县人民政府", AgencyKind.GOVERNMENT, null));
    List<NewAgency> units =
        List.of(
            new NewAgency("demo-finance", "示范县财政局", AgencyKind.DEPARTMENT, DEMO_AGENCY),
            new NewAgency("demo-housing", "示范县住房和城乡建设局", AgencyKind.DEPARTMENT, DEMO_AGENCY),
            new NewAgency("demo-chengguan", "示范县城关镇人民政府", AgencyKind.TOWNSHIP, DEMO_AGENCY));
    units.forEach(organization::registerAgency);
    Set<String> everyUnit = Set.of(DEMO_AGENCY, "demo-finance", "demo-housing", "demo-chengguan");
    demoUser("frontdesk", "前台登记员", password, EnumSet.of(Role.FRONT_DESK), Set.of());
    demoUser("handler", "承办人", password, EnumSet.of(Role.HANDLER), everyUnit);
    demoUser("reviewer", "审核人", password, EnumSet.of(Role.REVIEWER), Set.of());
    demoUser("leader", "分管领导", password, EnumSet.of(Role.LEADER), Set.of());
    demoUser("author", "年报编写人", password, EnumSet.of(Role.REPORT_AUTHOR), Set.of());
    demoUser("admin", "系统管理员", password, EnumSet.of(Role.ADMIN), Set.of());
    log.info(
        "Created the demo agency {} and its demo users (frontdesk, handler, reviewer, leader, author, admin)",
        DEMO_AGENCY);
  }

  private void demoUser(
      String username, String name, String password, Set<Role> roles, Set<String> units) {
    organization.registerStaff(
        new NewStaff(username, password, name, DEMO_AGENCY, null, roles, units, null));
  }

  /** Writes the secret to a file only its owner may read; the log never holds it. */
  private static void writeOwnerOnly(Path file, String secret) {
    try {
      Path directory = file.toAbsolutePath().getParent();
      Files.createDirectories(directory);
      Files.deleteIfExists(file);
      try {
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } catch (UnsupportedOperationException notPosix) {
        Files.createFile(file);
      }
      Files.writeString(file, secret + System.lineSeparator(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot write the first administrator's password to " + file, e);
    }
  }

  private void createFirstAdministrator() {
    String agencyCode = environment.getProperty("gongkai.bootstrap.agency-code", "government");
    String agencyName = environment.getProperty("gongkai.bootstrap.agency-name", "本级人民政府");
    String password = environment.getProperty("GONGKAI_ADMIN_PASSWORD", "");
    boolean generated = password.isBlank();
    if (generated) {
      byte[] random = new byte[18];
      new SecureRandom().nextBytes(random);
      password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
    if (organization.agency(agencyCode).isEmpty()) {
      organization.registerAgency(
          new NewAgency(agencyCode, agencyName, AgencyKind.GOVERNMENT, null));
    }
    organization.registerStaff(
        new NewStaff(
            "admin", password, "系统管理员", agencyCode, null, EnumSet.of(Role.ADMIN), Set.of(), null));
    if (generated) {
      Path file =
          Path.of(
              environment.getProperty(
                  "gongkai.bootstrap.password-file", "./data/initial-admin-password"));
      writeOwnerOnly(file, password);
      log.warn(
          "Created the first administrator 'admin' with a generated password, written to {} (readable by this user only): sign in, then delete the file. Set GONGKAI_ADMIN_PASSWORD before the first start to choose it instead",
          file.toAbsolutePath());
    } else {
      log.info(
          "Created the first administrator 'admin' with the password from GONGKAI_ADMIN_PASSWORD");
    }
  }
}
