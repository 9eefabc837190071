package org.gongkai.statistics.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.gongkai.statistics.report.ReportTable.Cell;
import org.gongkai.statistics.report.ReportTable.Kind;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** The report's sheet as a Word document: a paragraph per heading, a table per section. */
public final class DocxReport {

  public static final String CONTENT_TYPE =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private DocxReport() {}

  public static byte[] render(DisclosureReportSheet report) {
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      paragraph(document, report.title(), true, 16, null).setAlignment(ParagraphAlignment.CENTER);
      paragraph(document, report.subtitle(), false, 10, null)
          .setAlignment(ParagraphAlignment.CENTER);
      if (report.warning() != null) {
        paragraph(document, report.warning(), true, 12, "C00000");
      }
      for (ReportTable table : report.tables()) {
        paragraph(document, table.title(), true, 12, null);
        table(document, table);
      }
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static XWPFParagraph paragraph(
      XWPFDocument document, String text, boolean bold, int size, @Nullable String color) {
    XWPFParagraph paragraph = document.createParagraph();
    XWPFRun run = paragraph.createRun();
    run.setText(text);
    run.setBold(bold);
    run.setFontSize(size);
    if (color != null) {
      run.setColor(color);
    }
    return paragraph;
  }

  private static void table(XWPFDocument document, ReportTable table) {
    XWPFTable target = document.createTable();
    target.setWidth("100%");
    for (int r = 0; r < table.rowCount(); r++) {
      XWPFTableRow row = r == 0 ? target.getRow(0) : target.insertNewTableRow(r);
      if (r < table.headerRows()) {
        row.setRepeatHeader(true);
      }
      int used = 0;
      for (int c = 0; c < table.columnCount(); c++) {
        Cell cell = table.covering(r, c).orElseThrow();
        if (cell.column() != c) {
          continue;
        }
        XWPFTableCell tc = used < row.getTableCells().size() ? row.getCell(used) : row.createCell();
        used++;
        CTTcPr properties =
            tc.getCTTc().isSetTcPr() ? tc.getCTTc().getTcPr() : tc.getCTTc().addNewTcPr();
        if (cell.columnSpan() > 1) {
          properties.addNewGridSpan().setVal(BigInteger.valueOf(cell.columnSpan()));
        }
        if (cell.rowSpan() > 1) {
          properties.addNewVMerge().setVal(cell.row() == r ? STMerge.RESTART : STMerge.CONTINUE);
        }
        if (cell.row() == r) {
          XWPFParagraph paragraph = tc.getParagraphs().get(0);
          paragraph.setAlignment(alignment(cell.kind()));
          XWPFRun run = paragraph.createRun();
          run.setText(cell.text());
          run.setFontSize(9);
          run.setBold(cell.kind() == Kind.HEADER);
        }
      }
    }
  }

  private static ParagraphAlignment alignment(Kind kind) {
    return switch (kind) {
      case HEADER -> ParagraphAlignment.CENTER;
      case LABEL -> ParagraphAlignment.LEFT;
      case NUMBER -> ParagraphAlignment.RIGHT;
    };
  }
}
