package org.gongkai.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures of one run: printed as they come, each beside its baseline and the ratio, then
 * written to {@code docs/benchmarks.md} with the command, the machine and the date.
 */
final class BenchmarkReport {

  private final BenchmarkSettings settings;
  private final Clock clock;
  private final List<Figure> figures = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  BenchmarkReport(BenchmarkSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  void add(Figure figure) {
    figures.add(figure);
    System.out.printf(
        "[bench] %-58s %12s %-10s | baseline %12s (%s) | ratio %s%s%n",
        figure.id(),
        Figure.format(figure.ours()),
        figure.unit(),
        Figure.format(figure.baseline()),
        figure.baselineName(),
        Figure.formatRatio(figure.ratio()),
        figure.note().isEmpty() ? "" : " | " + figure.note());
  }

  /** Something the reader of the results should know that is not a figure. */
  void note(String note) {
    notes.add(note);
    System.out.println("[bench] " + note);
  }

  List<Figure> figures() {
    return List.copyOf(figures);
  }

  /** Writes the results page, replacing the previous run's. */
  void write(Path page, Machine machine) {
    // The date of a benchmark run is the machine's time: it says when the figures were measured.
    ZonedDateTime now = ZonedDateTime.now(clock);
    StringBuilder md = new StringBuilder();
    md.append("# Benchmarks\n\n");
    if (settings.smoke()) {
      md.append(
          "> **Smoke run.** The sizes below are the smoke sizes, chosen to check that the harness"
              + " works in a few minutes, not to measure: these figures say little about the full"
              + " sizes. Run `bench/run` without `--smoke` for figures worth comparing.\n\n");
    }
    md.append("The last run of the benchmark harness (see the README, section Benchmarks).\n\n");
    md.append("- Command: `").append(settings.command()).append("`\n");
    md.append("- Date: ").append(now.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n');
    md.append("- Machine: ").append(machine.describe()).append('\n');
    md.append("- Sizes: ").append(settings.describe()).append("\n\n");
    md.append("| figure | ours | baseline | baseline is | ratio ours ÷ baseline | note |\n");
    md.append("|---|---:|---:|---|---:|---|\n");
    for (Figure figure : figures) {
      md.append("| ")
          .append(figure.id())
          .append(" | ")
          .append(Figure.format(figure.ours()))
          .append(' ')
          .append(figure.unit())
          .append(" | ")
          .append(Figure.format(figure.baseline()))
          .append(' ')
          .append(figure.unit())
          .append(" | ")
          .append(figure.baselineName())
          .append(" | ")
          .append(Figure.formatRatio(figure.ratio()))
          .append(" | ")
          .append(figure.note())
          .append(" |\n");
    }
    if (!notes.isEmpty()) {
      md.append("\n## Notes\n\n");
      notes.forEach(note -> md.append("- ").append(note).append('\n'));
    }
    try {
      Files.createDirectories(page.getParent());
      Files.writeString(page, md.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.out.println("[bench] written to " + page.toAbsolutePath());
  }
}
