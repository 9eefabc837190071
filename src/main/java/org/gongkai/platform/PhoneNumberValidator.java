package org.gongkai.platform;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link PhoneNumber}: {@code null} and blank pass, anything else must be a mainland
 * mobile number or a landline with its area code.
 */
public final class PhoneNumberValidator implements ConstraintValidator<PhoneNumber, String> {

  static final Pattern MOBILE =
      Pattern.compile(
          "(?:\\+?86[ -]?)?(?<head>1[3-9]\\d)[ -]?(?<middle>\\d{4})[ -]?(?<tail>\\d{4})");

  static final Pattern LANDLINE =
      Pattern.compile(
          "(?<area>010|02\\d|0[3-9]\\d{2})-?(?<subscriber>\\d{7,8})(?:-(?<extension>\\d{1,6}))?");

  /** Creates the validator; called by the validation provider. */
  public PhoneNumberValidator() {}

  @Override
  public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
    return value == null
        || value.isBlank()
        || MOBILE.matcher(value).matches()
        || LANDLINE.matcher(value).matches();
  }
}
