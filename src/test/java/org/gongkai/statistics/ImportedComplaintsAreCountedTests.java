package org.gongkai.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.platform.GongkaiTopics;
import org.gongkai.statistics.StatisticsProjector.EventRecord;
import org.junit.jupiter.api.Test;

/**
 * A complaint imported from a ledger arrives as one {@code ComplaintImported} event carrying the
 * closed case: the projector reads it like any other complaint event, so the case counts as
 * received, closed, followed up and rated in its years.
 */
class ImportedComplaintsAreCountedTests {

  @Test
  void anImportedComplaintIsProjectedAsTheClosedCaseItsSnapshotDescribes() {
    InMemoryStatisticsReadModel readModel = new InMemoryStatisticsReadModel();
    String event =
        CaseEvents.complaint("ComplaintImported")
            .caseId("imported-1")
            .agency("demo-county")
            .fact("channel", "ONLINE")
            .fact("receivedAt", "2020-12-31T23:30:00+08:00")
            .fact("closedAt", "2021-01-05T10:00:00+08:00")
            .fact("rating", "DISSATISFIED")
            .json();

    StatisticsProjector.BatchResult result =
        new StatisticsProjector(new CaseEventPayloads(CaseEvents.JSON), readModel)
            .project(List.of(new EventRecord(GongkaiTopics.COMPLAINTS, 0, 0, event)));

    assertThat(result.unreadable()).isEmpty();
    ComplaintCase imported = readModel.complaints.get("imported-1");
    assertThat(imported.eventType()).isEqualTo("ComplaintImported");
    assertThat(imported.caseVersion()).isEqualTo(1);
    assertThat(imported.channel()).isEqualTo("ONLINE");
    assertThat(imported.receivedOn()).isEqualTo(LocalDate.of(2020, 12, 31));
    assertThat(imported.status()).isEqualTo("CLOSED");
    assertThat(imported.closedOn()).isEqualTo(LocalDate.of(2021, 1, 5));
    assertThat(imported.closure()).isEqualTo("FOLLOWED_UP");
    assertThat(imported.followedUp()).isTrue();
    assertThat(imported.rating()).isEqualTo("DISSATISFIED");
    assertThat(imported.onTime()).isTrue();
    assertThat(imported.merged()).isFalse();
  }
}
