package org.gongkai.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.organization.AgencyKind;
import org.gongkai.organization.NewAgency;
import org.gongkai.organization.NewStaff;
import org.gongkai.organization.Organization;
import org.gongkai.organization.Role;
import org.gongkai.support.IntegrationTest;
import org.gongkai.support.RealInfrastructure;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The weekly digest by mail, through a real SMTP server (GreenMail) on a free port. Published for a
 * county with two leaders — one with an e-mail address, one without — and a handler with one, the
 * digest reaches the leader with the address once the publication commits, and only them, once: the
 * summary and the page's link in the body, the DOCX attached. A mail server that is down leaves the
 * digest published, and the leader gets it when the server is back.
 */
@IntegrationTest(
    properties = {
      // the tests publish themselves; no Monday timer of the shared database mails on their watch
      "camunda.bpm.job-execution.enabled=false",
      "gongkai.mail.from=公开办 <gongkai@digest-test.gov.cn>",
      "gongkai.mail.base-url=https://gongkai.digest-test.gov.cn/",
      "gongkai.mail.retry-interval=PT1S",
      "gongkai.mail.retry-after=PT1S"
    })
class DigestMailIntegrationTests {

  private static final int SMTP_PORT = freePort();
  private static final String DOMAIN = "digest-test.gov.cn";

  private static GreenMail smtp;

  @Autowired WeeklyDigestPublisher publisher;
  @Autowired WeeklyDigests digests;
  @Autowired DigestMail mail;
  @Autowired Organization organization;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactionManager;

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  @BeforeAll
  static void startMailServer() {
    smtp = startedMailServer();
  }

  @AfterAll
  static void stopMailServer() {
    smtp.stop();
  }

  @Test
  void theLeaderWithAnAddressGetsThePublishedDigestOnceWithItsSummaryAndTheDocx() throws Exception {
    County county = countyWithTwoLeadersAndAHandler();

    new TransactionTemplate(transactionManager)
        .executeWithoutResult(
            publication -> {
              publisher.publish(LocalDate.of(2025, 11, 24), county.code());
              assertThat(messagesTo(county)).as("sent before the publication commits").isEmpty();
            });

    await().atMost(Duration.ofSeconds(30)).until(() -> messagesTo(county).size() == 1);
    MimeMessage message = messagesTo(county).get(0);
    assertThat(recipients(message)).containsExactly(county.leaderAddress());
    assertThat(message.getSubject()).isEqualTo("邮件测试县人民政府周报 第48期（2025年11月24日—11月30日）");
    assertThat(((InternetAddress) message.getFrom()[0]).getAddress())
        .isEqualTo("gongkai@" + DOMAIN);
    WeeklyDigest digest = digests.stored("2025-W48", county.code(), true).orElseThrow();
    assertThat(digest.issueNumber()).isEqualTo(48);
    String body = part(message, "text/plain").getContent().toString();
    assertThat(body)
        .contains(DigestDocument.summary(digest))
        .contains(
            "https://gongkai.digest-test.gov.cn/digests/weekly/2025-W48?agencyCode="
                + county.code());
    Part attachment = part(message, DigestMail.DOCX);
    assertThat(attachment.getFileName()).isEqualTo("周报-2025-W48.docx");
    assertThat(attachment.getDisposition()).isEqualTo(Part.ATTACHMENT);
    try (XWPFDocument docx = new XWPFDocument(attachment.getInputStream());
        XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
      assertThat(text.getText()).contains("邮件测试县人民政府工作周报", "第48期", digest.from() + "至");
    }

    publisher.publish(LocalDate.of(2025, 11, 24), county.code());
    mail.retryDue();

    assertThat(delivery(county, "2025-W48"))
        .containsEntry("state", "SENT")
        .containsEntry("attempts", 1);
    assertThat(
            jdbc.queryForList(
                "SELECT username FROM supervision_digest_delivery WHERE agency_code = ?",
                String.class,
                county.code()))
        .containsExactly(county.leader());
    assertThat(messagesTo(county)).hasSize(1);
  }

