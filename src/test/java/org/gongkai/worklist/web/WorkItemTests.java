package org.gongkai.worklist.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkItemTests {

  @Test
  void isNearlyDueFromThreeWorkingDaysLeftUntilTheDueDateItself() {
    assertThat(withDaysLeft(4).isNearlyDue()).isFalse();
    assertThat(withDaysLeft(3).isNearlyDue()).isTrue();
    assertThat(withDaysLeft(0).isNearlyDue()).isTrue();
    assertThat(withDaysLeft(0).isOverdue()).isFalse();
  }

  @Test
  void isOverdueOnceTheDueDateHasPassedOrTheCaseWasMarkedSo() {
    assertThat(withDaysLeft(-1).isOverdue()).isTrue();
    assertThat(withDaysLeft(-1).isNearlyDue()).isFalse();
    assertThat(item(5, false, true).isOverdue()).isTrue();
  }

  @Test
  void aPausedClockIsNeitherNearlyDueNorOverdue() {
    WorkItem paused = item(1, true, false);

    assertThat(paused.isNearlyDue()).isFalse();
    assertThat(paused.isOverdue()).isFalse();
  }

  private static WorkItem withDaysLeft(int days) {
    return item(days, false, false);
  }

  private static WorkItem item(int daysLeft, boolean paused, boolean overdue) {
    return new WorkItem(
        "DISCLOSURE",
        "id",
        "〔2026〕第1号",
        "tasks.disclosure.step.IN_HANDLING",
        "张*",
        "示范县人民政府",
        LocalDate.of(2026, 11, 2),
        LocalDate.of(2026, 11, 30),
        false,
        daysLeft,
        paused,
        overdue,
        "/disclosure-requests/id");
  }
}
