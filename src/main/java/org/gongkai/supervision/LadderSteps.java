package org.gongkai.supervision;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.gongkai.casework.LadderEvent;
import org.gongkai.casework.LadderStep;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The rungs of the supervision ladder that cases of every kind reached, as this module keeps them:
 * a 督办 opens a supervised item; the weekly digest lists the week's rungs and names the units of the
 * cases circulated (通报). Each case reaches each rung once per due date.
 */
@Component
class LadderSteps {

  private final JdbcTemplate jdbc;
  private final InstructionDesk instructions;

  LadderSteps(JdbcTemplate jdbc, InstructionDesk instructions) {
    this.jdbc = jdbc;
    this.instructions = instructions;
  }

  /** A rung a case reached, as the digest lists it. */
  record Rung(
      String caseKind,
      String caseId,
      @Nullable String trackingNumber,
      @Nullable String unitCode,
      LadderStep step,
      LocalDate dueOn,
      LocalDate reachedOn,
      int overdueWorkingDays,
      @Nullable String instructionId) {}

  /** In the transaction of the case's rung: kept, and for 督办 a supervised item opened. */
  @EventListener
  void on(LadderEvent rung) {
    Integer known =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM supervision_ladder_step WHERE case_id = ? AND due_on = ? AND"
                + " step = ?",
            Integer.class,
            rung.caseId(),
            Date.valueOf(rung.dueOn()),
            rung.step().name());
    if (known != null && known > 0) {
      return;
    }
    UUID item = rung.step() == LadderStep.SUPERVISION ? instructions.openForLadder(rung) : null;
    jdbc.update(
        "INSERT INTO supervision_ladder_step (case_kind, case_id, due_on, step, agency_code,"
            + " unit_code, tracking_number, reached_on, overdue_working_days, instruction_id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rung.caseKind(),
        rung.caseId(),
        Date.valueOf(rung.dueOn()),
        rung.step().name(),
        rung.envelope().agencyCode(),
        rung.responsibleUnitCode(),
        rung.trackingNumber(),
        Date.valueOf(rung.envelope().occurredAt().toLocalDate()),
        rung.overdueWorkingDays(),
        item == null ? null : item.toString());
  }

  /** The rungs reached by cases of the agencies between two days, inclusive, in order. */
  List<Rung> reached(Set<String> agencyCodes, LocalDate from, LocalDate to) {
    if (agencyCodes.isEmpty()) {
      return List.of();
    }
    String in = String.join(", ", java.util.Collections.nCopies(agencyCodes.size(), "?"));
    Object[] arguments = new Object[agencyCodes.size() + 2];
    int i = 0;
    for (String code : agencyCodes) {
      arguments[i++] = code;
    }
    arguments[i++] = Date.valueOf(from);
    arguments[i] = Date.valueOf(to);
    return jdbc.query(
        "SELECT case_kind, case_id, tracking_number, unit_code, step, due_on, reached_on,"
            + " overdue_working_days, instruction_id FROM supervision_ladder_step WHERE agency_code"
            + " IN ("
            + in
            + ") AND reached_on BETWEEN ? AND ? ORDER BY reached_on, case_id, step",
        (row, n) ->
            new Rung(
                row.getString("case_kind"),
                row.getString("case_id"),
                row.getString("tracking_number"),
                row.getString("unit_code"),
                LadderStep.valueOf(row.getString("step")),
                row.getObject("due_on", LocalDate.class),
                row.getObject("reached_on", LocalDate.class),
                row.getInt("overdue_working_days"),
                row.getString("instruction_id")),
        arguments);
  }
}
