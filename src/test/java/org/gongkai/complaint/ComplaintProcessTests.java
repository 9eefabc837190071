package org.gongkai.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.complaint.process.ComplaintProcessIds.*;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.gongkai.complaint.ComplaintDetails.LinkedCase;
import org.gongkai.platform.ProblemException;
import org.gongkai.support.IntegrationTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The complaint process on the engine with the job executor off: timers are driven by moving the
 * engine clock and executing the jobs that are then due.
 */
@IntegrationTest(properties = "camunda.bpm.job-execution.enabled=false")
class ComplaintProcessTests {

  @Autowired ComplaintDesk desk;
  @Autowired ComplaintQueries queries;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired org.gongkai.supervision.InstructionDesk instructions;

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void aComplaintAnsweredOnTheSpotIsClosedAtOnce() {
    UUID id = receive(ComplaintCategory.CONSULTATION, null, "2025-05-06T10:00:00", true);

    ComplaintDetails complaint = queries.find(id, "handler");
    assertThat(complaint.status()).isEqualTo(ComplaintStatus.CLOSED);
    assertThat(complaint.closure()).isEqualTo(Closure.ANSWERED_DIRECTLY);
    assertThat(complaint.onTime()).isTrue();
    assertThat(instance(id)).isNull();
    assertThat(reached(id, END_ANSWERED_DIRECTLY)).isTrue();
    assertThat(complaint.timeline())
        .extracting(org.gongkai.casework.CaseTimeline.Entry::type)
        .containsExactly("ComplaintReceived", "ComplaintClosed");
  }

