package org.gongkai.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.gongkai.platform.ProblemException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * A typed value is read the same on every page: blank is null or missing, a bad one is rejected on
 * its field with the page kind's code, and a desk's refusal lands next to the field it names.
 */
class FormValuesTests {

  private static final FormValues.Messages CODES = FormValues.Messages.under("kind.error.");

  /** A form bean, as the disclosure pages have them. */
  public static class Bean {
    private @Nullable String at;

    public @Nullable String getAt() {
      return at;
    }

    public void setAt(@Nullable String at) {
      this.at = at;
    }
  }

  /** A form record, as the complaint pages have them. */
  record Form(@Nullable String at, @Nullable String kind) {}

  enum Colour {
    RED
  }

  private final BeanPropertyBindingResult errors =
      new BeanPropertyBindingResult(new Form("x", "y"), "form");
  private final FormValues values = new FormValues(errors, CODES);

  @Test
  void blankIsNullOrMissing() {
    assertThat(values.text("at", " ", false, 10)).isNull();
    assertThat(errors.hasErrors()).isFalse();

    assertThat(values.date("at", "", true)).isNull();
    assertThat(codeOf("at")).isEqualTo("kind.error.required");
  }

  @Test
  void goodValuesAreRead() {
    assertThat(values.text("at", " 路灯 ", true, 2)).isEqualTo("路灯");
    assertThat(values.date("at", "2026-05-06", true)).isEqualTo(LocalDate.of(2026, 5, 6));
    assertThat(values.moment("at", "2026-05-06 10:12", true))
        .isEqualTo(OffsetDateTime.parse("2026-05-06T10:12+08:00"));
    assertThat(values.choice("kind", Colour.class, " RED ", true)).isEqualTo(Colour.RED);
    assertThat(values.yesNo("kind", "false", true)).isFalse();
    assertThat(values.number("kind", "20", true, 1, 20)).isEqualTo(20);
    assertThat(errors.hasErrors()).isFalse();
  }

  @Test
  void eachBadValueGetsTheKindsCode() {
    values.text("at", "路灯不亮", false, 2);
    assertThat(codeOf("at")).isEqualTo("kind.error.tooLong");
    assertBad(() -> values.date("at", "2026-02-30", false), "kind.error.date");
    assertBad(() -> values.moment("at", "昨天上午", false), "kind.error.moment");
    assertBad(() -> values.choice("at", Colour.class, "BLUE", false), "kind.error.choice");
    assertBad(() -> values.yesNo("at", "maybe", false), "kind.error.choice");
    assertBad(() -> values.number("at", "二十", false, 1, 20), "kind.error.number");
    assertBad(() -> values.number("at", "21", false, 1, 20), "kind.error.range");
    assertThat(last().getArguments()).containsExactly(1, 20);
    assertBad(() -> values.number("at", "x", false, 1, 20, "kind.error.days"), "kind.error.days");
    assertBad(() -> values.number("at", "0", false, 1, 20, "kind.error.days"), "kind.error.days");
  }

  @Test
  void aRefusalGoesNextToTheFieldItNamesOnARecordOrABean() {
    ProblemException refused = ProblemException.invalid("receivedAt", "受理时间不能晚于现在");

    String done = values.attempt(() -> thrown(refused), Map.of("receivedAt", "at"));
    assertThat(done).isNull();
    assertThat(errors.getFieldError("at").getCode()).isEqualTo("kind.error.problem");
    assertThat(errors.getFieldError("at").getArguments()).containsExactly("受理时间不能晚于现在");

    BeanPropertyBindingResult beanErrors = new BeanPropertyBindingResult(new Bean(), "form");
    new FormValues(beanErrors, CODES).refused(refused, Map.of("receivedAt", "at"));
    assertThat(beanErrors.getFieldError("at")).isNotNull();
  }

  @Test
  void aRefusalNamingNoFieldOfTheFormGoesAboveIt() {
    values.refused(ProblemException.invalid("citizen.phone", "号码不对"), Map.of());

    List<ObjectError> global = errors.getGlobalErrors();
    assertThat(global)
        .singleElement()
        .extracting(ObjectError::getCode)
        .isEqualTo("kind.error.problem");
    assertThat(values.attempt(() -> "done", Map.of())).isEqualTo("done");
  }

  @Test
  void textHelpers() {
    assertThat(FormValues.stripped(null)).isEmpty();
    assertThat(FormValues.stripped(" a ")).isEqualTo("a");
    assertThat(CommandForms.blankToNull(" ")).isNull();
    assertThat(CommandForms.blankToNull(" a ")).isEqualTo("a");
  }

  private void assertBad(Runnable read, String code) {
    int before = errors.getErrorCount();
    read.run();
    assertThat(errors.getErrorCount()).isEqualTo(before + 1);
    assertThat(last().getCode()).isEqualTo(code);
  }

  private FieldError last() {
    List<FieldError> all = errors.getFieldErrors();
    return all.get(all.size() - 1);
  }

  private String codeOf(String field) {
    return errors.getFieldError(field).getCode();
  }

  private static String thrown(ProblemException problem) {
    throw problem;
  }
}
