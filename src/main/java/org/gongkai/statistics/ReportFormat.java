package org.gongkai.statistics;

/**
 * The table format of the annual report's section three, by report year: the 2019 format
 * (国办公开办函〔2019〕60号) for 2019 and 2020, with （六）其他处理 as one row, and the 2021 format
 * (国办公开办函〔2021〕30号) from 2021 on, with three （六） rows.
 */
public enum ReportFormat {
  FORMAT_2019("2019"),
  FORMAT_2021("2021");

  /** The first report year any format covers. */
  public static final int FIRST_YEAR = 2019;

  private final String code;

  ReportFormat(String code) {
    this.code = code;
  }

  /** The format's name in the API, {@code "2019"} or {@code "2021"}. */
  public String code() {
    return code;
  }

  /** The format in force for the report year. */
  public static ReportFormat of(int year) {
    if (year < FIRST_YEAR) {
      throw new IllegalArgumentException("no report format before " + FIRST_YEAR);
    }
    return year <= 2020 ? FORMAT_2019 : FORMAT_2021;
  }
}
