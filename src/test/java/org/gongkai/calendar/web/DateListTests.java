package org.gongkai.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateListTests {

  @Test
  void readsDatesOneALineOrSeparatedByCommasAndSpaces() {
    DateList list =
        DateList.parse("2027-01-01\n2027-02-05, 2027-02-06，2027-2-7、2027-02-08 2027-02-09");

    assertThat(list.unreadable()).isEmpty();
    assertThat(list.entries())
        .extracting(DateList.Entry::first)
        .containsExactly(
            LocalDate.of(2027, 1, 1),
            LocalDate.of(2027, 2, 5),
            LocalDate.of(2027, 2, 6),
            LocalDate.of(2027, 2, 7),
            LocalDate.of(2027, 2, 8),
            LocalDate.of(2027, 2, 9));
  }

  @Test
  void readsRangesWithASlashOrWith至EvenWithSpacesAroundIt() {
    DateList list = DateList.parse("2027-02-05/2027-02-11\n2027-10-01 至 2027-10-07");

    assertThat(list.entries()).hasSize(2);
    assertThat(list.entries().get(0).days()).hasSize(7).startsWith(LocalDate.of(2027, 2, 5));
    assertThat(list.entries().get(1).days()).hasSize(7).endsWith(LocalDate.of(2027, 10, 7));
  }

  @Test
  void namesWhatItCannotReadAndRangesThatRunBackwards() {
    DateList list = DateList.parse("2027-02-30, 2月5日, 2027-02-05至, 2027-02-11/2027-02-05");

    assertThat(list.entries()).isEmpty();
    assertThat(list.unreadable()).containsExactly("2027-02-30", "2月5日", "2027-02-05至");
    assertThat(list.reversed()).containsExactly("2027-02-11/2027-02-05");
  }

  @Test
  void blankIsAnEmptyList() {
    assertThat(DateList.parse("  \n ").entries()).isEmpty();
    assertThat(DateList.parse(null).entries()).isEmpty();
  }

  @Test
  void writesConsecutiveDaysAsRangesThatReadBackTheSame() {
    List<LocalDate> days =
        List.of(
            LocalDate.of(2026, 12, 31),
            LocalDate.of(2027, 1, 1),
            LocalDate.of(2027, 1, 2),
            LocalDate.of(2027, 2, 14));

    String text = DateList.format(days);

    assertThat(text).isEqualTo("2026-12-31/2027-01-02\n2027-02-14");
    assertThat(DateList.parse(text).entries().stream().flatMap(e -> e.days().stream()).toList())
        .isEqualTo(days);
  }

  @Test
  void aScheduleMayHoldThePreviousDecemberAndTheFollowingJanuary() {
    assertThat(CalendarPages.coveredBy(2027, LocalDate.of(2026, 12, 31))).isTrue();
    assertThat(CalendarPages.coveredBy(2027, LocalDate.of(2028, 1, 31))).isTrue();
    assertThat(CalendarPages.coveredBy(2027, LocalDate.of(2026, 11, 30))).isFalse();
    assertThat(CalendarPages.coveredBy(2027, LocalDate.of(2028, 2, 1))).isFalse();
  }
}
