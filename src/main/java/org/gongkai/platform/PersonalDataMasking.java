package org.gongkai.platform;

import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;

/**
 * Masks an applicant's or citizen's personal data (name, phone number, ID number, address) for
 * lists, logs and digests. The full data is shown only to the staff working the case. The name of
 * an organisation is not personal data and is not masked.
 *
 * <p>Every method returns {@code null} for {@code null} and counts characters as Unicode code
 * points, so rare characters outside the Basic Multilingual Plane are never split.
 */
public final class PersonalDataMasking {

  private static final String MASK = "****";
  private static final int ADDRESS_KEPT = 6;
  private static final int ID_NUMBER_KEPT_AT_EACH_END = 4;
  private static final int PHONE_TAIL = 4;

  private PersonalDataMasking() {}

  /**
   * Keeps the first character of a person's name and masks each other one: 「张三」 → 「张*」, 「欧阳娜娜」 →
   * 「欧***」; a single character becomes 「*」.
   */
  public static @Nullable String name(@Nullable String name) {
    if (name == null || name.isEmpty()) {
      return name;
    }
    int length = name.codePointCount(0, name.length());
    if (length == 1) {
      return "*";
    }
    return prefix(name, 1) + "*".repeat(length - 1);
  }

  /**
   * Masks a phone number. A mobile number keeps its first three and last four digits without any
   * prefix or separators: {@code 13800001234} → {@code 138****1234}. A landline keeps its area code
   * and the last four digits of the subscriber number, and leaves the extension out: {@code
   * 010-12345678} → {@code 010-****5678}. Anything else keeps at most its last four characters, and
   * only when it has at least eight. A number already masked is returned as it is.
   */
  public static @Nullable String phone(@Nullable String phone) {
    if (phone == null || phone.contains(MASK)) {
      return phone;
    }
    Matcher mobile = PhoneNumberValidator.MOBILE.matcher(phone);
    if (mobile.matches()) {
      return mobile.group("head") + MASK + mobile.group("tail");
    }
    Matcher landline = PhoneNumberValidator.LANDLINE.matcher(phone);
    if (landline.matches()) {
      String subscriber = landline.group("subscriber");
      return landline.group("area")
          + "-"
          + MASK
          + subscriber.substring(subscriber.length() - PHONE_TAIL);
    }
    int length = phone.codePointCount(0, phone.length());
    return length < 2 * PHONE_TAIL ? MASK : MASK + suffix(phone, PHONE_TAIL);
  }

  /**
   * Keeps the first and last four characters of an ID number and masks the rest: {@code
   * 11010519491231002X} → {@code 1101**********002X}. Shorter numbers keep fewer, so that at least
   * half of the characters are always masked.
   */
  public static @Nullable String idNumber(@Nullable String idNumber) {
    if (idNumber == null) {
      return null;
    }
    int length = idNumber.codePointCount(0, idNumber.length());
    int kept = Math.min(ID_NUMBER_KEPT_AT_EACH_END, length / 4);
    return prefix(idNumber, kept) + "*".repeat(length - 2 * kept) + suffix(idNumber, kept);
  }

  /**
   * Keeps the first six characters of an address, usually the province and city, and replaces the
   * rest with 「****」: 「河南省洛阳市栾川县城关镇某路1号」 → 「河南省洛阳市****」. A shorter address keeps at most half of
   * its characters.
   */
  public static @Nullable String address(@Nullable String address) {
    if (address == null || address.isEmpty()) {
      return address;
    }
    int length = address.codePointCount(0, address.length());
    return prefix(address, Math.min(ADDRESS_KEPT, length / 2)) + MASK;
  }

  private static String prefix(String value, int codePoints) {
    return value.substring(0, value.offsetByCodePoints(0, codePoints));
  }

  private static String suffix(String value, int codePoints) {
    return value.substring(value.offsetByCodePoints(value.length(), -codePoints));
  }
}
