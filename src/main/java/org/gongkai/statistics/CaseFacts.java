package org.gongkai.statistics;

import java.time.LocalDate;

/**
 * What the facts of both case kinds carry: the case and version they describe, the event that
 * brought them, the agency, the day of receipt and the status.
 */
sealed interface CaseFacts permits DisclosureCase, ComplaintCase {

  String caseId();

  long caseVersion();

  String eventType();

  String agencyCode();

  LocalDate receivedOn();

  String status();
}
