package org.gongkai.disclosure;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.gongkai.disclosure.DisclosureRequestEvent.AppealFacts;
import org.gongkai.disclosure.DisclosureRequestEvent.Facts;
import org.gongkai.platform.EventEnvelope;

/** One sample of every disclosure event, with fixed values, for the contract fixtures. */
final class DisclosureRequestEventFixtures {

  static final String CASE_ID = "0b6f1c7e-3a52-4c1e-9d3f-2f7d9a1b5c10";
  static final OffsetDateTime AT = OffsetDateTime.parse("2025-03-05T10:00:00+08:00");

  private DisclosureRequestEventFixtures() {}

  static List<DisclosureRequestEvent> everyType() {
    return List.of(
        new DisclosureRequestEvent.DisclosureRequestReceived(
            envelope(1),
            facts(DisclosureStatus.IN_HANDLING, null, null),
            OffsetDateTime.parse("2025-03-03T09:30:00+08:00"),
            "demo-finance"),
        new DisclosureRequestEvent.CorrectionRequested(
            envelope(2),
            facts(DisclosureStatus.AWAITING_CORRECTION, null, null),
            LocalDate.of(2025, 3, 20)),
        new DisclosureRequestEvent.CorrectionReceived(
            envelope(3),
            facts(DisclosureStatus.IN_HANDLING, null, null),
            LocalDate.of(2025, 3, 18)),
        new DisclosureRequestEvent.ConsultationStarted(
            envelope(4),
            facts(DisclosureStatus.IN_CONSULTATION, null, null),
            LocalDate.of(2025, 4, 9)),
        new DisclosureRequestEvent.ConsultationEnded(
            envelope(5), facts(DisclosureStatus.IN_HANDLING, null, null), true),
        new DisclosureRequestEvent.FeeNoticeIssued(
            envelope(6),
            facts(DisclosureStatus.AWAITING_FEE, null, null),
            700,
            FeeSchedule.Basis.PER_PAGE,
            LocalDate.of(2025, 5, 6)),
        new DisclosureRequestEvent.FeePaid(
            envelope(7), facts(DisclosureStatus.IN_HANDLING, null, null)),
        new DisclosureRequestEvent.DecisionProposed(
            envelope(8),
            facts(DisclosureStatus.UNDER_REVIEW, null, null),
            Outcome.PARTIALLY_DISCLOSED),
        new DisclosureRequestEvent.DecisionSentBack(
            envelope(9), facts(DisclosureStatus.IN_HANDLING, null, null)),
        new DisclosureRequestEvent.DecisionApproved(
            envelope(10),
            facts(DisclosureStatus.AWAITING_REPLY, null, null),
            Outcome.PARTIALLY_DISCLOSED),
        new DisclosureRequestEvent.DeadlineExtended(
            envelope(11),
            facts(DisclosureStatus.AWAITING_REPLY, null, null),
            10,
            LocalDate.of(2025, 5, 20)),
        new DisclosureRequestEvent.DisclosureRequestReplied(
            envelope(12),
            facts(DisclosureStatus.FINISHED, Outcome.PARTIALLY_DISCLOSED, LocalDate.of(2025, 4, 8)),
            DeliveryMethod.EMAIL),
        new DisclosureRequestEvent.DisclosureRequestWithdrawn(
            envelope(13),
            facts(DisclosureStatus.FINISHED, Outcome.OTHER, LocalDate.of(2025, 4, 8))),
        new DisclosureRequestEvent.DisclosureRequestAbandoned(
            envelope(14),
            facts(
                DisclosureStatus.FINISHED, Outcome.OTHER_NO_CORRECTION, LocalDate.of(2025, 3, 20)),
            AbandonmentReason.NO_CORRECTION),
        new DisclosureRequestEvent.ReplyDueSoon(
            envelope(15),
            facts(DisclosureStatus.IN_HANDLING, null, null),
            LocalDate.of(2025, 3, 31)),
        new DisclosureRequestEvent.ReplyOverdue(
            envelope(16), overdueFacts(), LocalDate.of(2025, 3, 31)),
        new DisclosureRequestEvent.ReplyLadderStepReached(
            envelope(16),
            overdueFacts(),
            org.gongkai.casework.LadderStep.CHASE,
            LocalDate.of(2025, 3, 31),
            0,
            "GK-2025-0001",
            "demo-housing"),
        new DisclosureRequestEvent.DueDateRecomputed(
            envelope(17),
            facts(DisclosureStatus.IN_HANDLING, null, null),
            LocalDate.of(2025, 3, 28),
            2025),
        new DisclosureRequestEvent.AppealFiled(
            envelope(18),
            withAppeal(null),
            "5f0c9a7e-1d2b-4c3a-8e9f-0a1b2c3d4e5f",
            AppealKind.ADMINISTRATIVE_REVIEW),
        new DisclosureRequestEvent.AppealDecided(
            envelope(19),
            withAppeal(AppealResult.UPHELD),
            "5f0c9a7e-1d2b-4c3a-8e9f-0a1b2c3d4e5f",
            AppealKind.ADMINISTRATIVE_REVIEW,
            AppealResult.UPHELD),
        new DisclosureRequestEvent.DisclosureRequestTransferredToComplaint(
            envelope(20),
            facts(
                DisclosureStatus.FINISHED,
                Outcome.NOT_PROCESSED_PETITION_COMPLAINT,
                LocalDate.of(2025, 3, 5))),
        new DisclosureRequestEvent.ComplaintLinked(
            envelope(21),
            facts(
                DisclosureStatus.FINISHED,
                Outcome.NOT_PROCESSED_PETITION_COMPLAINT,
                LocalDate.of(2025, 3, 5)),
            "7a1e2d3c-4b5a-4968-8776-655443322110"));
  }

