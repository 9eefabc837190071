package org.gongkai.supervision;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.gongkai.supervision.WeeklyDigest.Count;
import org.gongkai.supervision.WeeklyDigest.Rate;
import org.jspecify.annotations.Nullable;

/**
 * A weekly digest as a DOCX laid out like a government 工作周报: title, 期号, issuing unit and date, then
 * numbered sections — what needs the leader, instructions, the week in figures, the units, the
 * week's topics and repeated callers.
 */
public final class DigestDocument {

  private static final String TITLE_FONT = "方正小标宋简体";
  private static final String HEADING_FONT = "黑体";
  private static final String BODY_FONT = "仿宋_GB2312";
  private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六"};

  private DigestDocument() {}

  /** The digest in one paragraph, opening the DOCX. */
  static String summary(WeeklyDigest digest) {
    WeeklyDigest.ComplaintFigures complaints = digest.figures().complaints();
    return digest.from()
        + "至"
        + digest.to()
        + "，共受理群众诉求"
        + complaints.received().thisWeek()
        + "件（上周"
        + complaints.received().previousWeek()
        + "件），办结"
        + complaints.closed().thisWeek()
        + "件，按时办结率"
        + percent(complaints.onTimeRate().thisWeek())
        + "，满意率"
        + percent(complaints.satisfactionRate().thisWeek())
        + "；收到政府信息公开申请"
        + digest.figures().disclosure().received().thisWeek()
        + "件，办结"
        + digest.figures().disclosure().finished().thisWeek()
        + "件。需要关注的事项"
        + digest.attention().size()
        + "项。";
  }

  /** A rung of the supervision ladder, as the digest writes it. */
  static String ladderLine(WeeklyDigest.LadderLine rung) {
    return rung.reachedOn()
        + " 【"
        + rung.stepLabel()
        + "】"
        + (rung.trackingNumber() == null
            ? ("COMPLAINT".equals(rung.caseKind()) ? "群众诉求" : "案件")
            : rung.trackingNumber())
        + "，承办单位 "
        + rung.unitName()
        + "，期限 "
        + rung.dueOn()
        + (rung.overdueWorkingDays() > 0 ? "，已超期 " + rung.overdueWorkingDays() + " 个工作日" : "");
  }

  /** The supervised items' steps of the week, as the digest writes them. */
  static String supervisionLine(WeeklyDigest.SupervisionFigures supervision) {
    return "批示件、督办件：新立"
        + count(supervision.opened())
        + "；书面报告办理情况"
        + times(supervision.answered())
        + "，其中按期报告"
        + times(supervision.answeredOnTime())
        + "；领导退回重办"
        + times(supervision.sentBack())
        + "；办结"
        + count(supervision.closed())
        + "。";
  }

  /** A line of the week's topics, as the digest writes it. */
  static String topicLine(WeeklyDigest.Topic topic) {
    return (topic.kind() == null ? "" : "【" + topic.kind().label() + "】")
        + topic.label()
        + "："
        + topic.count()
        + "件";
  }

