package org.gongkai.statistics.report;

import java.util.List;
import java.util.Optional;

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

  /** A cell whose top-left corner is at {@code row}, {@code column}. */
  public record Cell(int row, int column, int rowSpan, int columnSpan, Kind kind, String text) {

    public boolean merged() {
      return rowSpan > 1 || columnSpan > 1;
    }

    boolean covers(int r, int c) {
      return r >= row && r < row + rowSpan && c >= column && c < column + columnSpan;
    }
  }

  public ReportTable {
    cells = List.copyOf(cells);
  }

  /** The cell covering the position, wherever its top-left corner is. */
  public Optional<Cell> covering(int row, int column) {
    return cells.stream().filter(c -> c.covers(row, column)).findFirst();
  }
}
