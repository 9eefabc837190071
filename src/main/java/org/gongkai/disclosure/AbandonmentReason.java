package org.gongkai.disclosure;

/** Why a request was treated as abandoned when a period ran out. */
public enum AbandonmentReason {
  NO_CORRECTION(Outcome.OTHER_NO_CORRECTION),
  FEE_UNPAID(Outcome.OTHER_FEE_UNPAID);

  private final Outcome outcome;

  AbandonmentReason(Outcome outcome) {
    this.outcome = outcome;
  }

  public Outcome outcome() {
    return outcome;
  }
}
