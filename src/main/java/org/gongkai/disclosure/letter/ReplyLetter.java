package org.gongkai.disclosure.letter;

import java.time.LocalDate;
import java.util.Objects;
import org.gongkai.disclosure.Outcome;
import org.jspecify.annotations.Nullable;

/**
 * The data of one reply letter (政府信息公开申请答复书).
 *
 * @param trackingNumber the letter's number, e.g. 「〔2025〕第12号」
 * @param agencyName the replying agency, e.g. 「示范县人民政府」
 * @param applicantName the applicant as addressed in the salutation
 * @param receivedOn the legal receipt date of the request (Art. 31)
 * @param requestDescription what the applicant asked for, in the applicant's words
 * @param outcome how the request was handled; selects the body and the articles cited
 * @param repliedOn the date of the reply, printed under the agency's name; not before {@code
 *     receivedOn}
 * @param note the handler's reasoning, the third party, what is withheld and why, printed as its
 *     own paragraph; {@code null} or blank for none
 * @param extendedTo the extended reply deadline (Art. 33), or {@code null} if not extended
 * @param reviewAuthority the administrative reconsideration authority (复议机关); blank for
 *     「上一级行政机关或者本级人民政府」
 * @param court the court for administrative litigation; blank for 「有管辖权的人民法院」
 */
public record ReplyLetter(
    String trackingNumber,
    String agencyName,
    String applicantName,
    LocalDate receivedOn,
    String requestDescription,
    Outcome outcome,
    LocalDate repliedOn,
    @Nullable String note,
    @Nullable LocalDate extendedTo,
    String reviewAuthority,
    String court) {

  /**
   * @throws NullPointerException if a value other than {@code note} or {@code extendedTo} is null
   * @throws IllegalArgumentException if {@code repliedOn} is before {@code receivedOn}
   */
  public ReplyLetter {
    Objects.requireNonNull(trackingNumber, "trackingNumber");
    Objects.requireNonNull(agencyName, "agencyName");
    Objects.requireNonNull(applicantName, "applicantName");
    Objects.requireNonNull(receivedOn, "receivedOn");
    Objects.requireNonNull(requestDescription, "requestDescription");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(repliedOn, "repliedOn");
    Objects.requireNonNull(reviewAuthority, "reviewAuthority");
    Objects.requireNonNull(court, "court");
    if (repliedOn.isBefore(receivedOn)) {
      throw new IllegalArgumentException("答复日期 " + repliedOn + " 早于收到申请日期 " + receivedOn);
    }
  }
}
