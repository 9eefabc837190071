package org.gongkai.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.platform.ClockConfiguration.BUSINESS_ZONE;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The leaders' digest process on the engine's clock: started every Monday 08:00 Beijing time, it
 * publishes on the first working day of the week at 08:00 — on Wednesday in the week whose Monday
 * and Tuesday are the Mid-Autumn days off — the previous week's digest of every agency with a
 * leader, and gives each leader a task to read it, done when they open it.
 */
@IntegrationTest(properties = "camunda.bpm.job-execution.enabled=false")
class WeeklyDigestProcessTests {

  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  @Autowired WeeklyDigestPublisher publisher;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void resetEngineClock() {
    ClockUtil.reset();
  }

  @Test
  void theMondayTimerFiresAtEightBeijingTime() {
    Job start = startTimer();

    assertThat(start.getDuedate().toInstant().atZone(BUSINESS_ZONE).getDayOfWeek())
        .isEqualTo(java.time.DayOfWeek.MONDAY);
    assertThat(start.getDuedate().toInstant().atZone(BUSINESS_ZONE).toLocalTime())
        .isEqualTo(java.time.LocalTime.of(8, 0));
  }

  @Test
  void inTheMidAutumnWeekTheDigestComesOnWednesdayAtEight() {
    ProcessInstance instance = startedOn("2024-09-16T08:00");

    assertThat(runtime.getVariable(instance.getId(), "week")).isEqualTo("2024-W37");
    assertThat(publicationTimer(instance).getDuedate()).isEqualTo(beijing("2024-09-18T08:00"));

    ClockUtil.setCurrentTime(beijing("2024-09-18T08:00:05"));
    management.executeJob(publicationTimer(instance).getId());

    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM supervision_digest WHERE iso_week = '2024-W37'"
                    + " AND agency_code = 'demo-county'",
                Integer.class))
        .isEqualTo(1);
    assertThat(readTasks(instance))
        .as("the demo leader's 阅示")
        .anySatisfy(task -> assertThat(task).isEqualTo("leader"));

    publisher.read("2024-W37", "leader");

    assertThat(readTasks(instance)).doesNotContain("leader");
  }

  @Test
  void theWeekAfterAMakeUpSundayIsAnOrdinaryMonday() {
    // Sunday 2024-09-29 was worked for the National Day holiday; Monday 09-30 is a working day
    ProcessInstance instance = startedOn("2024-09-30T08:00");

    assertThat(runtime.getVariable(instance.getId(), "week")).isEqualTo("2024-W39");
    assertThat(publicationTimer(instance).getDuedate()).isEqualTo(beijing("2024-09-30T08:00"));
  }

  private ProcessInstance startedOn(String mondayMorning) {
    ClockUtil.setCurrentTime(beijing(mondayMorning));
    List<String> before =
        runtime.createProcessInstanceQuery().processDefinitionKey("weekly-digest").list().stream()
            .map(ProcessInstance::getId)
            .toList();
    management.executeJob(startTimer().getId());
    return runtime
        .createProcessInstanceQuery()
        .processDefinitionKey("weekly-digest")
        .list()
        .stream()
        .filter(instance -> !before.contains(instance.getId()))
        .findFirst()
        .orElseThrow();
  }

  private Job startTimer() {
    return management
        .createJobQuery()
        .timers()
        .processDefinitionKey("weekly-digest")
        .list()
        .stream()
        .filter(job -> job.getProcessInstanceId() == null)
        .findFirst()
        .orElseThrow();
  }

  private Job publicationTimer(ProcessInstance instance) {
    return management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
  }

  private List<String> readTasks(ProcessInstance instance) {
    return tasks.createTaskQuery().processInstanceId(instance.getId()).list().stream()
        .map(org.camunda.bpm.engine.task.Task::getAssignee)
        .toList();
  }

  private static Date beijing(String localDateTime) {
    return Date.from(LocalDateTime.parse(localDateTime).atZone(BUSINESS_ZONE).toInstant());
  }
}
