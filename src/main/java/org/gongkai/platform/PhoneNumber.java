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
 * The annotated string must be a number a citizen can be called back on: a mainland mobile number
 * ({@code 13800001234}, optionally with a {@code +86} or {@code 86} prefix and spaces or hyphens
 * between the 3-4-4 groups) or a landline with its area code ({@code 010-12345678}, {@code
 * 037912345678}, optionally with an extension {@code -123}). Short service numbers such as 12345 or
 * 110 are not a citizen's number and are rejected. {@code null} and blank strings are valid:
 * combine with {@code @NotBlank} where the number is required.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Constraint(validatedBy = PhoneNumberValidator.class)
public @interface PhoneNumber {

  /** The message shown next to the field. */
  String message() default "电话号码格式不正确：请填写11位手机号码或带区号的固定电话";

  /** The validation groups this constraint belongs to. */
  Class<?>[] groups() default {};

  /** The payload attached to a violation. */
  Class<? extends Payload>[] payload() default {};
}