  /** The digest as a DOCX file. */
  public static byte[] docx(WeeklyDigest digest) {
    try (var document = new XWPFDocument();
        var out = new ByteArrayOutputStream()) {
      paragraph(
          document, digest.agencyName() + "工作周报", TITLE_FONT, 22, ParagraphAlignment.CENTER, true);
      paragraph(
          document,
          "第" + digest.issueNumber() + "期",
          BODY_FONT,
          16,
          ParagraphAlignment.CENTER,
          false);
      paragraph(
          document,
          digest.agencyName() + "办公室编　　" + digest.publishedAt().toLocalDate(),
          BODY_FONT,
          14,
          ParagraphAlignment.CENTER,
          false);
      body(document, summary(digest));
      int section = 0;
      heading(document, section++, "需要关注的事项");
      if (digest.attention().isEmpty()) {
        body(document, "本周没有需要关注的事项。");
      }
      int item = 1;
      for (WeeklyDigest.AttentionItem attention : digest.attention()) {
        body(document, "（" + item++ + "）【" + attention.kind().label() + "】" + attention.detail());
      }
      heading(document, section++, "批示件和督办件");
      if (digest.instructions().isEmpty()) {
        body(document, "本周没有在办的批示件。");
      }
      item = 1;
      for (WeeklyDigest.InstructionLine line : digest.instructions()) {
        body(
            document,
            "（"
                + item++
                + "）"
                + line.trackingNumber()
                + "，承办单位 "
                + line.ownerUnitCode()
                + "，限 "
                + line.dueOn()
                + " 办结，当前状态："
                + line.statusLabel()
                + (line.overdue() ? "（已超期）" : ""));
        for (String step : line.history()) {
          body(document, "　　" + step);
        }
      }
      if (!digest.ladder().isEmpty()) {
        body(document, "本周超期催办、督办、通报情况：");
        for (WeeklyDigest.LadderLine rung : digest.ladder()) {
          body(document, "　　" + ladderLine(rung));
        }
      }
      heading(document, section++, "本周数据");
      WeeklyDigest.Figures figures = digest.figures();
      body(
          document,
          "政府信息公开申请：收到"
              + count(figures.disclosure().received())
              + "；办结"
              + count(figures.disclosure().finished())
              + "。");
      body(
          document,
          "群众诉求：受理"
              + count(figures.complaints().received())
              + "；办结"
              + count(figures.complaints().closed())
              + "。");
      for (Map.Entry<String, Long> channel : figures.complaints().byChannel().entrySet()) {
        body(document, "　　" + channel.getKey() + "：" + channel.getValue() + "件");
      }
      body(
          document,
          "按时办结率"
              + rate(figures.complaints().onTimeRate())
              + "；回访率"
              + rate(figures.complaints().followUpRate())
              + "；满意率"
              + rate(figures.complaints().satisfactionRate())
              + "。");
      if (figures.supervision() != null) {
        body(document, supervisionLine(figures.supervision()));
      }
      heading(document, section++, "各承办单位情况");
      if (digest.units().isEmpty()) {
        body(document, "本周各承办单位没有受理或办结的群众诉求。");
      }
      item = 1;
      for (WeeklyDigest.UnitLine unit : digest.units()) {
        body(
            document,
            "（"
                + item++
                + "）"
                + unit.unitName()
                + "：受理"
                + unit.received()
                + "件，办结"
                + unit.closed()
                + "件，按时办结率"
                + percent(unit.onTimeRate())
                + "，满意率"
                + percent(unit.satisfactionRate())
                + (unit.belowFloor().isEmpty()
                    ? ""
                    : "（" + String.join("；", unit.belowFloor()) + "）"));
      }
      heading(document, section++, "热点问题和重复来电");
      if (digest.topics().isEmpty()) {
        body(document, "本周没有热点问题或重复来电。");
      }
      item = 1;
      for (WeeklyDigest.Topic topic : digest.topics()) {
        body(document, "（" + item++ + "）" + topicLine(topic));
      }
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String count(Count count) {
    return compared(count, "件");
  }

  private static String times(Count count) {
    return compared(count, "次");
  }

  /** 「3件（上周2件，去年同期1件）」. */
  private static String compared(Count count, String unit) {
    return count.thisWeek()
        + unit
        + "（上周"
        + count.previousWeek()
        + unit
        + "，去年同期"
        + count.sameWeekLastYear()
        + unit
        + "）";
  }

  private static String rate(Rate rate) {
    return percent(rate.thisWeek())
        + "（上周"
        + percent(rate.previousWeek())
        + "，去年同期"
        + percent(rate.sameWeekLastYear())
        + "）";
  }

  static String percent(@Nullable BigDecimal rate) {
    return rate == null ? "—" : rate.toPlainString() + "%";
  }

  private static void heading(XWPFDocument document, int index, String text) {
    paragraph(
        document, NUMERALS[index] + "、" + text, HEADING_FONT, 16, ParagraphAlignment.LEFT, false);
  }

  private static void body(XWPFDocument document, String text) {
    XWPFParagraph paragraph =
        paragraph(document, text, BODY_FONT, 16, ParagraphAlignment.BOTH, false);
    paragraph.setFirstLineIndent(2 * 16 * 20);
  }

  private static XWPFParagraph paragraph(
      XWPFDocument document,
      String text,
      String font,
      int points,
      ParagraphAlignment alignment,
      boolean bold) {
    XWPFParagraph paragraph = document.createParagraph();
    paragraph.setAlignment(alignment);
    XWPFRun run = paragraph.createRun();
    run.setText(text);
    run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
    run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
    run.setFontSize(points);
    run.setBold(bold);
    return paragraph;
  }
}
