package org.gongkai.platform;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Checks mainland resident ID numbers (公民身份号码) against GB 11643-1999.
 *
 * <p>A number has 18 characters: a six-digit administrative region code, the birth date as {@code
 * yyyyMMdd}, a three-digit sequence code, and a check character computed with ISO 7064 MOD 11-2
 * over the first 17 digits. Without a clock the birth date cannot be compared with today, so it
 * only has to be a real calendar date between 1900-01-01 and 2099-12-31.
 */
public final class ResidentIdNumbers {

  private static final int LENGTH = 18;
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK_CHARACTERS = "10X98765432";
  private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);
  private static final LocalDate LATEST_BIRTH_DATE = LocalDate.of(2099, 12, 31);

  private ResidentIdNumbers() {}

  /**
   * Tells whether {@code value} is a well-formed resident ID number per GB 11643-1999: 17 digits
   * followed by a check digit or {@code X} (a lower-case {@code x} is accepted), a correct MOD 11-2
   * check character, a region code not starting with 0 and a real birth date between 1900-01-01 and
   * 2099-12-31.
   *
   * @param value the number as entered, without surrounding spaces
   * @return {@code false} for {@code null} and for every value that is not such a number
   */
  public static boolean isValid(@Nullable String value) {
    if (value == null || value.length() != LENGTH) {
      return false;
    }
    int weightedSum = 0;
    for (int i = 0; i < LENGTH - 1; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      weightedSum += (c - '0') * WEIGHTS[i];
    }
    char check = Character.toUpperCase(value.charAt(LENGTH - 1));
    return check == CHECK_CHARACTERS.charAt(weightedSum % 11)
        && value.charAt(0) != '0'
        && hasPlausibleBirthDate(value);
  }

  private static boolean hasPlausibleBirthDate(String value) {
    int year = Integer.parseInt(value.substring(6, 10));
    int month = Integer.parseInt(value.substring(10, 12));
    int day = Integer.parseInt(value.substring(12, 14));
    try {
      LocalDate birthDate = LocalDate.of(year, month, day);
      return !birthDate.isBefore(EARLIEST_BIRTH_DATE) && !birthDate.isAfter(LATEST_BIRTH_DATE);
    } catch (DateTimeException notACalendarDate) {
      return false;
    }
  }
}
