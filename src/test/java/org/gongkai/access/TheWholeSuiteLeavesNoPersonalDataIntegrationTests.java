package org.gongkai.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.gongkai.support.IntegrationTest;
import org.gongkai.support.RunsLast;
import org.gongkai.support.TextSearch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * After every other integration test of the run: the whole log the suite wrote ({@code
 * target/suite-logs/}, see {@code logback-test.xml}) and every event on the case topics hold none
 * of the ID numbers, phones, addresses and names of the cases the suite stored.
 */
@IntegrationTest
@RunsLast
class TheWholeSuiteLeavesNoPersonalDataIntegrationTests {

  private static final Path SUITE_LOGS = Path.of("target", "suite-logs");

  @Autowired JdbcTemplate jdbc;

  @Test
  void neitherTheSuitesLogNorTheCaseTopicsHoldThePersonalDataOfItsCases() throws IOException {
    Set<String> personalData = PersonalDataScan.storedSoFar(jdbc);
    assertThat(personalData).as("personal data stored by the suite").isNotEmpty();
    List<String> logLines = suiteLogLines();
    assertThat(logLines).as("lines in %s", SUITE_LOGS.toAbsolutePath()).isNotEmpty();
    List<String> events = PersonalDataScan.caseEvents(null);
    assertThat(events).as("events on the case topics").isNotEmpty();

    TextSearch search = new TextSearch(personalData);
    Set<String> inTheLog = new LinkedHashSet<>();
    for (String line : logLines) {
      Set<String> found = search.foundIn(line);
      if (!found.isEmpty() && inTheLog.addAll(found)) {
        System.err.println("Personal data " + found + " in the suite's log: " + line);
      }
    }
    Set<String> inEvents = new LinkedHashSet<>();
    events.forEach(event -> inEvents.addAll(search.foundIn(event)));
    assertThat(inTheLog).as("personal data in the suite's log").isEmpty();
    assertThat(inEvents).as("personal data in case events").isEmpty();
  }

  private static List<String> suiteLogLines() throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(SUITE_LOGS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".log")).sorted().toList()) {
        lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
      }
    }
    return lines;
  }
}
