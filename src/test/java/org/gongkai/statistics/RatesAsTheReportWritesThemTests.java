package org.gongkai.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RatesAsTheReportWritesThemTests {

  @Test
  void trimsTrailingZerosAsTheSeedReportDoes() {
    assertThat(StatisticsQueries.percent(new BigDecimal("100.00"))).isEqualTo("100%");
    assertThat(StatisticsQueries.percent(new BigDecimal("98.43"))).isEqualTo("98.43%");
    assertThat(StatisticsQueries.percent(new BigDecimal("98.80"))).isEqualTo("98.8%");
    assertThat(StatisticsQueries.percent(new BigDecimal("0.00"))).isEqualTo("0%");
  }

  @Test
  void writesADashWhenThereIsNothingToRate() {
    assertThat(StatisticsQueries.percent(null)).isEqualTo("—");
  }

  @Test
  void picksTheFormatOfTheReportYear() {
    assertThat(ReportFormat.of(2019)).isEqualTo(ReportFormat.FORMAT_2019);
    assertThat(ReportFormat.of(2020)).isEqualTo(ReportFormat.FORMAT_2019);
    assertThat(ReportFormat.of(2021)).isEqualTo(ReportFormat.FORMAT_2021);
    assertThat(ReportFormat.of(2025)).isEqualTo(ReportFormat.FORMAT_2021);
  }
}
