package org.gongkai.disclosure.letter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.gongkai.disclosure.Outcome;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.stereotype.Component;

/**
 * Renders reply letters (政府信息公开申请答复书): title, number, salutation, the receipt of the request, the
 * decision for the {@link Outcome} citing its {@link Outcome#articles() articles} of
 * 《中华人民共和国政府信息公开条例》, the handler's note, the remedies (行政复议, 行政诉讼) and the agency's name and reply
 * date. The wording lives in {@code letters/reply-letter_zh_CN.properties}; the HTML and the DOCX
 * rendering of a letter carry the same paragraphs.
 *
 * <p>{@link Outcome#OTHER} renders the letter for a request the applicant withdrew, which has no
 * remedies sentence.
 */
@Component
public final class ReplyLetters {

  private static final String WORDING = "/letters/reply-letter_zh_CN.properties";
  private static final Set<Outcome> WITHOUT_REMEDIES = EnumSet.of(Outcome.OTHER);
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
  private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日");

  private final Properties wording;

  /**
   * @throws IllegalStateException if the wording cannot be read or lacks a body citing the legal
   *     basis for some outcome
   */
  public ReplyLetters() {
    this.wording = readWording();
  }

  /**
   * The letter as a complete, print-ready UTF-8 HTML document for an A4 page. All letter data is
   * HTML-escaped.
   */
  public String html(ReplyLetter letter) {
    return HtmlWriter.write(letter.trackingNumber(), paragraphs(letter));
  }

  /**
   * The letter as a Word document (Office Open XML) on an A4 page.
   *
   * @throws UncheckedIOException if the document cannot be written
   */
  public byte[] docx(ReplyLetter letter) {
    return DocxWriter.write(paragraphs(letter));
  }

  List<Paragraph> paragraphs(ReplyLetter letter) {
    var values =
        Map.ofEntries(
            Map.entry("agency", letter.agencyName()),
            Map.entry("trackingNumber", letter.trackingNumber()),
            Map.entry("applicant", letter.applicantName()),
            Map.entry("receivedOn", chineseDate(letter.receivedOn())),
            Map.entry("request", letter.requestDescription().strip()),
            Map.entry("extendedTo", chineseDate(letter.extendedTo())),
            Map.entry("basis", fill("basis", Map.of("articles", letter.outcome().articles()))),
            Map.entry("note", letter.note() == null ? "" : letter.note().strip()),
            Map.entry("reviewAuthority", orDefault(letter.reviewAuthority(), "reviewAuthority")),
            Map.entry("court", orDefault(letter.court(), "court")));
    var outcome = letter.outcome();
    var paragraphs = new ArrayList<Paragraph>();
    paragraphs.add(new Paragraph(Style.TITLE, fill("title", values)));
    paragraphs.add(new Paragraph(Style.REFERENCE, fill("reference", values)));
    paragraphs.add(new Paragraph(Style.SALUTATION, fill("salutation", values)));
    var opening = fill("opening", values);
    if (letter.extendedTo() != null) {
      opening += fill("extension", values);
    }
    paragraphs.add(new Paragraph(Style.BODY, opening));
    paragraphs.add(new Paragraph(Style.BODY, fill("body." + outcome.name(), values)));
    if (letter.note() != null && !letter.note().isBlank()) {
      var noteKey =
          wording.containsKey("note." + outcome.name()) ? "note." + outcome.name() : "note";
      paragraphs.add(new Paragraph(Style.BODY, fill(noteKey, values)));
    }
    if (!WITHOUT_REMEDIES.contains(outcome)) {
      paragraphs.add(new Paragraph(Style.BODY, fill("remedies", values)));
    }
    paragraphs.add(new Paragraph(Style.SIGNATURE, letter.agencyName()));
    paragraphs.add(new Paragraph(Style.SIGNATURE, chineseDate(letter.repliedOn())));
    return List.copyOf(paragraphs);
  }

  private String orDefault(String value, String name) {
    return value.isBlank() ? fill("remedies." + name, Map.of()) : value.strip();
  }

  private String fill(String key, Map<String, String> values) {
    var template = wording.getProperty(key);
    if (template == null) {
      throw new IllegalStateException(WORDING + " 缺少 " + key);
    }
    Matcher placeholder = PLACEHOLDER.matcher(template);
    var text = new StringBuilder();
    while (placeholder.find()) {
      var value = values.get(placeholder.group(1));
      if (value == null) {
        throw new IllegalStateException(WORDING + " 的 " + key + " 使用了未知占位符 " + placeholder.group());
      }
      placeholder.appendReplacement(text, Matcher.quoteReplacement(value));
    }
    placeholder.appendTail(text);
    return text.toString();
  }

  private static String chineseDate(@Nullable LocalDate date) {
    return date == null ? "" : CHINESE_DATE.format(date);
  }