  @Test
  void theRoutingTableChoosesTheUnitWhenTheDispatcherNamesNone() {
    UUID id = receive(ComplaintCategory.COMPLAINT, "chengguan", "2025-05-06T10:00:00", false);

    ComplaintDetails complaint =
        desk.dispatch(id, null, List.of(), at("2025-05-06T11:00:00"), "frontdesk");

    assertThat(complaint.unitCode()).isEqualTo("demo-chengguan");
    assertThat(complaint.routedByTable()).isTrue();
    assertThat(complaint.status()).isEqualTo(ComplaintStatus.DISPATCHED);
    Task accept = task(id, TASK_ACCEPT);
    assertThat(taskService.getIdentityLinksForTask(accept.getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("demo-chengguan"));
  }

  @Test
  void aReturnedTicketIsReviewedAndDispatchedAgain() {
    UUID id = receive(ComplaintCategory.COMPLAINT, null, "2025-05-06T10:00:00", false);
    desk.dispatch(id, "demo-housing", List.of(), at("2025-05-06T11:00:00"), "frontdesk");

    ComplaintDetails returned =
        desk.returnToDispatcher(id, "属于财政补贴问题，不属本单位职责", at("2025-05-06T14:00:00"), "handler");
    assertThat(returned.status()).isEqualTo(ComplaintStatus.RETURNED);
    assertThat(returned.returnReason()).contains("财政补贴");
    assertThat(task(id, TASK_DISPATCH)).isNotNull();

    ComplaintDetails again =
        desk.dispatch(
            id, "demo-finance", List.of("demo-housing"), at("2025-05-06T15:00:00"), "frontdesk");
    assertThat(again.unitCode()).isEqualTo("demo-finance");
    assertThat(again.coUnitCodes()).containsExactly("demo-housing");
    assertThat(again.returnCount()).isEqualTo(1);
    assertThat(taskService.getIdentityLinksForTask(task(id, TASK_ACCEPT).getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("demo-finance"));

    desk.accept(id, at("2025-05-06T16:00:00"), "handler");
    assertThat(task(id, TASK_HANDLE)).isNotNull();
  }

  @Test
  void anExtensionBeforeExpiryMovesTheDueDateAndItsTimers() {
    UUID id = handling(ComplaintCategory.CONSULTATION, "2025-05-06T10:00:00");
    assertThat(queries.find(id, "handler").dueAt())
        .isEqualTo(OffsetDateTime.parse("2025-05-09T23:59:59+08:00"));

    ComplaintDetails extended = desk.extend(id, 2, "需现场核查", at("2025-05-07T09:00:00"), "handler");

    assertThat(extended.dueAt()).isEqualTo(OffsetDateTime.parse("2025-05-13T23:59:59+08:00"));
    assertThat(extended.extensionWorkingDays()).isEqualTo(2);
    assertThat(job(id, TIMER_DUE_SOON).getDuedate()).isEqualTo(startOf("2025-05-12"));

    ClockUtil.setCurrentTime(startOf("2025-05-12"));
    runDueJobs(id);
    assertThat(job(id, TIMER_DUE).getDuedate()).isEqualTo(startOf("2025-05-14"));
    assertThat(queries.find(id, "handler").overdue()).isFalse();

    assertThatThrownBy(() -> desk.extend(id, 1, "再延期", at("2025-05-12T09:00:00"), "handler"))
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("已延期过一次");
  }

  @Test
  void anExtensionAfterExpiryIsRefused() {
    UUID id = handling(ComplaintCategory.CONSULTATION, "2025-05-06T10:00:00");

    assertThatThrownBy(() -> desk.extend(id, 2, "来不及了", at("2025-05-12T09:00:00"), "handler"))
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("届满前申请");
  }

  @Test
  void anOverdueComplaintClimbsTheSupervisionLadderOnItsWorkingDays() {
    // a consultation received Tuesday 6 May 2025 is due Friday 9 May (three working days)
    UUID id = handling(ComplaintCategory.CONSULTATION, "2025-05-06T10:00:00");
    assertThat(job(id, TIMER_DUE_SOON).getDuedate()).isEqualTo(startOf("2025-05-08"));

    ClockUtil.setCurrentTime(startOf("2025-05-10"));
    runDueJobs(id);
    assertThat(queries.find(id, "leader").overdue()).isTrue();
    assertThat(ladder(id)).isEmpty();
    assertThat(job(id, "Timer_Chase").getDuedate())
        .as("催办 on the first overdue working day, the Monday")
        .isEqualTo(startOf("2025-05-12"));

    ClockUtil.setCurrentTime(startOf("2025-05-12"));
    runDueJobs(id);
    assertThat(ladder(id)).containsExactly("催办：已超过期限（2025-05-09）仍未答复，请尽快办理并答复");
    assertThat(job(id, "Timer_Supervise").getDuedate())
        .as("督办 once three overdue working days have passed (Mon, Tue, Wed)")
        .isEqualTo(startOf("2025-05-15"));

    ClockUtil.setCurrentTime(startOf("2025-05-15"));
    runDueJobs(id);
    assertThat(ladder(id)).last().isEqualTo("督办：超过期限（2025-05-09）已满 3 个工作日，已立督办件");
    assertThat(instructions.list(null, null, "leader"))
        .filteredOn(item -> item.caseId().equals(id.toString()))
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.ownerUnitCode()).isEqualTo("demo-housing");
              assertThat(item.registeredOn()).isEqualTo(LocalDate.parse("2025-05-15"));
              assertThat(item.dueOn()).isEqualTo(LocalDate.parse("2025-05-20"));
              assertThat(item.text()).contains("满 3 个工作日");
            });
    assertThat(job(id, "Timer_Circulate").getDuedate())
        .as("通报 once five overdue working days have passed")
        .isEqualTo(startOf("2025-05-19"));

    ClockUtil.setCurrentTime(startOf("2025-05-19"));
    runDueJobs(id);
    assertThat(ladder(id)).hasSize(3).last().asString().startsWith("通报：超过期限（2025-05-09）已满 5 个工作日");
    assertThat(queries.find(id, "leader").supervisions())
        .as("the ladder replaces the automatic supervision of old")
        .isEmpty();
    assertThat(task(id, TASK_HANDLE)).as("the unit still has to reply").isNotNull();

