package org.gongkai.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class FeeScheduleTests {

  @ParameterizedTest(name = "the month''s first {0} items cost {1} 元")
  @CsvSource({
    "0, 0",
    "1, 0",
    "10, 0",
    "11, 100",
    "30, 2000",
    "31, 2200",
    "40, 4000",
    "41, 4300",
    "50, 7000",
    "51, 7400",
    "60, 11000",
    "61, 11500"
  })
  void chargesPerItemByBandsOfTheNaturalMonth(int items, long fee) {
    assertThat(FeeSchedule.perItem(0, items)).isEqualTo(fee);
  }

  @Test
  void chargesLaterItemsOfTheMonthAtTheirBandsPrice() {
    assertThat(FeeSchedule.perItem(25, 10)).isEqualTo(100 * 5 + 200 * 5);
    assertThat(FeeSchedule.perItem(10, 1)).isEqualTo(100);
    assertThat(FeeSchedule.perItem(40, 1)).isEqualTo(300);
    assertThat(FeeSchedule.perItem(50, 0)).isZero();
  }

  @Test
  void chargesEachItemOfAFurtherBandOfTenAHundredYuanMoreThanTheBandBefore() {
    assertThat(IntStream.rangeClosed(30, 130).mapToLong(n -> FeeSchedule.perItem(n, 1)))
        .containsExactlyElementsOf(
            IntStream.rangeClosed(31, 131).mapToObj(n -> 100L * (2 + (n - 31) / 10)).toList());
  }

  static Stream<Arguments> monthsSplitIntoTwoRequests() {
    return IntStream.of(0, 5, 10, 11, 29, 30, 31, 40, 57, 120)
        .boxed()
        .flatMap(
            earlier ->
                IntStream.of(0, 1, 9, 10, 20, 33, 75).mapToObj(later -> arguments(earlier, later)));
  }

  @ParameterizedTest(name = "{0} items, then {1} more")
  @MethodSource("monthsSplitIntoTwoRequests")
  void chargesAMonthSplitAcrossTwoRequestsTheSameAsOneRequestOfTheSum(int first, int second) {
    long splitFee = FeeSchedule.perItem(0, first) + FeeSchedule.perItem(first, second);

    assertThat(splitFee).isEqualTo(FeeSchedule.perItem(0, first + second));
  }

  @ParameterizedTest(name = "{0} pages cost {1} 元")
  @CsvSource({
    "0, 0",
    "30, 0",
    "31, 10",
    "100, 700",
    "101, 720",
    "200, 2700",
    "201, 2740",
    "250, 4700"
  })
  void chargesPerPageByBandsOfTheRequest(int pages, long fee) {
    assertThat(FeeSchedule.perPage(pages)).isEqualTo(fee);
  }

  @Test
  void refusesNegativeCounts() {
    assertThatIllegalArgumentException().isThrownBy(() -> FeeSchedule.perItem(-1, 1));
    assertThatIllegalArgumentException().isThrownBy(() -> FeeSchedule.perItem(0, -1));
    assertThatIllegalArgumentException().isThrownBy(() -> FeeSchedule.perPage(-1));
  }

  @Test
  void computesTheLargestCountsExactlyOrNotAtAll() {
    assertThat(FeeSchedule.perPage(Integer.MAX_VALUE))
        .isEqualTo(700 + 2000 + 40L * (Integer.MAX_VALUE - 200));
    assertThat(FeeSchedule.perItem(Integer.MAX_VALUE, 1))
        .isEqualTo(100L * (2 + (Integer.MAX_VALUE + 1L - 31) / 10));
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> FeeSchedule.perItem(0, Integer.MAX_VALUE));
  }

  @Test
  void namesTheTwoBasesAsTheMeasuresDo() {
    assertThat(FeeSchedule.Basis.PER_ITEM.label()).isEqualTo("按件计收");
    assertThat(FeeSchedule.Basis.PER_PAGE.label()).isEqualTo("按量计收");
  }
}
