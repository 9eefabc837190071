package org.gongkai.disclosure.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.disclosure.letter.ReplyLetterFixtures.APPLICANT;
import static org.gongkai.disclosure.letter.ReplyLetterFixtures.TRACKING_NUMBER;
import static org.gongkai.disclosure.letter.ReplyLetterFixtures.zhangSansReply;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.gongkai.disclosure.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReplyLetterDocxTests {

  private final ReplyLetters letters = new ReplyLetters();

  @Test
  void refusalToProtectAThirdPartyReopensWithTitleArticleNumberAndApplicant() throws IOException {
    try (var document = reopen(letters.docx(zhangSansReply(Outcome.REFUSED_THIRD_PARTY_RIGHTS)))) {
      var texts = texts(document);

      assertThat(texts.get(0)).isEqualTo("政府信息公开申请答复书");
      assertThat(texts)
          .contains("示范县人民政府 " + TRACKING_NUMBER, APPLICANT + "：")
          .anyMatch(text -> text.contains("根据《中华人民共和国政府信息公开条例》第十五条"));
    }
  }

  @Test
  void centresTheBoldTitleAndRightAlignsTheAgencyAndDate() throws IOException {
    try (var document = reopen(letters.docx(zhangSansReply(Outcome.REFUSED_THIRD_PARTY_RIGHTS)))) {
      var paragraphs = document.getParagraphs();
      var title = paragraphs.get(0);
      var agency = paragraphs.get(paragraphs.size() - 2);
      var date = paragraphs.get(paragraphs.size() - 1);

      assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
      assertThat(title.getRuns().get(0).isBold()).isTrue();
      assertThat(title.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(22.0);
      assertThat(agency.getText()).isEqualTo("示范县人民政府");
      assertThat(agency.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
      assertThat(date.getText()).isEqualTo("2025年4月8日");
      assertThat(date.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
    }
  }

  @Test
  void indentsTheFirstLineOfTheBodyAndSetsAnEastAsianFont() throws IOException {
    try (var document = reopen(letters.docx(zhangSansReply(Outcome.DISCLOSED)))) {
      var opening = document.getParagraphs().get(3);

      assertThat(opening.getText()).startsWith("本机关于2025年3月3日收到");
      assertThat(opening.getFirstLineIndent()).isEqualTo(640);
      assertThat(opening.getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia))
          .isEqualTo("仿宋");
    }
  }

  @ParameterizedTest
  @EnumSource(Outcome.class)
  void rendersEveryOutcomeAsADocxThatReopensWithTheSameParagraphsAsTheHtml(Outcome outcome)
      throws IOException {
    var letter = zhangSansReply(outcome);

    try (var document = reopen(letters.docx(letter))) {
      var texts = texts(document);

      assertThat(texts).anyMatch(text -> text.contains(outcome.articles()));
      assertThat(letters.html(letter)).contains(texts.stream().map(text -> text + "</").toList());
    }
  }

  private static XWPFDocument reopen(byte[] docx) throws IOException {
    return new XWPFDocument(new ByteArrayInputStream(docx));
  }

  private static List<String> texts(XWPFDocument document) {
    return document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
  }
}
