package org.gongkai.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.gongkai.support.EventContracts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The producer's side of the event contract: every event type serialises exactly to its fixture in
 * {@code src/test/resources/contracts/disclosure}, which consumers read in their own tests. Run
 * with {@code -Dcontracts.write=true} to rewrite the fixtures after a deliberate change.
 */
class DisclosureRequestEventContractTests {

  static final Path FIXTURES = Path.of("src/test/resources/contracts/disclosure");

  static Stream<DisclosureRequestEvent> events() {
    return DisclosureRequestEventFixtures.everyType().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("events")
  void serialisesEachEventExactlyAsItsFixture(DisclosureRequestEvent event) throws Exception {
    EventContracts.assertSerialisesAsFixture(FIXTURES, event);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("events")
  void readsEachFixtureBackAsTheSameEvent(DisclosureRequestEvent event) throws IOException {
    EventContracts.assertReadsBack(FIXTURES, event, DisclosureRequestEvent.class);
  }

  @Test
  void coversEveryEventTypeWithOneFixture() throws IOException {
    EventContracts.assertOneFixturePerType(FIXTURES, DisclosureRequestEvent.class);
    assertThat(DisclosureRequestEventFixtures.everyType())
        .hasSize(DisclosureRequestEvent.class.getPermittedSubclasses().length);
  }
}
