package org.gongkai.calendar;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The holiday schedules shipped with the application as {@code calendar/<year>.json}, one file per
 * year. A date written {@code a/b} stands for every day from {@code a} to {@code b} inclusive.
 */
final class ShippedHolidaySchedules {

  static final String LOCATION = "classpath*:calendar/*.json";

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private ShippedHolidaySchedules() {}

  /**
   * Reads every shipped schedule, ordered by year.
   *
   * @throws IllegalStateException naming the file, if a file cannot be read or is not a valid
   *     schedule, two files are for the same year, or there is no file at all
   */
  static List<HolidaySchedule> load() {
    Resource[] resources;
    try {
      resources =
          new PathMatchingResourcePatternResolver(ShippedHolidaySchedules.class.getClassLoader())
              .getResources(LOCATION);
    } catch (IOException e) {
      throw new IllegalStateException("无法查找工作日历文件 " + LOCATION, e);
    }
    if (resources.length == 0) {
      throw new IllegalStateException("没有找到工作日历文件 " + LOCATION);
    }
    var schedules = new ArrayList<HolidaySchedule>();
    var filesByYear = new HashMap<Integer, String>();
    for (Resource resource : resources) {
      HolidaySchedule schedule = read(resource);
      String earlier = filesByYear.putIfAbsent(schedule.year(), resource.getDescription());
      if (earlier != null) {
        throw new IllegalStateException(
            "工作日历文件 "
                + earlier
                + " 和 "
                + resource.getDescription()
                + " 都是"
                + schedule.year()
                + "年的节假日安排");
      }
      schedules.add(schedule);
    }
    schedules.sort(Comparator.comparingInt(HolidaySchedule::year));
    return List.copyOf(schedules);
  }

  private static HolidaySchedule read(Resource resource) {
    ScheduleFile file;
    try (InputStream in = resource.getInputStream()) {
      file = JSON.readValue(in, ScheduleFile.class);
    } catch (IOException e) {
      throw new IllegalStateException(
          "无法读取工作日历文件 " + resource.getDescription() + "：" + e.getMessage(), e);
    }
    String expectedName = file.year() + ".json";
    if (!expectedName.equals(resource.getFilename())) {
      throw new IllegalStateException(
          "工作日历文件 " + resource.getDescription() + " 写的是" + file.year() + "年，文件名应为 " + expectedName);
    }
    try {
      return new HolidaySchedule(
          file.year(), expand(file.holidays()), expand(file.workingWeekends()), file.source());
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "工作日历文件 " + resource.getDescription() + " 有误：" + e.getMessage(), e);
    }
  }

  private static Set<LocalDate> expand(List<@Nullable String> entries) {
    var days = new LinkedHashSet<LocalDate>();
    for (@Nullable String entry : entries) {
      if (entry == null) {
        throw new IllegalArgumentException("日期列表中有空值（null）");
      }
      for (LocalDate day : daysOf(entry)) {
        if (!days.add(day)) {
          throw new IllegalArgumentException(day + " 被重复列出");
        }
      }
    }
    return days;
  }

  private static List<LocalDate> daysOf(String entry) {
    int slash = entry.indexOf('/');
    if (slash < 0) {
      return List.of(LocalDate.parse(entry));
    }
    LocalDate first = LocalDate.parse(entry.substring(0, slash));
    LocalDate last = LocalDate.parse(entry.substring(slash + 1));
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("日期区间 " + entry + " 的结束日早于开始日");
    }
    return first.datesUntil(last.plusDays(1)).toList();
  }

  private record ScheduleFile(
      int year,
      String source,
      List<@Nullable String> holidays,
      List<@Nullable String> workingWeekends) {}
}
