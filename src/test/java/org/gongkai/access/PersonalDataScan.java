package org.gongkai.access;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.gongkai.platform.GongkaiTopics;
import org.gongkai.support.RealInfrastructure;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/** Where the tests look for personal data that escaped the case tables. */
final class PersonalDataScan {

  private PersonalDataScan() {}

  /**
   * Every ID number, phone, address and name of two characters or more stored in the cases, and
   * every staff member's e-mail address.
   */
  static Set<String> storedSoFar(JdbcTemplate jdbc) {
    Set<String> values = new LinkedHashSet<>();
    jdbc.query(
        "SELECT applicant_name, applicant_id_number, applicant_phone, applicant_address FROM"
            + " disclosure_request",
        row -> {
          for (int column = 1; column <= 4; column++) {
            add(values, row.getString(column));
          }
        });
    jdbc.query(
        "SELECT citizen_name, citizen_phone FROM complaint",
        row -> {
          add(values, row.getString(1));
          add(values, row.getString(2));
        });
    jdbc.queryForList("SELECT email FROM staff WHERE email IS NOT NULL", String.class)
        .forEach(email -> add(values, email));
    return values;
  }

  private static void add(Set<String> values, String value) {
    if (value != null && value.strip().codePointCount(0, value.strip().length()) >= 2) {
      values.add(value.strip());
    }
  }

  /** The values of the case topics' events, of the given cases only, or of all when null. */
  static List<String> caseEvents(@Nullable Set<String> caseIds) {
    List<String> values = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                RealInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "personal-data-scan-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest"),
            new StringDeserializer(),
            new StringDeserializer())) {
      consumer.subscribe(List.of(GongkaiTopics.DISCLOSURE_REQUESTS, GongkaiTopics.COMPLAINTS));
      int[] emptyPolls = {0};
      Awaitility.await()
          .pollInSameThread()
          .atMost(Duration.ofSeconds(60))
          .until(
              () -> {
                var records = consumer.poll(Duration.ofMillis(500));
                records.forEach(
                    record -> {
                      if (record.value() != null
                          && (caseIds == null || caseIds.contains(record.key()))) {
                        values.add(record.value());
                      }
                    });
                // the end of both topics: assigned, and two polls in a row bring nothing
                emptyPolls[0] =
                    records.isEmpty() && !consumer.assignment().isEmpty() ? emptyPolls[0] + 1 : 0;
                return emptyPolls[0] >= 2;
              });
    }
    return values;
  }
}
