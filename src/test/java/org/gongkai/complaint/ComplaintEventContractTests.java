package org.gongkai.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.TimeZone;
import java.util.UUID;
import java.util.stream.Stream;
import org.gongkai.complaint.ComplaintEvent.Facts;
import org.gongkai.platform.EventEnvelope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * The JSON of every complaint event is a contract with the consumers of {@code gongkai.complaints}:
 * a sample of each type, written by the application's ObjectMapper, must equal its fixture under
 * {@code src/test/resources/contracts/complaint/}. Run with {@code -Dcontracts.write=true} to
 * (re)write the fixtures after a deliberate change.
 */
class ComplaintEventContractTests {

  private static final Path FIXTURES = Path.of("src/test/resources/contracts/complaint");

  private static final ObjectMapper JSON =
      new Jackson2ObjectMapperBuilder()
          .timeZone(TimeZone.getTimeZone("Asia/Shanghai"))
          .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();

  private static final String CASE_ID = "5f0c6b8e-2d4a-4c1e-9a53-0d9b3c7e1f20";
  private static final OffsetDateTime RECEIVED = OffsetDateTime.parse("2025-05-06T10:12:00+08:00");

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void eachEventTypeMatchesItsFixture(String type, ComplaintEvent sample) throws Exception {
    String json = JSON.writeValueAsString(sample);
    Path fixture = FIXTURES.resolve(type + ".json");
    if (Boolean.getBoolean("contracts.write")) {
      Files.createDirectories(FIXTURES);
      Files.writeString(
          fixture,
          JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(json)) + "\n",
          StandardCharsets.UTF_8);
    }
    assertThat(fixture).as("fixture of %s (write it with -Dcontracts.write=true)", type).exists();
    JSONAssert.assertEquals(
        Files.readString(fixture, StandardCharsets.UTF_8), json, JSONCompareMode.STRICT);
    assertThat(JSON.readValue(json, ComplaintEvent.class)).isEqualTo(sample);
  }

  @Test
  void everyEventTypeHasASampleAndAFixture() throws IOException {
    List<String> sampled = samples().map(s -> (String) s[0]).toList();
    List<String> declared =
        Arrays.stream(ComplaintEvent.class.getPermittedSubclasses())
            .map(Class::getSimpleName)
            .toList();
    assertThat(sampled).containsExactlyInAnyOrderElementsOf(declared);
    try (Stream<Path> files = Files.list(FIXTURES)) {
      assertThat(files.map(f -> f.getFileName().toString().replace(".json", "")))
          .containsExactlyInAnyOrderElementsOf(declared);
    }
  }

  static Stream<Object[]> samples() {
    Facts open = facts(ComplaintStatus.IN_HANDLING, null, null, null, false, null, null, 0);
    Facts closed =
        facts(
            ComplaintStatus.CLOSED,
            OffsetDateTime.parse("2025-05-13T10:00:00+08:00"),
            Closure.FOLLOWED_UP,
            true,
            true,
            true,
            Rating.SATISFIED,
            1);
    return Stream.of(
        sample(
            new ComplaintEvent.ComplaintReceived(
                envelope(1, RECEIVED, "frontdesk"),
                facts(ComplaintStatus.REGISTERED, null, null, null, false, null, null, 0),
                "110-2025-000001",
                false,
                null)),
        sample(
            new ComplaintEvent.ComplaintDispatched(
                envelope(2, at("2025-05-06T11:00:00"), "frontdesk"),
                facts(ComplaintStatus.DISPATCHED, null, null, null, false, null, null, 0),
                "demo-housing",
                List.of("demo-chengguan"),
                true)),
        sample(
            new ComplaintEvent.ComplaintAccepted(
                envelope(3, at("2025-05-06T14:00:00"), "handler"), open, "demo-housing")),
        sample(
            new ComplaintEvent.ComplaintReturned(
                envelope(3, at("2025-05-06T14:00:00"), "handler"),
                facts(ComplaintStatus.RETURNED, null, null, null, false, null, null, 0),
                "demo-housing",
                "不属于本单位职责")),
        sample(
            new ComplaintEvent.ComplaintExtensionRequested(
                envelope(4, at("2025-05-19T09:00:00"), "handler"), open, 5, "需现场核查")),
        sample(
            new ComplaintEvent.ComplaintExtensionRefused(
                envelope(5, at("2025-05-19T15:00:00"), "reviewer"), open, 5, "可在原时限内办结")),
        sample(
            new ComplaintEvent.ComplaintDeadlineExtended(
                envelope(4, at("2025-05-20T09:00:00"), "handler"),
                open,
                5,
                "需现场核查",
                LocalDate.parse("2025-05-30"))),
        sample(
            new ComplaintEvent.ComplaintReplied(
                envelope(5, at("2025-05-08T10:00:00"), "handler"),
                facts(ComplaintStatus.REPLIED, null, null, null, false, null, null, 0),
                true,
                true)),
        sample(
            new ComplaintEvent.ComplaintFollowedUp(
                envelope(6, at("2025-05-13T10:00:00"), "frontdesk"),
                facts(ComplaintStatus.REPLIED, null, null, null, true, true, Rating.SATISFIED, 1),
                true,
                Rating.SATISFIED,
                1)),
        sample(
            new ComplaintEvent.ComplaintReopened(
                envelope(7, at("2025-05-09T10:00:00"), "frontdesk"),
                facts(
                    ComplaintStatus.IN_HANDLING,
                    null,
                    null,
                    null,
                    true,
                    true,
                    Rating.DISSATISFIED,
                    1),
                1,
                LocalDate.parse("2025-05-28"))),
        sample(
            new ComplaintEvent.ComplaintClosed(
                envelope(8, at("2025-05-13T10:00:00"), "frontdesk"), closed, Closure.FOLLOWED_UP)),
        sample(
            new ComplaintEvent.ComplaintDueSoon(
                envelope(4, at("2025-05-22T00:00:00"), "system"),
                open,
                LocalDate.parse("2025-05-23"))),
        sample(
            new ComplaintEvent.ComplaintOverdue(
                envelope(5, at("2025-05-23T23:59:59"), "system"),
                overdue(),
                LocalDate.parse("2025-05-23"))),
        sample(
            new ComplaintEvent.ComplaintLadderStepReached(
                envelope(6, at("2025-05-28T00:00:00"), "system"),
                overdue(),
                org.gongkai.casework.LadderStep.SUPERVISION,
                LocalDate.parse("2025-05-23"),
                3)),
        sample(
            new ComplaintEvent.DueDateRecomputed(
                envelope(5, at("2025-05-20T10:00:00"), "system"),
                facts(ComplaintStatus.IN_HANDLING, null, null, null, false, null, null, 0),
                LocalDate.parse("2025-05-22"),
                2025)),
        sample(
            new ComplaintEvent.ComplaintSupervised(
                envelope(6, at("2025-05-23T23:59:59"), "system"),
                open,
                "0b6f3a52-8c1d-4e7f-a2b9-5d4c3e2f1a00",
                "催办：本件已超过办理时限（2025-05-23）仍未答复，请承办单位尽快办理并答复",
                LocalDate.parse("2025-05-26"),
                true)),
        sample(
            new ComplaintEvent.ComplaintMerged(
                envelope(2, at("2025-05-07T09:00:00"), "handler"),
                open,
                "7a1e2f3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b")),
        sample(
            new ComplaintEvent.RepeatComplaintMerged(
                envelope(4, at("2025-05-07T09:00:00"), "handler"),
                open,
                "9c8b7a6f-5e4d-4c3b-8a29-1f0e9d8c7b6a")),
        sample(
            new ComplaintEvent.ComplaintTransferredToDisclosure(
                envelope(2, at("2025-05-07T09:00:00"), "handler"),
                open,
                "3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a")),
        sample(
            new ComplaintEvent.ComplaintImported(
                envelope(1, at("2025-05-13T10:00:00"), "frontdesk"),
                facts(
                    ComplaintStatus.CLOSED,
                    at("2025-05-13T10:00:00"),
                    Closure.FOLLOWED_UP,
                    true,
                    true,
                    true,
                    Rating.SATISFIED,
                    0),
                "12345-2025-004711",
                at("2025-05-08T10:00:00"),
                at("2025-05-13T10:00:00"))));
  }

  private static Object[] sample(ComplaintEvent event) {
    return new Object[] {event.getClass().getSimpleName(), event};
  }

  private static OffsetDateTime at(String local) {
    return OffsetDateTime.parse(local + "+08:00");
  }

  private static EventEnvelope envelope(long version, OffsetDateTime occurredAt, String actor) {
    return new EventEnvelope(
        UUID.nameUUIDFromBytes(("complaint-event-" + version).getBytes(StandardCharsets.UTF_8)),
        CASE_ID,
        version,
        occurredAt,
        OffsetDateTime.parse("2025-05-13T10:00:05+08:00"),
        "demo-county",
        actor);
  }

  private static Facts overdue() {
    return new Facts(
        ComplaintChannel.HOTLINE_12345,
        ComplaintCategory.HELP,
        Urgency.URGENT,
        null,
        "demo-chengguan",
        RECEIVED,
        ComplaintStatus.IN_HANDLING,
        LocalDate.parse("2025-05-07"),
        true,
        null,
        null,
        null,
        false,
        null,
        null,
        0,
        false,
        "137****0000");
  }

  private static Facts facts(
      ComplaintStatus status,
      OffsetDateTime closedAt,
      Closure closure,
      Boolean onTime,
      boolean followedUp,
      Boolean reached,
      Rating rating,
      int reopenCount) {
    return new Facts(
        ComplaintChannel.LINKAGE_110,
        ComplaintCategory.COMPLAINT,
        Urgency.NORMAL,
        "chengguan",
        "demo-housing",
        RECEIVED,
        status,
        LocalDate.parse("2025-05-23"),
        false,
        closedAt,
        closure,
        onTime,
        followedUp,
        reached,
        rating,
        reopenCount,
        closure == Closure.MERGED,
        "138****1234");
  }
}
