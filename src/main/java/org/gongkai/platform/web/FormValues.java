package org.gongkai.platform.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;
import org.gongkai.platform.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;

/**
 * How a page form's typed values — text, dates, moments, choices, yes/no, numbers — are read, the
 * same way for every case kind: a blank value is null (or rejected as missing when required), a bad
 * one is rejected on its field with a message code of the page's kind ({@link Messages}), so that
 * the form comes back with what was typed and the message next to it. A desk's refusal goes onto
 * the form the same way ({@link #attempt}). Dates and moments are read as {@link PageDates} reads
 * them.
 */
public final class FormValues {

  /**
   * The message codes a kind of page shows for a bad value; each is a key of {@code
   * messages_zh_CN.properties}.
   *
   * @param required a value that must be given is blank
   * @param tooLong a text is longer than allowed
   * @param date not a date ({@link PageDates#date})
   * @param moment not a moment ({@link PageDates#moment})
   * @param choice not one of the choices offered
   * @param number not a whole number
   * @param range a whole number outside its range; its arguments are the least and the most
   * @param refused a desk's refusal; its argument is the desk's message
   */
  public record Messages(
      String required,
      String tooLong,
      String date,
      String moment,
      String choice,
      String number,
      String range,
      String refused) {

    /** The codes {@code <prefix>required}, {@code <prefix>tooLong}, … named after the fields. */
    public static Messages under(String prefix) {
      return new Messages(
          prefix + "required",
          prefix + "tooLong",
          prefix + "date",
          prefix + "moment",
          prefix + "choice",
          prefix + "number",
          prefix + "range",
          prefix + "problem");
    }
  }

  private final Errors errors;
  private final Messages messages;

  public FormValues(Errors errors, Messages messages) {
    this.errors = errors;
    this.messages = messages;
  }

  /** Whether the form has any error, from these values or from its validation. */
  public boolean hasErrors() {
    return errors.hasErrors();
  }

  /** A text of at most {@code maxLength} characters, stripped. */
  public @Nullable String text(
      String field, @Nullable String value, boolean required, int maxLength) {
    String given = given(field, value, required);
    if (given == null) {
      return null;
    }
    if (given.length() > maxLength) {
      errors.rejectValue(field, messages.tooLong());
      return null;
    }
    return given;
  }

  /** A date ({@link PageDates#date}). */
  public @Nullable LocalDate date(String field, @Nullable String value, boolean required) {
    String given = given(field, value, required);
    if (given == null) {
      return null;
    }
    try {
      return PageDates.date(given);
    } catch (DateTimeParseException e) {
      errors.rejectValue(field, messages.date());
      return null;
    }
  }

  /** A moment typed in Beijing time ({@link PageDates#moment}). */
  public @Nullable OffsetDateTime moment(String field, @Nullable String value, boolean required) {
    String given = given(field, value, required);
    if (given == null) {
      return null;
    }
    try {
      return PageDates.moment(given);
    } catch (DateTimeParseException e) {
      errors.rejectValue(field, messages.moment());
      return null;
    }
  }

  /** One of the constants of {@code type}, by its name. */
  public <E extends Enum<E>> @Nullable E choice(
      String field, Class<E> type, @Nullable String value, boolean required) {
    String given = given(field, value, required);
    if (given == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, given);
    } catch (IllegalArgumentException e) {
      errors.rejectValue(field, messages.choice());
      return null;
    }
  }

  /** A yes or no, as {@code true} or {@code false}; anything else is a bad choice. */
  public @Nullable Boolean yesNo(String field, @Nullable String value, boolean required) {
    String given = given(field, value, required);
    if (given == null) {
      return null;
    }
    return switch (given) {
      case "true" -> true;
      case "false" -> false;
      default -> {
        errors.rejectValue(field, messages.choice());
        yield null;
      }
    };
  }

  /**
   * A whole number from {@code min} to {@code max}; what is not a whole number gets the {@code
   * number} message, one outside the range the {@code range} message.
   */
  public @Nullable Integer number(
      String field, @Nullable String value, boolean required, int min, int max) {
    return number(field, value, required, min, max, messages.number(), messages.range());
  }

  /**
   * A whole number from {@code min} to {@code max}, with one message of the field's own ({@code
   * wrong}, given the least and the most) for anything else.
   */
  public @Nullable Integer number(
      String field, @Nullable String value, boolean required, int min, int max, String wrong) {
    return number(field, value, required, min, max, wrong, wrong);
  }

  private @Nullable Integer number(
      String field,
      @Nullable String value,
      boolean required,
      int min,
      int max,
      String notANumber,
      String outOfRange) {
    String given = given(field, value, required);
    if (given == null) {
      return null;
    }
    try {
      int number = Integer.parseInt(given);
      if (number >= min && number <= max) {
        return number;
      }
      errors.rejectValue(field, outOfRange, new Object[] {min, max}, null);
    } catch (NumberFormatException e) {
      errors.rejectValue(field, notANumber);
    }
    return null;
  }

  /** Rejects a field with a message of the page's own, for a rule these readers do not know. */
  public void reject(String field, String code) {
    errors.rejectValue(field, code);
  }

  /** The stripped value, or null when blank; a required one is rejected as missing. */
  private @Nullable String given(String field, @Nullable String value, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        errors.rejectValue(field, messages.required());
      }
      return null;
    }
    return value.strip();
  }

  /**
   * Runs a desk's command; when the desk refuses it, its messages go onto the form ({@link
   * #refused}) and the answer is null.
   */
  public <T> @Nullable T attempt(Supplier<T> command, Map<String, String> fieldNames) {
    try {
      return command.get();
    } catch (ProblemException refused) {
      refused(refused, fieldNames);
      return null;
    }
  }

  /**
   * Shows a desk's refusal: a field message next to its field (the desk's field names mapped onto
   * the form's by {@code fieldNames}, unmapped ones used as they are when the form has them), the
   * rest above the form.
   */
  public void refused(ProblemException problem, Map<String, String> fieldNames) {
    if (problem.errors().isEmpty()) {
      errors.reject(messages.refused(), new Object[] {problem.getMessage()}, null);
      return;
    }
    for (ProblemException.FieldMessage message : problem.errors()) {
      String field = fieldNames.getOrDefault(message.field(), message.field());
      Object[] text = {message.message()};
      if (hasField(field)) {
        errors.rejectValue(field, messages.refused(), text, null);
      } else {
        errors.reject(messages.refused(), text, null);
      }
    }
  }

  /** Whether the form has the field: a property of a form bean or a component of a form record. */
  private boolean hasField(String field) {
    try {
      if (errors.getFieldType(field) != null) {
        return true;
      }
    } catch (RuntimeException notAProperty) {
      // perhaps a record component
    }
    Object form = errors instanceof BindingResult result ? result.getTarget() : null;
    return form != null
        && form.getClass().isRecord()
        && Arrays.stream(form.getClass().getRecordComponents())
            .anyMatch(component -> component.getName().equals(field));
  }

  /** The stripped text, empty when there is none. */
  public static String stripped(@Nullable String value) {
    return value == null ? "" : value.strip();
  }
}
