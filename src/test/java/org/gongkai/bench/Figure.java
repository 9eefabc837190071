package org.gongkai.bench;

import java.util.Locale;

/**
 * One measured figure beside its baseline, measured in the same run (or, where none can be
 * measured, the goal, said so in {@code baselineName}).
 *
 * @param id the figure's name in issue 15 ({@code P1}, {@code P4}…) and what it counts
 * @param ours what Gongkai did
 * @param baseline what the baseline did
 * @param unit the unit of both
 * @param baselineName what the baseline is
 * @param note anything that qualifies the figure (errors, sizes)
 */
record Figure(
    String id, double ours, double baseline, String unit, String baselineName, String note) {

  /** Ours ÷ baseline. */
  double ratio() {
    return baseline == 0 ? Double.NaN : ours / baseline;
  }

  static String format(double value) {
    if (Double.isNaN(value)) {
      return "–";
    }
    double magnitude = Math.abs(value);
    String pattern =
        magnitude >= 1000 ? "%,.0f" : magnitude >= 100 ? "%.0f" : magnitude >= 10 ? "%.1f" : "%.2f";
    return String.format(Locale.ROOT, pattern, value);
  }

  static String formatRatio(double ratio) {
    return Double.isNaN(ratio) ? "–" : String.format(Locale.ROOT, "%.3f", ratio);
  }
}
