package org.gongkai.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTests {

  private static final String MESSAGE = "电话号码格式不正确：请填写11位手机号码或带区号的固定电话";

  private static ValidatorFactory factory;
  private static Validator validator;

  record Contact(@PhoneNumber @Nullable String phone) {}

  @BeforeAll
  static void buildValidator() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void closeValidator() {
    factory.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "13800001234",
        "19912345678",
        "138 0000 1234",
        "138-0000-1234",
        "+8613800001234",
        "+86 138 0000 1234",
        "+86-138-0000-1234",
        "8613800001234",
        "86 13800001234"
      })
  void acceptsAMainlandMobileNumber(String phone) {
    assertThat(validator.validate(new Contact(phone))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "010-12345678",
        "01012345678",
        "021-87654321",
        "0379-6683123",
        "0379-66831234",
        "037966831234",
        "010-12345678-8001",
        "0379-6683123-1"
      })
  void acceptsALandlineWithItsAreaCode(String phone) {
    assertThat(validator.validate(new Contact(phone))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "12345",
        "110",
        "12315",
        "95588",
        "400-123-4567",
        "12345678",
        "12800001234",
        "1380000123",
        "138000012345",
        "+85 13800001234",
        "138  0000 1234",
        "13800001234-1",
        "011-12345678",
        "0379-123456",
        "0379-123456789",
        "010-12345678-1234567",
        "(010)12345678",
        "１３８０００００１２３４",
        "tel:13800001234"
      })
  void rejectsServiceNumbersAndMalformedNumbers(String phone) {
    assertThat(validator.validate(new Contact(phone)))
        .singleElement()
        .extracting(ConstraintViolation::getMessage)
        .isEqualTo(MESSAGE);
  }

  @Test
  void leavesAMissingNumberToNotBlank() {
    assertThat(validator.validate(new Contact(null))).isEmpty();
    assertThat(validator.validate(new Contact(""))).isEmpty();
    assertThat(validator.validate(new Contact("  "))).isEmpty();
  }

  @Test
  void namesTheFieldOfAWrongNumber() {
    Set<ConstraintViolation<Contact>> violations = validator.validate(new Contact("12345"));

    assertThat(violations)
        .singleElement()
        .satisfies(violation -> assertThat(violation.getPropertyPath()).hasToString("phone"));
  }
}
