package org.gongkai.support;

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
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * The producer's side of an event contract: each event type serialises exactly to its fixture
 * ({@code src/test/resources/contracts/<kind>/<Type>.json}), which consumers read in their own
 * tests. With {@code -Dcontracts.write=true} the fixtures are rewritten after a deliberate change.
 */
public final class EventContracts {

  /** Configured as application.yml configures Boot's ObjectMapper. */
  public static final ObjectMapper JSON =
      new Jackson2ObjectMapperBuilder()
          .timeZone(TimeZone.getTimeZone("Asia/Shanghai"))
          .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();

  private EventContracts() {}

  /** The event serialises exactly as its fixture in {@code fixtures}, named after its type. */
  public static void assertSerialisesAsFixture(Path fixtures, Object event) throws Exception {
    String json = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(event);
    Path fixture = fixture(fixtures, event);
    if (Boolean.getBoolean("contracts.write")) {
      Files.createDirectories(fixtures);
      Files.writeString(fixture, json + "\n", StandardCharsets.UTF_8);
    }
    assertThat(fixture).as("contract fixture of " + event.getClass().getSimpleName()).exists();
    JSONAssert.assertEquals(Files.readString(fixture), json, JSONCompareMode.STRICT);
  }

  /** The event's fixture read as the sealed type equals the event. */
  public static <T> void assertReadsBack(Path fixtures, T event, Class<T> type) throws IOException {
    assertThat(JSON.readValue(Files.readString(fixture(fixtures, event)), type)).isEqualTo(event);
  }

  /** As many fixtures as the sealed type has event types. */
  public static void assertOneFixturePerType(Path fixtures, Class<?> sealed) throws IOException {
    long types = Arrays.stream(sealed.getPermittedSubclasses()).count();
    try (Stream<Path> files = Files.list(fixtures)) {
      assertThat(files.filter(f -> f.toString().endsWith(".json")).count()).isEqualTo(types);
    }
  }

  private static Path fixture(Path fixtures, Object event) {
    return fixtures.resolve(event.getClass().getSimpleName() + ".json");
  }
}
