package org.gongkai.casework;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.platform.ProblemException;
import org.junit.jupiter.api.Test;

/** A case's refusal leaves the command pipeline as the problem the web answers. */
class CaseRefusalTests {

  @Test
  void aRefusalInThePresentStateIsAConflictAWrongValueABadRequestNamingItsField() {
    ProblemException notNow = CaseRefusal.notNow("本申请已办结，不能答复。").toProblem();
    ProblemException invalid = CaseRefusal.invalid("at", "不能早于收到申请之日").toProblem();
    ProblemException unknown = CaseRefusal.unknown("本申请没有编号为 x 的行政复议").toProblem();

    assertThat(notNow.status().value()).isEqualTo(409);
    assertThat(notNow).hasMessage("本申请已办结，不能答复。");
    assertThat(invalid.status().value()).isEqualTo(400);
    assertThat(invalid.errors())
        .singleElement()
        .satisfies(error -> assertThat(error.field()).isEqualTo("at"))
        .satisfies(error -> assertThat(error.message()).isEqualTo("不能早于收到申请之日"));
    assertThat(unknown.status().value()).isEqualTo(404);
  }
}