    ComplaintDetails replied = desk.reply(id, "已答复", true, at("2025-05-19T10:00:00"), "handler");
    assertThat(replied.status()).isEqualTo(ComplaintStatus.REPLIED);
  }

  private List<String> ladder(UUID id) {
    return queries.find(id, "leader").timeline().stream()
        .filter(entry -> entry.type().equals("ComplaintLadderStepReached"))
        .map(org.gongkai.casework.CaseTimeline.Entry::summary)
        .toList();
  }

  @Test
  void aSatisfiedCitizenClosesTheComplaint() {
    UUID id = handling(ComplaintCategory.HELP, "2025-05-06T10:00:00");
    desk.reply(id, "已协调解决", true, at("2025-05-07T10:00:00"), "handler");
    assertThat(task(id, TASK_FOLLOW_UP).getFollowUpDate()).isEqualTo(startOf("2025-05-07"));

    ComplaintDetails closed =
        desk.recordFollowUp(
            id, true, Rating.BASICALLY_SATISFIED, "基本满意", at("2025-05-08T10:00:00"), "frontdesk");

    assertThat(closed.status()).isEqualTo(ComplaintStatus.CLOSED);
    assertThat(closed.closure()).isEqualTo(Closure.FOLLOWED_UP);
    assertThat(closed.onTime()).isTrue();
    assertThat(closed.followUp().rating()).isEqualTo(Rating.BASICALLY_SATISFIED);
    assertThat(instance(id)).isNull();
    assertThat(reached(id, END_CLOSED)).isTrue();
  }

  @Test
  void aCitizenNotReachedThreeTimesOnSuccessiveWorkingDaysHasTheComplaintClosedAsUnreachable() {
    UUID id = handling(ComplaintCategory.HELP, "2025-05-06T10:00:00");
    desk.reply(id, "已协调解决", true, at("2025-05-08T10:00:00"), "handler");

    ComplaintDetails first =
        desk.recordFollowUp(id, false, null, "无人接听", at("2025-05-08T16:00:00"), "frontdesk");
    assertThat(first.status()).isEqualTo(ComplaintStatus.REPLIED);
    assertThat(first.followUp().nextFollowUpOn()).isEqualTo(LocalDate.parse("2025-05-09"));
    assertThat(task(id, TASK_FOLLOW_UP).getFollowUpDate()).isEqualTo(startOf("2025-05-09"));

    ComplaintDetails second =
        desk.recordFollowUp(id, false, null, "关机", at("2025-05-09T10:00:00"), "frontdesk");
    assertThat(second.followUp().nextFollowUpOn())
        .as("the weekend is skipped")
        .isEqualTo(LocalDate.parse("2025-05-12"));
    assertThatThrownBy(
            () ->
                desk.recordFollowUp(id, false, null, "周末", at("2025-05-10T10:00:00"), "frontdesk"))
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("2025-05-12");

    ComplaintDetails third =
        desk.recordFollowUp(id, false, null, "无人接听", at("2025-05-12T10:00:00"), "frontdesk");
    assertThat(third.status()).isEqualTo(ComplaintStatus.CLOSED);
    assertThat(third.closure()).isEqualTo(Closure.UNREACHABLE);
    assertThat(third.followUp().attempts()).isEqualTo(3);
    assertThat(instance(id)).isNull();
  }

  @Test
  void aDissatisfiedCitizenHasTheComplaintReopenedUntilSatisfied() {
    UUID id = handling(ComplaintCategory.COMPLAINT, "2025-05-06T10:00:00");
    desk.reply(id, "已责令整改", true, at("2025-05-08T10:00:00"), "handler");

    ComplaintDetails reopened =
        desk.recordFollowUp(
            id, true, Rating.DISSATISFIED, "仍有噪音", at("2025-05-09T10:00:00"), "frontdesk");

    assertThat(reopened.status()).isEqualTo(ComplaintStatus.IN_HANDLING);
    assertThat(reopened.reopenCount()).isEqualTo(1);
    assertThat(reopened.dueAt())
        .as("13 working days from the reopening day")
        .isEqualTo(OffsetDateTime.parse("2025-05-28T23:59:59+08:00"));
    assertThat(task(id, TASK_HANDLE)).isNotNull();
    assertThat(job(id, TIMER_DUE_SOON).getDuedate()).isEqualTo(startOf("2025-05-27"));

    desk.reply(id, "已联合执法停工", true, at("2025-05-12T10:00:00"), "handler");
    ComplaintDetails closed =
        desk.recordFollowUp(id, true, Rating.SATISFIED, "", at("2025-05-13T10:00:00"), "frontdesk");

    assertThat(closed.status()).isEqualTo(ComplaintStatus.CLOSED);
    assertThat(closed.reopenCount()).isEqualTo(1);
    assertThat(closed.followUp().rating()).isEqualTo(Rating.SATISFIED);
    assertThat(instance(id)).isNull();
  }

  @Test
  void aRepeatTicketMergedIntoAnOpenCaseIsClosedAsMerged() {
    UUID first = handling(ComplaintCategory.COMPLAINT, "2025-05-06T10:00:00");
    UUID repeat = receive(ComplaintCategory.COMPLAINT, null, "2025-05-06T12:00:00", false);

    ComplaintDetails merged = desk.merge(repeat, first, at("2025-05-06T13:00:00"), "handler");

    assertThat(merged.status()).isEqualTo(ComplaintStatus.CLOSED);
    assertThat(merged.closure()).isEqualTo(Closure.MERGED);
    assertThat(merged.linkedCases())
        .containsExactly(new LinkedCase("COMPLAINT", first.toString(), "MERGED_INTO"));
    assertThat(instance(repeat)).isNull();
    ComplaintDetails kept = queries.find(first, "handler");
    assertThat(kept.status()).isEqualTo(ComplaintStatus.IN_HANDLING);
    assertThat(kept.linkedCases())
        .containsExactly(new LinkedCase("COMPLAINT", repeat.toString(), "MERGED_FROM"));
    assertThat(kept.timeline())
        .extracting(org.gongkai.casework.CaseTimeline.Entry::type)
        .contains("RepeatComplaintMerged");

    assertThatThrownBy(() -> desk.merge(first, repeat, at("2025-05-06T14:00:00"), "handler"))
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("已办结");
  }

  private UUID handling(ComplaintCategory category, String receivedAt) {
    UUID id = receive(category, null, receivedAt, false);
    OffsetDateTime received = at(receivedAt);
    desk.dispatch(id, "demo-housing", List.of(), received.plusMinutes(30), "frontdesk");
    desk.accept(id, received.plusMinutes(60), "handler");
    return id;
  }

  private UUID receive(
      ComplaintCategory category, @Nullable String area, String receivedAt, boolean direct) {
    ClockUtil.setCurrentTime(Date.from(at(receivedAt).toInstant()));
    Intake intake =
        new Intake(
            "demo-county",
            ComplaintChannel.HOTLINE_12345,
            at(receivedAt),
            category,
            Urgency.NORMAL,
            area,
            "小区夜间施工噪音扰民",
            new Citizen("赵六", "13900000000"),
            null,
            direct);
    return UUID.fromString(desk.receive(intake, "frontdesk").complaint().id());
  }

  private void runDueJobs(UUID id) {
    ProcessInstance instance = instance(id);
    for (int round = 0; round < 10 && instance != null; round++) {
      List<Job> due =
          managementService
              .createJobQuery()
              .processInstanceId(instance.getId())
              .executable()
              .list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> managementService.executeJob(job.getId()));
    }
  }

  private Job job(UUID id, String activityId) {
    ProcessInstance instance = instance(id);
    assertThat(instance).isNotNull();
    return managementService
        .createJobQuery()
        .processInstanceId(instance.getId())
        .timers()
        .list()
        .stream()
        .filter(
            job ->
                activityId.equals(
                    managementService
                        .createJobDefinitionQuery()
                        .jobDefinitionId(job.getJobDefinitionId())
                        .singleResult()
                        .getActivityId()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no timer " + activityId));
  }

  private Task task(UUID id, String taskKey) {
    Task task =
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(id.toString())
            .taskDefinitionKey(taskKey)
            .singleResult();
    assertThat(task).as("task %s", taskKey).isNotNull();
    return task;
  }

  private @Nullable ProcessInstance instance(UUID id) {
    return runtimeService
        .createProcessInstanceQuery()
        .processDefinitionKey(PROCESS)
        .processInstanceBusinessKey(id.toString())
        .singleResult();
  }

  private boolean reached(UUID id, String activityId) {
    String instanceId =
        historyService
            .createHistoricProcessInstanceQuery()
            .processDefinitionKey(PROCESS)
            .processInstanceBusinessKey(id.toString())
            .singleResult()
            .getId();
    return historyService
            .createHistoricActivityInstanceQuery()
            .processInstanceId(instanceId)
            .activityId(activityId)
            .count()
        > 0;
  }

  private static OffsetDateTime at(String local) {
    return OffsetDateTime.parse(local + "+08:00");
  }

  private static Date startOf(String day) {
    return Date.from(OffsetDateTime.parse(day + "T00:00:00+08:00").toInstant());
  }
}
