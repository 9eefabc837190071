package org.gongkai.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.disclosure.RequestMother.CALENDAR;
import static org.gongkai.disclosure.RequestMother.on;
import static org.gongkai.disclosure.RequestMother.receivedInPersonOn;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** How the reply deadline is counted and explained to the staff who must meet it. */
class ReplyDeadlinesTests {

  private static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);

  @Test
  void theExplanationNamesTheReceiptRuleAndTheTwentyWorkingDays() {
    ReplyDeadline deadline =
        ReplyDeadlines.compute(receivedInPersonOn(MONDAY), MONDAY.plusDays(1), CALENDAR);

    assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2025, 3, 31));
    assertThat(deadline.paused()).isFalse();
    assertThat(deadline.provisional()).isFalse();
    assertThat(deadline.explanation().get(0))
        .isEqualTo("收到申请之日：2025-03-03（当面提交，以申请人提交政府信息公开申请之日为收到申请之日，第三十一条）");
    assertThat(deadline.explanation()).anyMatch(line -> line.contains("起算20个工作日"));
  }

  @Test
  void whileAThirdPartyIsConsultedTheDeadlineMovesWithEachWorkingDayUntilToday() {
    DisclosureRequest request = receivedInPersonOn(MONDAY);
    request.startConsultation("某某有限公司", on(LocalDate.of(2025, 3, 5)), CALENDAR);

    ReplyDeadline threeDaysIn =
        ReplyDeadlines.compute(request, LocalDate.of(2025, 3, 10), CALENDAR);
    ReplyDeadline fourDaysIn = ReplyDeadlines.compute(request, LocalDate.of(2025, 3, 11), CALENDAR);

    assertThat(threeDaysIn.paused()).isTrue();
    assertThat(threeDaysIn.dueDate()).isEqualTo(LocalDate.of(2025, 4, 3));
    assertThat(fourDaysIn.dueDate()).isEqualTo(LocalDate.of(2025, 4, 7));
    assertThat(fourDaysIn.explanation()).anyMatch(line -> line.contains("期限暂停"));
  }
}
