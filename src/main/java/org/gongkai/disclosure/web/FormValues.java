package org.gongkai.disclosure.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.gongkai.platform.ProblemException;
import org.gongkai.platform.web.PageDates;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * Reads typed form values — dates, moments, choices, numbers — rejecting a bad one on its field
 * with a message from the bundle, and puts a desk's refusal next to the field it names.
 */
final class FormValues {

  static final String REQUIRED = "disclosure.page.error.required";
  static final String BAD_DATE = "disclosure.page.error.date";
  static final String BAD_MOMENT = "disclosure.page.error.moment";
  static final String BAD_CHOICE = "disclosure.page.error.choice";
  static final String BAD_NUMBER = "disclosure.page.error.number";
  static final String TOO_LONG = "disclosure.page.error.tooLong";
  static final String PROBLEM = "disclosure.page.error.problem";

  private final Errors errors;

  FormValues(Errors errors) {
    this.errors = errors;
  }

  @Nullable String text(String field, @Nullable String value, boolean required, int maxLength) {
    if (value == null || value.isBlank()) {
      if (required) {
        errors.rejectValue(field, REQUIRED);
      }
      return null;
    }
    if (value.strip().length() > maxLength) {
      errors.rejectValue(field, TOO_LONG);
      return null;
    }
    return value.strip();
  }

  /** A date ({@link PageDates#date}). */
  @Nullable LocalDate date(String field, @Nullable String value, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        errors.rejectValue(field, REQUIRED);
      }
      return null;
    }
    try {
      return PageDates.date(value);
    } catch (DateTimeParseException e) {
      errors.rejectValue(field, BAD_DATE);
      return null;
    }
  }

  /** A moment typed in Beijing time ({@link PageDates#moment}). */
  @Nullable OffsetDateTime moment(String field, @Nullable String value, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        errors.rejectValue(field, REQUIRED);
      }
      return null;
    }
    try {
      return PageDates.moment(value);
    } catch (DateTimeParseException e) {
      errors.rejectValue(field, BAD_MOMENT);
      return null;
    }
  }

  <E extends Enum<E>> @Nullable E choice(
      String field, Class<E> type, @Nullable String value, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        errors.rejectValue(field, REQUIRED);
      }
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      errors.rejectValue(field, BAD_CHOICE);
      return null;
    }
  }

  @Nullable Integer number(
      String field, @Nullable String value, boolean required, int min, int max) {
    if (value == null || value.isBlank()) {
      if (required) {
        errors.rejectValue(field, REQUIRED);
      }
      return null;
    }
    try {
      int number = Integer.parseInt(value.strip());
      if (number < min || number > max) {
        errors.rejectValue(field, "disclosure.page.error.range", new Object[] {min, max}, null);
        return null;
      }
      return number;
    } catch (NumberFormatException e) {
      errors.rejectValue(field, BAD_NUMBER);
      return null;
    }
  }

  /**
   * Shows a desk's refusal: a field message next to its field (the desk's field names mapped onto
   * the form's by {@code fieldNames}, unmapped ones used as they are when the form has them), the
   * rest above the form.
   */
  static void reject(ProblemException problem, Errors errors, Map<String, String> fieldNames) {
    if (problem.errors().isEmpty()) {
      errors.reject(PROBLEM, new Object[] {problem.getMessage()}, null);
      return;
    }
    for (ProblemException.FieldMessage message : problem.errors()) {
      String field = fieldNames.getOrDefault(message.field(), message.field());
      Object[] text = {message.message()};
      if (hasField(errors, field)) {
        errors.rejectValue(field, PROBLEM, text, null);
      } else {
        errors.reject(PROBLEM, text, null);
      }
    }
  }

  private static boolean hasField(Errors errors, String field) {
    try {
      return errors.getFieldType(field) != null;
    } catch (RuntimeException notAField) {
      return false;
    }
  }
}
