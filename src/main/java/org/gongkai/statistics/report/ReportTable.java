package org.gongkai.statistics.report;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A table as the statutory form draws it: cells on a grid of {@code rowCount} by {@code
 * columnCount}, some spanning several rows or columns. Every position is covered by exactly one
 * cell.
 *
 * @param headerRows how many rows at the top are column headings
 */
public record ReportTable(
    String title, int rowCount, int columnCount, int headerRows, List<Cell> cells) {

  /** What a cell holds, which decides how it is drawn. */
  public enum Kind {
    HEADER,
    LABEL,
    NUMBER
  }

  /**
   * A cell whose top-left corner is at {@code row}, {@code column}.
   *
   * @param source for a number, the report cell it shows, whose cases can be listed
   */
  public record Cell(
      int row,
      int column,
      int rowSpan,
      int columnSpan,
      Kind kind,
      String text,
      @Nullable CellKey source) {

    public Cell(int row, int column, int rowSpan, int columnSpan, Kind kind, String text) {
      this(row, column, rowSpan, columnSpan, kind, text, null);
    }

    public boolean merged() {
      return rowSpan > 1 || columnSpan > 1;
    }

    boolean covers(int r, int c) {
      return r >= row && r < row + rowSpan && c >= column && c < column + columnSpan;
    }
  }

  /**
   * Which cell of the report a number shows: a section-three row key with an applicant column or
   * {@code TOTAL}, or a section-four block key with its result column, as the drill-down takes
   * them.
   */
  public record CellKey(String rowKey, String column) {}

  public ReportTable {
    cells = List.copyOf(cells);
  }

  /** The cell covering the position, wherever its top-left corner is. */
  public Optional<Cell> covering(int row, int column) {
    return cells.stream().filter(c -> c.covers(row, column)).findFirst();
  }

  /** The cells whose top-left corner is in the row, left to right: what a row of HTML draws. */
  public List<Cell> startingIn(int row) {
    return cells.stream()
        .filter(c -> c.row() == row)
        .sorted(Comparator.comparingInt(Cell::column))
        .toList();
  }
}
