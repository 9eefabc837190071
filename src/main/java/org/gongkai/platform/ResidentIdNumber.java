package org.gongkai.platform;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated string must be a resident ID number per GB 11643-1999, as checked by {@link
 * ResidentIdNumbers#isValid(String)}. {@code null} and blank strings are valid: combine with
 * {@code @NotBlank} where the number is required.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Constraint(validatedBy = ResidentIdNumberValidator.class)
public @interface ResidentIdNumber {

  /** The message shown next to the field. */
  String message() default "身份证号码不正确：请核对18位号码及最后一位校验码";

  /** The validation groups this constraint belongs to. */
  Class<?>[] groups() default {};

  /** The payload attached to a violation. */
  Class<? extends Payload>[] payload() default {};
}