  @Test
  void aMailServerThatIsDownLeavesTheDigestPublishedAndTheLeaderGetsItOnceItIsBack()
      throws Exception {
    County county = countyWithTwoLeadersAndAHandler();
    smtp.stop();
    try {
      new TransactionTemplate(transactionManager)
          .executeWithoutResult(
              publication -> publisher.publish(LocalDate.of(2025, 12, 1), county.code()));

      assertThat(digests.stored("2025-W49", county.code(), true)).isPresent();
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> delivery(county, "2025-W49").get("last_failure") != null);
      Map<String, Object> failed = delivery(county, "2025-W49");
      assertThat(failed.get("state")).isEqualTo("PENDING");
      assertThat((Integer) failed.get("attempts")).isPositive();
      assertThat((String) failed.get("last_failure"))
          .contains("ConnectException")
          .doesNotContain(county.leaderAddress());
    } finally {
      smtp = startedMailServer();
    }

    await().atMost(Duration.ofSeconds(60)).until(() -> messagesTo(county).size() == 1);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> "SENT".equals(delivery(county, "2025-W49").get("state")));
    MimeMessage message = messagesTo(county).get(0);
    assertThat(recipients(message)).containsExactly(county.leaderAddress());
    assertThat(message.getSubject()).isEqualTo("邮件测试县人民政府周报 第49期（2025年12月1日—12月7日）");
    mail.retryDue();
    assertThat(messagesTo(county)).hasSize(1);
  }

  /** A county government, its two leaders and its handler; the second leader has no address. */
  private record County(String code, String leader) {

    String leaderAddress() {
      return leader + "@" + DOMAIN;
    }

    String handlerAddress() {
      return code + "-handler@" + DOMAIN;
    }

    Set<String> addresses() {
      return Set.of(leaderAddress(), handlerAddress());
    }
  }

  private County countyWithTwoLeadersAndAHandler() {
    String code = "mail-" + UUID.randomUUID().toString().substring(0, 8);
    organization.registerAgency(new NewAgency(code, "邮件测试县人民政府", AgencyKind.GOVERNMENT, null));
    County county = new County(code, code + "-leader");
    staff(county.leader(), code, Role.LEADER, county.leaderAddress());
    staff(code + "-deputy", code, Role.LEADER, null);
    staff(code + "-handler", code, Role.HANDLER, county.handlerAddress());
    return county;
  }

  private void staff(String username, String agency, Role role, @Nullable String email) {
    organization.registerStaff(
        new NewStaff(
            username,
            RealInfrastructure.PASSWORD,
            "测试人员",
            agency,
            null,
            Set.of(role),
            Set.of(),
            email));
  }

  private Map<String, Object> delivery(County county, String week) {
    return jdbc.queryForMap(
        "SELECT state, attempts, last_failure FROM supervision_digest_delivery WHERE agency_code ="
            + " ? AND iso_week = ? AND username = ?",
        county.code(),
        week,
        county.leader());
  }

  private static List<MimeMessage> messagesTo(County county) {
    List<MimeMessage> messages = new ArrayList<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      if (recipients(message).stream().anyMatch(county.addresses()::contains)) {
        messages.add(message);
      }
    }
    return messages;
  }

  private static List<String> recipients(MimeMessage message) {
    try {
      Address[] all = message.getAllRecipients();
      return all == null
          ? List.of()
          : Arrays.stream(all).map(address -> ((InternetAddress) address).getAddress()).toList();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first part of the message, at any depth, of the content type. */
  private static Part part(Part message, String contentType)
      throws MessagingException, IOException {
    Part found = find(message, contentType);
    assertThat(found).as("a %s part", contentType).isNotNull();
    return found;
  }

  private static @Nullable Part find(Part part, String contentType)
      throws MessagingException, IOException {
    if (part.isMimeType(contentType)) {
      return part;
    }
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        Part found = find(multipart.getBodyPart(i), contentType);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static GreenMail startedMailServer() {
    GreenMail server =
        new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    return server;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
