package org.gongkai.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.awaitility.Awaitility;
import org.gongkai.platform.GongkaiTopics;
import org.gongkai.support.IntegrationTest;
import org.gongkai.support.RealInfrastructure;
import org.gongkai.support.StaffClient;
import org.gongkai.support.StaffClient.FileResponse;
import org.gongkai.support.StaffClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.web.util.UriUtils;

/**
 * A leader downloads the year's report as a workbook, a document and a page, and each holds the
 * numbers of the JSON report. The year is a past one no other test counts in for the leader's own
 * agency.
 */
@IntegrationTest
class DisclosureReportExportsIntegrationTests {

  private static final int YEAR = 2022;
  private static final String AGENCY = "demo-county";

  @LocalServerPort int port;

  @Test
  void theLeadersWorkbookHoldsTheNumbersOfTheJsonReport() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    Map<String, List<String>> cases = new LinkedHashMap<>();
    for (int i = 1; i <= 3; i++) {
      LocalDate received = LocalDate.of(YEAR, 3, i);
      String caseId = "export-" + run + "-d" + i;
      cases.put(
          caseId,
          CaseEvents.disclosureRequest(
              caseId, AGENCY, "NATURAL_PERSON", received, "DISCLOSED", received.plusDays(10)));
    }
    cases.put(
        "export-" + run + "-s",
        CaseEvents.disclosureRequest(
            "export-" + run + "-s",
            AGENCY,
            "COMMERCIAL_ENTERPRISE",
            LocalDate.of(YEAR, 5, 6),
            "REFUSED_STATE_SECRET",
            LocalDate.of(YEAR, 5, 20)));
    cases.put(
        "export-" + run + "-o",
        CaseEvents.disclosureRequest(
            "export-" + run + "-o",
            AGENCY,
            "NATURAL_PERSON",
            LocalDate.of(YEAR, 12, 28),
            null,
            null));
    publish(cases);
    StaffClient leader = StaffClient.as(port, "leader");
    String json = "/api/reports/disclosure/" + YEAR;
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> assertThat(rowValues(leader.get(json).json(), "carried_out")).endsWith(1L));
    JsonNode report = leader.get(json).json();
    assertThat(rowValues(report, "new_received")).containsExactly(4L, 1L, 0L, 0L, 0L, 0L, 5L);

    FileResponse xlsx = leader.getFile(json + ".xlsx");

    assertThat(xlsx.status()).isEqualTo(200);
    assertThat(xlsx.contentType())
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(xlsx.contentDisposition())
        .startsWith("attachment")
        .contains(
            "filename*=UTF-8''"
                + UriUtils.encode(
                    "示范县人民政府" + YEAR + "年政府信息公开工作年度报告统计表.xlsx", StandardCharsets.UTF_8));
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Sheet sheet = workbook.getSheetAt(0);
      for (JsonNode row : report.at("/sectionThree/rows")) {
        assertThat(numbers(sheet, row.get("label").asText()))
            .as(row.get("label").asText())
            .isEqualTo(rowValues(report, row.get("key").asText()));
      }
    }
    FileResponse docx = leader.getFile(json + ".docx");
    assertThat(docx.status()).isEqualTo(200);
    assertThat(docx.contentType())
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
      assertThat(document.getTables().get(0).getText()).contains("一、本年新收政府信息公开申请数量");
    }
    Response html = leader.get(json + ".html");
    assertThat(html.status()).isEqualTo(200);
    assertThat(html.contentType()).isEqualToIgnoringCase("text/html;charset=UTF-8");
    assertThat(html.body())
        .contains(
            "一、本年新收政府信息公开申请数量</th>"
                + "<td>4</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>5</td>");
  }

  @Test
  void theFilesAreForTheSameReadersAsTheJsonReport() {
    assertThat(
            StaffClient.as(port, "frontdesk").getFile("/api/reports/disclosure/2020.xlsx").status())
        .isEqualTo(403);
    assertThat(StaffClient.anonymous(port).getFile("/api/reports/disclosure/2020.docx").status())
        .isEqualTo(401);
    assertThat(
            StaffClient.as(port, "leader")
                .getFile("/api/reports/disclosure/2020.html?agencyCode=nowhere")
                .status())
        .isEqualTo(404);
    Response tooEarly = StaffClient.as(port, "leader").get("/api/reports/disclosure/2018.xlsx");
    assertThat(tooEarly.status()).isEqualTo(400);
    assertThat(tooEarly.contentType()).startsWith("application/problem+json");
  }

  private static void publish(Map<String, List<String>> cases) {
    DefaultKafkaProducerFactory<String, String> factory =
        new DefaultKafkaProducerFactory<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                RealInfrastructure.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG,
                "all"),
            new StringSerializer(),
            new StringSerializer());
    try {
      KafkaTemplate<String, String> template = new KafkaTemplate<>(factory);
      cases.forEach(
          (caseId, events) ->
              events.forEach(e -> template.send(GongkaiTopics.DISCLOSURE_REQUESTS, caseId, e)));
      template.flush();
    } finally {
      factory.destroy();
    }
  }

  private static List<Long> numbers(Sheet sheet, String label) {
    for (Row row : sheet) {
      for (Cell cell : row) {
        if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(label)) {
          List<Long> numbers = new ArrayList<>();
          for (int c = 2; c < 9; c++) {
            numbers.add((long) row.getCell(c).getNumericCellValue());
          }
          return numbers;
        }
      }
    }
    throw new AssertionError("no row " + label + " in the workbook");
  }

  private static List<Long> rowValues(JsonNode report, String key) {
    for (JsonNode row : report.at("/sectionThree/rows")) {
      if (row.get("key").asText().equals(key)) {
        List<Long> values = new ArrayList<>();
        row.get("values").forEach(v -> values.add(v.asLong()));
        return values;
      }
    }
    throw new AssertionError("no row " + key + " in " + report);
  }
}
