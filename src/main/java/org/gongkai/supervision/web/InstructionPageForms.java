package org.gongkai.supervision.web;

import org.gongkai.platform.web.FormValues;
import org.gongkai.supervision.InstructionDesk.NewInstruction;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * The page forms of the instruction pages, as the browser sent them, so that a form with bad input
 * comes back as it was typed; each reads its fields with {@link FormValues}.
 */
final class InstructionPageForms {

  /** The longest instruction, answer or comment, as the API takes it. */
  static final int MAX_TEXT = 2000;

  /** The time limit a leader may set, in working days. */
  static final int MIN_WORKING_DAYS = 1;

  static final int MAX_WORKING_DAYS = 60;

  private InstructionPageForms() {}

  static FormValues values(Errors errors) {
    return new FormValues(errors, FormValues.Messages.under("instruction.page.error."));
  }

  /** A leader's instruction (批示) on a case. */
  record NewInstructionPageForm(
      @Nullable String caseKind,
      @Nullable String caseId,
      @Nullable String text,
      @Nullable String ownerUnitCode,
      @Nullable String workingDays) {

    static NewInstructionPageForm on(@Nullable String caseKind, @Nullable String caseId) {
      return new NewInstructionPageForm(caseKind, caseId, null, null, null);
    }

    /** The instruction as typed, or null when a field is wrong. */
    @Nullable NewInstruction read(FormValues values) {
      String kind = values.text("caseKind", caseKind, true, 20);
      String id = values.text("caseId", caseId, true, 64);
      String instruction = values.text("text", text, true, MAX_TEXT);
      String unit = values.text("ownerUnitCode", ownerUnitCode, true, 64);
      Integer days =
          values.number("workingDays", workingDays, true, MIN_WORKING_DAYS, MAX_WORKING_DAYS);
      if (values.hasErrors()
          || kind == null
          || id == null
          || instruction == null
          || unit == null
          || days == null) {
        return null;
      }
      return new NewInstruction(kind, id, instruction, unit, days);
    }
  }

  /** The owner unit's written answer (办理情况报告). */
  record AnswerPageForm(@Nullable String text) {

    static AnswerPageForm empty() {
      return new AnswerPageForm(null);
    }
  }

  /** The instructing leader's review: accepted (办结) or sent back (退回重办) with a comment. */
  record ReviewPageForm(@Nullable String accepted, @Nullable String comment) {

    static ReviewPageForm empty() {
      return new ReviewPageForm(null, null);
    }
  }
}
