package org.gongkai.disclosure.letter;

import java.time.LocalDate;
import org.gongkai.disclosure.Outcome;
import org.jspecify.annotations.Nullable;

final class ReplyLetterFixtures {

  static final String TRACKING_NUMBER = "〔2025〕第12号";
  static final String AGENCY = "示范县人民政府";
  static final String APPLICANT = "张三";
  static final LocalDate RECEIVED_ON = LocalDate.of(2025, 3, 3);
  static final LocalDate REPLIED_ON = LocalDate.of(2025, 4, 8);
  static final String REVIEW_AUTHORITY = "示范市人民政府";
  static final String COURT = "示范县人民法院";

  private ReplyLetterFixtures() {}

  static ReplyLetter zhangSansReply(Outcome outcome) {
    return letter(outcome, "2024年示范县财政预算执行情况", null, null, REVIEW_AUTHORITY, COURT);
  }

  static ReplyLetter zhangSansReplyToARequestFor(String description) {
    return letter(Outcome.DISCLOSED, description, null, null, REVIEW_AUTHORITY, COURT);
  }

  static ReplyLetter zhangSansReplyWithNote(Outcome outcome, String note) {
    return letter(outcome, "2024年示范县财政预算执行情况", note, null, REVIEW_AUTHORITY, COURT);
  }

  static ReplyLetter zhangSansReplyAfterExtensionTo(LocalDate extendedTo) {
    return letter(Outcome.DISCLOSED, "2024年示范县财政预算执行情况", null, extendedTo, REVIEW_AUTHORITY, COURT);
  }

  static ReplyLetter zhangSansReplyNamingNoReviewAuthorityOrCourt(Outcome outcome) {
    return letter(outcome, "2024年示范县财政预算执行情况", null, null, " ", "");
  }

  private static ReplyLetter letter(
      Outcome outcome,
      String description,
      @Nullable String note,
      @Nullable LocalDate extendedTo,
      String reviewAuthority,
      String court) {
    return new ReplyLetter(
        TRACKING_NUMBER,
        AGENCY,
        APPLICANT,
        RECEIVED_ON,
        description,
        outcome,
        REPLIED_ON,
        note,
        extendedTo,
        reviewAuthority,
        court);
  }
}
