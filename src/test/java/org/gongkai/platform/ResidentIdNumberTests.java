package org.gongkai.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdNumberTests {

  private static ValidatorFactory factory;
  private static Validator validator;

  record Applicant(@ResidentIdNumber @Nullable String idNumber) {}

  record Household(List<@ResidentIdNumber String> idNumbers) {}

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
        "11010519491231002X",
        "110101199003071233",
        "440307199003071239",
        "320102198808080015",
        "510104200002290011",
        "11010519000101001X",
        "110105209912310010"
      })
  void acceptsNumbersWithTheRightCheckCharacter(String number) {
    assertThat(ResidentIdNumbers.isValid(number)).isTrue();
  }

  @Test
  void acceptsALowerCaseX() {
    assertThat(ResidentIdNumbers.isValid("11010519491231002x")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"110101199003071234", "110101199003071230", "110101199003071238"})
  void rejectsAWrongCheckDigit(String number) {
    assertThat(ResidentIdNumbers.isValid(number)).isFalse();
  }

  @Test
  void rejectsAnXWhereTheCheckCharacterIsADigit() {
    assertThat(ResidentIdNumbers.isValid("11010119900307123X")).isFalse();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "11010519491231002",
        "11010519491231002X0",
        "110105194912310 2X",
        "1101051949123100XX",
        "11010A19491231002X",
        "１１０１０５１９４９１２３１００２Ｘ",
        " 11010519491231002X"
      })
  void rejectsAnythingButSeventeenDigitsAndACheckCharacter(@Nullable String value) {
    assertThat(ResidentIdNumbers.isValid(value)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "110105199902310010",
        "110105190002290017",
        "110105199013010018",
        "110105199001000015",
        "110105189912310015",
        "110105210001010015"
      })
  void rejectsABirthDateThatIsNoDayBetween1900And2099EvenWithTheRightCheckDigit(String number) {
    assertThat(ResidentIdNumbers.isValid(number)).isFalse();
  }

  @Test
  void rejectsARegionCodeStartingWithZeroEvenWithTheRightCheckDigit() {
    assertThat(ResidentIdNumbers.isValid("010105199003070013")).isFalse();
  }

  @Test
  void leavesAMissingNumberToNotBlank() {
    assertThat(validator.validate(new Applicant(null))).isEmpty();
    assertThat(validator.validate(new Applicant(""))).isEmpty();
    assertThat(validator.validate(new Applicant("   "))).isEmpty();
  }

  @Test
  void passesAValidNumberThroughTheValidator() {
    assertThat(validator.validate(new Applicant("11010519491231002X"))).isEmpty();
  }

  @Test
  void explainsAWrongNumberInChinese() {
    Set<ConstraintViolation<Applicant>> violations =
        validator.validate(new Applicant("110101199003071234"));

    assertThat(violations)
        .singleElement()
        .satisfies(
            violation -> {
              assertThat(violation.getMessage()).isEqualTo("身份证号码不正确：请核对18位号码及最后一位校验码");
              assertThat(violation.getPropertyPath()).hasToString("idNumber");
            });
  }

  @Test
  void checksEachNumberOfAListThroughTheTypeUseAnnotation() {
    Set<ConstraintViolation<Household>> violations =
        validator.validate(new Household(List.of("11010519491231002X", "110101199003071234")));

    assertThat(violations)
        .singleElement()
        .satisfies(
            violation ->
                assertThat(violation.getPropertyPath()).hasToString("idNumbers[1].<list element>"));
  }
}
