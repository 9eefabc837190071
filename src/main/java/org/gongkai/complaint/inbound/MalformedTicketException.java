package org.gongkai.complaint.inbound;

/** A ticket that cannot become a case however often it is tried; it goes to the dead letters. */
class MalformedTicketException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  MalformedTicketException(String reason, Throwable cause) {
    super(reason, cause);
  }

  MalformedTicketException(String reason) {
    super(reason);
  }
}
