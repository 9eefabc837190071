package org.gongkai.organization.rest;

import java.math.BigDecimal;
import org.gongkai.organization.Organization;
import org.gongkai.organization.SupervisionRulebook;
import org.gongkai.organization.SupervisionRules;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An agency's supervision ladder and digest floors ({@code ADMIN}, like all of {@code
 * /api/admin/**}).
 */
@RestController
@RequestMapping("/api/admin/agencies/{code}/supervision-rules")
class SupervisionRulesController {

  private final SupervisionRulebook rulebook;
  private final Organization organization;

  SupervisionRulesController(SupervisionRulebook rulebook, Organization organization) {
    this.rulebook = rulebook;
    this.organization = organization;
  }

  @GetMapping
  SupervisionRules rules(@PathVariable String code) {
    return rulebook.rules(organization.requireAgency(code));
  }

  /** Sets every rule; a null or missing one follows the system default. */
  @PutMapping
  SupervisionRules set(@PathVariable String code, @RequestBody RulesForm form) {
    return rulebook.set(
        code,
        form.reminderWorkingDays(),
        form.superviseAfterWorkingDays(),
        form.circulateAfterWorkingDays(),
        form.onTimeRateFloor(),
        form.satisfactionRateFloor());
  }

  record RulesForm(
      @Nullable Integer reminderWorkingDays,
      @Nullable Integer superviseAfterWorkingDays,
      @Nullable Integer circulateAfterWorkingDays,
      @Nullable BigDecimal onTimeRateFloor,
      @Nullable BigDecimal satisfactionRateFloor) {}
}
