package org.gongkai.platform;

/** Names of the Kafka topics the system writes and reads. */
public final class GongkaiTopics {

  /** Every state change of a disclosure request, keyed by case id; kept forever. */
  public static final String DISCLOSURE_REQUESTS = "gongkai.disclosure-requests";

  /** Every state change of a citizen complaint, keyed by case id; kept forever. */
  public static final String COMPLAINTS = "gongkai.complaints";

  /** Every step of a supervised item (批示件, 督办件), keyed by its id; kept forever. */
  public static final String SUPERVISION = "gongkai.supervision";

  /** Tickets arriving from the upstream 110 / 12345 platforms. */
  public static final String INBOUND_TICKETS = "gongkai.inbound.tickets";

  /** Inbound tickets that could not be read, with the reason in the headers. */
  public static final String INBOUND_TICKETS_DEAD_LETTER = "gongkai.inbound.tickets.dlt";

  /**
   * Case events the statistics projector could not count, with the reason and their origin in the
   * headers; kept forever, like the case topics.
   */
  public static final String STATISTICS_DEAD_LETTER = "gongkai.statistics.dlt";

  private GongkaiTopics() {}
}
