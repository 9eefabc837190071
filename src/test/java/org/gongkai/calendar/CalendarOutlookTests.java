package org.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * When the calendar warns that a year is still provisional: next year from 1 October (Beijing
 * time), the current year all year. Far years, so that no rule depends on today.
 */
class CalendarOutlookTests {

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  /** 2097 and 2098 official; 2099 and 2100 provisional. */
  private final WorkingCalendar calendar =
      new WorkingCalendar(List.of(official(2097), official(2098)));

  @Test
  void saysNothingOn30SeptemberAlthoughNextYearIsProvisional() {
    assertThat(outlookAt(LocalDateTime.of(2098, 9, 30, 23, 59)).notice()).isEmpty();
  }

  @Test
  void warnsFrom1OctoberThatNextYearIsProvisional() {
    CalendarOutlook.Notice notice =
        outlookAt(LocalDateTime.of(2098, 10, 1, 8, 0)).notice().orElseThrow();

    assertThat(notice.years()).containsExactly(2099);
    assertThat(notice.firstYear()).isEqualTo(2099);
    assertThat(notice.urgent()).isFalse();
    assertThat(notice.text())
        .isEqualTo("2099年节假日安排尚未录入：目前按《全国年节及纪念日放假办法》暂定推算，期限均为暂定；" + "国务院办公厅通知公布后请在工作日历页面录入。");
  }

  @Test
  void reckons1OctoberInBeijingTime() {
    // 16:30 UTC on 30 September is half past midnight on 1 October in Beijing
    Clock utc = Clock.fixed(Instant.parse("2098-09-30T16:30:00Z"), ZoneOffset.UTC);
    assertThat(new CalendarOutlook(calendar, utc, messages()).notice()).isPresent();

    Clock beforeMidnight = Clock.fixed(Instant.parse("2098-09-30T15:59:00Z"), ZoneOffset.UTC);
    assertThat(new CalendarOutlook(calendar, beforeMidnight, messages()).notice()).isEmpty();
  }

  @Test
  void saysNothingOnceNextYearIsOfficial() {
    assertThat(outlookAt(LocalDateTime.of(2097, 12, 31, 12, 0)).notice()).isEmpty();
  }

  @Test
  void warnsAllYearWhileTheCurrentYearIsProvisionalMoreUrgently() {
    CalendarOutlook.Notice notice =
        outlookAt(LocalDateTime.of(2099, 3, 2, 9, 0)).notice().orElseThrow();

    assertThat(notice.years()).containsExactly(2099);
    assertThat(notice.urgent()).isTrue();
    assertThat(notice.text()).startsWith("2099年节假日安排尚未录入：本年的期限目前按").contains("请尽快");
  }

  @Test
  void namesBothYearsInTheAutumnOfAProvisionalYear() {
    CalendarOutlook.Notice notice =
        outlookAt(LocalDateTime.of(2099, 10, 8, 9, 0)).notice().orElseThrow();

    assertThat(notice.years()).containsExactly(2099, 2100);
    assertThat(notice.urgent()).isTrue();
    assertThat(notice.text()).contains("2099年节假日安排尚未录入", "2100年节假日安排尚未录入");
  }

  @Test
  void listsTheProvisionalYearsAmongThisYearAndNextWhateverTheDate() {
    assertThat(outlookAt(LocalDateTime.of(2097, 5, 1, 9, 0)).provisionalYearsAhead()).isEmpty();
    assertThat(outlookAt(LocalDateTime.of(2098, 5, 1, 9, 0)).provisionalYearsAhead())
        .containsExactly(2099);
    assertThat(outlookAt(LocalDateTime.of(2099, 5, 1, 9, 0)).provisionalYearsAhead())
        .containsExactly(2099, 2100);
    assertThat(outlookAt(LocalDateTime.of(2098, 5, 1, 9, 0)).nextYear()).isEqualTo(2099);
  }

  @Test
  void theHealthIndicatorIsUpAndSaysWhereToEnterTheSchedule() {
    Health health =
        new CalendarHealthIndicator(calendar, outlookAt(LocalDateTime.of(2098, 10, 1, 9, 0)))
            .health();

    assertThat(health.getStatus()).isEqualTo(Status.UP);
    Map<String, Object> details = health.getDetails();
    assertThat(details.get("officialYears")).isEqualTo(List.of(2097, 2098));
    assertThat(details.get("provisionalYears")).isEqualTo(List.of(2099));
    assertThat((String) details.get("notice")).startsWith("2099年节假日安排尚未录入");
    assertThat(details.get("enterAt"))
        .isEqualTo(List.of("/admin/calendar", "PUT /api/admin/calendar/{year}"));
  }

  @Test
  void theHealthIndicatorHasNoNoticeBeforeOctober() {
    Health health =
        new CalendarHealthIndicator(calendar, outlookAt(LocalDateTime.of(2098, 9, 30, 9, 0)))
            .health();

    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails())
        .containsEntry("provisionalYears", List.of(2099))
        .doesNotContainKeys("notice", "enterAt");
  }

  private CalendarOutlook outlookAt(LocalDateTime beijing) {
    return new CalendarOutlook(
        calendar, Clock.fixed(beijing.atZone(BEIJING).toInstant(), BEIJING), messages());
  }

  private static ResourceBundleMessageSource messages() {
    var messages = new ResourceBundleMessageSource();
    messages.setBasename("messages");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return messages;
  }

  private static HolidaySchedule official(int year) {
    return new HolidaySchedule(
        year, Set.of(LocalDate.of(year, 1, 1)), Set.of(), "国务院办公厅关于" + year + "年部分节假日安排的通知（测试）");
  }
}
