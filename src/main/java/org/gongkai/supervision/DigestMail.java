package org.gongkai.supervision;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.organization.EmailAddresses;
import org.gongkai.organization.Organization;
import org.gongkai.organization.Role;
import org.gongkai.organization.StaffMember;
import org.gongkai.platform.ScheduledLocks;
import org.gongkai.supervision.DigestDeliveries.Delivery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Mails each published weekly digest to its agency's leaders who have an e-mail address — when mail
 * is set up ({@code spring.mail.host}) — with the digest's one-paragraph summary and a link to its
 * page in the body and the DOCX attached. The deliveries are recorded with the publication, sent
 * once it has committed, and a failed one is tried again later on one node at a time: a mail server
 * that is down never fails the publication, and no leader gets a digest twice.
 */
@Component
class DigestMail {

  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private static final Logger log = LoggerFactory.getLogger(DigestMail.class);
  private static final String LOCK = "digest-mail";

  /** How long a sender holds a delivery it is sending before another may try it. */
  private static final Duration CLAIM = Duration.ofMinutes(10);

  private static final int BATCH = 200;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
  private static final DateTimeFormatter DAY_OF_YEAR = DateTimeFormatter.ofPattern("M月d日");

  private final ObjectProvider<JavaMailSender> senders;
  private final DigestDeliveries deliveries;
  private final WeeklyDigests digests;
  private final Organization organization;
  private final ScheduledLocks locks;
  private final Clock clock;
  private final String from;
  private final String baseUrl;
  private final Duration retryInterval;
  private final Duration retryAfter;
  private final Duration giveUpAfter;

  DigestMail(
      ObjectProvider<JavaMailSender> senders,
      DigestDeliveries deliveries,
      WeeklyDigests digests,
      Organization organization,
      ScheduledLocks locks,
      Clock clock,
      @Value("${gongkai.mail.from:${spring.mail.username:gongkai@localhost}}") String from,
      @Value("${gongkai.mail.base-url:http://localhost:8080}") String baseUrl,
      @Value("${gongkai.mail.retry-interval:PT5M}") Duration retryInterval,
      @Value("${gongkai.mail.retry-after:PT15M}") Duration retryAfter,
      @Value("${gongkai.mail.give-up-after:P7D}") Duration giveUpAfter) {
    this.senders = senders;
    this.deliveries = deliveries;
    this.digests = digests;
    this.organization = organization;
    this.locks = locks;
    this.clock = clock;
    this.from = from;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.retryInterval = retryInterval;
    this.retryAfter = retryAfter;
    this.giveUpAfter = giveUpAfter;
  }

  /**
   * The digest was published: each leader of its agency who has an address is to get it, sent once
   * the publication commits (at once outside a transaction). Without mail set up, nothing happens.
   */
  void published(WeeklyDigest digest) {
    JavaMailSender sender = senders.getIfAvailable();
    if (sender == null) {
      return;
    }
    List<String> recipients =
        organization.withRole(Role.LEADER).stream()
            .filter(leader -> leader.agencyCode().equals(digest.agencyCode()))
            .map(StaffMember::username)
            .filter(username -> organization.emailOf(username).isPresent())
            .toList();
    deliveries.record(digest, recipients, clock.instant());
    afterCommit(() -> send(sender, deliveries.due(digest, clock.instant(), BATCH)));
  }

  /** Tries again the deliveries whose time has come, on one node at a time. */
  @Scheduled(
      fixedDelayString = "${gongkai.mail.retry-interval:PT5M}",
      initialDelayString = "${gongkai.mail.retry-interval:PT5M}")
  void retryDue() {
    JavaMailSender sender = senders.getIfAvailable();
    if (sender == null) {
      return;
    }
    locks.runExclusively(
        LOCK,
        retryInterval.dividedBy(2),
        retryInterval.multipliedBy(10),
        () -> {
          Instant now = clock.instant();
          int abandoned = deliveries.giveUpRecordedBefore(now.minus(giveUpAfter));
          if (abandoned > 0) {
            log.warn(
                "Gave up mailing {} digests to leaders: still failing {} after publication",
                abandoned,
                giveUpAfter);
          }
          send(sender, deliveries.due(null, now, BATCH));
        });
  }

