package org.gongkai.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

/** Both case kinds' forms read dates and moments alike. */
class PageDatesTests {

  @Test
  void aMomentIsReadInBeijingTimeWithATOrASpaceAndWithoutFractionsOfASecond() {
    OffsetDateTime expected = OffsetDateTime.parse("2026-05-06T10:12:00+08:00");

    assertThat(PageDates.moment("2026-05-06T10:12")).isEqualTo(expected);
    assertThat(PageDates.moment(" 2026-05-06 10:12 ")).isEqualTo(expected);
    assertThat(PageDates.moment("2026-05-06T10:12:00.750")).isEqualTo(expected);
  }

  @Test
  void aDateIsReadAsDateInputsSendItAndAnythingElseIsRefused() {
    assertThat(PageDates.date(" 2026-05-06")).isEqualTo(LocalDate.of(2026, 5, 6));
    assertThatThrownBy(() -> PageDates.date("2026/05/06"))
        .isInstanceOf(DateTimeParseException.class);
    assertThatThrownBy(() -> PageDates.moment("昨天上午")).isInstanceOf(DateTimeParseException.class);
  }

  @Test
  void aDateOutsideTheYearsACaseCanCarryIsRefusedLikeOneBadlyTyped() {
    assertThat(PageDates.date("1900-01-01")).isEqualTo(LocalDate.of(1900, 1, 1));
    assertThat(PageDates.moment("2199-12-31 23:59").getYear()).isEqualTo(2199);
    assertThatThrownBy(() -> PageDates.date("1899-12-31"))
        .isInstanceOf(DateTimeParseException.class);
    assertThatThrownBy(() -> PageDates.date("+10000-01-01"))
        .isInstanceOf(DateTimeParseException.class);
    assertThatThrownBy(() -> PageDates.moment("2200-01-01T00:00"))
        .isInstanceOf(DateTimeParseException.class);
  }
}
