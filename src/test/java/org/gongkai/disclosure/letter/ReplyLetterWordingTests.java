package org.gongkai.disclosure.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.gongkai.disclosure.letter.ReplyLetterFixtures.APPLICANT;
import static org.gongkai.disclosure.letter.ReplyLetterFixtures.TRACKING_NUMBER;
import static org.gongkai.disclosure.letter.ReplyLetterFixtures.zhangSansReply;
import static org.gongkai.disclosure.letter.ReplyLetterFixtures.zhangSansReplyAfterExtensionTo;
import static org.gongkai.disclosure.letter.ReplyLetterFixtures.zhangSansReplyNamingNoReviewAuthorityOrCourt;
import static org.gongkai.disclosure.letter.ReplyLetterFixtures.zhangSansReplyToARequestFor;
import static org.gongkai.disclosure.letter.ReplyLetterFixtures.zhangSansReplyWithNote;

import java.time.LocalDate;
import java.util.Arrays;
import org.gongkai.disclosure.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReplyLetterWordingTests {

  private static final String REMEDIES =
      "如对本答复不服，可以在收到本答复之日起六十日内向示范市人民政府申请行政复议，或者在六个月内向示范县人民法院提起行政诉讼。";

  private final ReplyLetters letters = new ReplyLetters();

  @ParameterizedTest
  @EnumSource(Outcome.class)
  void citesTheOutcomesArticlesAndAddressesTheApplicantUnderTheTrackingNumber(Outcome outcome) {
    var html = letters.html(zhangSansReply(outcome));

    assertThat(html)
        .contains("<h1>政府信息公开申请答复书</h1>")
        .contains("示范县人民政府 " + TRACKING_NUMBER)
        .contains(APPLICANT + "：")
        .contains("根据《中华人民共和国政府信息公开条例》" + outcome.articles() + "的规定，");
  }

  @Test
  void everyOutcomeHasItsOwnDecision() {
    var letterTexts =
        Arrays.stream(Outcome.values()).map(outcome -> letters.html(zhangSansReply(outcome)));

    assertThat(letterTexts).doesNotHaveDuplicates();
  }

  @Test
  void refusesToProtectAThirdPartyUnderArticleFifteen() {
    var html = letters.html(zhangSansReply(Outcome.REFUSED_THIRD_PARTY_RIGHTS));

    assertThat(html)
        .contains("根据《中华人民共和国政府信息公开条例》第十五条")
        .contains("第三方不同意公开")
        .contains("本机关决定不予公开。");
  }

  @Test
  void treatsAPetitionAsNoDisclosureRequestAndPointsToTheRightChannel() {
    var html = letters.html(zhangSansReply(Outcome.NOT_PROCESSED_PETITION_COMPLAINT));

    assertThat(html).contains("本机关不作为政府信息公开申请处理").contains("信访、投诉、举报等相应渠道提出");
  }

  @ParameterizedTest
  @EnumSource(value = Outcome.class, names = "OTHER", mode = EnumSource.Mode.EXCLUDE)
  void tellsTheApplicantHowToChallengeTheDecision(Outcome outcome) {
    assertThat(letters.html(zhangSansReply(outcome))).contains(REMEDIES);
  }

  @Test
  void closesAWithdrawnRequestWithoutOfferingRemedies() {
    var html = letters.html(zhangSansReply(Outcome.OTHER));

    assertThat(html).contains("撤回").contains("本机关终止处理").doesNotContain("行政复议", "行政诉讼");
  }

  @Test
  void namesTheGeneralReviewAuthorityAndCourtWhenNoneIsGiven() {
    var html =
        letters.html(zhangSansReplyNamingNoReviewAuthorityOrCourt(Outcome.REFUSED_STATE_SECRET));

    assertThat(html).contains("六十日内向上一级行政机关或者本级人民政府申请行政复议，或者在六个月内向有管辖权的人民法院提起行政诉讼。");
  }

  @Test
  void escapesMarkupInTheApplicantsDescription() {
    var html = letters.html(zhangSansReplyToARequestFor("<script>alert('x')</script>预算 & 决算"));

    assertThat(html)
        .doesNotContain("<script>")
        .contains("“&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;预算 &amp; 决算”");
  }

  @Test
  void writesDatesInChineseForm() {
    var html = letters.html(zhangSansReply(Outcome.DISCLOSED));

    assertThat(html)
        .contains("本机关于2025年3月3日收到您提出的政府信息公开申请，申请获取“2024年示范县财政预算执行情况”。")
        .contains("<p class=\"signature\">示范县人民政府</p>\n<p class=\"signature\">2025年4月8日</p>");
  }

  @Test
  void mentionsTheExtendedDeadlineOnlyWhenItWasExtended() {
    assertThat(letters.html(zhangSansReplyAfterExtensionTo(LocalDate.of(2025, 4, 28))))
        .contains("答复期限已延长至2025年4月28日，并已告知您。");
    assertThat(letters.html(zhangSansReply(Outcome.DISCLOSED))).doesNotContain("延长");
  }

  @Test
  void printsTheHandlersNoteAsWritten() {
    var note = "涉及示范建筑公司的投标报价，属于商业秘密；该公司书面回复不同意公开。{basis}";

    var html = letters.html(zhangSansReplyWithNote(Outcome.REFUSED_THIRD_PARTY_RIGHTS, note));

    assertThat(html).contains("<p class=\"body\">" + note + "</p>");
  }

  @Test
  void introducesTheWithheldPartOfAPartialDisclosure() {
    var html =
        letters.html(zhangSansReplyWithNote(Outcome.PARTIALLY_DISCLOSED, "附件二中的个人身份证号码属于个人隐私。"));

    assertThat(html).contains("不予公开的内容及理由：附件二中的个人身份证号码属于个人隐私。");
  }

  @Test
  void isACompletePrintableUtf8Document() {
    var html = letters.html(zhangSansReply(Outcome.DISCLOSED));

    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains("<meta charset=\"UTF-8\">", "@page { size: A4;", "仿宋")
        .endsWith("</html>\n");
  }

  @Test
  void refusesAReplyDatedBeforeTheRequestWasReceived() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new ReplyLetter(
                    TRACKING_NUMBER,
                    "示范县人民政府",
                    APPLICANT,
                    LocalDate.of(2025, 3, 3),
                    "预算",
                    Outcome.DISCLOSED,
                    LocalDate.of(2025, 3, 2),
                    null,
                    null,
                    "",
                    ""));
  }
}
