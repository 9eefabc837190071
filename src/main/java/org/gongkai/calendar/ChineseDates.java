package org.gongkai.calendar;

import com.ibm.icu.impl.CalendarAstronomer;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The days of the Chinese calendar that fix the statutory holidays: where the first, fifth and
 * eighth lunar months begin, and the day of the 清明 solar term, each as a Gregorian date in Beijing
 * time as GB/T 33661-2017 《农历的编算和颁行》 reckons them.
 *
 * <p>The astronomy is ICU4J's ({@link ChineseCalendar}, and its {@link CalendarAstronomer} for the
 * solar term), corrected by {@link #CORRECTIONS} where ICU4J's approximate new moon or solar term
 * falls on the other side of Beijing midnight than the true one. A test checks that each correction
 * still differs from ICU4J, so an upgrade that fixes a day shows up as a correction to remove.
 */
final class ChineseDates {

  /** The moments a statutory holiday is reckoned from. */
  enum Anchor {
    /** 正月初一, the first day of the lunar year (春节); 除夕 is the day before. */
    FIRST_MONTH_BEGINS("正月初一"),
    /** 五月初一; 端午 is 五月初五. */
    FIFTH_MONTH_BEGINS("五月初一"),
    /** 八月初一; 中秋 is 八月十五. */
    EIGHTH_MONTH_BEGINS("八月初一"),
    /** The day the sun reaches 15° ecliptic longitude. */
    QINGMING("清明");

    private final String label;

    Anchor(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }
  }

  /**
   * A day on which GB/T 33661-2017 and ICU4J disagree.
   *
   * @param year the Gregorian year
   * @param anchor which day
   * @param day the day by the national standard
   * @param library the day ICU4J computes, kept so that a test notices when ICU4J agrees again
   * @param source why: the true moment and where it is published
   */
  record Correction(int year, Anchor anchor, LocalDate day, LocalDate library, String source) {}

  /**
   * The corrections of ICU4J 77.1, first the one that made us keep this list. Checked for 2025–2060
   * against Meeus's new moons (Astronomical Algorithms, ch. 49) and solar longitudes (ch. 25, full
   * VSOP87): only these two month starts differ; the fifth and eighth months and 清明 agree.
   */
  static final List<Correction> CORRECTIONS =
      List.of(
          new Correction(
              2027,
              Anchor.FIRST_MONTH_BEGINS,
              LocalDate.of(2027, 2, 6),
              LocalDate.of(2027, 2, 7),
              "朔在北京时间2027-02-06 23:56（世界时15:56，即当日日环食的食甚前后），"
                  + "按GB/T 33661-2017以北京时间定朔日，正月初一为2月6日，除夕为2月5日"),
          new Correction(
              2030,
              Anchor.FIRST_MONTH_BEGINS,
              LocalDate.of(2030, 2, 3),
              LocalDate.of(2030, 2, 2),
              "朔在北京时间2030-02-03 00:07（世界时2月2日16:07，Meeus《天文算法》第49章，"
                  + "与astronomy-engine相差不足1分钟），ICU4J算作前一日23:57，正月初一应为2月3日"));

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private static final Map<Integer, Map<Anchor, LocalDate>> BY_YEAR = new ConcurrentHashMap<>();

  private ChineseDates() {}

  /** The Gregorian date of the anchor in the given Gregorian year. */
  static LocalDate of(int year, Anchor anchor) {
    return BY_YEAR.computeIfAbsent(year, ChineseDates::compute).get(anchor);
  }

  /** The date ICU4J gives, before any correction. */
  static LocalDate fromLibrary(int year, Anchor anchor) {
    return fromLibrary(year).get(anchor);
  }

  private static Map<Anchor, LocalDate> compute(int year) {
    Map<Anchor, LocalDate> days = fromLibrary(year);
    for (Correction correction : CORRECTIONS) {
      if (correction.year() == year) {
        days.put(correction.anchor(), correction.day());
      }
    }
    return days;
  }

  private static Map<Anchor, LocalDate> fromLibrary(int year) {
    var days = new EnumMap<Anchor, LocalDate>(Anchor.class);
    ChineseCalendar lunar = new ChineseCalendar(TimeZone.getTimeZone(BEIJING.getId()));
    for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
      lunar.setTimeInMillis(day.atTime(12, 0).atZone(BEIJING).toInstant().toEpochMilli());
      if (lunar.get(ChineseCalendar.DAY_OF_MONTH) != 1
          || lunar.get(ChineseCalendar.IS_LEAP_MONTH) != 0) {
        continue;
      }
      switch (lunar.get(ChineseCalendar.MONTH)) {
        case 0 -> days.put(Anchor.FIRST_MONTH_BEGINS, day);
        case 4 -> days.put(Anchor.FIFTH_MONTH_BEGINS, day);
        case 7 -> days.put(Anchor.EIGHTH_MONTH_BEGINS, day);
        default -> {}
      }
    }
    CalendarAstronomer astronomer =
        new CalendarAstronomer(
            LocalDate.of(year, 3, 1).atStartOfDay(BEIJING).toInstant().toEpochMilli());
    long qingming = astronomer.getSunTime(Math.PI / 12, true);
    days.put(Anchor.QINGMING, Instant.ofEpochMilli(qingming).atZone(BEIJING).toLocalDate());
    if (days.size() != Anchor.values().length) {
      throw new IllegalStateException(year + "年的农历日期不完整：" + days);
    }
    return days;
  }
}
