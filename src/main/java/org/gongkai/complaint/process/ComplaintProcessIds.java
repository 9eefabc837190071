package org.gongkai.complaint.process;

/**
 * The ids of {@code bpmn/citizen-complaint.bpmn}, {@code bpmn/complaint-routing.dmn} and their
 * variables, for code and tests alike.
 */
public final class ComplaintProcessIds {

  public static final String PROCESS = "citizen-complaint";
  public static final String ROUTING_DECISION = "complaint-routing";

  public static final String TASK_DISPATCH = "Task_Dispatch";
  public static final String TASK_ACCEPT = "Task_Accept";
  public static final String TASK_HANDLE = "Task_Handle";
  public static final String TASK_FOLLOW_UP = "Task_FollowUp";

  public static final String TIMER_DUE_SOON = "Timer_DueSoon";
  public static final String TIMER_DUE = "Timer_Due";

  public static final String END_ANSWERED_DIRECTLY = "End_AnsweredDirectly";
  public static final String END_CLOSED = "End_Closed";

  public static final String MSG_CASE_CLOSED = "Msg_ComplaintClosed";

  public static final String VAR_DIRECT_ANSWER = "directAnswer";
  public static final String VAR_UNIT_CODE = "unitCode";
  public static final String VAR_ACCEPTED = "accepted";
  public static final String VAR_RETURNED = "returned";
  public static final String VAR_FOLLOW_UP_RESULT = "followUpResult";
  public static final String VAR_FOLLOW_UP_ON = "followUpOn";

  public static final String INPUT_AGENCY = "agencyCode";
  public static final String INPUT_CATEGORY = "category";
  public static final String INPUT_AREA = "areaCode";
  public static final String OUTPUT_UNIT = "unitCode";

  private ComplaintProcessIds() {}
}