  private static EventEnvelope envelope(long version) {
    return new EventEnvelope(
        UUID.nameUUIDFromBytes(
            ("event-" + version).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        CASE_ID,
        version,
        AT,
        OffsetDateTime.parse("2025-03-05T10:00:01.250+08:00"),
        "demo-county",
        "handler");
  }

  private static Facts facts(DisclosureStatus status, Outcome outcome, LocalDate finishedOn) {
    return new Facts(
        "〔2025〕第1号",
        ApplicantType.NATURAL_PERSON,
        Channel.IN_PERSON,
        LocalDate.of(2025, 3, 3),
        status,
        outcome,
        finishedOn,
        LocalDate.of(2025, 3, 31),
        false,
        false,
        List.of());
  }

  /** An open request past its due date. */
  private static Facts overdueFacts() {
    Facts open = facts(DisclosureStatus.IN_HANDLING, null, null);
    return new Facts(
        open.trackingNumber(),
        open.applicantType(),
        open.channel(),
        open.receivedOn(),
        open.status(),
        null,
        null,
        open.dueDate(),
        false,
        true,
        List.of());
  }

  private static Facts withAppeal(AppealResult result) {
    Facts replied =
        facts(DisclosureStatus.FINISHED, Outcome.PARTIALLY_DISCLOSED, LocalDate.of(2025, 4, 8));
    return new Facts(
        replied.trackingNumber(),
        replied.applicantType(),
        replied.channel(),
        replied.receivedOn(),
        replied.status(),
        replied.outcome(),
        replied.finishedOn(),
        replied.dueDate(),
        false,
        false,
        List.of(
            new AppealFacts(
                "5f0c9a7e-1d2b-4c3a-8e9f-0a1b2c3d4e5f",
                AppealKind.ADMINISTRATIVE_REVIEW,
                LocalDate.of(2025, 5, 6),
                result,
                result == null ? null : LocalDate.of(2025, 7, 1))));
  }
}
