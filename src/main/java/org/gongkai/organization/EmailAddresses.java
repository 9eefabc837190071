package org.gongkai.organization;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.platform.ProblemException;
import org.jspecify.annotations.Nullable;

/**
 * Staff e-mail addresses: what is accepted, and how one is written where it must not be read in
 * clear (logs, failure records). An address is personal data.
 */
public final class EmailAddresses {

  /** A plain address of the kind agencies' mail servers give out: {@code li.na@finance.gov.cn}. */
  private static final String ADDRESS =
      "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
          + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+";

  /** The longest address a mail server accepts (RFC 5321). */
  public static final int MAX_LENGTH = 254;

  /** What a form's e-mail field may hold: an address, spaces around it, or nothing. */
  public static final String PATTERN =
      "\\s*((?=\\S{1," + MAX_LENGTH + "}\\s*$)" + ADDRESS + ")?\\s*";

  /** Why an address was refused. */
  public static final String MESSAGE = "电子邮箱地址格式不正确，应形如 li.na@finance.gov.cn，不超过254个字符";

  private static final Pattern VALID = Pattern.compile(ADDRESS);
  private static final Pattern ANY_ADDRESS =
      Pattern.compile("([A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+)@([A-Za-z0-9.-]+)");

  private EmailAddresses() {}

  /**
   * The address as stored: stripped, the domain in lower case; null for none (null or blank).
   *
   * @throws ProblemException (400 naming {@code email}) when it is not a plain address
   */
  public static @Nullable String normalized(@Nullable String address) {
    if (address == null || address.isBlank()) {
      return null;
    }
    String stripped = address.strip();
    if (stripped.length() > MAX_LENGTH || !VALID.matcher(stripped).matches()) {
      throw ProblemException.invalid("email", MESSAGE);
    }
    int at = stripped.lastIndexOf('@');
    return stripped.substring(0, at + 1) + stripped.substring(at + 1).toLowerCase(Locale.ROOT);
  }

  /**
   * The text with every address in it masked to its first character and domain ({@code
   * l***@finance.gov.cn}), for logs and failure records (a mail server's refusal may quote it).
   */
  public static String masked(String text) {
    Matcher matcher = ANY_ADDRESS.matcher(text);
    StringBuilder result = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(
          result, Matcher.quoteReplacement(matcher.group(1).charAt(0) + "***@" + matcher.group(2)));
    }
    matcher.appendTail(result);
    return result.toString();
  }
}
