package org.gongkai.supervision;

import org.gongkai.casework.YearlyNumbers;
import org.springframework.stereotype.Component;

/** Instruction numbers count per agency and year: 「督〔2026〕3号」. */
@Component
class InstructionNumbers {

  private final YearlyNumbers numbers;

  InstructionNumbers(YearlyNumbers numbers) {
    this.numbers = numbers;
  }

  String next(String agencyCode, int year) {
    return "督〔" + year + "〕" + numbers.next("supervision_sequence", agencyCode, year) + "号";
  }
}
