package org.gongkai.calendar.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Dates as an administrator types them from the State Council's notice: one a line, or separated by
 * commas, enumeration commas or spaces; {@code 2027-02-05} (or {@code 2027-2-5}), and a range of
 * consecutive days as {@code 2027-02-05/2027-02-11} or {@code 2027-02-05至2027-02-11}.
 *
 * @param entries what was read, in the order typed
 * @param unreadable what was not a date or a range of dates, as typed
 * @param reversed the ranges that end before they begin, as typed
 */
record DateList(List<Entry> entries, List<String> unreadable, List<String> reversed) {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT);

  /** Spaces around a range's separator belong to the range, not between two entries. */
  private static final Pattern SPACED_RANGE = Pattern.compile("\\s*([/至~～])\\s*");

  private static final Pattern SEPARATORS = Pattern.compile("[\\s,，、;；]+");

  private static final Pattern RANGE = Pattern.compile("[/至~～]");

  DateList {
    entries = List.copyOf(entries);
    unreadable = List.copyOf(unreadable);
    reversed = List.copyOf(reversed);
  }

  /** A date, or a range of dates from {@code first} to {@code last} inclusive. */
  record Entry(String typed, LocalDate first, LocalDate last) {

    /** Every day of the entry. */
    List<LocalDate> days() {
      return first.datesUntil(last.plusDays(1)).toList();
    }
  }

  /** Reads the text; blank text is an empty list. */
  static DateList parse(@Nullable String text) {
    var entries = new ArrayList<Entry>();
    var unreadable = new ArrayList<String>();
    var reversed = new ArrayList<String>();
    if (text == null || text.isBlank()) {
      return new DateList(entries, unreadable, reversed);
    }
    String joined = SPACED_RANGE.matcher(text.strip()).replaceAll("$1");
    for (String token : SEPARATORS.split(joined)) {
      if (token.isEmpty()) {
        continue;
      }
      String[] ends = RANGE.split(token, -1);
      if (ends.length > 2) {
        unreadable.add(token);
        continue;
      }
      Optional<LocalDate> first = date(ends[0]);
      Optional<LocalDate> last = ends.length == 2 ? date(ends[1]) : first;
      if (first.isEmpty() || last.isEmpty()) {
        unreadable.add(token);
      } else if (last.get().isBefore(first.get())) {
        reversed.add(token);
      } else {
        entries.add(new Entry(token, first.get(), last.get()));
      }
    }
    return new DateList(entries, unreadable, reversed);
  }

  private static Optional<LocalDate> date(String text) {
    try {
      return Optional.of(LocalDate.parse(text, DATE));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** The text that reads back as the given days: consecutive days as a range, one per line. */
  static String format(List<LocalDate> sortedDays) {
    var lines = new ArrayList<String>();
    for (List<LocalDate> run : runs(sortedDays)) {
      LocalDate first = run.get(0);
      LocalDate last = run.get(run.size() - 1);
      lines.add(first.equals(last) ? first.toString() : first + "/" + last);
    }
    return String.join("\n", lines);
  }

  /** The days grouped into runs of consecutive days, in order. */
  static List<List<LocalDate>> runs(List<LocalDate> sortedDays) {
    var runs = new ArrayList<List<LocalDate>>();
    List<LocalDate> current = new ArrayList<>();
    for (LocalDate day : sortedDays) {
      if (!current.isEmpty() && !current.get(current.size() - 1).plusDays(1).equals(day)) {
        runs.add(List.copyOf(current));
        current = new ArrayList<>();
      }
      current.add(day);
    }
    if (!current.isEmpty()) {
      runs.add(List.copyOf(current));
    }
    return List.copyOf(runs);
  }
}