  private void send(JavaMailSender sender, List<Delivery> due) {
    Map<String, List<Delivery>> byDigest = new LinkedHashMap<>();
    for (Delivery delivery : due) {
      byDigest
          .computeIfAbsent(
              delivery.agencyCode()
                  + "/"
                  + delivery.isoWeek()
                  + "/"
                  + delivery.includeSubordinates(),
              key -> new ArrayList<>())
          .add(delivery);
    }
    for (List<Delivery> ofOneDigest : byDigest.values()) {
      Delivery first = ofOneDigest.get(0);
      WeeklyDigest digest =
          digests
              .stored(first.isoWeek(), first.agencyCode(), first.includeSubordinates())
              .orElseThrow();
      byte[] docx = DigestDocument.docx(digest);
      for (Delivery delivery : ofOneDigest) {
        send(sender, digest, docx, delivery);
      }
    }
  }

  private void send(JavaMailSender sender, WeeklyDigest digest, byte[] docx, Delivery delivery) {
    Instant now = clock.instant();
    if (!deliveries.claim(delivery, now, now.plus(CLAIM))) {
      return;
    }
    Optional<String> address = organization.emailOf(delivery.username());
    if (address.isEmpty()) {
      deliveries.noAddress(delivery);
      return;
    }
    try {
      sender.send(message(sender, digest, docx, address.get()));
      deliveries.sent(delivery, clock.instant());
    } catch (MailException | MessagingException failure) {
      Instant retryAt = clock.instant().plus(retryAfter);
      String reason = reason(failure);
      deliveries.failed(delivery, retryAt, reason);
      log.warn(
          "Could not mail the digest {} of {} to a leader (attempt {}), trying again from {}: {}",
          digest.week(),
          digest.agencyCode(),
          delivery.attempts() + 1,
          retryAt,
          reason);
    }
  }

  private MimeMessage message(
      JavaMailSender sender, WeeklyDigest digest, byte[] docx, String address)
      throws MessagingException {
    MimeMessage message = sender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
    helper.setFrom(from);
    helper.setTo(address);
    helper.setSentDate(Date.from(clock.instant()));
    helper.setSubject(subject(digest));
    helper.setText(body(digest));
    helper.addAttachment(fileName(digest), new ByteArrayResource(docx), DOCX);
    return message;
  }

  /** 「示范县人民政府周报 第48期（2026年11月23日—11月29日）」. */
  static String subject(WeeklyDigest digest) {
    return digest.agencyName()
        + "周报 第"
        + digest.issueNumber()
        + "期（"
        + span(digest.from(), digest.to())
        + "）";
  }

  private static String span(LocalDate from, LocalDate to) {
    return DAY.format(from) + "—" + (to.getYear() == from.getYear() ? DAY_OF_YEAR : DAY).format(to);
  }

  private String body(WeeklyDigest digest) {
    return DigestDocument.summary(digest)
        + "\n\n全文见附件「"
        + fileName(digest)
        + "」，也可登录公开办阅读：\n"
        + baseUrl
        + "/digests/weekly/"
        + digest.week()
        + "?agencyCode="
        + digest.agencyCode()
        + "\n";
  }

  /** 「周报-2026-W48.docx」. */
  static String fileName(WeeklyDigest digest) {
    return "周报-" + digest.week() + ".docx";
  }

  /** The innermost cause, with any address in it masked. */
  private static String reason(Exception failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return EmailAddresses.masked(
        cause.getClass().getSimpleName()
            + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
  }

  /** Runs the action once the current transaction has committed, or now outside one. */
  private static void afterCommit(Runnable action) {
    Runnable guarded =
        () -> {
          try {
            action.run();
          } catch (RuntimeException failure) {
            log.warn(
                "Mailing a published digest failed; the deliveries are tried again later: {}",
                reason(failure));
          }
        };
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      guarded.run();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            guarded.run();
          }
        });
  }
}
