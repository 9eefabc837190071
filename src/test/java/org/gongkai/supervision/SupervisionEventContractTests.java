package org.gongkai.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.gongkai.platform.EventEnvelope;
import org.gongkai.supervision.SupervisionEvent.Facts;
import org.gongkai.support.EventContracts;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The producer's side of the supervised items' event contract: every event type serialises exactly
 * to its fixture in {@code src/test/resources/contracts/supervision}, which the statistics module
 * reads in its own tests. Run with {@code -Dcontracts.write=true} to rewrite the fixtures after a
 * deliberate change.
 */
class SupervisionEventContractTests {

  static final Path FIXTURES = Path.of("src/test/resources/contracts/supervision");

  private static final String ITEM_ID = "7d1e5c3a-9b2f-4e6d-8a1c-3f5b7d9e1a20";

  static List<SupervisionEvent> everyType() {
    return List.of(
        new SupervisionEvent.InstructionRegistered(
            envelope(1, "2025-05-12T09:00:00+08:00", "leader"),
            facts(InstructionStatus.ASSIGNED, null, 0),
            "督〔2025〕3号",
            "5f0c6b8e-2d4a-4c1e-9a53-0d9b3c7e1f20"),
        new SupervisionEvent.InstructionDueSoon(
            envelope(2, "2025-05-14T08:00:00+08:00", "system"),
            facts(InstructionStatus.ASSIGNED, null, 0)),
        new SupervisionEvent.InstructionAnswered(
            envelope(3, "2025-05-14T16:00:00+08:00", "handler"),
            facts(InstructionStatus.ANSWERED, true, 1)),
        new SupervisionEvent.InstructionSentBack(
            envelope(4, "2025-05-15T09:00:00+08:00", "leader"),
            facts(InstructionStatus.SENT_BACK, true, 1),
            "请补充整改时限"),
        new SupervisionEvent.InstructionChased(
            envelope(5, "2025-05-16T08:00:00+08:00", "system"),
            facts(InstructionStatus.SENT_BACK, true, 1)),
        new SupervisionEvent.InstructionClosed(
            envelope(6, "2025-05-19T10:00:00+08:00", "leader"),
            facts(InstructionStatus.CLOSED, false, 2),
            "同意"));
  }

  static Stream<SupervisionEvent> events() {
    return everyType().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("events")
  void serialisesEachEventExactlyAsItsFixture(SupervisionEvent event) throws Exception {
    EventContracts.assertSerialisesAsFixture(FIXTURES, event);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("events")
  void readsEachFixtureBackAsTheSameEvent(SupervisionEvent event) throws IOException {
    EventContracts.assertReadsBack(FIXTURES, event, SupervisionEvent.class);
  }

  @Test
  void coversEveryEventTypeWithOneFixture() throws IOException {
    EventContracts.assertOneFixturePerType(FIXTURES, SupervisionEvent.class);
    assertThat(everyType()).hasSize(SupervisionEvent.class.getPermittedSubclasses().length);
  }

  private static EventEnvelope envelope(long version, String occurredAt, String actor) {
    OffsetDateTime at = OffsetDateTime.parse(occurredAt);
    return new EventEnvelope(
        UUID.nameUUIDFromBytes(("supervision-event-" + version).getBytes(StandardCharsets.UTF_8)),
        ITEM_ID,
        version,
        at,
        at.plusSeconds(1),
        "demo-county",
        actor);
  }

  private static Facts facts(
      InstructionStatus status, @Nullable Boolean answeredOnTime, int rounds) {
    return new Facts(
        "COMPLAINT",
        "demo-housing",
        status,
        LocalDate.of(2025, 5, 12),
        LocalDate.of(2025, 5, 15),
        answeredOnTime,
        rounds);
  }
}
