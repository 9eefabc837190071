package org.gongkai.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalDataMaskingTests {

  @ParameterizedTest
  @CsvSource({"张三, 张*", "欧阳娜娜, 欧***", "李, *", "𠮷田, 𠮷*", "阿卜杜拉·买买提, 阿*******"})
  void keepsOnlyTheFirstCharacterOfAName(String name, String masked) {
    assertThat(PersonalDataMasking.name(name)).isEqualTo(masked);
  }

  @ParameterizedTest
  @CsvSource({
    "13800001234, 138****1234",
    "138 0000 1234, 138****1234",
    "+86-138-0000-1234, 138****1234"
  })
  void keepsTheFirstThreeAndLastFourDigitsOfAMobileNumber(String phone, String masked) {
    assertThat(PersonalDataMasking.phone(phone)).isEqualTo(masked);
  }

  @ParameterizedTest
  @CsvSource({
    "010-12345678, 010-****5678",
    "01012345678, 010-****5678",
    "0379-6683123, 0379-****3123",
    "037966831234, 0379-****1234",
    "010-12345678-8001, 010-****5678"
  })
  void keepsTheAreaCodeAndLastFourDigitsOfALandline(String phone, String masked) {
    assertThat(PersonalDataMasking.phone(phone)).isEqualTo(masked);
  }

  @ParameterizedTest
  @CsvSource({"00852-12345678, ****5678", "1234567, ****", "12345, ****"})
  void keepsAtMostTheLastFourCharactersOfAnUnrecognisedNumber(String phone, String masked) {
    assertThat(PersonalDataMasking.phone(phone)).isEqualTo(masked);
  }

  @ParameterizedTest
  @CsvSource({
    "11010519491231002X, 1101**********002X",
    "110105491231002, 110*********002",
    "E12345678, E1*****78",
    "12345678, 12****78"
  })
  void keepsAtMostTheFirstAndLastFourCharactersOfAnIdNumber(String idNumber, String masked) {
    assertThat(PersonalDataMasking.idNumber(idNumber)).isEqualTo(masked);
  }

  @ParameterizedTest
  @CsvSource({"河南省洛阳市栾川县城关镇某路1号, 河南省洛阳市****", "北京市海淀区中关村大街27号, 北京市海淀区****", "某路1号, 某路****"})
  void keepsTheBeginningOfAnAddress(String address, String masked) {
    assertThat(PersonalDataMasking.address(address)).isEqualTo(masked);
  }

  @Test
  void passesNullThrough() {
    assertThat(PersonalDataMasking.name(null)).isNull();
    assertThat(PersonalDataMasking.phone(null)).isNull();
    assertThat(PersonalDataMasking.idNumber(null)).isNull();
    assertThat(PersonalDataMasking.address(null)).isNull();
  }
}
