package org.gongkai.disclosure.process;

/** The ids of {@code bpmn/disclosure-request.bpmn} and its variables, for code and tests alike. */
public final class DisclosureProcessIds {

  public static final String PROCESS = "disclosure-request";

  public static final String TASK_HANDLE = "Task_Handle";
  public static final String TASK_AWAIT_CORRECTION = "Task_AwaitCorrection";
  public static final String TASK_AWAIT_CONSULTATION = "Task_AwaitConsultation";
  public static final String TASK_AWAIT_FEE = "Task_AwaitFee";
  public static final String TASK_REVIEW_DECISION = "Task_ReviewDecision";
  public static final String TASK_REPLY = "Task_Reply";

  public static final String TIMER_CORRECTION_PERIOD_ENDS = "Timer_CorrectionPeriodEnds";
  public static final String TIMER_CONSULTATION_PERIOD_ENDS = "Timer_ConsultationPeriodEnds";
  public static final String TIMER_FEE_PERIOD_ENDS = "Timer_FeePeriodEnds";
  public static final String TIMER_REPLY_DUE_SOON = "Timer_ReplyDueSoon";
  public static final String TIMER_REPLY_DUE = "Timer_ReplyDue";

  public static final String MSG_CORRECTION_REQUESTED = "Msg_CorrectionRequested";
  public static final String MSG_CORRECTION_RECEIVED = "Msg_CorrectionReceived";
  public static final String MSG_CONSULTATION_STARTED = "Msg_ConsultationStarted";
  public static final String MSG_CONSULTATION_ANSWERED = "Msg_ConsultationAnswered";
  public static final String MSG_FEE_NOTICE_ISSUED = "Msg_FeeNoticeIssued";
  public static final String MSG_FEE_PAID = "Msg_FeePaid";
  public static final String MSG_CASE_CLOSED = "Msg_CaseClosed";

  public static final String VAR_HANDLING_UNIT = "handlingUnit";
  public static final String VAR_APPROVED = "approved";
  public static final String VAR_CORRECTION_PERIOD_ENDS_AT = "correctionPeriodEndsAt";
  public static final String VAR_CONSULTATION_ENDS_AT = "consultationEndsAt";
  public static final String VAR_FEE_PERIOD_ENDS_AT = "feePeriodEndsAt";

  private DisclosureProcessIds() {}
}
