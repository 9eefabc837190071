package org.gongkai.organization;

import java.math.BigDecimal;
import org.gongkai.platform.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each agency's supervision rules (the ladder's rungs and the digest's floors): set by an
 * administrator, else the system defaults ({@code gongkai.supervision.*}).
 */
@Service
@Transactional(readOnly = true)
@EnableConfigurationProperties(SupervisionDefaults.class)
public class SupervisionRulebook {

  private final Agencies agencies;
  private final SupervisionDefaults defaults;

  SupervisionRulebook(Agencies agencies, SupervisionDefaults defaults) {
    this.agencies = agencies;
    this.defaults = defaults;
  }

  /** The rules an agency supervises by; the system defaults for an agency that is not known. */
  public SupervisionRules rules(String agencyCode) {
    return agencies
        .findById(agencyCode)
        .map(agency -> agency.supervisionRules(defaults))
        .orElseGet(
            () ->
                new SupervisionRules(
                    null,
                    defaults.ladder().superviseAfterWorkingDays(),
                    defaults.ladder().circulateAfterWorkingDays(),
                    defaults.floors().onTimeRate(),
                    defaults.floors().satisfactionRate()));
  }

  /**
   * An administrator sets the agency's rules; a null field returns that rule to the system default.
   * The ladder applies to each case's deadline watch from its next (re)start.
   *
   * @throws ProblemException (400) naming the field when a value is out of range, 404 for an
   *     unknown agency
   */
  @Transactional
  public SupervisionRules set(
      String agencyCode,
      @Nullable Integer reminderWorkingDays,
      @Nullable Integer superviseAfterWorkingDays,
      @Nullable Integer circulateAfterWorkingDays,
      @Nullable BigDecimal onTimeRateFloor,
      @Nullable BigDecimal satisfactionRateFloor) {
    Agency agency =
        agencies
            .findById(agencyCode)
            .orElseThrow(() -> ProblemException.notFound("没有代码为「" + agencyCode + "」的机关"));
    requireWorkingDays("reminderWorkingDays", "提醒提前的工作日数", reminderWorkingDays, 0);
    requireWorkingDays("superviseAfterWorkingDays", "超期督办的工作日数", superviseAfterWorkingDays, 1);
    requireWorkingDays("circulateAfterWorkingDays", "超期通报的工作日数", circulateAfterWorkingDays, 1);
    int supervise =
        superviseAfterWorkingDays != null
            ? superviseAfterWorkingDays
            : defaults.ladder().superviseAfterWorkingDays();
    int circulate =
        circulateAfterWorkingDays != null
            ? circulateAfterWorkingDays
            : defaults.ladder().circulateAfterWorkingDays();
    if (circulate <= supervise) {
      throw ProblemException.invalid(
          "circulateAfterWorkingDays",
          "超期通报的工作日数（" + circulate + "）须多于超期督办的工作日数（" + supervise + "）");
    }
    requireRate("onTimeRateFloor", "按时办结率底线", onTimeRateFloor);
    requireRate("satisfactionRateFloor", "满意率底线", satisfactionRateFloor);
    agency.superviseBy(
        reminderWorkingDays,
        superviseAfterWorkingDays,
        circulateAfterWorkingDays,
        onTimeRateFloor,
        satisfactionRateFloor);
    return agency.supervisionRules(defaults);
  }

  private static void requireWorkingDays(
      String field, String label, @Nullable Integer days, int least) {
    if (days != null && (days < least || days > SupervisionRules.MAX_WORKING_DAYS)) {
      throw ProblemException.invalid(
          field, label + "应在 " + least + " 至 " + SupervisionRules.MAX_WORKING_DAYS + " 之间");
    }
  }

  private static void requireRate(String field, String label, @Nullable BigDecimal rate) {
    if (rate != null
        && (rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(100)) > 0 || rate.scale() > 2)) {
      throw ProblemException.invalid(field, label + "应为 0 至 100 之间的百分数，最多两位小数");
    }
  }
}
