package org.gongkai.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * The producer's side of the event contract: every event type serialises exactly to its fixture in
 * {@code src/test/resources/contracts/disclosure}, which consumers read in their own tests. Run
 * with {@code -Dcontracts.write=true} to rewrite the fixtures after a deliberate change.
 */
class DisclosureRequestEventContractTests {

  static final Path FIXTURES = Path.of("src/test/resources/contracts/disclosure");

  /** Configured as application.yml configures Boot's ObjectMapper. */
  static final ObjectMapper JSON =
      new Jackson2ObjectMapperBuilder()
          .timeZone(TimeZone.getTimeZone("Asia/Shanghai"))
          .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();

  static Stream<DisclosureRequestEvent> events() {
    return DisclosureRequestEventFixtures.everyType().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("events")
  void serialisesEachEventExactlyAsItsFixture(DisclosureRequestEvent event) throws Exception {
    String json = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(event);
    Path fixture = FIXTURES.resolve(event.getClass().getSimpleName() + ".json");
    if (Boolean.getBoolean("contracts.write")) {
      Files.createDirectories(FIXTURES);
      Files.writeString(fixture, json + "\n", StandardCharsets.UTF_8);
    }
    assertThat(fixture).as("contract fixture of " + event.getClass().getSimpleName()).exists();
    JSONAssert.assertEquals(Files.readString(fixture), json, JSONCompareMode.STRICT);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("events")
  void readsEachFixtureBackAsTheSameEvent(DisclosureRequestEvent event) throws IOException {
    String fixture = Files.readString(FIXTURES.resolve(event.getClass().getSimpleName() + ".json"));

    assertThat(JSON.readValue(fixture, DisclosureRequestEvent.class)).isEqualTo(event);
  }

  @Test
  void coversEveryEventTypeWithOneFixture() throws IOException {
    long types = Arrays.stream(DisclosureRequestEvent.class.getPermittedSubclasses()).count();
    try (Stream<Path> files = Files.list(FIXTURES)) {
      assertThat(files.filter(f -> f.toString().endsWith(".json")).count()).isEqualTo(types);
    }
    assertThat(DisclosureRequestEventFixtures.everyType()).hasSize((int) types);
  }
}
