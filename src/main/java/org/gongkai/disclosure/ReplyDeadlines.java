package org.gongkai.disclosure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.calendar.UnknownCalendarYearException;
import org.gongkai.calendar.WorkingCalendar;
import org.jspecify.annotations.Nullable;

/**
 * The statutory reply deadline (Art. 30, 32, 33 of the Regulations): 20 working days after the
 * receipt date, the day of receipt not counted; restarted from the day a correction arrives; not
 * running while a third party is consulted or a fee is unpaid; extended by at most 20 working days
 * with approval.
 */
final class ReplyDeadlines {

  static final int STATUTORY_WORKING_DAYS = 20;
  static final int MAX_EXTENSION_WORKING_DAYS = 20;
  static final int CORRECTION_NOTICE_WORKING_DAYS = 7;
  static final int CONSULTATION_WORKING_DAYS = 15;
  static final int FEE_PAYMENT_WORKING_DAYS = 20;
  static final int WARNING_WORKING_DAYS = 3;

  private ReplyDeadlines() {}

  static ReplyDeadline compute(
      DisclosureRequest request, LocalDate today, WorkingCalendar calendar) {
    List<String> lines = new ArrayList<>();
    Channel channel = request.channel();
    lines.add(
        "收到申请之日："
            + request.receivedOn()
            + "（"
            + channel.label()
            + "，"
            + channel.receiptRule()
            + "，第三十一条）");
    LocalDate start = request.clockStartedOn();
    if (!start.equals(request.receivedOn())) {
      lines.add("收到补正之日：" + start + "，答复期限自收到补正之日起重新计算（第三十条）");
    }
    try {
      int days = STATUTORY_WORKING_DAYS;
      LocalDate due = calendar.addWorkingDays(start, days);
      lines.add("自" + start + "的次日起算" + days + "个工作日（收到之日不计，第三十三条第一款）：" + due);
      boolean paused = false;
      for (Pause pause : request.pausesSince(start)) {
        LocalDate until = pause.isOpen() ? later(today, pause.startedOn()) : pause.endedOn();
        int stopped = calendar.workingDaysBetween(pause.startedOn(), until);
        days += stopped;
        due = calendar.addWorkingDays(start, days);
        if (pause.isOpen()) {
          paused = true;
          lines.add(
              pause.startedOn()
                  + "起"
                  + pause.kind().label()
                  + "，期限暂停（"
                  + pause.kind().rule()
                  + "），截至"
                  + until
                  + "已暂停"
                  + stopped
                  + "个工作日，暂计至："
                  + due);
        } else {
          lines.add(
              pause.startedOn()
                  + "至"
                  + pause.endedOn()
                  + pause.kind().label()
                  + "，"
                  + stopped
                  + "个工作日不计入期限（"
                  + pause.kind().rule()
                  + "），顺延至："
                  + due);
        }
      }
      if (request.extensionWorkingDays() > 0) {
        days += request.extensionWorkingDays();
        due = calendar.addWorkingDays(start, days);
        lines.add("经审核批准延长" + request.extensionWorkingDays() + "个工作日（第三十三条第二款），延长至：" + due);
      }
      Optional<String> provisional = calendar.provisionalNotice(start, due);
      provisional.ifPresent(lines::add);
      lines.add(
          "答复期限："
              + due
              + (provisional.isPresent() ? "（暂定）" : "")
              + (paused ? "（期限暂停中，恢复后顺延）" : ""));
      return new ReplyDeadline(due, paused, provisional.isPresent(), lines);
    } catch (UnknownCalendarYearException unknown) {
      lines.add("工作日历中没有" + unknown.year() + "年的节假日安排，无法计算答复期限；管理员录入该年安排后自动计算");
      return new ReplyDeadline(null, request.isPaused(), false, lines);
    }
  }

  /** The working days from {@code today} to the due date; negative once it has passed. */
  static @Nullable Integer workingDaysLeft(
      @Nullable LocalDate dueDate, LocalDate today, WorkingCalendar calendar) {
    if (dueDate == null) {
      return null;
    }
    try {
      return calendar.workingDaysBetween(today, dueDate);
    } catch (UnknownCalendarYearException unknown) {
      return null;
    }
  }

  /** The day on which the warning goes out: three working days before the due date. */
  static LocalDate warningDay(LocalDate dueDate, WorkingCalendar calendar) {
    return calendar.workingDaysBefore(dueDate, WARNING_WORKING_DAYS);
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
