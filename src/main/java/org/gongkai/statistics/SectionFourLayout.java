package org.gongkai.statistics;

import java.util.List;
import java.util.Optional;

/** The blocks and columns of section four (政府信息公开行政复议、行政诉讼情况). */
final class SectionFourLayout {

  static final String PENDING = "PENDING";
  static final String TOTAL = "TOTAL";

  /** The decided results, in table order. */
  static final List<String> RESULTS = List.of("UPHELD", "CORRECTED", "OTHER");

  static final List<String> COLUMNS = List.of("UPHELD", "CORRECTED", "OTHER", PENDING, TOTAL);

  static final List<String> COLUMN_LABELS = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");

  /** One block: its key, the appeal kind the events carry, and its label. */
  record Block(String key, String kind, String label) {}

  static final List<Block> BLOCKS =
      List.of(
          new Block("review", "ADMINISTRATIVE_REVIEW", "行政复议"),
          new Block("litigation_direct", "LITIGATION_DIRECT", "行政诉讼 未经复议直接起诉"),
          new Block("litigation_after_review", "LITIGATION_AFTER_REVIEW", "行政诉讼 复议后起诉"));

  private SectionFourLayout() {}

  /** The label of a column code. */
  static String columnLabel(String column) {
    int index = COLUMNS.indexOf(column);
    return index < 0 ? column : COLUMN_LABELS.get(index);
  }

  static Optional<Block> block(String key) {
    return BLOCKS.stream().filter(b -> b.key().equals(key)).findFirst();
  }
}