  private static Properties readWording() {
    var properties = new Properties();
    try (InputStream in = ReplyLetters.class.getResourceAsStream(WORDING)) {
      if (in == null) {
        throw new IllegalStateException("找不到 " + WORDING);
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("无法读取 " + WORDING, e);
    }
    for (var outcome : Outcome.values()) {
      var body = properties.getProperty("body." + outcome.name());
      if (body == null || !body.contains("{basis}")) {
        throw new IllegalStateException(WORDING + " 的 body." + outcome.name() + " 缺失或未引用 {basis}");
      }
    }
    return properties;
  }

  enum Style {
    TITLE,
    REFERENCE,
    SALUTATION,
    BODY,
    SIGNATURE
  }

  record Paragraph(Style style, String text) {}

  private static final class HtmlWriter {

    private static final String STYLE =
        """
        @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
        html { background: #f4f4f4; }
        body { margin: 0; color: #000; }
        .letter {
          box-sizing: border-box; width: 210mm; min-height: 297mm; margin: 0 auto;
          padding: 37mm 26mm 35mm 28mm; background: #fff;
          font-family: "仿宋_GB2312", "仿宋", FangSong, STFangsong, "宋体", SimSun, serif;
          font-size: 16pt; line-height: 28pt;
        }
        h1 {
          margin: 0 0 14pt; text-align: center; font-weight: bold; font-size: 22pt; line-height: 1.5;
          font-family: "方正小标宋简体", "宋体", SimSun, STSong, serif;
        }
        p { margin: 0; text-align: justify; }
        p.reference { text-align: center; margin-bottom: 28pt; }
        p.body { text-indent: 2em; }
        p.signature { text-align: right; padding-right: 2em; }
        p.body + p.signature { margin-top: 56pt; }
        @media print {
          html { background: none; }
          .letter { width: auto; min-height: 0; margin: 0; padding: 0; }
        }
        """;

    static String write(String trackingNumber, List<Paragraph> paragraphs) {
      var html = new StringBuilder();
      html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n");
      html.append("<title>")
          .append(escape(paragraphs.get(0).text() + " " + trackingNumber))
          .append("</title>\n");
      html.append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
      html.append("<main class=\"letter\">\n");
      for (var paragraph : paragraphs) {
        var text = escape(paragraph.text());
        switch (paragraph.style()) {
          case TITLE -> html.append("<h1>").append(text).append("</h1>\n");
          case REFERENCE -> html.append("<p class=\"reference\">").append(text).append("</p>\n");
          case SALUTATION -> html.append("<p class=\"salutation\">").append(text).append("</p>\n");
          case BODY -> html.append("<p class=\"body\">").append(text).append("</p>\n");
          case SIGNATURE -> html.append("<p class=\"signature\">").append(text).append("</p>\n");
        }
      }
      html.append("</main>\n</body>\n</html>\n");
      return html.toString();
    }

    private static String escape(String text) {
      var escaped = new StringBuilder(text.length());
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        switch (c) {
          case '&' -> escaped.append("&amp;");
          case '<' -> escaped.append("&lt;");
          case '>' -> escaped.append("&gt;");
          case '"' -> escaped.append("&quot;");
          case '\'' -> escaped.append("&#39;");
          default -> escaped.append(c);
        }
      }
      return escaped.toString();
    }
  }

  private static final class DocxWriter {

    private static final String TITLE_FONT = "方正小标宋简体";
    private static final String BODY_FONT = "仿宋";
    private static final String LATIN_FONT = "Times New Roman";
    private static final int TWIPS_PER_POINT = 20;
    private static final int TITLE_POINTS = 22;
    private static final int BODY_POINTS = 16;
    private static final int TWO_CHARACTERS = 2 * BODY_POINTS * TWIPS_PER_POINT;
    private static final int LINE_POINTS = 28;

    static byte[] write(List<Paragraph> paragraphs) {
      try (var document = new XWPFDocument();
          var out = new ByteArrayOutputStream()) {
        setUpA4Page(document);
        Style previous = null;
        for (var paragraph : paragraphs) {
          write(document.createParagraph(), paragraph, previous);
          previous = paragraph.style();
        }
        document.write(out);
        return out.toByteArray();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static void write(XWPFParagraph target, Paragraph paragraph, @Nullable Style previous) {
      var title = paragraph.style() == Style.TITLE;
      var run = target.createRun();
      run.setText(paragraph.text());
      run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.ascii);
      run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.hAnsi);
      run.setFontFamily(title ? TITLE_FONT : BODY_FONT, XWPFRun.FontCharRange.eastAsia);
      if (title) {
        run.setBold(true);
      }
      run.setFontSize(title ? TITLE_POINTS : BODY_POINTS);
      if (title) {
        target.setSpacingBetween(1.5, LineSpacingRule.AUTO);
      } else {
        target.setSpacingBetween(LINE_POINTS, LineSpacingRule.EXACT);
      }
      switch (paragraph.style()) {
        case TITLE -> {
          target.setAlignment(ParagraphAlignment.CENTER);
          target.setSpacingAfter(LINE_POINTS * TWIPS_PER_POINT / 2);
        }
        case REFERENCE -> {
          target.setAlignment(ParagraphAlignment.CENTER);
          target.setSpacingAfter(LINE_POINTS * TWIPS_PER_POINT);
        }
        case SALUTATION -> target.setAlignment(ParagraphAlignment.LEFT);
        case BODY -> {
          target.setAlignment(ParagraphAlignment.BOTH);
          target.setFirstLineIndent(TWO_CHARACTERS);
        }
        case SIGNATURE -> {
          target.setAlignment(ParagraphAlignment.RIGHT);
          target.setIndentationRight(TWO_CHARACTERS);
          if (previous != Style.SIGNATURE) {
            target.setSpacingBefore(2 * LINE_POINTS * TWIPS_PER_POINT);
          }
        }
      }
    }

    private static void setUpA4Page(XWPFDocument document) {
      CTSectPr section = document.getDocument().getBody().addNewSectPr();
      CTPageSz size = section.addNewPgSz();
      size.setW(BigInteger.valueOf(11906));
      size.setH(BigInteger.valueOf(16838));
      CTPageMar margins = section.addNewPgMar();
      margins.setTop(millimetres(37));
      margins.setBottom(millimetres(35));
      margins.setLeft(millimetres(28));
      margins.setRight(millimetres(26));
    }

    private static BigInteger millimetres(int mm) {
      return BigInteger.valueOf(Math.round(mm * 1440 / 25.4));
    }
  }
}
