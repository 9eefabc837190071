package org.gongkai.platform;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Validates {@link ResidentIdNumber}: {@code null} and blank pass, anything else must be valid. */
public final class ResidentIdNumberValidator
    implements ConstraintValidator<ResidentIdNumber, String> {

  /** Creates the validator; called by the validation provider. */
  public ResidentIdNumberValidator() {}

  @Override
  public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
    return value == null || value.isBlank() || ResidentIdNumbers.isValid(value);
  }
}
