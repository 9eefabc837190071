package org.gongkai.complaint;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The locally set rules of complaint handling ({@code gongkai.complaint.*}).
 *
 * @param timeLimits working days to handle a complaint, per category, and for urgent ones
 * @param maxReopenRounds how many times a dissatisfied citizen's complaint is reopened (重办)
 * @param followUpAttempts how many follow-up calls on successive working days before a citizen who
 *     cannot be reached has the complaint closed as unreachable
 * @param warningWorkingDays how many working days before expiry the warning goes out
 */
@ConfigurationProperties("gongkai.complaint")
public record ComplaintSettings(
    @DefaultValue TimeLimits timeLimits,
    @DefaultValue("2") int maxReopenRounds,
    @DefaultValue("3") int followUpAttempts,
    @DefaultValue("1") int warningWorkingDays) {

  /** Working days per category, counted from the day after receipt; urgent tickets get one. */
  public record TimeLimits(
      @DefaultValue("1") int urgent,
      @DefaultValue("3") int consultation,
      @DefaultValue("5") int help,
      @DefaultValue("13") int complaint,
      @DefaultValue("13") int report,
      @DefaultValue("13") int suggestion,
      @DefaultValue("5") int praise,
      @DefaultValue("13") int other) {

    public int workingDays(ComplaintCategory category, Urgency urgency) {
      if (urgency == Urgency.URGENT) {
        return urgent;
      }
      return switch (category) {
        case CONSULTATION -> consultation;
        case HELP -> help;
        case COMPLAINT -> complaint;
        case REPORT -> report;
        case SUGGESTION -> suggestion;
        case PRAISE -> praise;
        case OTHER -> other;
      };
    }
  }
}
